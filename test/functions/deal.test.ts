/*
 * The deal functions through the built bundle, called as Excel calls them. Expected values are worked by
 * hand in the comments (the core tests hold more examples).
 */
import assert from 'node:assert/strict';
import { Cell, isExcelError, loadWorkbook, workbookIn } from '../harness/excel';

const col = (...v: unknown[]) => v.map((x) => [x]);
const errorOf = (v: Cell, code: string) => {
  assert.ok(isExcelError(v, code), `${code}, got ${JSON.stringify(v)}`);
  return v.message;
};

describe('BPI.HORIZON through the built bundle', () => {
  const wb = loadWorkbook();

  it('x = repayment + 0.5 × waiting period: 8 + 0.5 × 2 = 9; drawdown omitted = 0', () => {
    assert.equal(wb.cell('HORIZON', 8, 2), 9);
    assert.equal(wb.cell('HORIZON', 8), 8);
  });

  it('feeds BPI.RATE: country 3, CC2 at x = 9 → 0.564 × 9 + 0.345 = 5.421 % → 5.42 %', () => {
    assert.equal(wb.cell('RATE', 3, 'CC2', wb.cell('HORIZON', 8, 2)), 0.0542);
  });

  it('broadcasts over rows: blank rows give "", a bad row fails alone', () => {
    const g = wb.grid('HORIZON', col(8, null, -1, 5), col(2, null, 0, 1.3));
    assert.deepEqual([g[0], g[1], g[3]], [[9], [''], [5.65]]);
    assert.equal(errorOf(g[2][0], '#NUM!'), 'repayment_years must be a term in years of at least 0, got -1');
  });
});

describe('BPI.EQUIVTERM through the built bundle', () => {
  const wb = loadWorkbook();

  it('reads column ranges as whole lists: 50, 30, 20 at 1, 2, 3 → WAL 1.7, x = 2.9', () => {
    assert.deepEqual(wb.grid('EQUIVTERM', col(1, 2, 3), col(50, 30, 20)), [[2.9]]);
  });

  it('reads rows too, and ignores blank rows at the end: 0.5, 1 equal → x = 1', () => {
    assert.equal(wb.cell('EQUIVTERM', [[0.5, 1, null, null]], [[100, 100, null, null]]), 1);
  });

  it('a standard 7-year schedule (14 half-yearly equal instalments) gives back 7', () => {
    const times = Array.from({ length: 14 }, (_, i) => [(i + 1) / 2]);
    assert.equal(
      wb.cell(
        'EQUIVTERM',
        times,
        times.map(() => [250_000]),
      ),
      7,
    );
  });

  it('refuses a block of several rows and columns, mismatched lists and negative amounts', () => {
    assert.equal(
      errorOf(
        wb.cell(
          'EQUIVTERM',
          [
            [0.5, 1],
            [1.5, 2],
          ],
          [
            [1, 1],
            [1, 1],
          ],
        ),
        '#VALUE!',
      ),
      'times must be a single row or column, got a 2×2 range',
    );
    assert.match(errorOf(wb.cell('EQUIVTERM', col(0.5, 1), col(1)), '#VALUE!'), /same number of values, got 2 times and 1 amounts/);
    assert.match(errorOf(wb.cell('EQUIVTERM', col(0.5, 1), col(1, -1)), '#NUM!'), /amounts item 2/);
  });
});

describe('BPI.PREMIUM through the built bundle', () => {
  const wb = loadWorkbook();

  it('basis × rate to cents, and financed: 1,000,000 × 1.01% = 10,100; financed 10,100 / 0.9899 = 10,203.05', () => {
    assert.equal(wb.cell('PREMIUM', 1_000_000, 0.0101), 10100);
    assert.equal(wb.cell('PREMIUM', 1_000_000, 0.0101, true), 10203.05);
  });

  it('takes the rate BPI.RATE gives: country 3, CC3, x = 1 → 1.01 %; 110 × 1.01 % = 1.111 → 1.11', () => {
    assert.equal(wb.cell('PREMIUM', 110, wb.cell('RATE', 3, 'CC3', 1)), 1.11);
  });

  it('broadcasts over rows, each row on its own', () => {
    const g = wb.grid('PREMIUM', col(110, null, -5, 200), col(0.0115, null, 0.0115, 0.0115));
    // 110 × 1.15 % = 1.265 → 1.27; 200 × 1.15 % = 2.30
    assert.deepEqual([g[0], g[1], g[3]], [[1.27], [''], [2.3]]);
    assert.equal(errorOf(g[2][0], '#NUM!'), 'basis must be an amount of at least 0, got -5');
  });

  it('refuses a rate of 100% or more with #NUM!', () => {
    assert.equal(errorOf(wb.cell('PREMIUM', 100, 1.2), '#NUM!'), 'rate must be from 0% to below 100% (write 1.01% or 0.0101), got 1.2');
  });
});

