import assert from 'node:assert/strict';
import fc from 'fast-check';
import { RateRows, coverAdjustment, rate, ratePricer } from '../../src/core/pricing';
import { claimsPremium, claimsPremiumExact } from '../../src/core/amounts';
import { coverKText } from '../../src/core/coefficients';
import { parseFixed, ratio, ratioToNumber } from '../../src/core/exact';
import { readExact } from '../../src/core/numbers';
import type { CellValue } from '../../src/core/numbers';
import { fixedOfNumber } from '../../src/core/exact';
import { coverFactors, optionHundredths, rateSteps, RatePricer } from '../../src/core/rate';
import { parseOptions, readOptionsText } from '../../src/core/options';
import { RATE_TYPES } from '../../src/core/rateTypes';
import { BpiError } from '../../src/core/errors';
import { COVER_K } from '../../src/core/tables/coverK';
import { INTERRUPTION_TABLE } from '../../src/core/tables/interruption';
import { NONPAYMENT_TABLE } from '../../src/core/tables/nonpayment';
import { COUNTRY_ROWS, CoefficientTable, DEBTOR_CATEGORIES } from '../../src/core/tables/types';
import { RATE_TYPE_NAMES } from '../../src/core/rateTypes';

/*
 * Proof that the floating-point fast path of RatePricer.rate gives the exact result:
 * 1. property: fast path = exact decimal pipeline, over random countries, debtors, types, options and x
 *    (BPI_PROPERTY_RUNS runs, default 200,000; e.g. BPI_PROPERTY_RUNS=5000000 for a long run);
 * 2. every exact half-way case on the x grid k/1000 (0 to 30 years), per table, country row and debtor, at
 *    95 % cover and at other covers, checked against half-up rounding done here in BigInt integers.
 * Why that grid: a and b have 3 decimals, so with x = k/1000, T = a·x + b has at most 6 decimals and
 * T·100 at most 4: it is an integer count of 10⁻⁴ hundredths, and whether it ends in exactly 0.5 is an
 * integer test. Every x with at most 3 decimals is on the grid, so every tie among them is found. A tie at
 * an x with d > 3 decimals (not on a coarser grid) needs a·k ≡ 0 mod 10^(d−3)·…, i.e. a (an integer below
 * 1,500 in thousandths) must supply the missing factors of 2 and 5: such ties are few (BPI_TIE_DECIMALS=4
 * scans the 1/10,000 grid: 1,998 ties against 1,902) and the property test samples 4- and 5-decimal x.
 * The fast path does not rely on this enumeration: a tie lies at distance 0 from a boundary and goes exact.
 */
const RUNS = Number(process.env.BPI_PROPERTY_RUNS ?? 200_000);
const TIE_DECIMALS = Number(process.env.BPI_TIE_DECIMALS ?? 3);
const MAX_YEARS = 30;

const exact = (pricer: RatePricer, x: number) => rateSteps(pricer.plan, fixedOfNumber(x)).rate;

/** Mitigation texts the note prices (each alone or in an allowed combination); '' twice: most rows have none. */
const MITIGATIONS = [
  '',
  '',
  'LOCALCCY=20%',
  'LOCALCCY=7.5%',
  'ASSIGNMENT',
  'MOBILE=25%',
  'FIXED=12%',
  'LOCALESCROW=10%',
  'ASSIGNMENT; MOBILE=25%; LOCALESCROW',
  'LOCALCCY; FIXED; ASSIGNMENT',
  'ESCROW',
  'POLITICAL',
  'CONSTRUCTION',
  'CASHLC',
  'CONSTRUCTION; CASHLC',
  'POLITICAL; MOBILE=10%',
];

