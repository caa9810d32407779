/*
 * State reinsurance (Insurance Code R442-8-11, seed 002) and EKF reinsurance (seed 003). Expected values are
 * worked by hand in the comments.
 */
import assert from 'node:assert/strict';
import { ekfEligible, ekfPremium, retained } from '../../src/core/cooperation';
import { throwsBpi } from './expectError';

describe('core: retained (R442-8-11)', () => {
  it('1°, cover complementary to a primary guarantee: the insurer keeps the primary guarantee, 2,500,000', () => {
    assert.equal(retained('COMPLEMENTARY', 2_500_000), 2500000);
  });

  it('2°, cover of the whole guaranteed amount: 5 % of the claims, 1,234,567.89 × 0.05 = 61,728.3945 → 61,728.39', () => {
    assert.equal(retained('WHOLE', 1_234_567.89), 61728.39);
  });

  it('rounds a half cent up: 10.10 × 0.05 = 0.505 → 0.51; the mode is case-insensitive and trimmed', () => {
    assert.equal(retained(' whole ', 10.1), 0.51);
  });

  it('refuses an unknown mode listing the modes (#VALUE!) and a negative amount (#NUM!)', () => {
    throwsBpi(() => retained('PARTIAL', 1), '#VALUE!', 'mode must be one of COMPLEMENTARY, WHOLE, got "PARTIAL"');
    throwsBpi(() => retained(2, 1), '#VALUE!', 'mode must be text, got 2');
    throwsBpi(() => retained('WHOLE', -1), '#NUM!', 'amount must be an amount of at least 0, got -1');
  });
});

describe('core: ekfPremium (EKF reinsurance)', () => {
  it('QUOTA: turnover × the country rate, 2,000,000 × 1.1% = 22,000.00', () => {
    assert.equal(ekfPremium('QUOTA', 2_000_000, 0.011), 22000);
  });

  it('QUOTA accepts the published ends 0.9% and 1.4%: 1,000,000 → 9,000.00 and 14,000.00', () => {
    assert.equal(ekfPremium('quota', 1_000_000, '0.9%'), 9000);
    assert.equal(ekfPremium('QUOTA', 1_000_000, 0.014), 14000);
  });

  it('TOPUP: proportionate turnover × 0.50% when the regular rate is blank or lower: 1,000,000 → 5,000.00', () => {
    assert.equal(ekfPremium('TOPUP', 1_000_000, null), 5000);
    assert.equal(ekfPremium('TOPUP', 1_000_000, 0.003), 5000);
  });

  it('TOPUP at the regular policy rate when it is higher: 1,000,000 × 0.75% = 7,500.00', () => {
    assert.equal(ekfPremium('TOPUP', 1_000_000, 0.0075), 7500);
  });

  it('rounds half up to the cent: 333,333.33 × 0.5% = 1,666.66665 → 1,666.67', () => {
    assert.equal(ekfPremium('TOPUP', 333_333.33, null), 1666.67);
  });

  it('compares the QUOTA rate with 0.9 % and 1.4 % exactly: text just outside is #NUM! though its double is an end', () => {
    // 333,333.33 × 1.4 % = 4,666.66662 → 4,666.67; 333,333.33 × 0.9 % = 2,999.99997 → 3,000.00
    assert.equal(ekfPremium('QUOTA', 333_333.33, '1.4%'), 4666.67);
    assert.equal(ekfPremium('QUOTA', 333_333.33, 0.009), 3000);
    // 0.01400000000000000001 reads as the double 0.014 but is above 1.4 %; 0.00899999999999999999 below 0.9 %
    throwsBpi(
      () => ekfPremium('QUOTA', 100, '0.01400000000000000001'),
      '#NUM!',
      /^rate for QUOTA must be from 0\.9% to 1\.4% .*got "0\.01400000000000000001"$/,
    );
    throwsBpi(() => ekfPremium('QUOTA', 100, '0.00899999999999999999'), '#NUM!', /got "0\.00899999999999999999"$/);
  });

  it('TOPUP at the ends: a regular rate of exactly 0.50 % or 100 %; above 100 % by any amount is #NUM!', () => {
    // 1,000,000 × max(0.50 %, 0.50 %) = 5,000.00; 1,000,000 × max(0.50 %, 0.499…9 %) = 5,000.00;
    // 1,234.56 × 100 % = 1,234.56
    assert.equal(ekfPremium('TOPUP', 1_000_000, 0.005), 5000);
    assert.equal(ekfPremium('TOPUP', 1_000_000, '0.00499999999999999999'), 5000);
    assert.equal(ekfPremium('TOPUP', 1234.56, '100%'), 1234.56);
    throwsBpi(() => ekfPremium('TOPUP', 100, '1.00000000000000000001'), '#NUM!', /^rate must be a fraction from 0% to 100%/);
  });

  it('refuses a QUOTA rate outside 0.9%–1.4% (#NUM!) or missing (#VALUE!), and an unknown cover (#VALUE!)', () => {
    throwsBpi(() => ekfPremium('QUOTA', 100, 0.008), '#NUM!', 'rate for QUOTA must be from 0.9% to 1.4% (write 1.2% or 0.012), got 0.008');
    throwsBpi(() => ekfPremium('QUOTA', 100, 1.2), '#NUM!', /got 1\.2$/);
    throwsBpi(() => ekfPremium('QUOTA', 100, null), '#VALUE!', "rate is required for QUOTA: the country risk category's rate, 0.9% to 1.4%");
    throwsBpi(() => ekfPremium('EXCESS', 100, null), '#VALUE!', 'cover must be one of QUOTA, TOPUP, got "EXCESS"');
    throwsBpi(() => ekfPremium('TOPUP', 100, 1.5), '#NUM!', /rate must be a fraction/);
  });
});

