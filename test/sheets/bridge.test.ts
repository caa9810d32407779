import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { HAND_CASES } from '../harness/deals';
import { buildBpiEngine, BpiEngine } from '../harness/hyperformula';
import { ROOT } from '../harness/paths';

/** The formula text of BPI.RATE for a hand case's arguments. */
function rateFormula(args: readonly unknown[]): string {
  const lit = (v: unknown) => (v === null ? '' : typeof v === 'string' ? `"${v}"` : String(v));
  return `=BPI.RATE(${args.map(lit).join(',')})`;
}

describe('HyperFormula bridge to the built bundle', () => {
  let e: BpiEngine;
  afterEach(() => e?.destroy());

  it('runs under a valid GPL v3 license key', () => {
    e = buildBpiEngine({ S: [[1]] });
    assert.equal(e.hf.licenseKeyValidityState, 'valid');
  });

  it('registers every function of dist/functions.json under its dotted name', () => {
    e = buildBpiEngine({ S: [[1]] });
    const names = HyperFormula.getRegisteredFunctionNames('enGB');
    assert.ok(e.workbook.metadata.size >= 5);
    for (const name of e.workbook.metadata.keys()) assert.ok(names.includes(`BPI.${name}`), `BPI.${name}`);
  });

  it('prices the hand-derived cases from literal formulas', () => {
    e = buildBpiEngine({ S: HAND_CASES.map((c) => [rateFormula(c.row)]) });
    HAND_CASES.forEach((c, row) => assert.equal(e.hf.getCellValue({ sheet: 0, row, col: 0 }), c.rate, c.why));
  });

  it('reads blank cells and omitted arguments as Excel passes them (null)', () => {
    // =BPI.COVERADJ(100%,,3): pc_commercial blank = pc_political; c3: C = 1.00489, factor 1.00489/0.95.
    e = buildBpiEngine({ S: [[3, 'CC3', 1, null, null, '=BPI.RATE(A1,B1,C1,D1,E1)', '=BPI.COVERADJ(100%,,3)']] });
    assert.equal(e.hf.getCellValue({ sheet: 0, row: 0, col: 5 }), 0.0101);
    const a = e.hf.getCellValue({ sheet: 0, row: 0, col: 6 }) as number;
    assert.equal(e.hf.getCellValue({ sheet: 0, row: 0, col: 7 }), a);
    assert.ok(Math.abs(a - 1.00489 / 0.95) < 1e-12);
  });

  it('maps CustomFunctions errors to CellErrors with the same code and message', () => {
    e = buildBpiEngine({ S: [['=BPI.RATE(8,"CC1",1)', '=BPI.RATE(6,"CC5",1)', '=BPI.RATE(3,"CC9",1)', '=BPI.RATE(3,"CC2",1,,"FOO=1")']] });
    const cell = (col: number) => e.hf.getCellValue({ sheet: 0, row: 0, col }) as DetailedCellError;
    assert.ok(cell(0) instanceof DetailedCellError);
    assert.deepEqual([cell(0).value, cell(0).message], ['#NUM!', 'country must be an integer 0–7, got 8']);
    assert.equal(cell(1).value, '#N/A');
    assert.match(cell(1).message, /no non-payment coefficient for debtor CC5 in country category 6/);
    assert.equal(cell(2).value, '#VALUE!');
    assert.match(cell(2).message, /^debtor must be one of .*got "CC9"$/);
    assert.equal(cell(3).value, '#VALUE!');
    assert.match(cell(3).message, /^options: unknown option "FOO"/);
  });

  it('propagates an error in an argument without calling the function, as Excel does', () => {
    e = buildBpiEngine({ S: [['=1/0', '=BPI.RATE(A1,"CC3",1)']] });
    assert.equal((e.hf.getCellValue({ sheet: 0, row: 0, col: 1 }) as DetailedCellError).value, '#DIV/0!');
    assert.equal(e.calls.get('RATE') ?? 0, 0);
  });

  it('spills ranges, 1×2 rows, and the whole-call #VALUE! for different shapes', () => {
    e = buildBpiEngine({
      S: [[3, 'CC3', 1, '=BPI.RATE(A1:A2,B1:B2,C1:C2)', '=BPI.COEF(A1:A2,B1:B2)'], [3, 'CC2', 5], ['=BPI.RATE(A1:A2,B1,C1:C3)']],
    });
    const v = (row: number, col: number) => e.hf.getCellValue({ sheet: 0, row, col });
    assert.deepEqual([v(0, 3), v(1, 3)], [0.0101, 0.0317]); // 0.564·5 + 0.345 = 3.165 → 3.17 %
    assert.deepEqual([v(0, 4), v(0, 5), v(1, 4), v(1, 5)], [0.66, 0.345, 0.564, 0.345]);
    const err = v(2, 0) as DetailedCellError;
    assert.equal(err.value, '#VALUE!');
    assert.equal(err.message, 'ranges of different shapes: country is 2×1, x is 3×1');
  });

  it('reads EQUIVTERM and SHARES lists whole: one value, and a spill the shape of the shares', () => {
    // II-K: equal amounts at 0.5, 1, 1.5, 2 years: WAL = 1.25, 2·1.25 − 0.5 = 2 (a standard schedule gives back its term)
    // SHARES: 1,000.00 × 1/3 each = 333.333…: 333.33 three times, and the 0.01 left to the first → 333.34
    e = buildBpiEngine({
      S: [
        [0.5, 100, 1 / 3, '=BPI.EQUIVTERM(A1:A4,B1:B4)', '=BPI.SHARES(1000,C1:C3)'],
        [1, 100, 1 / 3],
        [1.5, 100, 1 / 3],
        [2, 100],
      ],
    });
    const v = (row: number, col: number) => e.hf.getCellValue({ sheet: 0, row, col });
    assert.equal(v(0, 3), 2);
    assert.deepEqual([v(0, 4), v(1, 4), v(2, 4)], [333.34, 333.33, 333.33]);
  });

  it('spills EXPLAIN, ending with the rate BPI.RATE gives', () => {
    e = buildBpiEngine({ S: [['=BPI.EXPLAIN(3,"CC3",1)']] });
    const rows = e.hf.getSheetValues(0).filter((r) => r[0] !== null && r[0] !== undefined);
    assert.deepEqual(rows[rows.length - 1], ['Premium rate (fraction, as BPI.RATE)', 0.0101]);
  });
});

describe('the product does not depend on HyperFormula', () => {
  it('imports hyperformula nowhere under src/', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const d of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, d.name);
        if (d.isDirectory()) walk(p);
        else files.push(p);
      }
    };
    walk(path.join(ROOT, 'src'));
    assert.ok(files.length > 10);
    const offenders = files.filter((f) => /hyperformula/i.test(fs.readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  it('has hyperformula as a devDependency only', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.ok(pkg.devDependencies.hyperformula);
    assert.equal(pkg.dependencies?.hyperformula, undefined);
  });
});