describe('fast path of RatePricer = exact decimal pipeline', function () {
  this.timeout(600_000);

  it('is the path actually taken: all but the few x near a rounding boundary skip the decimal pipeline', () => {
    // Guards the property below against proving nothing (a pricer that always went exact would pass it).
    const pricer = new RatePricer(ratePricer(3, 'CC2', null, 'COVER=100%').plan);
    let exactCalls = 0;
    const rateExact = pricer.rateExact.bind(pricer);
    pricer.rateExact = (x) => (exactCalls++, rateExact(x));
    for (let i = 0; i <= 15_000; i++) pricer.rate(i / 1000);
    assert.ok(exactCalls < 150, `${exactCalls} of 15,001 went to the exact pipeline`);
  });

  it(`holds over ${RUNS.toLocaleString('en')} random prices (all countries, debtors, types, covers, mitigations)`, () => {
    const cover = fc.oneof(
      fc.constantFrom('', 'COVER=100%', 'COVER=97.5%', 'COVER=90%', 'PCP=100%', 'PCC=98%', 'PCP=99%; PCC=96.5%'),
      fc.integer({ min: 1, max: 1000 }).map((p) => `COVER=${p / 10}%`),
    );
    const mitigation = fc.constantFrom(...MITIGATIONS);
    const x = fc.oneof(
      fc.integer({ min: 0, max: MAX_YEARS * 1000 }).map((k) => k / 1000),
      fc.integer({ min: 0, max: 15 * 10_000 }).map((k) => k / 10_000),
      fc.integer({ min: 0, max: 15 * 100_000 }).map((k) => k / 100_000),
      fc.double({ min: 0, max: 40, noNaN: true }),
      fc.integer({ min: 0, max: 1e6 }).map((k) => (k * 10) / 365), // days as YEARFRAC-like quotients
    );
    let priced = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom(...DEBTOR_CATEGORIES),
        fc.constantFrom(...RATE_TYPE_NAMES),
        cover,
        mitigation,
        x,
        (country, debtor, type, c, m, xv) => {
          let pricer: RatePricer;
          try {
            pricer = ratePricer(country, debtor, type, [c, m].filter(Boolean).join('; '));
          } catch (e) {
            if (e instanceof BpiError) return; // a combination the note does not price
            throw e;
          }
          priced++;
          assert.equal(pricer.rate(xv), exact(pricer, xv));
        },
      ),
      { numRuns: RUNS },
    );
    assert.ok(priced > RUNS / 3, `only ${priced} of ${RUNS} combinations were priceable`);
  });
});

describe('option step of BPI.RATE (no plan per row) = exact pipeline, same errors', function () {
  this.timeout(600_000);
  const OPTION_RUNS = Math.max(1000, Math.floor(RUNS / 2));

  const options = fc
    .tuple(
      fc.oneof(
        fc.constantFrom('', 'COVER=100%', 'COVER=97.5%', 'COVER=90%', 'PCP=100%', 'PCC=98%', 'PCP=99%; PCC=96.5%', 'COVER=100%; PCP=99%'),
        fc.integer({ min: 1, max: 1000 }).map((p) => `COVER=${p / 10}%`),
      ),
      // The priced mitigations, and texts the plan refuses (above a maximum, combinations the note excludes).
      fc.constantFrom(...MITIGATIONS, 'MOBILE=30%', 'MOBILE; FIXED', 'ESCROW; MOBILE=10%', 'POLITICAL; PCC=98%', 'POLITICAL=FALSE; CASHLC=0'),
    )
    .map(([c, m]) => [c, m].filter(Boolean).join('; '));

  it(`prices ${OPTION_RUNS.toLocaleString('en')} random rows as the plan's exact pipeline, and refuses what the plan refuses with the same error`, () => {
    let decided = 0;
    let priced = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom(...DEBTOR_CATEGORIES),
        fc.constantFrom(...RATE_TYPE_NAMES),
        options,
        fc.oneof(
          fc.integer({ min: 0, max: 15_000 }).map((k) => k / 1000),
          fc.double({ min: 0, max: 40, noNaN: true }),
        ),
        (country, debtor, type, text, xv) => {
          let pricer: RatePricer | null = null;
          let refused: BpiError | null = null;
          try {
            pricer = ratePricer(country, debtor, type, text);
          } catch (e) {
            if (!(e instanceof BpiError)) throw e;
            refused = e;
          }
          if (refused !== null) {
            assert.throws(
              () => rate(country, debtor, xv, type, text),
              (e: unknown) => e instanceof BpiError && e.code === refused!.code && e.message === refused!.message && e.arg === refused!.arg,
            );
            return;
          }
          priced++;
          assert.equal(rate(country, debtor, xv, type, text), exact(pricer!, xv));
          if (text !== '') {
            // The option step on the memo's reading (its terms kept with it) and on a fresh one (scratch terms).
            const kept = optionHundredths(country as never, debtor, RATE_TYPES[type], parseOptions(text), xv);
            const fresh = optionHundredths(country as never, debtor, RATE_TYPES[type], readOptionsText(text, 'options'), xv);
            if (kept === kept) assert.equal(kept / 10000, exact(pricer!, xv));
            if (fresh === fresh) assert.equal(fresh / 10000, exact(pricer!, xv));
            if (kept === kept && fresh === fresh) decided++;
          }
        },
      ),
      { numRuns: OPTION_RUNS },
    );
    assert.ok(priced > OPTION_RUNS / 3, `only ${priced} of ${OPTION_RUNS} rows were priceable`);
    // Non-vacuity: the option step itself decides nearly every priceable row (the plan is the exception).
    assert.ok(decided > priced * 0.8, `the option step decided ${decided} of ${priced} priced rows`);
  });
});

