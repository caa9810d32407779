import { strict as assert } from 'node:assert';
import { Exact, readExact } from '../../src/core/numbers';
import { parseOptions, readOptionsText } from '../../src/core/options';
import { outcome } from './optionsOutcome';

// Pieces of option texts, valid and not: names in any case, separators, blanks, numbers with a decimal point
// or comma, percentages, flags, signs, exponents, long numbers and look-alikes.
const PIECES = [
  'COVER',
  'cover',
  'PCP',
  'PCC',
  'POLITICAL',
  'ESCROW',
  'MOBILE',
  'LocalCcy',
  'FIXED',
  'CASHLC',
  'X',
  '=',
  '=',
  ';',
  ';',
  ' ',
  '\t',
  '80',
  '80.5',
  '97,5',
  '%',
  ' %',
  '0',
  '1',
  'TRUE',
  'false',
  '.5',
  '5.',
  '0,05',
  '1,2,3',
  '-',
  '+',
  'e3',
  '100',
  '0.0000001',
  'ſ',
  '\uFEFF',
  '00000000000000012',
  '1.00000000000000001',
  '.',
  ',',
  '123456789012345',
  '1234567890123456',
];

function randomTexts(n: number, seed: number): string[] {
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % k;
  };
  return Array.from({ length: n }, () => {
    let s = rnd(3) === 0 ? ['COVER=', 'MOBILE=', 'POLITICAL=', 'LOCALCCY', 'cover = 0,'][rnd(5)] : '';
    for (let j = 1 + rnd(8); j > 0; j--) s += PIECES[rnd(PIECES.length)];
    return s;
  });
}

describe('core: option texts read in place, and their memo', () => {
  it('reads every text as the part-by-part reader does: the same options exactly, or the same error', () => {
    let accepted = 0;
    let refused = 0;
    for (const s of randomTexts(100_000, 1)) {
      const inPlace = outcome(() => readOptionsText(s, 'options'));
      assert.equal(
        inPlace,
        outcome(() => readOptionsText(s, 'options', false)),
        JSON.stringify(s),
      );
      if (inPlace.startsWith('[')) accepted++;
      else refused++;
    }
    // Non-vacuity: both outcomes are common in the sample.
    assert.ok(accepted > 10_000 && refused > 10_000, `${accepted} accepted, ${refused} refused`);
  });

  it("reads a book's texts exactly: 80.0002 % is 0.800002, 97,5 % is 0.975, a bare reduction its maximum", () => {
    const o = readOptionsText(' cover = 80.0002 % ;mobile; LocalCcy=0,1;CONSTRUCTION=false; POLITICAL=1', 'options');
    assert.equal(o.COVER!.toString(), '0.800002'); // 80.0002 / 100
    assert.equal(o.MOBILE, 'MAX');
    assert.equal((o.LOCALCCY as Exact).toString(), '0.1');
    assert.equal(o.CONSTRUCTION, false);
    assert.equal(o.POLITICAL, true);
    assert.equal(readOptionsText('PCC=97,5%', 'options').PCC!.toString(), '0.975');
  });

  it('gives every text read through the memo what a fresh reading gives, with 20,000 texts competing for its places', () => {
    // Texts valid and not, repeated in a shuffled order: many share a place in the memo and displace each other.
    const texts = [...randomTexts(10_000, 7), ...Array.from({ length: 10_000 }, (_, i) => `COVER=${80 + i / 1000}%; MOBILE=${i % 26}%`)];
    let seed = 3;
    for (let k = 0; k < 100_000; k++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const s = texts[k < 40_000 ? k % texts.length : seed % texts.length];
      assert.equal(
        outcome(() => parseOptions(s)),
        outcome(() => readOptionsText(s, 'options')),
        JSON.stringify(s),
      );
    }
  });

  it('throws the same error for a faulty text at its first, second and later readings', () => {
    const messages = [1, 2, 3, 4].map(() => outcome(() => parseOptions('COVER=80%; MOBILE=ſ')));
    assert.match(messages[0], /^#VALUE! notAscii .*"char":"ſ"/);
    assert.deepEqual(messages, [messages[0], messages[0], messages[0], messages[0]]);
  });
});

describe('core: exact comparison of a number read with a bound', () => {
  it('takes equal doubles as equal decimals only where they are (up to 15 significant digits, normal range)', () => {
    assert.equal(readExact('x', '0.25').compare(0.25), 0);
    assert.equal(readExact('x', '25%').compare(0.25), 0);
    assert.equal(readExact('x', '123456789012345').compare(123456789012345), 0);
    // 0.25000000000000001 reads as the double 0.25, but is above the bound's decimal 0.25.
    assert.equal(readExact('x', '0.25000000000000001').compare(0.25), 1);
    assert.equal(readExact('x', '0.24999999999999999').compare(0.25), -1);
    // 4.9e-324 reads as the smallest subnormal double, whose shortest decimal is 5e-324: 4.9e-324 < 5e-324.
    assert.equal(readExact('x', '4.9e-324').compare(5e-324), -1);
    assert.equal(readExact('x', '0').compare(0), 0);
  });
});