describe('BPI.CLAIMSPREMIUM through the built bundle', () => {
  const wb = loadWorkbook();

  it('two tiers, the second at 2 × the unrounded rate: country 3, CC3, x = 1 (R = 1.005 %)', () => {
    // 100,000 × 1.01 % + 50,000 × 2.01 % = 1,010 + 1,005 = 2,015.00 (2 × 1.01 % would give 2,020.00)
    assert.equal(wb.cell('CLAIMSPREMIUM', 150_000, 1_000_000, 3, 'CC3', 1), 2015);
  });

  it('per-row errors: claims above 20 % are #NUM!, an unpublished pair #N/A', () => {
    const g = wb.grid('CLAIMSPREMIUM', col(80_000, 250_000, 1), 1_000_000, col(3, 3, 6), col('CC3', 'CC3', 'CC5'), 1);
    assert.deepEqual(g[0], [808]); // 80,000 × 1.01 %
    assert.match(errorOf(g[1][0], '#NUM!'), /claims must be at most 20% of the contract/);
    errorOf(g[2][0], '#N/A');
  });
});

describe('BPI.REVISEDBASIS through the built bundle', () => {
  const wb = loadWorkbook();

  it('+ 5 % per year of execution: 1,000,000 × (1 + 0.05 × 2.5) = 1,125,000; 333,333.33 × 1.075 → 358,333.33', () => {
    assert.deepEqual(wb.grid('REVISEDBASIS', col(1_000_000, 333_333.33), col(2.5, 1.5)), [[1125000], [358333.33]]);
  });
});

describe('BPI.SHARES through the built bundle', () => {
  const wb = loadWorkbook();

  it('spills the shape of shares, parts adding up to the whole: 100 in thirds → 33.34, 33.33, 33.33', () => {
    assert.deepEqual(wb.grid('SHARES', 100, col(1 / 3, 1 / 3, 1 / 3)), [[33.34], [33.33], [33.33]]);
    assert.deepEqual(wb.grid('SHARES', 100, [[1 / 3, 1 / 3, 1 / 3]]), [[33.34, 33.33, 33.33]]);
  });

  it('spills a 2-D block as it is, ties in reading order: 0.03 in quarters → 0.75 cent each, 3 cents to the first three', () => {
    assert.deepEqual(
      wb.grid('SHARES', 0.03, [
        [0.25, 0.25],
        [0.25, 0.25],
      ]),
      [
        [0.01, 0.01],
        [0.01, 0],
      ],
    );
  });

  it('keeps blank shares blank: 1,000 × 60 %, blank, 40 % → 600, "", 400', () => {
    assert.deepEqual(wb.grid('SHARES', 1000, col(0.6, null, 0.4)), [[600], [''], [400]]);
  });

  it('fails as a whole for a bad share (the split depends on every share)', () => {
    assert.equal(errorOf(wb.cell('SHARES', 100, col(0.6, 0.5)), '#NUM!'), 'shares must add up to at most 100%, got 110%');
    assert.equal(errorOf(wb.cell('SHARES', col(100, 200), col(0.5, 0.5)), '#VALUE!'), 'amount must be a single value for this function, got a 2×1 range');
  });
});