describe('the rows of a spill (RateRows: no exception per row) = rate() row by row, errors included', function () {
  this.timeout(600_000);
  const SPILL_RUNS = Math.max(200, Math.floor(RUNS / 500));
  // Good and bad values of every argument, drawn from small pools so that values repeat within a spill
  // (what RateRows remembers per spill is then used): countries as numbers and text, debtors in any case,
  // terms in range, out of range and as text, types, option texts good, refused and malformed.
  const mostly = (good: fc.Arbitrary<unknown>, bad: fc.Arbitrary<unknown>) => fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: bad, weight: 1 });
  const cell = {
    country: mostly(fc.constantFrom<unknown>(0, 1, 2, 3, 4, 5, 6, 7, '4', ' 5 '), fc.constantFrom<unknown>(8, -1, 2.5, 'x', null, true, NaN)),
    debtor: mostly(fc.constantFrom<unknown>(...DEBTOR_CATEGORIES, 'cc2', ' sov ', 'CCO'), fc.constantFrom<unknown>('CC9', 'CC6', '', 3, null, 'Cé1')),
    x: mostly(
      fc.oneof(
        fc.integer({ min: 0, max: 15_000 }).map((k) => k / 1000),
        fc.constantFrom<unknown>(-0, '2.5', '0.1'),
      ),
      fc.constantFrom<unknown>(-0.5, 100.001, 1e9, '2,5', '101', 'abc', null, Infinity, NaN, true),
    ),
    type: mostly(fc.constantFrom<unknown>(...RATE_TYPE_NAMES, null, '', 'bond'), fc.constantFrom<unknown>('LEASE', 7)),
    options: mostly(
      fc.constantFrom<unknown>(null, null, null, '', 'COVER=100%', 'COVER=97.5%', 'MOBILE=25%', 'ESCROW', 'POLITICAL', 'LOCALCCY=20%; MOBILE; FIXED'),
      fc.constantFrom<unknown>('MOBILE=60%', 'CONSTRUCTION', 'COVER=100%; PCP=99%', 'COVER=101%', 'NOPE=1', 'COVER', 5),
    ),
  };
  const row = fc.tuple(cell.country, cell.debtor, cell.x, cell.type, cell.options);

  it(`gives rate()'s rate or its error (code, key, values, argument) for every row of ${SPILL_RUNS} random spills of up to 60 rows`, () => {
    let errors = 0;
    let rates = 0;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const spill = new RateRows();
        for (const r of rows) {
          const [country, debtor, x, type, options] = r as CellValue[];
          let expected: number | BpiError;
          try {
            expected = rate(country, debtor, x, type, options);
          } catch (e) {
            if (!(e instanceof BpiError)) throw e;
            expected = e;
          }
          const h = spill.hundredths(country, debtor, x, type, options);
          if (typeof expected === 'number') {
            rates++;
            assert.equal(h / 10_000, expected, JSON.stringify(r));
          } else {
            errors++;
            assert.ok(h !== h, `${JSON.stringify(r)}: a rate where rate() refuses`);
            const f = spill.failure!;
            assert.deepEqual(
              { code: f.code, key: f.key, params: f.params, arg: f.arg },
              { code: expected.code, key: expected.key, params: expected.params, arg: expected.arg },
              JSON.stringify(r),
            );
          }
        }
      }),
      { numRuns: SPILL_RUNS },
    );
    // Both outcomes are exercised in quantity.
    assert.ok(rates > 1000 && errors > 1000, `${rates} rates, ${errors} errors`);
  });
});

