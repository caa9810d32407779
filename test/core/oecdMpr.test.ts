/*
 * The OECD minimum premium rate (BPI.MPR) in the core: the Arrangement's tables against the note's (the
 * note's non-payment table is the Arrangement's below-standard MPR rounded to three decimals), and hand-worked
 * cases of every factor. Expected values are worked by hand in the comments; an expected double is written as
 * a quotient of two exact integers below 2⁵³, which JavaScript divides correctly rounded: the double nearest
 * to the exact value, what BPI.MPR must return.
 */
import assert from 'node:assert/strict';
import * as X from '../../src/core/exact';
import { ENHANCEMENTS, exactMpr, explainMpr, fastMpr, mpr, mprAt, mprDebtors, nearestQuotient, readMpr } from '../../src/core/mpr';
import { mprStepList } from '../../src/core/mprSteps';
import { COVER_K } from '../../src/core/tables/coverK';
import { NONPAYMENT_TABLE } from '../../src/core/tables/nonpayment';
import { OECD_COVER_K } from '../../src/core/tables/oecdCoverK';
import { OECD_BUYER_COLUMNS, OECD_COUNTRIES, OECD_MPR } from '../../src/core/tables/oecdMpr';
import { RATE_RULES, REDUCTION_RULES } from '../../src/core/tables/rules';
import { COUNTRY_ROWS, DEBTOR_CATEGORIES } from '../../src/core/tables/types';
import { seededRandom } from '../harness/deals';
import { throwsBpi } from './expectError';

const F = X.parseFixed;
/** Half up to three decimals, exactly, as text with three decimals ("0.660"). */
function halfUp3(v: X.Fixed): string {
  const thousandths = X.roundRatio(X.ratio(X.mul(v, X.fixed(1000n)), X.ONE));
  return X.fixedToString(X.fixed(thousandths, 3))
    .replace(/^(\d+)$/, '$1.')
    .replace(/\.(\d{0,2})$/, (_, d: string) => `.${d.padEnd(3, '0')}`);
}

describe('core: the OECD tables and the note they explain', () => {
  it('derive every one of the note’s 86 non-payment coefficients, cell by cell (a = ⌊(aᵢ + cᵢₙ)·QPF_below·BTSF⌉₃, b = ⌊bᵢ·QPF_below·BTSF⌉₃)', () => {
    let cells = 0;
    const wrong: string[] = [];
    OECD_COUNTRIES.forEach((i, row) => {
      const noteRow = COUNTRY_ROWS[row]; // category 1 is the note's row 0/1
      const below = F(OECD_MPR.qpf[i][0]);
      DEBTOR_CATEGORIES.forEach((debtor, j) => {
        const column = (OECD_BUYER_COLUMNS as readonly string[]).indexOf(debtor);
        const cText = column < 0 ? '0' : OECD_MPR.c[i][column];
        const [noteA, noteB] = [NONPAYMENT_TABLE.a[noteRow][j], NONPAYMENT_TABLE.b[noteRow][j]];
        if (cText === null) {
          // Where the Arrangement has no such debtor category, the note prints "-".
          if (noteA !== null || noteB !== null) wrong.push(`${i} ${debtor}: the note prints a cell the Arrangement does not have`);
          return;
        }
        const btsf = debtor === 'SOV+' ? F(OECD_MPR.betterThanSovereign) : X.ONE;
        const a = halfUp3(X.mul(X.mul(X.add(F(OECD_MPR.a[i]), F(cText)), below), btsf));
        const b = halfUp3(X.mul(X.mul(F(OECD_MPR.b[i]), below), btsf));
        if (a !== noteA) wrong.push(`${i} ${debtor} a: ${a} derived, ${noteA} printed`);
        if (b !== noteB) wrong.push(`${i} ${debtor} b: ${b} derived, ${noteB} printed`);
        cells += 2;
      });
    });
    assert.deepEqual(wrong, []);
    assert.equal(cells, 86);
  });

  it('work the research’s cells by hand: category 3 CC3 and category 1 SOV+', () => {
    // (0.350 + 0.320) × 0.985 = 0.65995 → 0.660; 0.350 × 0.985 = 0.34475 → 0.345 (row 3, CC3 of I-C-1).
    assert.equal(halfUp3(F('0.65995')), '0.660');
    assert.equal(NONPAYMENT_TABLE.a['3'][4], '0.660');
    assert.equal(NONPAYMENT_TABLE.b['3'][4], '0.345');
    // 0.9 × 0.350 × 0.9965 = 0.3138915 → 0.314 (row 0/1, SOV+).
    assert.equal(NONPAYMENT_TABLE.b['0/1'][0], '0.314');
  });

  it('publish the note’s k in every category but 2 (0.00337 against the note’s 0.0037)', () => {
    for (const i of OECD_COUNTRIES) {
      if (i === '2') assert.deepEqual([OECD_COVER_K.k[i], COVER_K.k[i]], ['0.00337', '0.0037']);
      else assert.equal(OECD_COVER_K.k[i], COVER_K.k[i], `category ${i}`);
    }
  });

  it('set the note’s II-B maxima and the 35 % cap, and the note’s standard cover', () => {
    assert.equal(OECD_MPR.localCurrencyMax, REDUCTION_RULES.LOCALCCY.ordinary.value);
    for (const n of ENHANCEMENTS) assert.equal(OECD_MPR.enhancementMax[n], REDUCTION_RULES[n].ordinary.value, n);
    assert.equal(OECD_MPR.enhancementCap, RATE_RULES.debtorReductionCap.value);
    assert.equal(OECD_MPR.standardCover, RATE_RULES.standardCover.value);
  });
});

