import assert from 'node:assert/strict';
import { parseFixed, ratio } from '../../src/core/exact';
import { decimalText, fractionText, rational } from '../../src/core/exactText';

const F = parseFixed;

describe('core: exact values as text (exactText)', () => {
  it('reduces a fraction to lowest terms, sign on the numerator', () => {
    assert.deepEqual(rational(1005n, 1000n), { num: 201n, den: 200n });
    assert.deepEqual(rational(1n, -4n), { num: -1n, den: 4n });
    assert.deepEqual(rational(14n, 2n), { num: 7n, den: 1n });
  });

  it('shows a terminating value with every digit, never a double’s noise', () => {
    assert.equal(decimalText(F('1.005')), '1.005');
    assert.equal(decimalText(F('3.18047685')), '3.18047685'); // 3.165 × 1.00489
    assert.equal(decimalText(F('95.00')), '95');
    assert.equal(decimalText(rational(1n, 1024n)), '0.0009765625'); // 2^-10: ten decimals, exact, no "…"
    assert.equal(decimalText(rational(-3n, 8n)), '-0.375');
    assert.equal(decimalText(F('0')), '0');
  });

  it('shows a non-terminating value to a stated number of decimals, truncated, with "…"', () => {
    // 97.5 % / 95 % = 0.975 / 0.95 = 39/38 = 1.02631578947368421052…
    const f = ratio(F('0.975'), F('0.95'));
    assert.deepEqual(rational(f.num, f.den), { num: 39n, den: 38n });
    assert.equal(decimalText(f), '1.0263157894…');
    assert.equal(decimalText(f, 4), '1.0263…');
    assert.equal(decimalText(rational(-2n, 3n), 3), '-0.666…'); // truncated, not rounded
  });

  it('keeps the rounding decision readable: 1.365 exactly vs 1.3649999999…', () => {
    // 1.33 × 39/38 = 51.87/38 = 1.365 exactly (the tie of the note's rounding, which rounds up)
    assert.equal(decimalText(ratio(F('51.87'), F('38'))), '1.365');
    // 1.365 − 1/(19 × 10^12): below the tie, so it rounds down; the digits show it.
    const below = rational(1365n * 19n * 10n ** 9n - 1n, 19n * 10n ** 12n);
    assert.equal(decimalText(below), '1.3649999999…');
  });

  it('gives a short fraction with its decimal for a factor, the decimal alone otherwise', () => {
    assert.equal(fractionText(ratio(F('0.975'), F('0.95'))), '39/38 = 1.0263157894…');
    assert.equal(fractionText(rational(20n, 19n)), '20/19 = 1.0526315789…');
    assert.equal(fractionText(F('1.02625')), '1.02625');
    assert.equal(fractionText(rational(1n, 190001n)), '0.0000052631…'); // denominator over 10,000: no fraction
  });
});