interface TieStats {
  points: number;
  ties: number;
  naiveWrong: number;
}

/** a or b text as an integer number of thousandths ("0.564" → 564). */
const thousandths = (t: string) => BigInt(Math.round(Number(t) * 1000));

/**
 * The exact rate at cover P (the same for both shares), as BigInt half-up rounding in hundredths of a
 * percent, and whether it is a tie. With x = k/10^d: T·10^(3+d) = a·k + b·10^d (a, b in thousandths);
 * R = T·P·C/0.95 with P in thousandths and C·10^8 = 10^8 + (P − 950)·20·k (k in 10⁻⁵) when P > 95 %.
 */
function exactHundredths(aT: bigint, bT: bigint, k: bigint, d: number, pThousandths: bigint, kHundredThousandths: bigint) {
  const scale = 10n ** BigInt(d);
  const tNum = aT * k + bT * scale; // T in units of 10^-(3+d) percent
  const c8 = pThousandths > 950n ? 100_000_000n + (pThousandths - 950n) * 20n * kHundredThousandths : 100_000_000n;
  // R·100 = tNum / 10^(3+d) · 100 · P/1000 · C8/10^8 / (95/100)
  const num = tNum * pThousandths * c8 * 10_000n;
  const den = 10n ** BigInt(3 + d) * 1000n * 100_000_000n * 95n;
  const twice = 2n * num;
  return { hundredths: Number((twice + den) / (2n * den)), tie: twice % (2n * den) === den };
}

const TABLES: readonly [CoefficientTable, string][] = [
  [NONPAYMENT_TABLE, 'NONPAYMENT'],
  [INTERRUPTION_TABLE, 'INTERRUPTION'],
];

function scanTies(cover: string, pThousandths: bigint, decimals: number, maxYears: number): TieStats {
  const stats: TieStats = { points: 0, ties: 0, naiveWrong: 0 };
  const steps = maxYears * 10 ** decimals;
  for (const [table, type] of TABLES) {
    COUNTRY_ROWS.forEach((row) => {
      const country = row === '0/1' ? 1 : Number(row);
      const kCover = BigInt(Math.round(Number(COVER_K.k[String(country) as keyof typeof COVER_K.k]) * 100_000));
      DEBTOR_CATEGORIES.forEach((debtor, j) => {
        const aText = table.a[row][j];
        const bText = table.b[row][j];
        if (aText === null || bText === null) return;
        const pricer = ratePricer(country, debtor, type, cover);
        const aT = thousandths(aText);
        const bT = thousandths(bText);
        for (let i = 0; i <= steps; i++) {
          stats.points++;
          const e = exactHundredths(aT, bT, BigInt(i), decimals, pThousandths, kCover);
          if (!e.tie) continue;
          const x = i / 10 ** decimals;
          stats.ties++;
          assert.equal(pricer.rate(x), e.hundredths / 10_000, `${type} ${row} ${debtor} x=${x} ${cover}: tie at ${e.hundredths - 0.5}`);
          if (cover === '') {
            const naive = Math.round((Number(aText) * x + Number(bText)) * 100) / 100;
            if (naive !== e.hundredths / 100) stats.naiveWrong++;
          }
        }
      });
    });
  }
  return stats;
}