/** The MPR of a call, through the core's entry point. */
const m = (country: unknown, debtor: unknown, hor: unknown, options: unknown = null) => mpr(country as never, debtor as never, hor as never, options as never);

describe('core: BPI.MPR worked by hand, factor by factor', () => {
  it('the worked example: category 5, CC1, HOR 10.25 → 9.36 %; TERM = 0.45 % → 9.3179 %', () => {
    // HOR = 0.5 × 0.5 + 10 = 10.25; (0.74 × 10.25 + 0.75) + 0.100 × 10.25 = 7.585 + 0.75 + 1.025 = 9.36 (%).
    assert.equal(m(5, 'CC1', 10.25), 0.0936);
    // × (1 − 0.0045): 9.36 × 0.9955 = 9.31788 % (9.3179 % to four decimals).
    assert.equal(m(5, 'CC1', 10.25, 'TERM=0.45%'), 0.0931788);
    assert.equal(m(5, 'CC1', '10.25', 'term=0,45 %'), 0.0931788, 'numeric text, a decimal comma, any case');
    assert.equal(m(5, 'CC1', 10.25, 'TERM=0'), 0.0936, 'TERM = 0 is the 2011–2023 minimum');
  });

  it('QPF: standard (default), below and above standard', () => {
    // Category 3, CC3, HOR 5: (0.35 × 5 + 0.35) + 0.32 × 5 = 2.1 + 1.6 = 3.7 (%).
    assert.equal(m(3, 'CC3', 5), 0.037);
    assert.equal(m(3, 'CC3', 5, 'QUALITY=STANDARD'), 0.037);
    assert.equal(m(3, 'CC3', 5, 'QUALITY=BELOW'), 0.036445); // 3.7 × 0.985 = 3.6445
    assert.equal(m(3, 'CC3', 5, 'quality=above'), 0.037555); // 3.7 × 1.015 = 3.7555
  });

  it('BTSF: 0.9 for SOV+, on the whole rate', () => {
    // Category 1, SOV+, HOR 2: (0.09 × 2 + 0.35) × 0.9 = 0.53 × 0.9 = 0.477 (%); SOV/CCO: 0.53.
    assert.equal(m(1, 'SOV+', 2), 0.00477);
    assert.equal(m(1, 'SOV/CCO', 2), 0.0053);
    assert.equal(m(1, 'SOV', 2), 0.0053);
  });

  it('PCF: above 95 % cover, on the whole rate, with the Arrangement’s k', () => {
    // Category 2, CC1, HOR 4.1, COVER = 100 %: (0.2 × 4.1 + 0.35) × 1/0.95 + 0.12 × 1/0.95 × 4.1
    // = (1.17 + 0.492)/0.95 = 1.662/0.95; PCF = 1 + (0.05/0.05) × 0.00337 = 1.00337;
    // 1.662 × 1.00337 = 1.66760094, so MPR = 1.66760094/95 = 166760094/9,500,000,000.
    assert.equal(m(2, 'CC1', 4.1, 'COVER=100%'), 166760094 / 9_500_000_000);
    // Cover below 95 %: the parts scale by 0.9/0.95, PCF = 1. Category 4, CC2, HOR 3:
    // (0.55 × 3 + 0.35) × 0.9 + 0.234 × 0.9 × 3 = 1.8 + 0.6318 = 2.4318, /0.95 → 2.4318/95 = 24318/950,000.
    assert.equal(m(4, 'CC2', 3, 'COVER=90%'), 24318 / 950_000);
  });

  it('PCF on the whole rate is not the note’s II-I share by share: PCP 100 %, PCC 90 %', () => {
    // Category 3 (k = 0.00489 in both), CC1, HOR 10, below standard (the note's product):
    // country part 0.35 × 10 + 0.35 = 3.85 at max(PCC, PCP) = 100 %; buyer part 0.11 × 0.9 × 10 = 0.99 (both ÷ 0.95).
    // Arrangement, PCF = 1.00489 on the whole: (3.85 + 0.99) × 0.985 × 1.00489 = 4.7674 × 1.00489 = 4.790712586.
    const whole = 4790712586 / 95_000_000_000;
    assert.equal(m(3, 'CC1', 10, 'PCP=100%; PCC=90%; QUALITY=BELOW'), whole);
    // II-I's way on the same coefficients, the factor on the country share only (PCC ≤ 95 %):
    // (3.85 × 1.00489 + 0.99) × 0.985 = 4.8588265 × 0.985 = 4.7859441025.
    const shareByShare = 47859441025 / 950_000_000_000;
    assert.ok(whole - shareByShare > (0.00005 / 0.95 / 100) * 90, 'they differ by about 0.005 point');
    // The note's own rate is the share-by-share one (to its coefficients' rounding): S = 0.345 × 10 + 0.345
    // = 3.795, T − S = (0.453 − 0.345) × 10 = 1.08: 3.795 × 1.00489 + 1.08 × 0.9 = 4.78555755 (÷ 0.95),
    // 0.0004 point from share by share, 0.005 from the Arrangement's whole-rate PCF.
    const note = 478555755 / 9_500_000_000;
    assert.ok(Math.abs(note - shareByShare) < 0.0005e-2 && whole - note > (0.005e-2 / 0.95) * 0.9);
    // With 95 % both ways the two agree: no PCF at all.
    assert.equal(m(3, 'CC1', 10, 'PCP=95%; PCC=95%; QUALITY=BELOW'), m(3, 'CC1', 10, 'QUALITY=BELOW'));
  });

  it('LCF on the country part only; a bare LOCALCCY is 20 %', () => {
    // Category 4, CC2, HOR 3: country part 0.55 × 3 + 0.35 = 2.0, buyer part 0.234 × 3 = 0.702.
    assert.equal(m(4, 'CC2', 3), 0.02702);
    assert.equal(m(4, 'CC2', 3, 'LOCALCCY=10%'), 0.02502); // 2.0 × 0.9 + 0.702 = 2.502
    assert.equal(m(4, 'CC2', 3, 'LOCALCCY'), 0.02302); // 2.0 × 0.8 + 0.702 = 2.302
  });

  it('CEF on the buyer part only, each enhancement at its level, the sum capped at 35 %', () => {
    // Category 4, CC2, HOR 3: 2.0 + 0.702 × (1 − CEF).
    assert.equal(m(4, 'CC2', 3, 'ASSIGNMENT'), 0.026318); // 0.702 × 0.9 = 0.6318
    assert.equal(m(4, 'CC2', 3, 'MOBILE'), 0.025265); // 0.702 × 0.75 = 0.5265
    assert.equal(m(4, 'CC2', 3, 'FIXED'), 0.025967); // 0.702 × 0.85 = 0.5967
    assert.equal(m(4, 'CC2', 3, 'LOCALESCROW=5%'), 0.026669); // 0.702 × 0.95 = 0.6669
    // 10 + 25 + 10 = 45 % → 35 %: 0.702 × 0.65 = 0.4563; so is 10 + 15 + 10 = 35 %.
    assert.equal(m(4, 'CC2', 3, 'MOBILE; ASSIGNMENT; LOCALESCROW'), 0.024563);
    assert.equal(m(4, 'CC2', 3, 'FIXED; ASSIGNMENT; LOCALESCROW'), 0.024563);
    // MOBILE = 0 is no enhancement: FIXED may go with it.
    assert.equal(m(4, 'CC2', 3, 'MOBILE=0; FIXED'), 0.025967);
  });

  it('credit enhancements on SOV+ and SOV/CCO are accepted and change nothing (c = 0)', () => {
    // Category 4, HOR 3: SOV/CCO 2.0 %; SOV+ 2.0 × 0.9 = 1.8 %.
    assert.equal(m(4, 'SOV/CCO', 3, 'MOBILE; ASSIGNMENT'), 0.02);
    assert.equal(m(4, 'SOV+', 3, 'FIXED; LOCALESCROW'), 0.018);
  });

  it('PCC = 0 % is cover of political risks only: the buyer part goes', () => {
    // Category 4, CC2, HOR 3, PCP 95 %: 2.0 × 0.95/0.95 + 0.234 × 0 × 3 = 2.0.
    assert.equal(m(4, 'CC2', 3, 'PCC=0'), 0.02);
    // PCP 100 %, PCC 0: 2.0 × 1/0.95 × (1 + 0.01639) = 2.03278/0.95 → 2.03278/95 = 203278/9,500,000.
    assert.equal(m(4, 'CC2', 3, 'PCP=100%; PCC=0%'), 203278 / 9_500_000);
  });

  it('HOR 0 leaves b; HOR as long numeric text is read exactly', () => {
    assert.equal(m(6, 'CC1', 0), 0.012); // 1.2 %
    // 10.25 + 10⁻²¹ changes the exact value by 0.84 × 10⁻²³, far below half a double's spacing at 0.0936 (7 × 10⁻¹⁸).
    assert.equal(m(5, 'CC1', '10.250000000000000000001'), 0.0936);
  });

  it('gives the same double by the fast path, the BigInt path and the step record', () => {
    let fast = 0;
    const random = seededRandom(7);
    const rnd = (k: number) => Math.floor(random() * k);
    const texts = [
      '',
      'COVER=100%',
      'QUALITY=BELOW',
      'COVER=100%; QUALITY=BELOW',
      'QUALITY=BELOW; TERM=0.45%',
      'PCP=100%; PCC=90%; QUALITY=ABOVE; TERM=0.45%',
      'LOCALCCY; MOBILE',
      'COVER=97.5%; ASSIGNMENT=3%',
      'COVER=99.99%; LOCALCCY=12.345%; FIXED=1.2345%; TERM=0.12345%',
    ];
    for (let n = 0; n < 20_000; n++) {
      const country = 1 + rnd(7);
      const debtors = mprDebtors(country);
      const debtor = debtors[rnd(debtors.length)];
      const d = rnd(5);
      // Short decimals (the fast path's), and square roots of twelfths (17 digits: the BigInt path's), 0–100.
      const hor = rnd(2) === 0 ? rnd(100 * 10 ** d + 1) / 10 ** d : (rnd(120_001) / 12) ** 0.5;
      const text = texts[rnd(texts.length)];
      const { plan } = readMpr(country, debtor, 0, text);
      const exact = exactMpr(plan, X.fixedOfNumber(hor));
      const f = fastMpr(plan, hor);
      if (f === f) {
        fast++;
        assert.equal(f, exact, `${country} ${debtor} ${hor} ${text}`);
      }
      assert.equal(mprAt(plan, hor), exact, `${country} ${debtor} ${hor} ${text}`);
      assert.equal(m(country, debtor, hor, text), exact);
      assert.equal(explainMpr(country, debtor, hor, text).mpr, exact);
    }
    // Non-vacuity: both paths are common in the sample.
    assert.ok(fast > 5000 && fast < 15_000, `${fast} by the fast path`);
  });
});

