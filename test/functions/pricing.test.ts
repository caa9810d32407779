/* RATE, EXPLAIN, CATEGORY and COVERADJ through the built bundle, as Excel calls them. */
import assert from 'node:assert/strict';
import { isExcelError, loadWorkbook } from '../harness/excel';
import { CATEGORY_CASES } from '../fixtures/categoryCases';
import { RATE_ERROR_CASES } from '../fixtures/errorCases';
import { RATE_CASES, TIE_CASES, asFraction } from '../fixtures/rateCases';

describe('BPI.RATE through the built bundle', () => {
  const wb = loadWorkbook();

  for (const c of [...RATE_CASES, ...TIE_CASES]) {
    it(`${c.what} → ${c.percent}%`, () => assert.equal(wb.cell('RATE', ...c.args), asFraction(c.percent)));
  }

  for (const c of RATE_ERROR_CASES) {
    it(`${c.what} → ${c.code} with its message`, () => {
      const v = wb.cell('RATE', ...c.args);
      assert.ok(isExcelError(v, c.code), `got ${String(v)}`);
      assert.match(v.message, c.message);
    });
  }

  it('reads omitted optional arguments (null) as NONPAYMENT without options', () => {
    // 0.564·7 + 0.345 = 4.293 → 4.29 %
    assert.equal(wb.cell('RATE', 3, 'CC2', 7), 0.0429);
    assert.equal(wb.cell('RATE', 3, 'CC2', 7, null, null), 0.0429);
  });
});

describe('BPI.EXPLAIN through the built bundle', () => {
  const wb = loadWorkbook();

  it('spills two columns of labelled steps ending with the rate RATE gives', () => {
    const g = wb.grid('EXPLAIN', 3, 'CC2', 5, 'NONPAYMENT', 'COVER=100%');
    assert.ok(g.every((row) => row.length === 2 && typeof row[0] === 'string'));
    const step = (label: string) => g.find((r) => r[0] === label)?.[1];
    // S = 0.345·5 + 0.345 = 2.07; T = 0.564·5 + 0.345 = 3.165; C = 1.00489; R = 3.34787… → 3.35
    assert.equal(step("Sovereign rate S = a·x' + b (%)"), 2.07);
    assert.equal(step("Premium rate T = a·x' + b (%)"), 3.165);
    assert.equal(step('Debtor risk share = T − S (%)'), 1.095);
    assert.equal(step('PC coefficient = 1 + ((max(PCP, PCC) − 0.95) / 0.05) × k'), 1.00489);
    assert.ok(Math.abs((step('Unrounded rate (%)') as number) - 3.347870368421052) < 1e-12);
    assert.equal(step('Rounded rate (%, half up at the 3rd decimal)'), 3.35);
    assert.deepEqual(g[g.length - 1], ['Premium rate (fraction, as BPI.RATE)', wb.cell('RATE', 3, 'CC2', 5, 'NONPAYMENT', 'COVER=100%')]);
  });

  it('shows the floor, the escrow category and the reductions', () => {
    const g = wb.grid('EXPLAIN', 3, 'CC4', 0.1, 'CASH', 'ESCROW');
    const labels = g.map((r) => r[0]);
    assert.ok(labels.includes("x' = max(x, 0.25)"));
    assert.deepEqual(
      g.find((r) => r[0] === 'Priced as country category (escrow overseas, n − 1)'),
      ['Priced as country category (escrow overseas, n − 1)', 2],
    );
  });

  it('says a category-0 result is indicative', () => {
    const g = wb.grid('EXPLAIN', 0, 'CC1', 2);
    assert.ok(g.some((r) => /indicative/.test(String(r[1]))));
  });

  it('takes single values only', () => {
    const v = wb.cell('EXPLAIN', [[3], [4]], 'CC1', 2);
    assert.ok(isExcelError(v, '#VALUE!'));
    assert.match(v.message, /country must be a single value .*2×1/);
  });

  it('gives the same errors as RATE', () => {
    const v = wb.cell('EXPLAIN', 5, 'CC5', 2);
    assert.ok(isExcelError(v, '#N/A'));
    assert.match(v.message, /CC5 in country category 5/);
  });
});

describe('BPI.CATEGORY through the built bundle', () => {
  const wb = loadWorkbook();
  it('reads the I-A matrix', () => {
    for (const [score, country, expected] of CATEGORY_CASES) assert.equal(wb.cell('CATEGORY', score, country), expected, `${score} in ${country}`);
  });
  it('refuses a defaulted score with #VALUE!', () => {
    const v = wb.cell('CATEGORY', 'SD', 3);
    assert.ok(isExcelError(v, '#VALUE!'));
    assert.match(v.message, /"SD" is a default rating/);
  });
});

describe('BPI.COVERADJ through the built bundle', () => {
  const wb = loadWorkbook();
  it('=BPI.COVERADJ(100%,,3): pc_commercial left blank equals pc_political', () => {
    // (1 / 0.95) × 1.00489 = 1.0577789473684210526…
    assert.deepEqual(wb.grid('COVERADJ', 1, null, 3), [[1.0577789473684212, 1.0577789473684212]]);
  });
  it('gives one row of two factors per input row', () => {
    const g = wb.grid('COVERADJ', [[0.9], [1.2]], [[0.8], [0.95]], 3);
    assert.deepEqual(g[0], [0.9473684210526315, 0.8421052631578947]);
    assert.ok(isExcelError(g[1][0], '#NUM!') && isExcelError(g[1][1], '#NUM!'));
  });
});

describe('blank rows', () => {
  const wb = loadWorkbook();
  it('a row whose ranged required inputs are blank gives "", whatever the single values beside them', () => {
    // =BPI.RATE(A2:A4, "CC2", 7) with A3 empty: 0.564·7 + 0.345 = 4.293 → 4.29 %
    assert.deepEqual(wb.grid('RATE', [[3], [null], ['']], 'CC2', 7), [[0.0429], [''], ['']]);
  });
  it('a row with some ranged required inputs filled is priced (and fails on what is missing)', () => {
    const [[a], [b]] = wb.grid('RATE', [[3], [null]], [['CC2'], ['CC2']], 7);
    assert.equal(a, 0.0429);
    assert.ok(isExcelError(b, '#VALUE!'));
    assert.match(b.message, /country is required/);
  });
  it('with single values only, blank required inputs give ""', () => {
    assert.equal(wb.cell('RATE', null, '', null), '');
  });
});