describe('core: ekfEligible (EKF reinsurance)', () => {
  it('is TRUE for a 90-day credit, DKK 10 million, no default, insurer declined (blanks: no default, declined)', () => {
    assert.equal(ekfEligible(90, 10_000_000, null, null), true);
  });

  it('takes the published limits as allowed: 180 days, DKK 50 million, a default exactly 6 months ago', () => {
    assert.equal(ekfEligible(180, 50_000_000, 6, true), true);
  });

  it('gives the text of the first condition that fails, in order: term, buyer amount, default, declined', () => {
    assert.equal(ekfEligible(181, 60_000_000, 1, false), 'credit term 181 days is over 180 days');
    assert.equal(ekfEligible(180, 50_000_001, 1, false), 'buyer amount DKK 50000001 is over the limit of DKK 50 million per buyer');
    assert.equal(ekfEligible(30, 1, 5.9, false), 'payment default 5.9 months ago is within the last 6 months');
    assert.equal(ekfEligible(30, 1, 0, true), 'payment default 0 months ago is within the last 6 months');
    assert.equal(ekfEligible(30, 1, null, false), 'the private credit insurer must have declined the cover or covered it partly (declined is FALSE)');
  });

  it('checks the buyer’s country and the risk of loss after the other conditions, in that order (blanks: covered, no impending loss)', () => {
    // EKF, Terms & conditions regarding Reinsurance: "your customer must be domiciled in a country covered by
    // the agreement" → country_covered; "there must be no impending risk of loss" → impending_loss.
    assert.equal(ekfEligible(90, 10_000_000, null, null, null, null), true);
    assert.equal(ekfEligible(90, 10_000_000, 12, true, true, false), true);
    assert.equal(
      ekfEligible(90, 10_000_000, null, true, false, null),
      "the buyer's country must be covered by the reinsurance agreement (country_covered is FALSE)",
    );
    assert.equal(ekfEligible(90, 10_000_000, null, true, true, true), 'there must be no impending risk of loss (impending_loss is TRUE)');
    // Both fail: the country is reported first; an earlier condition (declined FALSE) comes before both.
    assert.equal(
      ekfEligible(90, 10_000_000, null, null, false, true),
      "the buyer's country must be covered by the reinsurance agreement (country_covered is FALSE)",
    );
    assert.match(ekfEligible(90, 10_000_000, null, false, false, true) as string, /declined is FALSE/);
    // 1/0 as booleans, as for declined.
    assert.equal(ekfEligible(90, 1, null, 1, 1, 0), true);
  });

  it('refuses bad inputs with an error even when an earlier condition fails', () => {
    throwsBpi(() => ekfEligible(200, 1, null, null, 'yes', null), '#VALUE!', 'country_covered must be TRUE or FALSE (or 1/0), got "yes"');
    throwsBpi(() => ekfEligible(200, 1, null, null, null, 2), '#VALUE!', /^impending_loss must be TRUE or FALSE/);
    throwsBpi(() => ekfEligible(200, -1, null, null), '#NUM!', 'buyer_amount_dkk must be an amount of at least 0, got -1');
    throwsBpi(() => ekfEligible('90 days', 1, null, null), '#VALUE!', 'term_days must be a number, got "90 days"');
    throwsBpi(() => ekfEligible(90, 1, -2, null), '#NUM!', 'months_since_default must be a number of months of at least 0, got -2');
    throwsBpi(() => ekfEligible(90, 1, null, 'no'), '#VALUE!', 'declined must be TRUE or FALSE (or 1/0), got "no"');
  });
});