describe('core: nearestQuotient, the BigInt path’s rounding', () => {
  it('is X.ratioToNumber on random quotients, exact midpoints (ties to even) and around powers of two', () => {
    const random = seededRandom(5);
    const bigRandom = (bits: number) => {
      let n = 0n;
      for (let b = 0; b < bits; b += 30) n = (n << 30n) | BigInt(Math.floor(random() * 2 ** 30));
      return n >> BigInt(Math.max(0, Math.ceil(bits / 30) * 30 - bits));
    };
    const same = (num: bigint, den: bigint) => assert.equal(nearestQuotient(num, den), X.ratioToNumber({ num, den }), `${num}/${den}`);
    for (let n = 0; n < 20_000; n++) same(bigRandom(1 + Math.floor(random() * 150)) + 1n, bigRandom(1 + Math.floor(random() * 100)) + 1n);
    const F64 = new Float64Array(1);
    const U64 = new BigUint64Array(F64.buffer);
    for (let n = 0; n < 5000; n++) {
      // A double r = m·2^e and its neighbours' midpoints (2m ± 1)·2^(e−1), written as num/den exactly.
      F64[0] = 2 ** (Math.floor(random() * 40) - 30) * (1 + (n % 3 === 0 ? 0 : random()));
      const bits = U64[0];
      const e = Number(bits >> 52n) - 1075;
      const m = (bits & ((1n << 52n) - 1n)) | (1n << 52n);
      const den = 1n << BigInt(1 - e); // e < 1 here
      // (2m ± 1)·2^(e−1), r itself, and (4m − 1)·2^(e−2) (the midpoint below a power of two); each exactly,
      // then just above and just below.
      for (const [k, d] of [
        [2n * m + 1n, den],
        [2n * m - 1n, den],
        [2n * m, den],
        [4n * m - 1n, den * 2n],
      ]) {
        same(k, d);
        same(k * 3n + 1n, d * 3n);
        same(k * 3n - 1n, d * 3n);
      }
    }
  });
});

