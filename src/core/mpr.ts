/**
 * BPI.MPR: the OECD Arrangement's minimum premium rate for country risk categories 1–7 (Annex VI), exact:
 *
 *   MPR = {[(a·HOR + b)·max(PCC, PCP)/0.95]·(1 − LCF) + [c·PCC/0.95·HOR·(1 − CEF)]}·QPF·PCF·BTSF·(1 − TERM)
 *
 * in percent of the principal, returned as a fraction (9.36 % is 0.0936) and unrounded: the Arrangement sets
 * no rounding, so the result is the double nearest to the exact value. The coefficients are data
 * (tables/oecdMpr.ts, tables/oecdCoverK.ts); the options text is RATE's syntax with MPR's names.
 *
 * Everything but HOR is fixed by the plan, and MPR is linear in HOR: MPR·95 = slope·HOR + intercept, two
 * exact decimals of the plan (÷ 0.95, and percent → fraction, make the one division by 95). A row then costs
 * one multiplication and one correctly rounded division of exact integers where they fit in a double
 * (fastMpr), else the same in BigInt.
 */
import { CountryCategory, readCountry, readDebtor } from './categories';
import { decimalText, notAvailable, numError, valueError } from './errors';
import * as X from './exact';
import { Fixed, Ratio } from './exact';
import { CellValue, Exact } from './numbers';
import { Level, MprOptions, MprReading, NO_MPR_OPTIONS, parseMprOptions } from './options';
import { MAX_TERM_YEARS, readTerm } from './pricing';
import { isActive } from './rate';
import { OECD_COVER_K } from './tables/oecdCoverK';
import { OECD_BUYER_COLUMNS, OECD_COUNTRIES, OECD_MPR, QUALITIES, Quality } from './tables/oecdMpr';
import { DEBTOR_CATEGORIES, DebtorCategory } from './tables/types';

const F = X.parseFixed;
const STANDARD_COVER = F(OECD_MPR.standardCover);
const COVER_STEPS_PER_UNIT = X.inverse(F(OECD_MPR.coverStep));
const BTSF = F(OECD_MPR.betterThanSovereign);
const LOCAL_MAX = F(OECD_MPR.localCurrencyMax);
const CEF_CAP = F(OECD_MPR.enhancementCap);
const TERM_MAX = F(OECD_MPR.termMax);
const NINETY_FIVE = X.fixed(95n);

/** The credit enhancements whose sum is CEF, in the order the options list them. */
export const ENHANCEMENTS = ['ASSIGNMENT', 'MOBILE', 'FIXED', 'LOCALESCROW'] as const;
export type EnhancementName = (typeof ENHANCEMENTS)[number];
const ENHANCEMENT_MAX = Object.fromEntries(ENHANCEMENTS.map((n) => [n, F(OECD_MPR.enhancementMax[n])])) as Record<EnhancementName, Fixed>;

/** A country category's coefficients, read once: a, b, c by debtor column (0 for SOV+ and SOV/CCO, null where absent), QPF, k. */
interface CountryCoefficients {
  readonly a: Fixed;
  readonly b: Fixed;
  /** By DEBTOR_CATEGORIES index. */
  readonly c: readonly (Fixed | null)[];
  readonly qpf: Readonly<Record<Quality, Fixed>>;
  readonly k: Fixed;
}
const COEFFICIENTS: readonly CountryCoefficients[] = OECD_COUNTRIES.map((i) => ({
  a: F(OECD_MPR.a[i]),
  b: F(OECD_MPR.b[i]),
  c: DEBTOR_CATEGORIES.map((d) => {
    const column = (OECD_BUYER_COLUMNS as readonly string[]).indexOf(d);
    if (column < 0) return X.ZERO; // SOV+, SOV/CCO: no buyer risk coefficient
    const text = OECD_MPR.c[i][column];
    return text === null ? null : F(text);
  }),
  qpf: Object.fromEntries(QUALITIES.map((q, j) => [q, F(OECD_MPR.qpf[i][j])])) as Record<Quality, Fixed>,
  k: F(OECD_COVER_K.k[i]),
}));

/** The debtor categories the Arrangement has in a country category (1–7), in column order. */
export function mprDebtors(country: number): DebtorCategory[] {
  return DEBTOR_CATEGORIES.filter((_, j) => COEFFICIENTS[country - 1].c[j] !== null);
}

