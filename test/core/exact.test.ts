/*
 * The helpers of src/core/exact.ts that amounts, splits and messages use. Expected values are worked by hand.
 */
import assert from 'node:assert/strict';
import { fixed, fixedToString, floor, halfUpCents, parseFixed, ratioToExponential } from '../../src/core/exact';

describe('core: exact helpers', () => {
  it('floor rounds toward −∞: 2.7 → 2, −2.7 → −3, −3 → −3, 0.001 → 0', () => {
    assert.equal(floor(parseFixed('2.7')), 2n);
    assert.equal(floor(parseFixed('-2.7')), -3n);
    assert.equal(floor(parseFixed('-3')), -3n);
    assert.equal(floor(parseFixed('0.001')), 0n);
  });

  it('halfUpCents: 0.125 → 13 cents, 0.124999 → 12, −0.125 → −13 (away from zero), 2.675 → 268', () => {
    assert.equal(halfUpCents(parseFixed('0.125')), 13n);
    assert.equal(halfUpCents(parseFixed('0.124999')), 12n);
    assert.equal(halfUpCents(parseFixed('-0.125')), -13n);
    assert.equal(halfUpCents(parseFixed('2.675')), 268n);
  });

  it('ratioToExponential: 4 significant digits, half up, carrying into the exponent', () => {
    // 1.2345 → 1.235 (half up); 2/3 = 0.6666… → 6.667e-1; 99,995 → 9.9995e4 → 1.000e+5; 1/8 = 0.125 → 1.250e-1
    assert.equal(ratioToExponential({ num: 12345n, den: 10000n }, 3), '1.235e+0');
    assert.equal(ratioToExponential({ num: 2n, den: 3n }, 3), '6.667e-1');
    assert.equal(ratioToExponential({ num: 99995n, den: 1n }, 3), '1.000e+5');
    assert.equal(ratioToExponential({ num: 1n, den: 8n }, 3), '1.250e-1');
    assert.equal(ratioToExponential({ num: -2n * 10n ** 308n, den: 1n }, 3), '-2.000e+308');
    // exactly 10^k, from both sides of the digit-count estimate
    assert.equal(ratioToExponential({ num: 1000n, den: 1n }, 3), '1.000e+3');
    assert.equal(ratioToExponential({ num: 1n, den: 1000n }, 3), '1.000e-3');
    assert.equal(ratioToExponential({ num: 999n, den: 1000n }, 3), '9.990e-1');
  });

  it('fixedToString drops trailing zeros of the decimals only, and in linear time on long zeros', () => {
    assert.equal(fixedToString(fixed(1000n, 2)), '10');
    assert.equal(fixedToString(fixed(1050n, 2)), '10.5');
    assert.equal(fixedToString(fixed(5n, 3)), '0.005');
    assert.equal(fixedToString(fixed(-5n, 3)), '-0.005');
    assert.equal(fixedToString(fixed(0n, 2)), '0');
    // 10^100000 with 100,000 zero decimals: a backtracking regular expression would take minutes
    assert.equal(fixedToString(fixed(10n ** 200_000n, 100_000)), `1${'0'.repeat(100_000)}`);
  });
});
