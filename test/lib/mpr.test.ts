/* mpr() of the library, through the package's exports to the built dist/lib, against hand-worked values. */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../harness/paths';

type Library = typeof import('../../src/index');

describe('library: mpr()', () => {
  let lib: Library;
  before(() => {
    lib = createRequire(path.join(ROOT, 'package.json'))('bpi-premium') as Library;
  });

  it('gives the OECD minimum as a fraction, unrounded', () => {
    // (0.74 × 10.25 + 0.75) + 0.1 × 10.25 = 9.36 %; × (1 − 0.0045) = 9.31788 %.
    assert.equal(lib.mpr(5, 'CC1', 10.25), 0.0936);
    assert.equal(lib.mpr(5, 'CC1', '10.25', 'TERM=0.45%'), 0.0931788);
    // Category 3, CC3, HOR 5, below standard: 3.7 × 0.985 = 3.6445 %.
    assert.equal(lib.mpr(3, 'CC3', 5, 'QUALITY=BELOW'), 0.036445);
  });

  it('throws a BpiPremiumError with the Excel code and the argument at fault', () => {
    const cases: [() => unknown, string, string, RegExp][] = [
      [() => lib.mpr(0, 'CC1', 5), '#N/A', 'country', /market-benchmark countries/],
      [() => lib.mpr(7, 'CC3', 5), '#N/A', 'debtor', /it has SOV\+, SOV\/CCO, CC1, CC2 there/],
      [() => lib.mpr(3, 'CC1', 200), '#NUM!', 'hor', /^hor must be a term in years from 0 to 100/],
      [() => lib.mpr(3, 'CC1', 5, 'TERM=20%'), '#NUM!', 'options', /TERM must be at most 15%/],
    ];
    for (const [call, code, argument, message] of cases) {
      assert.throws(call, (e: unknown) => {
        assert.ok(e instanceof lib.BpiPremiumError);
        assert.equal(e.code, code);
        assert.equal(e.argument, argument);
        assert.match(e.message, message);
        return true;
      });
    }
  });
});
