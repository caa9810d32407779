import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BpiError } from '../../src/core/errors';
import { english } from './expectError';
import { readExact, roundCents, toExcelNumber } from '../../src/core/numbers';
import { parseFixed } from '../../src/core/exact';

describe('core: numbers as Excel shows them', () => {
  it('reads a double as its shortest decimal: 2.1 is 2.1, not 2.100000000000000088…', () => {
    assert.equal(readExact('x', 2.1).toString(), '2.1');
    assert.equal(readExact('x', 0.1 + 0.2).toString(), '0.30000000000000004');
  });
  it('reads numeric text, percentages and exponents', () => {
    assert.equal(readExact('x', ' 5.25 ').toString(), '5.25');
    assert.equal(readExact('x', '97.5%').toString(), '0.975');
    assert.equal(readExact('x', '1e-3').toString(), '0.001');
  });
  it('refuses non-ASCII digits (full-width, Arabic-Indic)', () => {
    for (const t of ['３', '٣', '１.５'])
      assert.throws(
        () => readExact('x', t),
        (e: unknown) => e instanceof BpiError && e.code === '#VALUE!',
      );
  });
  it('rounds cents half up on the exact decimal: 0.125 → 0.13, 2.675 → 2.68 (2.675 in binary is below)', () => {
    assert.equal(roundCents(parseFixed('0.125')), 0.13);
    assert.equal(roundCents(readExact('a', 2.675).fixed), 2.68);
  });
  it('refuses a result beyond the largest number Excel holds, rather than returning Infinity', () => {
    assert.throws(
      () => toExcelNumber(parseFixed('2e308')),
      (e: unknown) => e instanceof BpiError && e.code === '#NUM!' && /beyond the largest number Excel holds/.test(english(e)),
    );
    assert.equal(toExcelNumber(parseFixed('9.99999999999999e307')), 9.99999999999999e307);
  });
  it("compares with Excel's largest number exactly: a hair above 9.99999999999999e307 is #NUM!, though its double is that number", () => {
    // 9.999999999999990000001e307 to 4 significant digits, half up: 1.000e308
    assert.throws(
      () => toExcelNumber(parseFixed('9.999999999999990000001e307')),
      (e: unknown) =>
        e instanceof BpiError && e.code === '#NUM!' && english(e) === 'the result 1.000e+308 is beyond the largest number Excel holds (about 1e308)',
    );
    // a fraction too: 2·10^308 / 3 = 6.666…e307 is within range; its double is the one JavaScript reads from
    // 40 sixes (that text is within 10^-40 of it, far closer than half the spacing of doubles, 10^-16)
    assert.equal(toExcelNumber({ num: 2n * 10n ** 308n, den: 3n }), Number(`6.${'6'.repeat(40)}e307`));
  });
});

describe('core: the double of numeric text (readExact)', () => {
  it('is the double Number() reads from the same text, short (one exact operation) or long', () => {
    // Expected values from the JavaScript reader itself on the same text, never from the code under test.
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^[0-9]{1,20}$/),
        fc.stringMatching(/^[0-9]{0,20}$/),
        fc.integer({ min: -30, max: 30 }),
        fc.boolean(),
        (neg, int, frac, exp, percent) => {
          const text = `${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}e${exp}`;
          const got = readExact('x', percent ? `${text}%` : text).value;
          if (percent) {
            // A percentage is read as text with the exponent lowered by 2: one reading, not a division.
            assert.equal(got, Number(`${neg ? '-' : ''}${int}${frac ? `.${frac}` : ''}e${exp - 2}`) + 0);
          } else {
            assert.equal(got, Number(text) + 0);
          }
        },
      ),
      { numRuns: 20_000 },
    );
  });
});
