import { strict as assert } from 'node:assert';
import { readValidText, reportOptionsText } from '../../src/core/options';

/** An option as compared: an exact value as its double and its exact decimal, anything else as is. */
const shown = (o: object) =>
  JSON.stringify(Object.entries(o).map(([k, v]) => [k, typeof v === 'object' ? [v.value, v.toString()] : v]));

// Pieces of option texts, valid and not: names in any case, separators, blanks, numbers with a decimal point
// or comma, percentages, flags, signs, exponents, long numbers and look-alikes.
const PIECES = [
  'COVER', 'cover', 'PCP', 'PCC', 'POLITICAL', 'ESCROW', 'MOBILE', 'LocalCcy', 'FIXED', 'CASHLC', 'X', '=', '=', ';', ';',
  ' ', '\t', '80', '80.5', '97,5', '%', ' %', '0', '1', 'TRUE', 'false', '.5', '5.', '0,05', '1,2,3', '-', '+', 'e3',
  '100', '0.0000001', 'ſ', '\uFEFF', '00000000000000012', '1.00000000000000001', '.', ',',
];

describe('core: the one-pass reading of option texts', () => {
  it('accepts only what the reporting reader accepts, with the same options, exactly', () => {
    let seed = 1;
    const rnd = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    let accepted = 0;
    for (let t = 0; t < 100_000; t++) {
      let s = rnd(3) === 0 ? ['COVER=', 'MOBILE=', 'POLITICAL=', 'LOCALCCY'][rnd(4)] : '';
      for (let j = 1 + rnd(8); j > 0; j--) s += PIECES[rnd(PIECES.length)];
      const fast = readValidText(s);
      if (fast === null) continue;
      accepted++;
      const slow = reportOptionsText(s, 'options'); // throws if it refuses what the one pass accepted
      assert.equal(shown(fast), shown(slow), JSON.stringify(s));
      assert.ok(Object.isFrozen(fast));
    }
    assert.ok(accepted > 10_000, `only ${accepted} texts accepted`); // non-vacuity
  });
  it('reads the texts of a book in one pass (no fallback)', () => {
    for (const s of ['COVER=80.0002%; MOBILE=10%', ' cover = 97,5 % ;mobile; LocalCcy=0.1;CONSTRUCTION=false; ', 'POLITICAL=1', 'PCP=0.9;PCC=95%']) {
      assert.notEqual(readValidText(s), null, s);
    }
    // 0.800002 = 800002 / 10^6, one correctly rounded division; its shortest decimal is the text's value.
    assert.equal(readValidText('COVER=80.0002%')!.COVER!.toString(), '0.800002');
  });
});
