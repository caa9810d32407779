/*
 * II-J (waiting period) and II-K (non-standard amortization): x for BPI.RATE. Expected values are worked by
 * hand in the comments.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { equivalentTerm, horizon } from '../../src/core/schedule';
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
    assert.equal(equivalentTerm(times, times.map(() => 100_000)), 5);
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

  it('is #NUM! beyond Excel\'s largest number: all repaid at 1e308 years → x = 2e308 − 0.5', () => {
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
        assert.equal(equivalentTerm(times, times.map(() => amount)), n / 2);
      }),
    );
  });
});