/** A credit enhancement as priced: its name and level (a fraction; the maximum for a bare name). */
export interface MprEnhancement {
  readonly name: EnhancementName;
  readonly level: Fixed;
}

/** Everything an MPR depends on but HOR, validated and exact. */
export interface MprPlan {
  /** 1–7. */
  readonly country: CountryCategory;
  readonly debtor: DebtorCategory;
  readonly options: MprOptions;
  readonly quality: Quality;
  readonly a: Fixed;
  readonly b: Fixed;
  /** c_in; 0 for SOV+ and SOV/CCO. */
  readonly c: Fixed;
  readonly pcp: Fixed;
  readonly pcc: Fixed;
  /** max(PCC, PCP). */
  readonly cover: Fixed;
  /** LCF (0 without LOCALCCY). */
  readonly localCurrency: Fixed;
  readonly enhancements: readonly MprEnhancement[];
  /** The enhancements' sum, and CEF = min(sum, 35 %). */
  readonly enhancementSum: Fixed;
  readonly cef: Fixed;
  readonly qpf: Fixed;
  readonly k: Fixed;
  /** PCF = 1 + ((max(PCC, PCP) − 0.95)/0.05)·k above 95 % cover, else 1. */
  readonly pcf: Fixed;
  /** 0.9 for SOV+, else 1. */
  readonly btsf: Fixed;
  readonly term: Fixed;
  /** QPF·PCF·BTSF·(1 − TERM): what multiplies the sum of the two parts. */
  readonly factor: Fixed;
  /** MPR·95 = slope·HOR + intercept (MPR as a fraction; slope and intercept at one scale). */
  readonly slope: Fixed;
  readonly intercept: Fixed;
  /**
   * The fast path's integers: slope.n and intercept.n, and 95·5^scale, as doubles when each is an exact
   * integer below 2⁵³ (else NaN); the 2^scale of 10^scale is applied after the division (fastMpr).
   */
  readonly fastSlope: number;
  readonly fastIntercept: number;
  readonly fastDen: number;
  /** 2^−scale, exact. */
  readonly fastTwos: number;
}

/** A fraction as the number of percent a message writes ("0.35" → 35). */
const pct = (f: Fixed) => decimalText(X.fixedToString(X.mul(f, X.fixed(100n))));

/** A level option as a fraction: the maximum for a bare name, refused above it (#NUM!). */
function resolveLevel(name: string, v: Level | Exact | undefined, max: Fixed): Fixed {
  if (v === undefined) return X.ZERO;
  if (v === 'MAX') return max;
  if (v.compare(X.fixedToNumber(max)) > 0) throw numError('mprAboveMax', { name, max: pct(max), value: pct(v.fixed) }, 'options');
  return v.fixed;
}

const TWO_53 = 2 ** 53;
const asSafe = (n: bigint) => (n < BigInt(TWO_53) ? Number(n) : NaN);

/** Drops the trailing zeros two decimals at one scale share (so that the fast path's integers stay small). */
function commonScale(p: Fixed, q: Fixed): [bigint, bigint, number] {
  const s = Math.max(p.s, q.s);
  let x = p.n * X.pow10(s - p.s);
  let y = q.n * X.pow10(s - q.s);
  let scale = s;
  while (scale > 0 && x % 10n === 0n && y % 10n === 0n) {
    x /= 10n;
    y /= 10n;
    scale--;
  }
  return [x, y, scale];
}

/**
 * Validates the options against the Arrangement, then the country and debtor (the options first: every
 * argument is checked before a #N/A), and builds the plan. Errors name their argument: the options, the
 * country for category 0, the debtor for a category the Arrangement does not have there.
 */
