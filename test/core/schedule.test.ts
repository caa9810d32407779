/*
 * II-J (waiting period) and II-K (non-standard amortization): x for BPI.RATE. Expected values are worked by
 * hand in the comments.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { equivalentTerm, horizon, scheduleTerm } from '../../src/core/schedule';
import { throwsBpi } from './expectError';

describe('core: horizon (II-J)', () => {
  it('adds half the waiting period: 8 years of repayment, 2 years from first drawdown → 8 + 0.5 × 2 = 9', () => {
    assert.equal(horizon(8, 2), 9);
  });

  it('keeps the waiting period unrounded: 5 + 0.5 × 1.3 = 5.65', () => {
    assert.equal(horizon(5, 1.3), 5.65);
  });

  it('reads a blank drawdown period as 0 (no waiting period): x = 7', () => {
    assert.equal(horizon(7, null), 7);
    assert.equal(horizon('7', ''), 7);
  });

  it('is #NUM! when x exceeds 9.99999999999999e307 exactly, even by less than its double shows', () => {
    assert.equal(horizon(9.99999999999999e307, 0), 9.99999999999999e307);
    // 9.99999999999999e307 + 0.5 × 1e-300: its nearest double is Excel's largest number, but it is above it;
    // to 4 significant digits, half up, 9.99999999999999…e307 is 1.000e308
    throwsBpi(() => horizon(9.99999999999999e307, '1e-300'), '#NUM!', 'the result 1.000e+308 is beyond the largest number Excel holds (about 1e308)');
  });

  it('refuses negative periods (#NUM!) and text (#VALUE!), naming the argument', () => {
    throwsBpi(() => horizon(-1, 0), '#NUM!', 'repayment_years must be a term in years of at least 0, got -1');
    throwsBpi(() => horizon(8, -0.5), '#NUM!', 'drawdown_years must be a period in years of at least 0, got -0.5');
    throwsBpi(() => horizon('eight', 0), '#VALUE!', 'repayment_years must be a number, got "eight"');
  });
});

describe('core: equivalentTerm (II-K)', () => {
  it('gives a standard schedule back its own term: 10 equal instalments at 0.5 … 5 → WAL 27.5/10 = 2.75, 2 × 2.75 − 0.5 = 5', () => {
    const times = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];
    assert.equal(
      equivalentTerm(
        times,
        times.map(() => 100_000),
      ),
      5,
    );
  });

  it('prices a bullet repayment at 3 years as a 5.5-year standard credit: WAL 3, 2 × 3 − 0.5 = 5.5', () => {
    assert.equal(equivalentTerm([3], [1_000_000]), 5.5);
  });

  it('weights times by amounts: 50, 30, 20 at 1, 2, 3 → WAL (50 + 60 + 60)/100 = 1.7, x = 3.4 − 0.5 = 2.9', () => {
    assert.equal(equivalentTerm([1, 2, 3], [50, 30, 20]), 2.9);
  });

  it('a balloon: 10, 10, 10, 70 at 0.5, 1, 1.5, 2 → WAL (5 + 10 + 15 + 140)/100 = 1.7, x = 2.9 (longer than the 2-year straight line)', () => {
    assert.equal(equivalentTerm([0.5, 1, 1.5, 2], [10, 10, 10, 70]), 2.9);
  });

  it('is never below 0: everything repaid at 0.1 years → 2 × 0.1 − 0.5 = −0.3 → 0', () => {
    assert.equal(equivalentTerm([0.1], [500]), 0);
  });

  it('ignores blanks after the last value of each list (unused rows): 0.5, 1 equal → WAL 0.75, x = 1', () => {
    assert.equal(equivalentTerm([0.5, 1, null, ''], [100, 100, null, null]), 1);
  });

  it('allows zero amounts (they weigh nothing) and times in any order', () => {
    // 100 at 2, 0 at 9, 100 at 1 → WAL (200 + 0 + 100)/200 = 1.5, x = 2.5
    assert.equal(equivalentTerm([2, 9, 1], [100, 0, 100]), 2.5);
  });

  it('times 1, 2, 3 repaid 1, 1, 1 → WAL 6/3 = 2, x = 3.5; repaid 1, 1, 2 → WAL (1 + 2 + 6)/4 = 2.25, x = 4', () => {
    assert.equal(equivalentTerm([1, 2, 3], [1, 1, 1]), 3.5);
    assert.equal(equivalentTerm([1, 2, 3], [1, 1, 2]), 4);
  });

  it('rounds once, to the double nearest the exact x, when the WAL does not terminate', () => {
    // times 1, 2, 3 repaid 1, 3, 2: WAL = (1 + 6 + 6)/6 = 13/6 = 2.1666…, x = 2 × 13/6 − 1/2 = 23/6 = 3.8333…
    // The double nearest 23/6 is 23 / 6 (one IEEE division of exact integers is correctly rounded); doing
    // 2 × (13/6 as a double) − 0.5 rounds twice and gives 3.833333333333333, one double below.
    assert.equal(equivalentTerm([1, 2, 3], [1, 3, 2]), 23 / 6);
    // times 0.5, 1, 1.5 repaid 1, 2, 4: WAL = (0.5 + 2 + 6)/7 = 17/14, x = 17/7 − 1/2 = 27/14 = 1.928571…
    // (twice rounded: 1.9285714285714284)
    assert.equal(equivalentTerm([0.5, 1, 1.5], [1, 2, 4]), 27 / 14);
    // times 1, 2, 4 repaid equally: WAL = 7/3, x = 14/3 − 1/2 = 25/6
    assert.equal(equivalentTerm([1, 2, 4], [1, 1, 1]), 25 / 6);
  });

  it("is #NUM! beyond Excel's largest number: all repaid at 1e308 years → x = 2e308 − 0.5", () => {
    throwsBpi(() => equivalentTerm([1e308], [1]), '#NUM!', 'the result 2.000e+308 is beyond the largest number Excel holds (about 1e308)');
  });

  it('refuses lists of different lengths, empty lists, gaps, negatives and all-zero amounts', () => {
    throwsBpi(() => equivalentTerm([0.5, 1, 1.5], [1, 1]), '#VALUE!', 'times and amounts must have the same number of values, got 3 times and 2 amounts');
    throwsBpi(() => equivalentTerm([null, null], [null]), '#VALUE!', 'times is empty: give the repayment times in years');
    throwsBpi(() => equivalentTerm([1], []), '#VALUE!', 'amounts is empty: give the principal repaid at each time');
    throwsBpi(() => equivalentTerm([0.5, null, 1.5], [1, 1, 1]), '#VALUE!', 'times item 2 is required, got a blank');
    throwsBpi(() => equivalentTerm([0.5, -1], [1, 1]), '#NUM!', 'times item 2 must be a time in years of at least 0, got -1');
    throwsBpi(() => equivalentTerm([0.5, 1], [1, -1]), '#NUM!', 'amounts item 2 must be an amount of at least 0, got -1');
    throwsBpi(() => equivalentTerm([0.5, 1], [0, 0]), '#NUM!', /amounts are all 0/);
    throwsBpi(() => equivalentTerm([0.5, 'soon'], [1, 1]), '#VALUE!', 'times item 2 must be a number, got "soon"');
  });

  it('property: any standard schedule (n equal half-yearly instalments) gives back its term n / 2', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.double({ min: 0.01, max: 1e12, noNaN: true }), (n, amount) => {
        const times = Array.from({ length: n }, (_, i) => (i + 1) / 2);
        assert.equal(
          equivalentTerm(
            times,
            times.map(() => amount),
          ),
          n / 2,
        );
      }),
    );
  });
});

describe('core: scheduleTerm (II-J and II-K from dates)', () => {
  // Excel serials from JavaScript's own calendar, not from the code under test.
  const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

  it('a straight-line half-yearly schedule, actual/365 (blank basis): 4 equal repayments over 2 years', () => {
    // From 2025-01-01: 2025-07-01 is 181 days, 2026-01-01 365, 2026-07-01 546, 2027-01-01 730.
    // WAL = (181 + 365 + 546 + 730) / 4 / 365 = 1822 / 1460; x = 2 × 1822/1460 − 0.5 = (1822 − 365)/730 = 1457/730
    const start = serial(2025, 1, 1);
    const dates = [serial(2025, 7, 1), serial(2026, 1, 1), serial(2026, 7, 1), serial(2027, 1, 1)];
    assert.equal(scheduleTerm(start, start, dates, [250, 250, 250, 250], null), 1457 / 730);
    assert.equal(scheduleTerm(start, start, dates, [250, 250, 250, 250], 3), 1457 / 730);
  });

  it('a balloon under 30/360: 10, 10, 10, 70 at 0.5, 1, 1.5, 2 years → WAL 1.7, x = 2.9', () => {
    // 15 Jan 2025 → 15 Jul 2025, 15 Jan 2026, 15 Jul 2026, 15 Jan 2027: 180, 360, 540, 720 days of 30/360.
    // WAL = (10 × 0.5 + 10 × 1 + 10 × 1.5 + 70 × 2)/100 = 170/100 = 1.7; x = 3.4 − 0.5 = 2.9
    const start = serial(2025, 1, 15);
    const dates = [serial(2025, 7, 15), serial(2026, 1, 15), serial(2026, 7, 15), serial(2027, 1, 15)];
    assert.equal(scheduleTerm(start, start, dates, [10, 10, 10, 70], 0), 2.9);
  });

  it('a drawdown period adds half of itself: 18 months of drawdown, then 2 repayments → 0.75 + 1 = 1.75', () => {
    // 30/360: 15 Jan 2024 → 15 Jul 2025 is 540 days = 1.5 years, half of it 0.75 (II-J).
    // Repayments at 0.5 and 1 year, equal: WAL 0.75, 2 × 0.75 − 0.5 = 1 (II-K). x = 1.75.
    const dates = [serial(2026, 1, 15), serial(2026, 7, 15)];
    assert.equal(scheduleTerm(serial(2024, 1, 15), serial(2025, 7, 15), dates, [1_000_000, 1_000_000], 0), 1.75);
  });

  it('a leap year, actual/actual: 2024 counts 366 days, the drawdown year before it 365', () => {
    // Drawdown 2023-07-01 → start 2024-01-01: 184 days, across a year end with no 29 February: 184/365.
    // Start 2024-01-01 → repayment 2024-07-01: 182 days within 2024, a leap year: 182/366 = 91/183.
    // x = 0.5 × 184/365 + (2 × 182/366 − 183/366) = 92/365 + 181/366 = (92 × 366 + 181 × 365)/(365 × 366)
    // = (33672 + 66065)/133590 = 99737/133590
    assert.equal(scheduleTerm(serial(2023, 7, 1), serial(2024, 1, 1), [serial(2024, 7, 1)], [5], 1), 99737 / 133590);
  });

  it('the same leap year, actual/365: 182/365 and 184/365', () => {
    // x = 0.5 × 184/365 + 2 × 182/365 − 0.5 = (92 + 364 − 182.5)/365 = 273.5/365 = 547/730
    assert.equal(scheduleTerm(serial(2023, 7, 1), serial(2024, 1, 1), [serial(2024, 7, 1)], [5], 3), 547 / 730);
  });

  it('property: under 30/360 a straight-line half-yearly schedule over R years gives exactly R + half the drawdown period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }), // R years
        fc.integer({ min: 0, max: 48 }), // drawdown months
        fc.integer({ min: 2000, max: 2060 }),
        fc.integer({ min: 1, max: 12 }),
        // A day before the 28th: no end-of-month rule applies (from 28 February, the last day of the month,
        // Excel's 30/360 counts 30 Feb → 28 Aug as 178 days, not half a year)
        fc.integer({ min: 1, max: 27 }),
        fc.double({ min: 0.01, max: 1e9, noNaN: true }),
        (years, months, y, m, d, amount) => {
          const drawdown = serial(y, m, d);
          const start = serial(y, m + months, d);
          const dates = Array.from({ length: 2 * years }, (_, k) => serial(y, m + months + 6 * (k + 1), d));
          // WAL = Σ (k/2) / 2R = (2R + 1)/4, 2 WAL − 0.5 = R; waiting 0.5 × months/12: x = (24R + months)/24
          assert.equal(
            scheduleTerm(
              drawdown,
              start,
              dates,
              dates.map(() => amount),
              0,
            ),
            (24 * years + months) / 24,
          );
        },
      ),
    );
  });

  it('drops times of day as YEARFRAC does, and ignores blanks after the last repayment', () => {
    const start = serial(2025, 1, 15);
    const dates = [serial(2025, 7, 15) + 0.75, serial(2026, 1, 15), null, ''];
    assert.equal(scheduleTerm(start + 0.5, start + 0.25, dates, [1, 1, null, null], 0), 1);
  });

  it('never goes below the waiting period: all repaid at the starting point → 2 × 0 − 0.5 → 0', () => {
    // 30/360: 15 Jan → 15 Jul 2025 is 0.5, half of it 0.25
    assert.equal(scheduleTerm(serial(2025, 1, 15), serial(2025, 7, 15), [serial(2025, 7, 15)], [100], 0), 0.25);
  });

  it('refuses text dates, dates out of order, lists of different lengths, negative amounts and nothing repaid', () => {
    const start = serial(2025, 1, 15); // 45672
    const later = serial(2025, 7, 15);
    throwsBpi(
      () => scheduleTerm('2025-01-15', start, [later], [1], 0),
      '#VALUE!',
      'first_drawdown must be a date (a date cell or its serial number), got "2025-01-15"',
    );
    throwsBpi(() => scheduleTerm(start, true, [later], [1], 0), '#VALUE!', 'starting_point must be a date (a date cell or its serial number), got TRUE');
    throwsBpi(
      () => scheduleTerm(start, start, [later, 'soon'], [1, 1], 0),
      '#VALUE!',
      'repayment_dates item 2 must be a date (a date cell or its serial number), got "soon"',
    );
    throwsBpi(() => scheduleTerm(later, start, [later], [1], 0), '#NUM!', 'starting_point must not be before first_drawdown (2025-07-15), got 2025-01-15');
    throwsBpi(
      () => scheduleTerm(start, later, [later, start], [1, 1], 0),
      '#NUM!',
      'repayment_dates item 2 must not be before starting_point (2025-07-15), got 2025-01-15',
    );
    throwsBpi(
      () => scheduleTerm(start, start, [later, later], [1], 0),
      '#VALUE!',
      'repayment_dates and amounts must have the same number of values, got 2 dates and 1 amounts',
    );
    throwsBpi(() => scheduleTerm(start, start, [later, null, later], [1, 1, 1], 0), '#VALUE!', 'repayment_dates item 2 is required, got a blank');
    throwsBpi(() => scheduleTerm(start, start, [later], [-1], 0), '#NUM!', 'amounts item 1 must be an amount of at least 0, got -1');
    throwsBpi(() => scheduleTerm(start, start, [later], [0], 0), '#NUM!', 'amounts are all 0: the schedule repays nothing, so it has no average life');
    throwsBpi(() => scheduleTerm(start, start, [], [], 0), '#VALUE!', 'repayment_dates is empty: give the repayment dates');
    throwsBpi(() => scheduleTerm(start, start, [later], [1], 5), '#NUM!', 'day_count must be an integer 0–4, got 5');
    throwsBpi(
      () => scheduleTerm(0, start, [later], [1], 0),
      '#NUM!',
      'first_drawdown must be a date from 1900-03-01 to 9999-12-31 (serial numbers 61 to 2958465), got 0',
    );
    throwsBpi(() => scheduleTerm(start, null, [later], [1], 0), '#VALUE!', 'starting_point is required, got a blank');
  });
});
