/*
 * BPI.SPREAD's core: m = premium / Σ Oₖ·(tₖ − tₖ₋₁)·(1 + r)^−tₖ. Expected values worked by hand in the
 * comments; the comparison with the same sum as a sheet formula is in test/sheets/scheduleAndSpread.test.ts.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { spread } from '../../src/core/spread';
import { ratioToNumber } from '../../src/core/exact';
import { throwsBpi } from './expectError';

describe('core: spread (margin per annum equal in present value to an upfront premium)', () => {
  it('without discounting, the premium over the outstanding-years: 300, 200, 100 over years 1–3 → 600; 60 / 600 = 10 %', () => {
    assert.equal(spread(60, [1, 2, 3], [300, 200, 100], null), 0.1);
    assert.equal(spread(60, [1, 2, 3], [300, 200, 100], 0), 0.1);
  });

  it('half-yearly periods weigh half a year: 100, 75, 50, 25 → 0.5 × 250 = 125; 2.5 / 125 = 2 %', () => {
    assert.equal(spread(2.5, [0.5, 1, 1.5, 2], [100, 75, 50, 25], null), 0.02);
  });

  it('r = 0 is one fraction rounded once: 1 / (1 × 3) = 1/3', () => {
    assert.equal(spread(1, [3], [1], null), 1 / 3);
  });

  it('discounts each period at its end: r = 25 %, 1 at years 1 and 2 → 0.8 + 0.64 = 1.44; 36 / 1.44 = 25', () => {
    assert.equal(spread(36, [1, 2], [1, 1], 0.25), 25);
    // r = 100 %: 1/2 + 1/4 = 3/4, 3 / (3/4) = 4
    assert.equal(spread(3, [1, 2], [1, 1], 1), 4);
  });

  it('half-years at r = 21 %: 1.21^0.5 = 1.1, so 0.5/1.1 + 0.5/1.21 = 1.05/1.21; 1.05 / (1.05/1.21) = 1.21', () => {
    // The irrational path (exp and ln) lands on the double of 1.21 exactly: it returns the nearest double.
    assert.equal(spread(1.05, [0.5, 1], [1, 1], 0.21), 1.21);
  });

  it('a negative rate raises the weight of later periods: r = −50 %, 1 at year 1 → 1 × 2 = 2; 1 / 2 = 0.5', () => {
    assert.equal(spread(1, [1], [1], -0.5), 0.5);
    // Far out: 1 / (100 × 0.001^−100) = 1 / (100 × 1e300) = 1e-302 (doubles would give 1.000000000000002e-302)
    assert.equal(spread(1, [100], [1], -0.999), 1e-302);
  });

  it('a zero premium is a zero margin; zero outstanding in some periods weighs nothing', () => {
    assert.equal(spread(0, [1, 2], [1, 1], 0.05), 0);
    // periods (0, 1] with 0 and (1, 3] with 10: 10 × 2 = 20; 2 / 20 = 10 %
    assert.equal(spread(2, [1, 3], [0, 10], null), 0.1);
  });

  it('ignores blanks after the last period', () => {
    assert.equal(spread(60, [1, 2, 3, null], [300, 200, 100, ''], null), 0.1);
  });

  it('property: within 1e-14 of the same sum in doubles, for half-yearly schedules and rates from −10 % to 30 %', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e7 }), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: -1000, max: 3000 }),
        fc.integer({ min: 1, max: 1e9 }),
        (cents, bp, premiumCents) => {
          fc.pre(cents.some((c) => c > 0));
          const outstanding = cents.map((c) => c / 100);
          const times = outstanding.map((_, k) => (k + 1) / 2);
          const r = bp / 10_000;
          const sum = outstanding.reduce((s, o, k) => s + o * 0.5 * (1 + r) ** -times[k], 0);
          const expected = premiumCents / 100 / sum;
          assert.ok(Math.abs(spread(premiumCents / 100, times, outstanding, r) - expected) <= 1e-14 * expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('property: the correctly rounded double, where the exact m is a fraction (whole-year periods)', () => {
    // With integer times, (1 + r)^−t is rational: m = P / Σ Oₖ·(1 + r)^−k = P·(1 + r)^n / Σ Oₖ·(1 + r)^(n−k),
    // an exact fraction computed here in BigInt (r = bp / 10,000), rounded once by exact.ts's ratioToNumber.
    // SPREAD gets there through ln and exp (the discount path): it must land on the same double.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: -500, max: 5000 }).filter((bp) => bp !== 0),
        fc.integer({ min: 1, max: 1e12 }),
        (outstanding, bp, premium) => {
          fc.pre(outstanding.some((o) => o > 0));
          const n = outstanding.length;
          const base = 10_000n + BigInt(bp); // (1 + r) = base / 10,000
          const pow = (b: bigint, e: number) => b ** BigInt(e);
          // Σ Oₖ·(base/10⁴)^−k = Σ Oₖ·base^(n−k)·10⁴ᵏ / base^n
          const sum = outstanding.reduce((acc, o, i) => acc + BigInt(o) * pow(base, n - (i + 1)) * pow(10_000n, i + 1), 0n);
          const expected = ratioToNumber({ num: BigInt(premium) * pow(base, n), den: sum });
          const times = outstanding.map((_, i) => i + 1);
          assert.equal(spread(premium, times, outstanding, bp / 10_000), expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses periods out of order, mismatched lists, negative or no outstanding, and rates of −100 % or below', () => {
    throwsBpi(
      () => spread(1, [0, 1], [1, 1], null),
      '#NUM!',
      'times item 1 must be above 0 (the end of the first period, in years from the payment of the premium), got 0',
    );
    throwsBpi(() => spread(1, [1, 1], [1, 1], null), '#NUM!', 'times item 2 must be above the time before it (1), got 1');
    throwsBpi(() => spread(1, [1, 2, 1.5], [1, 1, 1], null), '#NUM!', 'times item 3 must be above the time before it (2), got 1.5');
    throwsBpi(
      () => spread(1, [1, 2], [1], null),
      '#VALUE!',
      'times and outstanding must have the same number of values, got 2 times and 1 amounts outstanding',
    );
    throwsBpi(() => spread(1, [], [], null), '#VALUE!', 'times is empty: give the end of each period in years from the payment of the premium');
    throwsBpi(() => spread(1, [1], [-5], null), '#NUM!', 'outstanding item 1 must be an amount of at least 0, got -5');
    throwsBpi(() => spread(1, [1, 2], [0, 0], null), '#NUM!', 'outstanding are all 0: nothing is outstanding, so no margin per annum matches the premium');
    throwsBpi(() => spread(1, [1], [1], -1), '#NUM!', 'discount_rate must be above -100%, got -1');
    throwsBpi(() => spread(-1, [1], [1], null), '#NUM!', 'premium must be an amount of at least 0, got -1');
    throwsBpi(() => spread(1, ['one'], [1], null), '#VALUE!', 'times item 1 must be a number, got "one"');
    throwsBpi(() => spread(1, [1], [1], 'five'), '#VALUE!', 'discount_rate must be a number, got "five"');
    // (1 + 1e10)^1000 / 1000 = 1e9997 × (1 + 1e−10)^1000 ≈ 1.0000001e9997
    throwsBpi(() => spread(1, [1000], [1], 1e10), '#NUM!', 'the result 1.000e+9997 is beyond the largest number Excel holds (about 1e308)');
  });
});