describe('BPI.SCHEDULETERM, BPI.SPREAD and PREMIUM’s financed share through the built bundle (issue 21)', () => {
  const wb = loadWorkbook();
  const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

  it('SCHEDULETERM reads columns of dates and amounts: a 4-year straight line, 2 years of drawdown, 30/360 → 4 + 1 = 5', () => {
    // 15 Mar 2024 → 15 Mar 2026: 2 years of drawdown, 0.5 × 2 = 1; 8 equal half-yearly repayments: WAL = (0.5 + … + 4)/8
    // = 18/8 = 2.25, 2 × 2.25 − 0.5 = 4. Blank rows after the last are unused rows of the range.
    const dates = Array.from({ length: 8 }, (_, k) => [serial(2026, 3 + 6 * (k + 1), 15)]);
    const amounts = dates.map(() => [1_250_000]);
    assert.deepEqual(wb.grid('SCHEDULETERM', [[serial(2024, 3, 15)]], [[serial(2026, 3, 15)]], [...dates, [null]], [...amounts, [null]], [[0]]), [[5]]);
  });

  it('SCHEDULETERM feeds BPI.RATE: x = 5 for country 3, CC2 → 0.564 × 5 + 0.345 = 3.165 % → 3.17 %', () => {
    const dates = Array.from({ length: 8 }, (_, k) => [serial(2026, 3 + 6 * (k + 1), 15)]);
    const x = wb.cell(
      'SCHEDULETERM',
      serial(2024, 3, 15),
      serial(2026, 3, 15),
      dates,
      dates.map(() => [1]),
      0,
    );
    assert.equal(wb.cell('RATE', 3, 'CC2', x), 0.0317);
  });

  it('SCHEDULETERM errors name the argument; a block of dates is refused', () => {
    const start = serial(2025, 1, 15);
    assert.equal(
      errorOf(wb.cell('SCHEDULETERM', '15/01/2025', start, [[start]], [[1]]), '#VALUE!'),
      'first_drawdown must be a date (a date cell or its serial number), got "15/01/2025"',
    );
    assert.equal(
      errorOf(wb.cell('SCHEDULETERM', start, start, [[start - 1]], [[1]]), '#NUM!'),
      'repayment_dates item 1 must not be before starting_point (2025-01-15), got 2025-01-14',
    );
    assert.equal(
      errorOf(
        wb.cell(
          'SCHEDULETERM',
          start,
          start,
          [
            [start, start],
            [start, start],
          ],
          [[1], [1]],
        ),
        '#VALUE!',
      ),
      'repayment_dates must be a single row or column, got a 2×2 range',
    );
  });

  it('SPREAD: 534,650 upfront over 8,500,000 amortised half-yearly over 2 years, undiscounted', () => {
    // outstanding 8.5M, 6.375M, 4.25M, 2.125M for half a year each: 0.5 × 21.25M = 10.625M outstanding-years;
    // 534,650 / 10,625,000 = 0.05032 (5.032 % a year)
    assert.equal(wb.cell('SPREAD', 534_650, col(0.5, 1, 1.5, 2), col(8_500_000, 6_375_000, 4_250_000, 2_125_000)), 0.05032);
  });

  it('SPREAD errors name the argument', () => {
    assert.equal(errorOf(wb.cell('SPREAD', 100, col(1, 0.5), col(1, 1)), '#NUM!'), 'times item 2 must be above the time before it (1), got 0.5');
    assert.equal(errorOf(wb.cell('SPREAD', 100, col(1), col(1), -1.5), '#NUM!'), 'discount_rate must be above -100%, got -1.5');
  });

  it('in a French Excel the messages name the French arguments and write dates as 15/01/2025', () => {
    const fr = workbookIn('fr-FR');
    const start = serial(2025, 1, 15);
    assert.equal(
      errorOf(fr.cell('SCHEDULETERM', start, start, [[start - 1]], [[1]]), '#NUM!'),
      'dates_remboursement (valeur 1) ne peut pas précéder point_départ (15/01/2025), reçu le 14/01/2025',
    );
    assert.equal(errorOf(fr.cell('SPREAD', 100, col(1), col(1), -1.5), '#NUM!'), 'taux_actualisation doit être supérieur à -100\u00a0%, reçu -1,5');
  });

  it('PREMIUM takes a share per row: TRUE, FALSE, 50 %, blank', () => {
    // 1,000,000 × 1.01 %: all financed 10,100 / 0.9899 = 10,203.05; none 10,100; half 10,100 / 0.99495 = 10,151.26
    const g = wb.grid('PREMIUM', [[1_000_000]], [[0.0101]], col(true, false, 0.5, null, 2));
    assert.deepEqual(g.slice(0, 4), [[10203.05], [10100], [10151.26], [10100]]);
    assert.equal(errorOf(g[4][0], '#NUM!'), 'financed must be TRUE, FALSE or the share of the premium financed, from 0% to 100%, got 2');
  });
});