export function planMpr(country: CountryCategory, debtor: DebtorCategory, o: MprOptions): MprPlan {
  if (o.COVER !== undefined && (o.PCP !== undefined || o.PCC !== undefined)) throw valueError('coverWithPcpPcc', {}, 'options');
  if (isActive(o.MOBILE) && isActive(o.FIXED)) throw valueError('mprMobileWithFixed', {}, 'options');
  const pcp = (o.COVER ?? o.PCP)?.fixed ?? STANDARD_COVER;
  const pcc = (o.COVER ?? o.PCC)?.fixed ?? STANDARD_COVER;
  const localCurrency = resolveLevel('LOCALCCY', o.LOCALCCY, LOCAL_MAX);
  const enhancements: MprEnhancement[] = [];
  for (const name of ENHANCEMENTS) {
    const level = resolveLevel(name, o[name], ENHANCEMENT_MAX[name]);
    if (o[name] !== undefined) enhancements.push({ name, level });
  }
  const term = resolveLevel('TERM', o.TERM, TERM_MAX);
  if (country === 0) throw notAvailable('mprCategory0', { arg: 'country' });
  const coefficients = COEFFICIENTS[country - 1];
  const c = coefficients.c[DEBTOR_CATEGORIES.indexOf(debtor)];
  if (c === null) {
    throw notAvailable('mprNoDebtor', { debtor, country, categories: mprDebtors(country).join(', ') }, 'debtor');
  }
  const { a, b, k } = coefficients;
  const quality = o.QUALITY ?? 'STANDARD';
  const qpf = coefficients.qpf[quality];
  const cover = X.max(pcp, pcc);
  // (max − 0.95)/0.05·k, exact: dividing by 0.05 is multiplying by its exact inverse, 20.
  const pcf = X.cmp(cover, STANDARD_COVER) > 0 ? X.add(X.ONE, X.mul(X.mul(X.sub(cover, STANDARD_COVER), COVER_STEPS_PER_UNIT), k)) : X.ONE;
  const btsf = debtor === 'SOV+' ? BTSF : X.ONE;
  const enhancementSum = enhancements.reduce((s, e) => X.add(s, e.level), X.ZERO);
  const cef = X.min(enhancementSum, CEF_CAP);
  const factor = X.mul(X.mul(X.mul(qpf, pcf), btsf), X.sub(X.ONE, term));
  // MPR% = (A·HOR + B)/0.95 with the terms below, so MPR = (A·HOR + B)/95.
  const keepCountry = X.mul(cover, X.sub(X.ONE, localCurrency));
  const slope = X.mul(X.add(X.mul(a, keepCountry), X.mul(X.mul(c, pcc), X.sub(X.ONE, cef))), factor);
  const intercept = X.mul(X.mul(b, keepCountry), factor);
  const [sn, bn, scale] = commonScale(slope, intercept);
  const den = asSafe(95n * 5n ** BigInt(scale));
  const fastSlope = asSafe(sn);
  const fastIntercept = asSafe(bn);
  const fast = fastSlope === fastSlope && fastIntercept === fastIntercept && den === den;
  return {
    country,
    debtor,
    options: o,
    quality,
    a,
    b,
    c,
    pcp,
    pcc,
    cover,
    localCurrency,
    enhancements,
    enhancementSum,
    cef,
    qpf,
    k,
    pcf,
    btsf,
    term,
    factor,
    slope: X.fixed(sn, scale),
    intercept: X.fixed(bn, scale),
    fastSlope: fast ? fastSlope : NaN,
    fastIntercept: fast ? fastIntercept : NaN,
    fastDen: fast ? den : NaN,
    fastTwos: 2 ** -scale,
  };
}

const EXACT_POWERS = [1, 10, 100, 1000, 10000];
const FIVES = [1, 5, 25, 125, 625];
const HALVES = [1, 0.5, 0.25, 0.125, 0.0625];

/**
 * The MPR (fraction) of a plan at HOR x (a double, standing for its shortest decimal), or NaN where the
 * integers do not fit: x = p/10^e with e ≤ 4, and MPR = N / (95·10^k), N = slope·p + intercept·10^e, k =
 * scale + e. With 10^k = 5^k·2^k: N / (95·5^k) is one IEEE division of two exact integers below 2⁵³, so it is
 * correctly rounded, and the 2^−k after it is exact (a power of two, far from the subnormals): the double
 * nearest to the exact value, as X.ratioToNumber gives it.
 */
export function fastMpr(plan: MprPlan, x: number): number {
  const slope = plan.fastSlope;
  if (slope !== slope) return NaN;
  for (let e = 0; e <= 4; e++) {
    const scale = EXACT_POWERS[e];
    const p = Math.round(x * scale);
    // Two decimals of at most four places round to the same double only if equal: p/10^e is x's decimal.
    if (p / scale !== x) continue;
    const left = slope * p;
    const right = plan.fastIntercept * scale;
    const num = left + right;
    const den = plan.fastDen * FIVES[e];
    // A product or sum of exact integers computed below 2⁵³ is exact (rounding is monotonic, 2⁵³ a double).
    return left < TWO_53 && right < TWO_53 && num < TWO_53 && den < TWO_53 ? (num / den) * plan.fastTwos * HALVES[e] : NaN;
  }
  return NaN;
}