describe('every exact half-way case on the x grid is rounded half up', function () {
  this.timeout(600_000);
  const report = (what: string, s: TieStats, naive = true) =>
    console.log(
      `      ${what}: ${s.points.toLocaleString('en')} points, ${s.ties} exact ties` + (naive ? `, naive Math.round(T*100)/100 wrong on ${s.naiveWrong}` : ''),
    );

  it(`at 95 % cover, x = k/${10 ** TIE_DECIMALS} for 0 ≤ x ≤ ${MAX_YEARS} years`, () => {
    const s = scanTies('', 950n, TIE_DECIMALS, MAX_YEARS);
    report('95 % cover', s);
    assert.ok(s.ties > 100, 'the grid must contain ties, or this test proves nothing');
    assert.ok(s.naiveWrong > 0, 'naive floating point should get some ties wrong');
  });

  for (const [cover, p] of [
    ['COVER=97.5%', 975n],
    ['COVER=100%', 1000n],
    ['COVER=96%', 960n],
    ['COVER=90%', 900n],
  ] as const) {
    it(`at ${cover}, ties only after the division by 0.95 included (x = k/1000, 0 ≤ x ≤ 15)`, () => {
      const s = scanTies(cover, p, 3, 15);
      report(cover, s, false);
      if (cover === 'COVER=97.5%') assert.ok(s.ties > 0);
    });
  }

  it('NONPAYMENT c1 SOV/CCO x=10.9 COVER=97.5%: 1.33·39/38 = 1.365 % exactly → 1.37 %', () => {
    assert.equal(ratePricer(1, 'SOV/CCO', 'NONPAYMENT', 'COVER=97.5%').rate(10.9), 0.0137);
    assert.equal(exactHundredths(90n, 349n, 10_900n, 3, 975n, 0n).tie, true);
  });

  it('NONPAYMENT c3 CC3 x=1: T = 1.005 % → 1.01 %, where naive float gives 1 %', () => {
    assert.equal(ratePricer(3, 'CC3', null, null).rate(1), 0.0101);
    assert.equal(Math.round((0.66 * 1 + 0.345) * 100) / 100, 1);
  });
});

describe('COVERADJ: the fast factors = the exact factors rounded once to the nearest double', function () {
  this.timeout(600_000);
  const COVER_RUNS = Math.max(2000, Math.floor(RUNS / 4));
  // The exact factors: P·C / 0.95 and PCC·C / 0.95 (or the cover itself at or below 95 %) as BigInt fractions,
  // each rounded once (ratioToNumber); the readings as the slow path makes them (numbers.ts).
  const exactFactors = (pcp: CellValue, pcc: CellValue, country: number): [number, number] => {
    const p = readExact('pc_political', pcp).fixed;
    const q = pcc === null ? p : readExact('pc_commercial', pcc).fixed;
    const f = coverFactors(p, q, coverKText(country as never));
    const ninetyFive = parseFixed('0.95');
    return [ratioToNumber(ratio(f.countryFactor95, ninetyFive)), ratioToNumber(ratio(f.debtorFactor95, ninetyFive))];
  };
  const cover = fc.oneof(
    fc.integer({ min: 1, max: 10_000 }).map((k) => k / 10_000), // up to four decimals: the fast path
    fc.integer({ min: 1, max: 1000 }).map((k) => k / 1000),
    fc.integer({ min: 1, max: 100 }).map((k) => k / 100),
    fc.double({ min: 0.0001, max: 1, noNaN: true }), // more decimals: the exact path
    fc.integer({ min: 1, max: 1000 }).map((k) => `${k / 10}%`), // text
  );

  it(`gives the exact factors for ${COVER_RUNS.toLocaleString('en')} random covers and countries, as numbers and as text`, () => {
    fc.assert(
      fc.property(cover, fc.option(cover, { nil: null }), fc.integer({ min: 0, max: 7 }), (pcp, pcc, country) => {
        assert.deepEqual(coverAdjustment(pcp, pcc, country), exactFactors(pcp, pcc, country), `${pcp} ${pcc} ${country}`);
      }),
      { numRuns: COVER_RUNS },
    );
  });

  it('at every cover of 0.01 % to 100 % in 0.01 % steps, in every country, with the commercial cover blank and at 97.5 %', () => {
    for (let c = 0; c <= 7; c++) {
      for (let k = 1; k <= 10_000; k += c === 3 ? 1 : 7) {
        const pc = k / 10_000;
        assert.deepEqual(coverAdjustment(pc, null, c), exactFactors(pc, null, c), `${pc} ${c}`);
        assert.deepEqual(coverAdjustment(pc, 0.975, c), exactFactors(pc, 0.975, c), `${pc} 0.975 ${c}`);
      }
    }
  });
});

