/*
 * The reinsurance functions through the built bundle, called as Excel calls them. Expected values are worked
 * by hand in the comments (the core tests hold more examples).
 */
import assert from 'node:assert/strict';
import { isExcelError, loadWorkbook } from '../harness/excel';

const col = (...v: unknown[]) => v.map((x) => [x]);

describe('BPI.RETAINED through the built bundle', () => {
  const wb = loadWorkbook();

  it('COMPLEMENTARY keeps the primary guarantee, WHOLE 5 % of the claims, row by row', () => {
    const g = wb.grid('RETAINED', col('COMPLEMENTARY', 'whole', null, 'OTHER'), col(2_500_000, 1_234_567.89, null, 1));
    // 1,234,567.89 × 0.05 = 61,728.3945 → 61,728.39
    assert.deepEqual(g.slice(0, 3), [[2500000], [61728.39], ['']]);
    assert.ok(isExcelError(g[3][0], '#VALUE!'));
    assert.equal(g[3][0].message, 'mode must be one of COMPLEMENTARY, WHOLE, got "OTHER"');
  });
});

describe('BPI.EKFPREMIUM through the built bundle', () => {
  const wb = loadWorkbook();

  it('QUOTA at the country rate, TOPUP at max(0.50 %, regular rate)', () => {
    assert.equal(wb.cell('EKFPREMIUM', 'QUOTA', 2_000_000, 0.011), 22000); // 2,000,000 × 1.1 %
    assert.equal(wb.cell('EKFPREMIUM', 'TOPUP', 1_000_000), 5000); // rate omitted: 0.50 %
    assert.equal(wb.cell('EKFPREMIUM', 'TOPUP', 1_000_000, 0.0075), 7500); // 0.75 % > 0.50 %
  });

  it('is #NUM! for a QUOTA rate outside 0.9 %–1.4 %', () => {
    const v = wb.cell('EKFPREMIUM', 'QUOTA', 1_000_000, 0.015);
    assert.ok(isExcelError(v, '#NUM!'));
    assert.equal(v.message, 'rate for QUOTA must be from 0.9% to 1.4% (write 1.2% or 0.012), got 0.015');
  });
});

describe('BPI.EKFELIGIBLE through the built bundle', () => {
  const wb = loadWorkbook();

  it('TRUE, or the first failed condition as text, per row; blank months = no default, blank declined = TRUE', () => {
    const g = wb.grid('EKFELIGIBLE', col(90, 200, 90, null), col(10_000_000, 1, 1, null), col(null, null, 3, null));
    assert.deepEqual(g, [[true], ['credit term 200 days is over 180 days'], ['payment default 3 months ago is within the last 6 months'], ['']]);
  });

  it('declined = FALSE fails the fourth condition', () => {
    assert.match(wb.cell('EKFELIGIBLE', 90, 1, null, false) as string, /declined is FALSE/);
  });

  it('country_covered (blank = TRUE) and impending_loss (blank = FALSE) come after, in that order, per row', () => {
    // EKF's terms: "your customer must be domiciled in a country covered by the agreement"; "there must be no
    // impending risk of loss".
    const g = wb.grid(
      'EKFELIGIBLE',
      col(90, 90, 90, 90),
      col(1, 1, 1, 1),
      col(null, null, null, null),
      col(true, true, true, true),
      col(null, false, true, false),
      col(null, null, true, true),
    );
    assert.deepEqual(g, [
      [true],
      ["the buyer's country must be covered by the reinsurance agreement (country_covered is FALSE)"],
      ['there must be no impending risk of loss (impending_loss is TRUE)'],
      ["the buyer's country must be covered by the reinsurance agreement (country_covered is FALSE)"],
    ]);
  });
});
