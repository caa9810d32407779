import assert from 'node:assert/strict';
import { BpiError } from '../../src/core/errors';
import { english } from './expectError';
import { category, coverAdjustment } from '../../src/core/pricing';
import { parseOptions } from '../../src/core/options';
import { CATEGORY_CASES } from '../fixtures/categoryCases';

const fails = (fn: () => unknown, code: string, message: RegExp) =>
  assert.throws(fn, (e: unknown) => e instanceof BpiError && e.code === code && message.test(english(e)));

describe('core: debtor category from a score (I-A)', () => {
  for (const [score, country, expected] of CATEGORY_CASES) {
    it(`${score} in country category ${country} → ${expected}`, () => assert.equal(category(score, country), expected));
  }
  it('refuses defaulted and unknown scores', () => {
    for (const s of ['D', 'SD', 'rd']) fails(() => category(s, 3), '#VALUE!', /default rating/);
    fails(() => category('AAA+', 3), '#VALUE!', /rating from AAA to C .*got "AAA\+"/);
    fails(() => category(3, 3), '#VALUE!', /got 3/);
    fails(() => category('BB', 9), '#NUM!', /country must be an integer 0–7, got 9/);
  });
});

describe('core: percentage-of-cover factors (II-I)', () => {
  // Expected doubles are the nearest to the exact quotients (1.05777894736842105263… → 1.0577789473684212).
  it('100 % in category 3: both factors 1.00489 / 0.95 = 1.0577789473684210526…', () => {
    // C = 1 + ((1 − 0.95) / 0.05) × 0.00489 = 1.00489; factor = (1 / 0.95) × 1.00489
    assert.deepEqual(coverAdjustment(1, null, 3), [1.0577789473684212, 1.0577789473684212]);
  });
  it('90 % / 80 %: 0.9 / 0.95 = 0.947368421052631578…, 0.8 / 0.95 = 0.842105263157894736…', () => {
    assert.deepEqual(coverAdjustment(0.9, 0.8, 3), [0.9473684210526315, 0.8421052631578947]);
  });
  it('100 % / 90 % in category 7: country 1.08598 / 0.95 = 1.1431368421052631…, debtor 0.9 / 0.95', () => {
    assert.deepEqual(coverAdjustment(1, 0.9, 7), [1.1431368421052632, 0.9473684210526315]);
  });
  it("category 2 uses the note's k = 0.0037: 1.0037 / 0.95 = 1.0565263157894736…", () => {
    assert.deepEqual(coverAdjustment('100%', '', 2), [1.0565263157894738, 1.0565263157894738]);
  });
  it('k = 0 for categories 0 and 1: 1 / 0.95 = 1.0526315789473684…', () => {
    assert.deepEqual(coverAdjustment(1, 1, 0), [1.0526315789473684, 1.0526315789473684]);
  });
  it('refuses cover above 100 % or not above 0', () => {
    fails(() => coverAdjustment(1.2, null, 3), '#NUM!', /pc_political must be a fraction above 0% to 100% .*got 1\.2/);
    fails(() => coverAdjustment(95, null, 3), '#NUM!', /got 95/);
    fails(() => coverAdjustment(0.9, 0, 3), '#NUM!', /pc_commercial .*got 0/);
  });
});

describe('core: option text', () => {
  it('reads names case-insensitively, bare names as TRUE / maximum, percentages and fractions', () => {
    const o = parseOptions(' cover = 100% ;mobile; LocalCcy=0.1;CONSTRUCTION=false; ');
    assert.equal(o.COVER!.toString(), '1');
    assert.equal(o.MOBILE, 'MAX');
    assert.equal(o.LOCALCCY!.toString(), '0.1');
    assert.equal(o.CONSTRUCTION, false);
  });
  it('is empty for a blank', () => {
    assert.deepEqual(parseOptions(null), {});
    assert.deepEqual(parseOptions(''), {});
  });
});
