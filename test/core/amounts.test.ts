/*
 * Premium amounts (I-C-2, II-G, II-H) and splits. Expected values are worked by hand in the comments; the
 * property tests check against integer (BigInt) arithmetic, not against the code under test.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { claimsPremium, premium, revisedBasis, splitShares } from '../../src/core/amounts';
import { throwsBpi } from './expectError';

describe('core: premium (I-C-2)', () => {
  it('is basis × rate to the cent: 1,000,000 × 1.01% = 10,100.00', () => {
    assert.equal(premium(1_000_000, 0.0101, null), 10100);
  });

  it('rounds an exact half cent up, where doubles fall short: 110 × 1.15% = 1.265 → 1.27 (110 * 0.0115 in doubles is 1.2649…)', () => {
    assert.equal(premium(110, 0.0115, false), 1.27);
  });

  it('financed: the premium is part of its own basis, P = basis × r / (1 − r)', () => {
    // 1,000,000 × 0.0101 / 0.9899 = 10,100 / 0.9899: 0.9899 × 10,203.05 = 10,099.999195 and
    // 0.9899 × 10,203.06 = 10,100.009094, so P = 10,203.05…; the remainder 0.000805 < 0.0099/2 → 10,203.05.
    assert.equal(premium(1_000_000, 0.0101, true), 10203.05);
    // check of the reading: P = (basis + P) × r → 10,203.05 ≈ 1,010,203.05 × 0.0101 = 10,203.05…
    assert.equal(premium('1000000', '1.01%', 'TRUE'), 10203.05);
  });

  it('a zero rate or basis is a zero premium', () => {
    assert.equal(premium(0, 0.05, true), 0);
    assert.equal(premium(500, 0, true), 0);
  });

  it('refuses a rate outside 0 to below 100% (#NUM!), a negative basis (#NUM!), text and bad flags (#VALUE!)', () => {
    throwsBpi(() => premium(100, 1.2, null), '#NUM!', 'rate must be from 0% to below 100% (write 1.01% or 0.0101), got 1.2');
    throwsBpi(() => premium(100, 1, true), '#NUM!', 'rate must be from 0% to below 100% (write 1.01% or 0.0101), got 1');
    throwsBpi(() => premium(100, -0.01, null), '#NUM!', 'rate must be from 0% to below 100%, got -0.01');
    throwsBpi(() => premium(-100, 0.01, null), '#NUM!', 'basis must be an amount of at least 0, got -100');
    throwsBpi(() => premium('1000,5', 0.01, null), '#VALUE!', /basis must be a number with a "." decimal point/);
    throwsBpi(() => premium(100, 0.01, 'maybe'), '#VALUE!', 'financed must be TRUE, FALSE or the share of the premium financed, from 0% to 100%, got "maybe"');
  });

  it('a financed share s: P = basis × r / (1 − s × r), one fraction rounded once', () => {
    // 1,000,000 × 1.01 % = 10,100; half financed: 10,100 / (1 − 0.5 × 0.0101) = 10,100 / 0.99495 = 10,151.2638… → 10,151.26
    assert.equal(premium(1_000_000, 0.0101, 0.5), 10151.26);
    assert.equal(premium('1000000', '1.01%', '50%'), 10151.26);
    // share 100 % is TRUE, 0 % is FALSE
    assert.equal(premium(1_000_000, 0.0101, 1), 10203.05);
    assert.equal(premium(1_000_000, 0.0101, 0), 10100);
    assert.equal(premium(1_000_000, 0.0101, 'false'), 10100);
    // 85 % financed at 8.55 %: 42,500,000 × 0.0855 = 3,633,750; 1 − 0.85 × 0.0855 = 1 − 0.072675 = 0.927325;
    // 3,633,750 / 0.927325 = 3,918,529.1025… → 3,918,529.10 (check: 3,918,529.10 × 0.927325 = 3,633,749.99…)
    assert.equal(premium(42_500_000, 0.0855, 0.85), 3_918_529.1);
    // exact at a whole cent: 0.09 × 50 % / (1 − 0.2 × 50 %) = 0.045 / 0.9 = 0.05
    assert.equal(premium(0.09, 0.5, 0.2), 0.05);
  });

  it('refuses a share outside 0–100 % with #NUM!', () => {
    throwsBpi(() => premium(100, 0.01, 1.5), '#NUM!', 'financed must be TRUE, FALSE or the share of the premium financed, from 0% to 100%, got 1.5');
    throwsBpi(() => premium(100, 0.01, -0.1), '#NUM!', 'financed must be TRUE, FALSE or the share of the premium financed, from 0% to 100%, got -0.1');
  });

  it('property: the premium grows with the financed share, from the cash premium to the fully financed one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 100 }), (basis, bp, pct) => {
        const p = premium(basis, bp / 10_000, pct / 100);
        assert.ok(premium(basis, bp / 10_000, false) <= p && p <= premium(basis, bp / 10_000, true));
      }),
    );
  });

  it('property: a financed premium is never below the premium on the basis alone', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e10, noNaN: true }), fc.double({ min: 0, max: 0.99, noNaN: true }), (basis, rate) => {
        assert.ok(premium(basis, rate, true) >= premium(basis, rate, false));
      }),
    );
  });
});

describe('core: revisedBasis (II-G)', () => {
  it('adds 5% per year of execution: 1,000,000 × (1 + 0.05 × 2.5) = 1,125,000.00', () => {
    assert.equal(revisedBasis(1_000_000, 2.5), 1125000);
  });

  it('rounds once to the cent: 333,333.33 × 1.075 = 358,333.32975 → 358,333.33', () => {
    assert.equal(revisedBasis(333333.33, 1.5), 358333.33);
  });

  it('no execution period leaves the basis as it is', () => {
    assert.equal(revisedBasis(1234.56, 0), 1234.56);
  });

  it('refuses negative inputs with #NUM!', () => {
    throwsBpi(() => revisedBasis(100, -1), '#NUM!', 'execution_years must be a period in years of at least 0, got -1');
    throwsBpi(() => revisedBasis(-100, 1), '#NUM!', 'basis must be an amount of at least 0, got -100');
  });
});

describe('core: claimsPremium (II-H)', () => {
  // Non-payment table, country 3, CC3: a = 0.660, b = 0.345. At 95 % cover R = a·x' + b (country share S plus
  // debtor share T − S). x = 1: R = 1.005 % exactly → CLAIMS rate R₁ = 1.01 %; 2R = 2.010 % → 2.01 %, where
  // doubling the rounded rate would give 2.02 %.
  it('claims up to 10% of the contract at the CLAIMS rate: 80,000 × 1.01% = 808.00', () => {
    assert.equal(claimsPremium(80_000, 1_000_000, 3, 'CC3', 1), 808);
  });

  it('the fraction from 10% to 20% at the doubled unrounded rate: 100,000 × 1.01% + 50,000 × 2.01% = 1,010 + 1,005 = 2,015.00', () => {
    assert.equal(claimsPremium(150_000, 1_000_000, 3, 'CC3', 1), 2015);
  });

  it('exactly 20% is allowed: 1,010 + 100,000 × 2.01% = 3,020.00', () => {
    assert.equal(claimsPremium(200_000, 1_000_000, 3, 'CC3', 1), 3020);
  });

  it("applies the 0.25 floor of II-H a): country 3, CC2 (a 0.564, b 0.345), x = 0.1 → x' = 0.25", () => {
    // R = 0.564 × 0.25 + 0.345 = 0.486 % → 0.49 %; 2R = 0.972 % → 0.97 % (2 × 0.49 would be 0.98 %).
    // 100,000 × 0.49 % + 20,000 × 0.97 % = 490 + 194 = 684.00
    assert.equal(claimsPremium(120_000, 1_000_000, 3, 'CC2', 0.1), 684);
  });

  it('rounds the premium to cents once: country 3, CC2, x = 1 → R = 0.909 % → 0.91 %, 2R = 1.818 % → 1.82 %', () => {
    // 100,000 × 0.0091 = 910; 23,456.78 × 0.0182 = 426.913396; total 1,336.913396 → 1,336.91
    assert.equal(claimsPremium(123_456.78, 1_000_000, 3, 'CC2', 1), 1336.91);
  });

  it('refuses claims above 20% of the contract (#NUM!) and a zero contract', () => {
    throwsBpi(
      () => claimsPremium(200_000.01, 1_000_000, 3, 'CC3', 1),
      '#NUM!',
      'claims must be at most 20% of the contract (II-H), got 200000.01 for a contract of 1000000 (20%)',
    );
    throwsBpi(() => claimsPremium(250_000, 1_000_000, 3, 'CC3', 1), '#NUM!', /\(25%\)$/);
    throwsBpi(() => claimsPremium(0, 0, 3, 'CC3', 1), '#NUM!', 'contract must be an amount above 0, got 0');
  });

  it("states the claims' share of the contract half up to 2 decimals of a percent, rounded once", () => {
    // 2 / 3 = 66.666…% → 66.67%; 200,125 / 1,000,000 = 20.0125% exactly, a half → 20.01%;
    // 1 / 4.5 = 22.222…% → 22.22%
    throwsBpi(() => claimsPremium(2, 3, 3, 'CC3', 1), '#NUM!', /for a contract of 3 \(66\.67%\)$/);
    throwsBpi(() => claimsPremium(200_125, 1_000_000, 3, 'CC3', 1), '#NUM!', /\(20\.01%\)$/);
    throwsBpi(() => claimsPremium(1, 4.5, 3, 'CC3', 1), '#NUM!', /\(22\.22%\)$/);
  });

  it("passes on the rate pipeline's errors: unknown debtor #VALUE!, no published coefficient #N/A, bad x #NUM!", () => {
    throwsBpi(() => claimsPremium(1, 100, 3, 'CC9', 1), '#VALUE!', /debtor .*"CC9"/);
    throwsBpi(() => claimsPremium(1, 100, 6, 'CC5', 1), '#N/A', /CC5/);
    throwsBpi(() => claimsPremium(1, 100, 3, 'CC3', -1), '#NUM!', 'x must be a term in years from 0 to 100, got -1');
  });
});

describe("core: revisedBasis beyond Excel's range", () => {
  it('is #NUM! with the result to 4 digits: 9.6e307 × (1 + 0.05 × 1) = 1.008e308', () => {
    assert.equal(revisedBasis(9e307, 1), 9.45e307); // 9e307 × 1.05, within range
    throwsBpi(() => revisedBasis(9.6e307, 1), '#NUM!', 'the result 1.008e+308 is beyond the largest number Excel holds (about 1e308)');
  });
});

describe('core: splitShares', () => {
  it('splits a co-insured 1,000,000 60% / 25% / 15% exactly', () => {
    assert.deepEqual(splitShares(1_000_000, [0.6, 0.25, 0.15]), [600000, 250000, 150000]);
  });

  it('gives the leftover cent to the first of equal remainders: 100 in thirds → 33.34, 33.33, 33.33', () => {
    // each share is the double 0.3333333333333333: exact parts 33.33333333333333 → 33.33 each (99.99);
    // the whole is round(100 × 0.9999999999999999) = 100.00, so 1 cent is left and goes to the first.
    assert.deepEqual(splitShares(100, [1 / 3, 1 / 3, 1 / 3]), [33.34, 33.33, 33.33]);
  });

  it('gives leftover cents to the largest dropped fractions, not in order: 1.00 × 11.4%, 11.7%, 76.9%', () => {
    // exact cents 11.4, 11.7, 76.9 → 11 + 11 + 76 = 98; 2 cents left go to .9 (third) and .7 (second)
    assert.deepEqual(splitShares(1, [0.114, 0.117, 0.769]), [0.11, 0.12, 0.77]);
  });

  it('two exact half cents: 0.05 in halves → 2.5 + 2.5 cents, whole 5 cents → 0.03, 0.02 (tie: first)', () => {
    assert.deepEqual(splitShares(0.05, [0.5, 0.5]), [0.03, 0.02]);
  });

  it('breaks ties among equal remainders by list order, after larger remainders: 1.00 × 11.1%, 22.5%, 22.5%, 43.9%', () => {
    // exact cents 11.1, 22.5, 22.5, 43.9 → 11 + 22 + 22 + 43 = 98; whole 100 cents, 2 left: the first to the
    // largest dropped fraction .9 (fourth), the second to the tie .5 / .5, first in order (second part)
    assert.deepEqual(splitShares(1, [0.111, 0.225, 0.225, 0.439]), [0.11, 0.23, 0.22, 0.44]);
    // 0.10 in quarters: 2.5 cents each → 2 × 4 = 8, whole 10, 2 left → the first two: 0.03, 0.03, 0.02, 0.02
    assert.deepEqual(splitShares(0.1, [0.25, 0.25, 0.25, 0.25]), [0.03, 0.03, 0.02, 0.02]);
    // equal remainders and no cent left: 30 % three times of 7 cents = 2.1 cents each → floors 6; whole
    // round(7 × 0.9) = round(6.3) = 6, so the .1 remainders take nothing: 0.02 each
    assert.deepEqual(splitShares(0.07, [0.3, 0.3, 0.3]), [0.02, 0.02, 0.02]);
  });

  it('adds the shares exactly before comparing with 100%: 1e-30 above is refused, and said in full', () => {
    throwsBpi(() => splitShares(100, ['1e-30', 1]), '#NUM!', 'shares must add up to at most 100%, got 100.0000000000000000000000000001%');
  });

  it('shares adding up to less than 100% split round(amount × Σ shares): 100 × 33.33% × 2 = 66.66', () => {
    assert.deepEqual(splitShares(100, [0.3333, 0.3333]), [33.33, 33.33]);
  });

  it('blank shares give "" and take nothing; all blank (amount too) gives all ""', () => {
    assert.deepEqual(splitShares(10, [0.5, null, '', 0.5]), [5, '', '', 5]);
    assert.deepEqual(splitShares(null, [null, '']), ['', '']);
  });

  it('refuses shares outside 0–100% or above 100% in total (#NUM!), text (#VALUE!), a negative amount (#NUM!)', () => {
    throwsBpi(() => splitShares(100, [0.5, 1.5]), '#NUM!', 'shares item 2 must be a fraction from 0% to 100% (write 95% or 0.95), got 1.5');
    throwsBpi(() => splitShares(100, [0.6, 0.5]), '#NUM!', 'shares must add up to at most 100%, got 110%');
    throwsBpi(() => splitShares(100, [0.6, 'half']), '#VALUE!', 'shares item 2 must be a number, got "half"');
    throwsBpi(() => splitShares(-100, [0.5]), '#NUM!', 'amount must be an amount of at least 0, got -100');
    throwsBpi(() => splitShares(null, [0.5]), '#VALUE!', 'amount is required, got a blank');
  });

  it('property: the parts add up exactly to round(amount × Σ shares), each within a cent of its exact value', () => {
    // amounts in whole cents and shares in basis points, so BigInt arithmetic gives the exact expectations
    const shares = fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 12 }).filter((bp) => bp.reduce((s, b) => s + b, 0) <= 10_000);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), shares, (amountCents, bps) => {
        const parts = splitShares(
          amountCents / 100,
          bps.map((b) => b / 10_000),
        ) as number[];
        const partCents = parts.map((p) => BigInt(Math.round(p * 100)));
        const sumBp = BigInt(bps.reduce((s, b) => s + b, 0));
        const whole = (BigInt(amountCents) * sumBp * 2n + 10_000n) / 20_000n; // half up
        assert.equal(
          partCents.reduce((s, c) => s + c, 0n),
          whole,
        );
        bps.forEach((b, i) => {
          const exactTimes10k = BigInt(amountCents) * BigInt(b); // part in cents × 10,000
          const diff = partCents[i] * 10_000n - exactTimes10k;
          assert.ok(diff > -10_000n && diff < 10_000n, `part ${i} within a cent`);
        });
      }),
    );
  });
});
