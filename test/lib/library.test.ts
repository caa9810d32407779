/*
 * The library as a Node service imports it: the package's own name, resolved through package.json's
 * "exports" to the built dist/lib (no source), compared with values worked by hand from the note.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DIST, ROOT } from '../harness/paths';

type Library = typeof import('../../src/index');
let lib: Library;
before(() => {
  // A self-reference by name goes through "exports", as `import ... from 'bpi-premium'` does elsewhere.
  lib = createRequire(path.join(ROOT, 'package.json'))('bpi-premium') as Library;
});

/** The error a call throws, for its code, argument and message. */
function thrown(call: () => unknown): InstanceType<Library['BpiPremiumError']> {
  try {
    call();
  } catch (e) {
    assert.ok(e instanceof lib.BpiPremiumError, String(e));
    return e;
  }
  assert.fail('no error thrown');
}

describe('library (bpi-premium through its exports)', () => {
  it('resolves to the built dist/lib, with TypeScript declarations', () => {
    assert.equal(createRequire(path.join(ROOT, 'package.json')).resolve('bpi-premium'), path.join(DIST, 'lib', 'index.js'));
    const types = fs.readFileSync(path.join(DIST, 'lib', 'index.d.ts'), 'utf8');
    for (const name of ['rate', 'explain', 'category', 'coefficients', 'coverAdjustment', 'premium', 'scheduleTerm', 'spread']) {
      assert.match(types, new RegExp(`export declare function ${name}\\(`), name);
    }
  });

  it('rate: plain numbers and strings in, the fraction out', () => {
    assert.equal(lib.rate(3, 'CC3', 1), 0.0101); // T = 0.660·1 + 0.345 = 1.005 % → 1.01 %
    assert.equal(lib.rate('3', 'cc3', '1'), 0.0101); // numeric text and any case, as in a cell
    assert.equal(lib.rate(3, 'CC2', 2, 'INTERRUPTION'), 0.0063); // 0.125·2 + 0.384 = 0.634 % → 0.63 %
    assert.equal(lib.rate(1, 'SOV/CCO', 10.9, null, 'COVER=97.5%'), 0.0137); // (0.090·10.9 + 0.349)·0.975/0.95 = 1.365 % → 1.37 %
  });

  it('coefficients: a and b as published (percentage points)', () => {
    assert.deepEqual(lib.coefficients(3, 'CC3'), { a: 0.66, b: 0.345 }); // non-payment table, row 3, CC3
    assert.deepEqual(lib.coefficients(3, 'CC2', 'INTERRUPTION'), { a: 0.125, b: 0.384 });
  });

  it('category: the debtor category of a rating (I-A)', () => {
    assert.equal(lib.category('BB-', 3), 'CC3'); // country category 3: BB- is CC3
    assert.equal(lib.category('BBB', 3), 'CC1'); // country category 3: from BBB+ to BBB- is CC1
  });

  it('coverAdjustment: the factors on the country-risk and debtor-risk shares', () => {
    assert.deepEqual(lib.coverAdjustment(0.95, null, 3), { country: 1, debtor: 1 }); // 95 % is the reference: ×1
    // Country category 1: k = 0, so at 100 % the coefficient is 1 and the factor 1/0.95 = 20/19.
    assert.deepEqual(lib.coverAdjustment(1, null, 1), { country: 1.0526315789473684, debtor: 1.0526315789473684 });
  });

  it('premium: basis × rate to the cent, half up', () => {
    assert.equal(lib.premium(1_000_000, lib.rate(3, 'CC3', 1)), 10100); // 1,000,000 × 1.01 %
    assert.equal(lib.premium(250000.5, 0.0335), 8375.02); // 8,375.01675 → 8,375.02
    assert.equal(lib.premium(100, 0.2, true), 25); // financed: 100 × 0.2 / (1 − 0.2)
  });

  it('premium: a financed share of the premium (issue 21)', () => {
    assert.equal(lib.premium(100, 0.2, 0.5), 22.22); // 100 × 0.2 / (1 − 0.5 × 0.2) = 20 / 0.9 = 22.222… → 22.22
    assert.equal(thrown(() => lib.premium(100, 0.2, 1.5)).argument, 'financed');
  });

  it('scheduleTerm: x from Excel date serials, 30/360 and the actual/365 default', () => {
    // 45672 = 2025-01-15; 45853 = 2025-07-15 (181 days later), 46037 = 2026-01-15 (365 days later).
    // 30/360: repayments at 0.5 and 1 year, equal → WAL 0.75, x = 2 × 0.75 − 0.5 = 1
    assert.equal(lib.scheduleTerm(45672, 45672, [45853, 46037], [500, 500], 0), 1);
    // actual/365: WAL = (181 + 365) / 2 / 365 = 273/365, x = 546/365 − 0.5 = (1092 − 365)/730 = 727/730
    assert.equal(lib.scheduleTerm(45672, 45672, [45853, 46037], [500, 500]), 727 / 730);
    const e = thrown(() => lib.scheduleTerm(45853, 45672, [46037], [1]));
    assert.deepEqual(
      [e.code, e.argument, e.message],
      ['#NUM!', 'starting_point', 'starting_point must not be before first_drawdown (2025-07-15), got 2025-01-15'],
    );
  });

  it('spread: the margin per annum of an upfront premium', () => {
    // 1,000 outstanding for 2 years, 40 upfront, no discounting: 40 / 2,000 = 2 %
    assert.equal(lib.spread(40, [1, 2], [1000, 1000]), 0.02);
    // at 25 %: 1,000 × (0.8 + 0.64) = 1,440; 36 / 1,440 = 2.5 %
    assert.equal(lib.spread(36, [1, 2], [1000, 1000], 0.25), 0.025);
    assert.equal(thrown(() => lib.spread(36, [1, 2], [1000, 1000], -1)).argument, 'discount_rate');
  });

  it('explain: labelled steps ending with the rate', () => {
    const steps = lib.explain(3, 'CC3', 1);
    assert.ok(steps.length > 5 && steps.every((s) => typeof s.label === 'string'));
    assert.equal(steps[steps.length - 1].value, 0.0101);
  });

  it('bad input throws the Excel code, the argument and the message', () => {
    const e = thrown(() => lib.rate(8, 'CC3', 1));
    assert.equal(e.code, '#NUM!');
    assert.equal(e.argument, 'country');
    assert.equal(e.message, 'country must be an integer 0–7, got 8');
    const d = thrown(() => lib.rate(3, 'CC9', 1));
    assert.deepEqual([d.code, d.argument], ['#VALUE!', 'debtor']);
    const n = thrown(() => lib.rate(5, 'CC5', 1));
    assert.deepEqual([n.code, n.argument], ['#N/A', 'debtor']);
    const p = thrown(() => lib.premium(-1, 0.01));
    assert.deepEqual([p.code, p.argument], ['#NUM!', 'basis']);
    assert.equal(thrown(() => lib.category('D', 3)).argument, 'score');
  });

  // Each function, each kind of error: the code, the parameter at fault (as functions.json names it) and
  // the start of the English message, which names it. The argument is the one each error records where it
  // is made, not read back from the message.
  const ERRORS: [call: string, run: () => unknown, code: string, argument: string, message: RegExp][] = [
    ['rate(8, CC3, 1)', () => lib.rate(8, 'CC3', 1), '#NUM!', 'country', /^country must be an integer 0–7, got 8$/],
    ['rate(3, CC9, 1)', () => lib.rate(3, 'CC9', 1), '#VALUE!', 'debtor', /^debtor must be one of /],
    ['rate(3, CC3, "7+0,5*2")', () => lib.rate(3, 'CC3', '7+0,5*2'), '#VALUE!', 'x', /^x must be a number, got "7\+0,5\*2" \(it contains "\+"\)$/],
    ['rate(3, CC3, -1)', () => lib.rate(3, 'CC3', -1), '#NUM!', 'x', /^x must be a term in years from 0 to 100, got -1$/],
    ['rate(3, CC3, 1, FOO)', () => lib.rate(3, 'CC3', 1, 'FOO'), '#VALUE!', 'type', /^type must be one of NONPAYMENT, /],
    ['rate(…, "FOO=1")', () => lib.rate(3, 'CC3', 1, null, 'FOO=1'), '#VALUE!', 'options', /^options: unknown option "FOO"/],
    ['rate(…, "COVER=120%")', () => lib.rate(3, 'CC3', 1, null, 'COVER=120%'), '#NUM!', 'options', /^options: COVER must be above 0% and at most 100%/],
    // MOBILE's maximum is 25 % outside country category 0 (II-B)
    ['rate(3, CC3, 1, , "MOBILE=30%")', () => lib.rate(3, 'CC3', 1, null, 'MOBILE=30%'), '#NUM!', 'options', /^options: MOBILE must be at most 25%/],
    [
      'rate(3, SOV/CCO, 1, , POLITICAL)',
      () => lib.rate(3, 'SOV/CCO', 1, null, 'POLITICAL'),
      '#VALUE!',
      'options',
      /^options: POLITICAL is for private debtors/,
    ],
    // the non-payment table has "-" for CC5 in country category 5
    ['rate(5, CC5, 1)', () => lib.rate(5, 'CC5', 1), '#N/A', 'debtor', /^the note publishes no non-payment coefficient for debtor CC5 in country category 5/],
    ['explain(5, CC5, 1)', () => lib.explain(5, 'CC5', 1), '#N/A', 'debtor', /^the note publishes no /],
    ['explain(…, "MOBILE=30%")', () => lib.explain(3, 'CC3', 1, null, 'MOBILE=30%'), '#NUM!', 'options', /^options: MOBILE /],
    ['category(D, 3)', () => lib.category('D', 3), '#VALUE!', 'score', /^score "D" is a default rating/],
    ['category(BB, 9)', () => lib.category('BB', 9), '#NUM!', 'country', /^country must be an integer/],
    ['coefficients(5, CC5)', () => lib.coefficients(5, 'CC5'), '#N/A', 'debtor', /^the note publishes no /],
    ['coefficients(3, CC3, X)', () => lib.coefficients(3, 'CC3', 'X'), '#VALUE!', 'type', /^type must be one of /],
    ['coverAdjustment(0, , 3)', () => lib.coverAdjustment(0, null, 3), '#NUM!', 'pc_political', /^pc_political must be a fraction above 0%/],
    ['coverAdjustment(0.95, 2, 3)', () => lib.coverAdjustment(0.95, 2, 3), '#NUM!', 'pc_commercial', /^pc_commercial must be /],
    ['coverAdjustment(0.95, , x)', () => lib.coverAdjustment(0.95, null, 'x'), '#VALUE!', 'country', /^country must be a number, got "x"$/],
    ['premium(-1, 0.01)', () => lib.premium(-1, 0.01), '#NUM!', 'basis', /^basis must be an amount of at least 0, got -1$/],
    ['premium(100, 1)', () => lib.premium(100, 1), '#NUM!', 'rate', /^rate must be from 0% to below 100%/],
    [
      'premium(100, 0.01, maybe)',
      () => lib.premium(100, 0.01, 'maybe'),
      '#VALUE!',
      'financed',
      /^financed must be TRUE, FALSE or the share of the premium financed/,
    ],
    ['check(abc, 3, CC3, 1)', () => lib.check('abc', 3, 'CC3', 1), '#VALUE!', 'given', /^given must be a number, got "abc"$/],
    ['check(0.01, 5, CC5, 1)', () => lib.check(0.01, 5, 'CC5', 1), '#N/A', 'debtor', /^the note publishes no /],
    ['check(…, "MOBILE=30%")', () => lib.check(0.01, 3, 'CC3', 1, null, 'MOBILE=30%'), '#NUM!', 'options', /^options: MOBILE /],
  ];
  for (const [call, run, code, argument, message] of ERRORS) {
    it(`${call}: ${code} about ${argument}`, () => {
      const e = thrown(run);
      assert.deepEqual([e.code, e.argument], [code, argument]);
      assert.match(e.message, message);
    });
  }

  it('imports by name from an ES module, named exports included', () => {
    const code = "import { rate, premium } from 'bpi-premium'; console.log(rate(3, 'CC3', 1), premium(1000000, rate(3, 'CC3', 1)));";
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), '0.0101 10100');
  });
});