const F64 = new Float64Array(1);
const WORDS = new Uint32Array(F64.buffer);
const HIGH = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 1 : 0; // the word holding the exponent
const TWO_52 = 2 ** 52;

/** Whether num/den is above (1), at (0) or below (−1) m·2^t, exactly (num ≥ 0, den > 0). */
function versus(num: bigint, den: bigint, m: bigint, t: number): number {
  const left = t < 0 ? num << BigInt(-t) : num;
  const right = t < 0 ? den * m : (den * m) << BigInt(t);
  return left > right ? 1 : left < right ? -1 : 0;
}

/**
 * The double nearest to num/den (ties to even), for a quotient in the normal range: the floating-point
 * quotient of the two rounded operands is within two units in the last place, and the exact comparisons
 * with the midpoints on either side of a candidate (m·2^t, integers) move it to the right one. NaN outside
 * the normal range (the caller then takes X.ratioToNumber).
 */
export function nearestQuotient(num: bigint, den: bigint): number {
  let r = Number(num) / Number(den);
  for (let step = 0; step < 4; step++) {
    F64[0] = r;
    const field = (WORDS[HIGH] >>> 20) & 0x7ff;
    if (field < 2 || field > 2000) return NaN;
    const e = field - 1075; // r = m·2^e, 2^52 ≤ m < 2^53
    const m = r * 2 ** -e;
    const odd = m % 2 === 1;
    // The midpoints (2m ± 1)·2^(e−1) have 54 bits: built in BigInt (a double would round them).
    const big = BigInt(m);
    const above = versus(num, den, 2n * big + 1n, e - 1);
    if (above > 0 || (above === 0 && odd)) {
      r += 2 ** e;
      continue;
    }
    const below = m === TWO_52 ? versus(num, den, 4n * big - 1n, e - 2) : versus(num, den, 2n * big - 1n, e - 1);
    if (below < 0 || (below === 0 && odd)) {
      r -= m === TWO_52 ? 2 ** (e - 1) : 2 ** e;
      continue;
    }
    return r;
  }
  return NaN;
}

/**
 * The MPR where fastMpr cannot (HOR with more than four decimals, or integers past 2⁵³): x's shortest
 * decimal p/10^e, N = slope·p + intercept·10^e in BigInt, and N / (95·5^k) rounded by nearestQuotient, then
 * × 2^−k (exact). NaN where x's text has an exponent or k is too large; exactMpr then decides.
 */
function bigMpr(plan: MprPlan, x: number): number {
  const text = String(x);
  if (text.indexOf('e') >= 0) return NaN;
  const dot = text.indexOf('.');
  const e = dot < 0 ? 0 : text.length - dot - 1;
  const k = plan.slope.s + e;
  if (k > 22) return NaN;
  const p = BigInt(dot < 0 ? text : text.slice(0, dot) + text.slice(dot + 1));
  const num = plan.slope.n * p + plan.intercept.n * X.pow10(e);
  const q = nearestQuotient(num, 95n * 5n ** BigInt(k));
  return q * 2 ** -k;
}

/** The MPR of a double HOR: the fast path, else bigMpr, else the exact pipeline. */
export function mprAt(plan: MprPlan, x: number): number {
  const fast = fastMpr(plan, x);
  if (fast === fast) return fast;
  const big = bigMpr(plan, x);
  return big === big ? big : exactMpr(plan, X.fixedOfNumber(x));
}

/** The MPR of a plan at HOR, exact (BigInt), as the nearest double. */
export function exactMpr(plan: MprPlan, hor: Fixed): number {
  const times95 = X.add(X.mul(plan.slope, hor), plan.intercept);
  return X.ratioToNumber(X.ratio(times95, NINETY_FIVE));
}

/** Every step of the formula for one HOR, exact: what the task pane shows (see mprSteps.ts for the labelled list). */
export interface MprSteps {
  readonly plan: MprPlan;
  readonly hor: Fixed;
  /** a·HOR + b (%). */
  readonly countryRisk: Fixed;
  /** (a·HOR + b)·max(PCC, PCP)/0.95 (%). */
  readonly countryPart: Ratio;
  /** × (1 − LCF). */
  readonly countryPartMitigated: Ratio;
  /** c·HOR (%). */
  readonly buyerRisk: Fixed;
  /** c·PCC/0.95·HOR (%). */
  readonly buyerPart: Ratio;
  /** × (1 − CEF). */
  readonly buyerPartMitigated: Ratio;
  /** The two parts' sum (%). */
  readonly parts: Ratio;
  /** MPR in percent, exact. */
  readonly percent: Ratio;
  /** MPR as a fraction, the nearest double (what BPI.MPR returns). */
  readonly mpr: number;
}