describe('CLAIMSPREMIUM: the whole-cents path = every step in BigInt, same errors', function () {
  this.timeout(600_000);
  const CLAIMS_RUNS = Math.max(1000, Math.floor(RUNS / 4));
  const same = (fast: () => number, slow: () => number) => {
    let expected: number | BpiError;
    try {
      expected = slow();
    } catch (e) {
      if (!(e instanceof BpiError)) throw e;
      expected = e;
    }
    if (typeof expected === 'number') assert.equal(fast(), expected);
    else {
      const refused = expected;
      assert.throws(fast, (e: unknown) => e instanceof BpiError && e.code === refused.code && e.message === refused.message && e.arg === refused.arg);
    }
    return typeof expected === 'number';
  };
  const x = fc.oneof(
    fc.integer({ min: 0, max: 15_000 }).map((k) => k / 1000),
    fc.double({ min: 0, max: 20, noNaN: true }),
  );

  it(`gives the exact premium or error for ${CLAIMS_RUNS.toLocaleString('en')} random claims and contracts in cents, up to 25 % of the contract`, () => {
    let priced = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: 99_999_999_999_999 })), // contract in cents
        fc.double({ min: 0, max: 0.25, noNaN: true }),
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom(...DEBTOR_CATEGORIES),
        x,
        (contractCents, share, country, debtor, xv) => {
          const contract = contractCents / 100;
          const claims = Math.round(contractCents * share) / 100;
          if (
            same(
              () => claimsPremium(claims, contract, country, debtor, xv),
              () => claimsPremiumExact(claims, contract, country, debtor, xv, false),
            )
          )
            priced++;
        },
      ),
      { numRuns: CLAIMS_RUNS },
    );
    assert.ok(priced > CLAIMS_RUNS / 3, `only ${priced} of ${CLAIMS_RUNS} rows were priced`);
  });

  it('rounds every half cent up: claims within 10 % chosen so that claims × rate ends in exactly half a cent', () => {
    let ties = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.constantFrom('CC1', 'CC2', 'CC3', 'CC4'),
        fc.integer({ min: 0, max: 15_000 }).map((k) => k / 1000),
        fc.integer({ min: 1, max: 1e9 }),
        (country, debtor, xv, start) => {
          let h1: number;
          try {
            h1 = Math.round(rate(country, debtor, xv, 'CLAIMS', null) * 10_000);
          } catch {
            return;
          }
          // premium in cents = C·h1 / 10,000 for claims of C cents: half a cent where C·h1 ≡ 5,000 (mod 10,000).
          for (let C = start; C < start + 10_000; C++) {
            if ((C * h1) % 10_000 !== 5000) continue;
            const claims = C / 100;
            const contract = (10 * C) / 100; // claims exactly 10 % of it: the first tier only
            same(
              () => claimsPremium(claims, contract, country, debtor, xv),
              () => claimsPremiumExact(claims, contract, country, debtor, xv, false),
            );
            assert.equal(claimsPremium(claims, contract, country, debtor, xv), (C * h1 + 5000) / 10_000 / 100);
            ties++;
            return;
          }
        },
      ),
      { numRuns: 2000 },
    );
    assert.ok(ties > 500, `only ${ties} half cents found`);
  });
});