describe('core: BPI.MPR against the note’s unrounded rate (property)', () => {
  it('QUALITY=BELOW, 95 % cover, no options: |a·x + b − MPR| ≤ 0.0005·(x + 1) points on random deals', () => {
    const random = seededRandom(2026);
    const rnd = (k: number) => Math.floor(random() * k);
    let closest = Infinity;
    for (let n = 0; n < 20_000; n++) {
      const country = 1 + rnd(7);
      const row = COUNTRY_ROWS[country - 1];
      const j = rnd(7);
      const [aText, bText] = [NONPAYMENT_TABLE.a[row][j], NONPAYMENT_TABLE.b[row][j]];
      if (aText === null || bText === null) continue;
      const x = X.fixed(BigInt(rnd(3_000_001)), 5); // 0 to 30 years, to 5 decimals
      // The note's unrounded rate at 95 % cover without options is T = a·x + b (S + (T − S)).
      const note = X.add(X.mul(F(aText), x), F(bText));
      const steps = explainMpr(country, DEBTOR_CATEGORIES[j], X.fixedToString(x), 'QUALITY=BELOW');
      // |note − num/den| ≤ 0.0005·(x + 1), times den, in integers.
      const { num, den } = steps.percent;
      const noteR = X.ratioOf(note);
      const diff = noteR.num * den - num * noteR.den; // over noteR.den·den
      const bound = X.ratioOf(X.mul(F('0.0005'), X.add(x, X.ONE)));
      const lhs = (diff < 0n ? -diff : diff) * bound.den;
      const rhs = bound.num * noteR.den * den;
      assert.ok(lhs <= rhs, `category ${country} ${DEBTOR_CATEGORIES[j]} x = ${X.fixedToString(x)}`);
      closest = Math.min(closest, Number(rhs - lhs) / Number(rhs));
    }
    assert.ok(closest < 0.5, 'some deals come near the bound');
  });
});