const per95 = (f: Fixed): Ratio => X.ratio(f, STANDARD_COVER);

/** The formula's steps for one HOR, each exact; `mpr` is the same double as BPI.MPR's. */
export function mprSteps(plan: MprPlan, hor: Fixed): MprSteps {
  const countryRisk = X.add(X.mul(plan.a, hor), plan.b);
  const countryTimes95 = X.mul(countryRisk, plan.cover);
  const countryMitigated95 = X.mul(countryTimes95, X.sub(X.ONE, plan.localCurrency));
  const buyerRisk = X.mul(plan.c, hor);
  const buyerTimes95 = X.mul(buyerRisk, plan.pcc);
  const buyerMitigated95 = X.mul(buyerTimes95, X.sub(X.ONE, plan.cef));
  const parts95 = X.add(countryMitigated95, buyerMitigated95);
  const times95 = X.mul(parts95, plan.factor);
  return {
    plan,
    hor,
    countryRisk,
    countryPart: per95(countryTimes95),
    countryPartMitigated: per95(countryMitigated95),
    buyerRisk,
    buyerPart: per95(buyerTimes95),
    buyerPartMitigated: per95(buyerMitigated95),
    parts: per95(parts95),
    percent: per95(times95),
    mpr: X.ratioToNumber(X.ratio(times95, X.fixed(95n))),
  };
}

/** The plans without options, by country category and debtor (filled on first use; a failing one is not kept). */
const PLAIN_PLANS: (MprPlan | undefined)[] = new Array(8 * 7);

function planFor(country: CountryCategory, debtor: DebtorCategory, o: MprOptions): MprPlan {
  const i = country * 7 + DEBTOR_CATEGORIES.indexOf(debtor);
  // The plans of a kept reading (a text a book repeats) are kept with it; others are planned per row.
  const plans = o === NO_MPR_OPTIONS ? PLAIN_PLANS : (o as Partial<MprReading>).plans;
  if (plans === null || plans === undefined) return planMpr(country, debtor, o);
  let plan = plans[i] as MprPlan | undefined;
  if (plan === undefined) plans[i] = plan = planMpr(country, debtor, o);
  return plan;
}

/** The four arguments read in order; each failure carries the argument's name (BpiError.arg). */
function readMprArguments(country: CellValue, debtor: CellValue, hor: CellValue, options: CellValue) {
  const c = readCountry(country);
  const d = readDebtor(debtor);
  // A number cell in range needs no reading (the fast path takes the double).
  const h = typeof hor === 'number' && hor >= 0 && hor <= MAX_TERM_YEARS ? null : readTerm(hor, 'hor');
  const o = parseMprOptions(options);
  return { c, d, h, o };
}

/** The plan and HOR of a call, validated (the pane's and EXPLAIN-style readers start here). */
export function readMpr(country: CellValue, debtor: CellValue, hor: CellValue, options: CellValue): { plan: MprPlan; hor: Exact } {
  const { c, d, h, o } = readMprArguments(country, debtor, hor, options);
  return { plan: planFor(c, d, o), hor: h ?? Exact.ofNumber(hor as number) };
}

/** BPI.MPR: the OECD minimum premium rate as a fraction, unrounded (the double nearest to the exact value). */
export function mpr(country: CellValue, debtor: CellValue, hor: CellValue, options: CellValue): number {
  const { c, d, h, o } = readMprArguments(country, debtor, hor, options);
  const plan = planFor(c, d, o);
  const x = h === null ? (hor as number) + 0 : h.value;
  // Text with more digits than its double holds is priced from its own decimal.
  return h === null || h.compare(x) === 0 ? mprAt(plan, x) : exactMpr(plan, h.fixed);
}

/** The steps of a call (the task pane's table of the OECD minimum). */
export function explainMpr(country: CellValue, debtor: CellValue, hor: CellValue, options: CellValue): MprSteps {
  const r = readMpr(country, debtor, hor, options);
  return mprSteps(r.plan, r.hor.fixed);
}
