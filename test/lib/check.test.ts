/** The library's check, through the package's exports as a Node service imports it. */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT } from '../harness/paths';

type Library = typeof import('../../src/index');

describe('library: check', () => {
  let lib: Library;
  before(() => {
    lib = createRequire(path.join(ROOT, 'package.json'))('bpi-premium') as Library;
  });

  it('a plain record: 1.00 % for country 3, CC3, x = 1 (R = 1.005 % → 1.01 %) is TRUNCATED, explained in English', () => {
    const r = lib.check(0.01, 3, 'CC3', 1);
    assert.deepEqual(
      { ...r, explanation: undefined },
      { verdict: 'MISMATCH', expected: 0.0101, difference: -0.0001, cause: 'TRUNCATED', explanation: undefined },
    );
    assert.match(r.explanation, /rounded down \(truncated\)/);
    assert.match(lib.check(0.01, 3, 'CC3', 1, null, null, 'fr').explanation, /tronqué/);
    assert.equal(lib.CHECK_CAUSES[0], 'PERCENT_UNITS');
  });

  it('bad input throws with the argument: given first, then RATE’s', () => {
    assert.throws(
      () => lib.check('abc', 8, 'CC3', 1),
      (e: unknown) => e instanceof lib.BpiPremiumError && e.argument === 'given' && e.code === '#VALUE!',
    );
    assert.throws(
      () => lib.check(0.01, 8, 'CC3', 1),
      (e: unknown) => e instanceof lib.BpiPremiumError && e.argument === 'country' && e.code === '#NUM!',
    );
  });

  it('a given beyond any finite number is #NUM!, not a difference of Infinity', () => {
    for (const given of ['1e400', '-1e400', Infinity, NaN]) {
      assert.throws(
        () => lib.check(given, 3, 'CC3', 1),
        (e: unknown) => e instanceof lib.BpiPremiumError && e.argument === 'given' && e.code === '#NUM!' && /given must be a finite number/.test(e.message),
        String(given),
      );
    }
  });

  it('a language other than en or fr is refused, naming it', () => {
    for (const language of ['de', null, 'EN']) {
      assert.throws(
        () => lib.check(0.01, 3, 'CC3', 1, null, null, language as 'en'),
        (e: unknown) =>
          e instanceof lib.BpiPremiumError &&
          e.argument === 'language' &&
          e.code === '#VALUE!' &&
          e.message === `language must be "en" or "fr", got ${JSON.stringify(language)}`,
      );
    }
  });
});