describe('core: BPI.MPR refuses what the Arrangement does not price', () => {
  it('category 0: #N/A, market benchmarks', () => {
    throwsBpi(() => m(0, 'CC1', 5), '#N/A', /country category 0 \(market-benchmark countries\) has no OECD minimum premium rate by formula/);
  });
  it('a debtor category the country category does not have: #N/A naming those it has', () => {
    throwsBpi(() => m(7, 'CC3', 5), '#N/A', 'the OECD Arrangement has no debtor category CC3 in country category 7; it has SOV+, SOV/CCO, CC1, CC2 there');
    throwsBpi(() => m(5, 'CC5', 5), '#N/A', /it has SOV\+, SOV\/CCO, CC1, CC2, CC3, CC4 there/);
  });
  it('checks the options before the #N/A', () => {
    throwsBpi(() => m(0, 'CC1', 5, 'MOBILE; FIXED'), '#VALUE!', /MOBILE and FIXED cannot be combined/);
    throwsBpi(() => m(7, 'CC3', 5, 'TERM=16%'), '#NUM!', 'options: TERM must be at most 15% (OECD Arrangement), got 16%');
  });
  it('the arguments: country, debtor, hor in range', () => {
    throwsBpi(() => m(8, 'CC1', 5), '#NUM!', 'country must be an integer 0–7, got 8');
    throwsBpi(() => m(3, 'CC6', 5), '#VALUE!', /debtor must be one of/);
    throwsBpi(() => m(3, 'CC1', 100.5), '#NUM!', 'hor must be a term in years from 0 to 100, got 100.5');
    throwsBpi(() => m(3, 'CC1', -1), '#NUM!', 'hor must be a term in years from 0 to 100, got -1');
    throwsBpi(() => m(3, 'CC1', 'ten'), '#VALUE!', 'hor must be a number, got "ten"');
    throwsBpi(() => m(3, 'CC1', null), '#VALUE!', 'hor is required, got a blank');
  });
  it('the options: RATE’s syntax with MPR’s names and ranges', () => {
    throwsBpi(
      () => m(3, 'CC1', 5, 'POLITICAL'),
      '#VALUE!',
      /unknown option "POLITICAL"; allowed: COVER, PCP, PCC, QUALITY, LOCALCCY, ASSIGNMENT, MOBILE, FIXED, LOCALESCROW, TERM/,
    );
    throwsBpi(() => m(3, 'CC1', 5, 'QUALITY=GOOD'), '#VALUE!', 'options: QUALITY must be one of BELOW, STANDARD, ABOVE, got "GOOD"');
    throwsBpi(() => m(3, 'CC1', 5, 'QUALITY'), '#VALUE!', 'options: QUALITY needs a value, e.g. QUALITY=BELOW');
    throwsBpi(() => m(3, 'CC1', 5, 'TERM'), '#VALUE!', 'options: TERM needs a value, e.g. TERM=0.45%');
    throwsBpi(() => m(3, 'CC1', 5, 'COVER=100%; PCC=90%'), '#VALUE!', /COVER sets both PCP and PCC/);
    throwsBpi(() => m(3, 'CC1', 5, 'MOBILE=10%; FIXED=5%'), '#VALUE!', /MOBILE and FIXED cannot be combined/);
    throwsBpi(() => m(3, 'CC1', 5, 'LOCALCCY=21%'), '#NUM!', 'options: LOCALCCY must be at most 20% (OECD Arrangement), got 21%');
    throwsBpi(() => m(3, 'CC1', 5, 'MOBILE=26%'), '#NUM!', 'options: MOBILE must be at most 25% (OECD Arrangement), got 26%');
    throwsBpi(() => m(3, 'CC1', 5, 'PCP=0'), '#NUM!', /PCP must be above 0% and at most 100%/);
    throwsBpi(() => m(3, 'CC1', 5, 'PCC=101%'), '#NUM!', 'options: PCC must be from 0% to 100%, got "101%"');
    throwsBpi(() => m(3, 'CC1', 5, 'TERM=TRUE'), '#VALUE!', /TERM must be a percentage/);
  });
  it('each failure names its argument', () => {
    const arg = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        return (e as { arg?: string }).arg;
      }
      return 'no error';
    };
    assert.equal(
      arg(() => m(0, 'CC1', 5)),
      'country',
    );
    assert.equal(
      arg(() => m(7, 'CC3', 5)),
      'debtor',
    );
    assert.equal(
      arg(() => m(3, 'CC1', 101)),
      'hor',
    );
    assert.equal(
      arg(() => m(3, 'CC1', 5, 'TERM=20%')),
      'options',
    );
  });
});

describe('core: the MPR step record', () => {
  it('lists the steps in order, exact, ending with BPI.MPR’s value', () => {
    const s = explainMpr(2, 'CC1', 4.1, 'PCP=100%; PCC=90%; QUALITY=ABOVE; LOCALCCY; MOBILE; ASSIGNMENT; LOCALESCROW; TERM=1%');
    const list = mprStepList(s);
    const v = (id: string) => list.find((step) => step.id === id)!.value;
    const text = (id: string) => X.fixedToString(v(id) as X.Fixed);
    // a·HOR + b = 0.2 × 4.1 + 0.35 = 1.17; c·HOR = 0.12 × 4.1 = 0.492; 25 + 10 + 10 = 45 % → CEF 35 %.
    assert.equal(text('countryRisk'), '1.17');
    assert.equal(text('buyerRisk'), '0.492');
    assert.equal(text('enhancements'), '0.45');
    assert.equal(text('cef'), '0.35');
    // PCF = 1 + 1 × 0.00337; QPF above (category 2) 1.0065; TERM 1 %.
    assert.equal(text('pcf'), '1.00337');
    assert.equal(text('qpf'), '1.0065');
    assert.equal(text('term'), '0.01');
    // The parts: 1.17 × 1 × 0.8 = 0.936; 0.492 × 0.9 × 0.65 = 0.28782; (0.936 + 0.28782)/0.95.
    const parts = v('parts') as X.Ratio;
    assert.equal(X.cmp(X.mul(F('1.22382'), X.fixed(parts.den)), X.mul(F('0.95'), X.fixed(parts.num))), 0);
    // MPR% = 1.22382 × 1.0065 × 1.00337 × 0.99 / 0.95; the fraction is BPI.MPR's.
    assert.equal(list[list.length - 1].id, 'mpr');
    assert.equal(v('mpr'), m(2, 'CC1', 4.1, 'PCP=100%; PCC=90%; QUALITY=ABOVE; LOCALCCY; MOBILE; ASSIGNMENT; LOCALESCROW; TERM=1%'));
    const p = v('percent') as X.Ratio;
    const expected = X.mul(X.mul(X.mul(F('1.22382'), F('1.0065')), F('1.00337')), F('0.99'));
    assert.equal(X.cmp(X.mul(expected, X.fixed(p.den)), X.mul(F('0.95'), X.fixed(p.num))), 0);
  });

  it('shows the buyer part for private debtors only, LCF and CEF only where given', () => {
    const ids = (c: number, d: string, o: string) => mprStepList(explainMpr(c, d, 3, o)).map((s) => s.id);
    assert.ok(!ids(4, 'SOV/CCO', '').includes('c'));
    assert.ok(!ids(4, 'CC2', '').includes('localCurrency') && !ids(4, 'CC2', '').includes('cef'));
    assert.ok(ids(4, 'SOV+', 'MOBILE').includes('cef') && !ids(4, 'SOV+', 'MOBILE').includes('buyerPartMitigated'));
  });
});
