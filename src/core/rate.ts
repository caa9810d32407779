import { CountryCategory, isPrivate } from './categories';
import { Coefficients, coverKText, findCoefficients, lookupCoefficients } from './coefficients';
import { decimalText, numError, valueError } from './errors';
import * as X from './exact';
import { Fixed, Ratio, Rounding } from './exact';
import { Exact, readExact } from './numbers';
import { Level, NOT_KEPT, NO_OPTIONS, OptionName, OptionsReading, RateOptions } from './options';
import { RateType } from './rateTypes';
import { REDUCTION_RULES, RATE_RULES } from './tables/rules';
import type { CoefficientTable, DebtorCategory } from './tables/types';

/** Everything a rate depends on except x, validated. */
export interface RateRequest {
  readonly country: CountryCategory;
  readonly debtor: DebtorCategory;
  readonly type: RateType;
  readonly options: RateOptions;
}

/**
 * A way of computing the rate other than the note's, one departure at a time (for checking a rate someone
 * else computed: which single mistake explains their figure). The empty variant is the note.
 */
export interface RateVariant {
  /** Price on this coefficient table instead of the type's. */
  readonly table?: CoefficientTable;
  /** k of II-I as text instead of the note's, e.g. "0.00337" (the OECD figure for category 2). */
  readonly k?: string;
  /** No x' = max(x, 0.25): price the term as given. */
  readonly noQuarterFloor?: boolean;
  /** Leave out the percentage-of-cover factors (price at 95 % whatever the cover). */
  readonly noCoverFactor?: boolean;
  /** Apply the country-risk factor P·C/0.95 to the whole rate instead of share by share. */
  readonly coverOnWholeRate?: boolean;
  /** Round S and T half up to 2 decimals of a percent before the shares are formed. */
  readonly roundRatesFirst?: boolean;
  /** The final rounding at the 2nd decimal of the percentage; NONE leaves the rate unrounded. */
  readonly rounding?: Rounding | 'NONE';
}
export const NOTE: RateVariant = Object.freeze({});

type LevelName = keyof typeof REDUCTION_RULES;
/** Published maxima of the II-B reductions as [ordinary, former category 0] (for the task pane's docs). */
export const REDUCTION_MAXIMA = Object.fromEntries(
  Object.entries(REDUCTION_RULES).map(([n, r]) => [n, [r.ordinary.value, (r.category0 ?? r.ordinary).value]]),
) as unknown as Record<LevelName, readonly [string, string]>;
const DEBTOR_REDUCTIONS: readonly LevelName[] = ['ASSIGNMENT', 'MOBILE', 'FIXED', 'LOCALESCROW'];
const MITIGATIONS: readonly OptionName[] = ['ESCROW', 'LOCALCCY', ...DEBTOR_REDUCTIONS];

const F = (t: string) => X.parseFixed(t);
const QUARTER = F(RATE_RULES.quarterFloor.value);
const CAP = F(RATE_RULES.debtorReductionCap.value);
const POLITICAL_SHARE = F(RATE_RULES.politicalInterruptionShare.value);
const CONSTRUCTION = F(RATE_RULES.constructionFactor.value);
const CASH_LC = X.sub(X.ONE, F(RATE_RULES.cashLcAllowance.value));
const STANDARD_COVER = F(RATE_RULES.standardCover.value);
const COVER_STEPS_PER_UNIT = X.inverse(F(RATE_RULES.coverStep.value));
const num = (f: Fixed) => X.fixedToNumber(f);

/** A resolved reduction: its name and level (a fraction, the maximum for a bare name). */
export interface Reduction {
  readonly name: LevelName;
  readonly level: Exact;
}

/** The x-independent part of a price: validated options, looked-up coefficients, factors. */
export interface RatePlan {
  readonly request: RateRequest;
  readonly variant: RateVariant;
  readonly table: CoefficientTable;
  /** Country category the coefficients are read at (n − 1 with ESCROW). */
  readonly pricedCountry: CountryCategory;
  readonly sovereign: Coefficients;
  /** null with POLITICAL: the debtor's own coefficients are never used (II-A), so a "-" cell does not matter. */
  readonly debtorCoefficients: Coefficients | null;
  readonly political: boolean;
  readonly escrow: boolean;
  readonly construction: boolean;
  readonly cashLc: boolean;
  /** x' = max(x, 0.25) applies. */
  readonly floorQuarter: boolean;
  /** Former category 0: the note prices such risks case by case, so the result is indicative. */
  readonly indicative: boolean;
  readonly localCurrency: Reduction | null;
  readonly debtorReductions: readonly Reduction[];
  readonly pcp: Exact;
  /** null with POLITICAL (no commercial cover). */
  readonly pcc: Exact | null;
  readonly kText: string;
  /** The fast path's doubles (see fastHundredths); null when the variant is not the note's. */
  readonly fast: FastPlan | null;
}

/**
 * The fast path's doubles, unboxed in one Float64Array (object fields holding doubles would each be a heap
 * number, ten allocations per plan): aS, bS, aT, bT, country share, 1 − LOCALCCY, 1 − capped debtor
 * reductions, the two cover factors × 0.95, and the × 1.3 / × 0.8 multiplier.
 */
type FastPlan = Float64Array;
const AS = 0,
  BS = 1,
  AT = 2,
  BT = 3,
  COUNTRY_SHARE = 4,
  KEEP_COUNTRY = 5,
  KEEP_DEBTOR = 6,
  COUNTRY_F95 = 7,
  DEBTOR_F95 = 8,
  MULTIPLIER = 9;

/** An option that is given and not 0 (a reduction of 0 % is as good as none). */
export function isActive(v: boolean | Level | undefined): boolean {
  if (v === undefined || v === false) return false;
  return v === true || v === 'MAX' || v.value !== 0;
}

/** A fraction as the number of percent a message writes ("0.25" → 25). */
function pct(fraction: string) {
  return decimalText(X.fixedToString(X.mul(F(fraction), X.fixed(100n))));
}

/** The maxima as exact inputs, read once: [ordinary, former category 0]. */
const MAXIMA = Object.fromEntries(Object.entries(REDUCTION_MAXIMA).map(([n, [o, c]]) => [n, [readExact(n, o), readExact(n, c)]])) as unknown as Record<
  LevelName,
  readonly [Exact, Exact]
>;

function resolveLevel(name: LevelName, v: Level | undefined, country: CountryCategory): Reduction | null {
  if (v === undefined) return null;
  const [ordinary, cat0] = REDUCTION_MAXIMA[name];
  const max = MAXIMA[name][country === 0 ? 1 : 0];
  if (v === 'MAX') return { name, level: max };
  if (v.compare(max.value) > 0) {
    const [maxPct, value] = [pct(max.toString()), pct(v.toString())];
    if (ordinary === cat0) throw numError('levelAboveMax', { name, max: maxPct, value }, 'options');
    if (country === 0) throw numError('levelAboveMaxCategory0', { name, max: maxPct, other: pct(ordinary), value }, 'options');
    throw numError('levelAboveMaxElsewhere', { name, max: maxPct, other: pct(cat0), value }, 'options');
  }
  return { name, level: v };
}

/** The checks of SPEC §3 that depend on the combination of options, type, country and debtor. */
function checkCombination(request: RateRequest): void {
  const { country, debtor, type, options: o } = request;
  if (isActive(o.CONSTRUCTION) && type.name !== 'INTERRUPTION') throw valueError('interruptionOnly', { name: 'CONSTRUCTION', type: type.name }, 'options');
  if (isActive(o.CASHLC) && type.name !== 'INTERRUPTION') throw valueError('interruptionOnly', { name: 'CASHLC', type: type.name }, 'options');
  const mitigation = MITIGATIONS.find((n) => isActive(o[n]));
  if (mitigation && !type.mitigable) {
    throw valueError('mitigationType', { name: mitigation, type: type.name }, 'options');
  }
  const political = o.POLITICAL === true;
  if (political && !isPrivate(debtor)) {
    throw valueError('politicalPrivateOnly', { debtor }, 'options');
  }
  if (political && o.PCC !== undefined) {
    throw valueError('politicalWithPcc', {}, 'options');
  }
  if (o.COVER !== undefined && (o.PCP !== undefined || o.PCC !== undefined)) {
    throw valueError('coverWithPcpPcc', {}, 'options');
  }
  if (isActive(o.MOBILE) && isActive(o.FIXED)) {
    throw valueError('mobileWithFixed', {}, 'options');
  }
  if (o.ESCROW === true) {
    if (country <= 1) throw valueError('escrowCountry', { country }, 'options');
    if (debtor === 'SOV+') throw valueError('escrowWith', { other: 'SOV+' }, 'options');
    const other = MITIGATIONS.find((n) => n !== 'ESCROW' && isActive(o[n]));
    if (other) throw valueError('escrowWith', { other }, 'options');
  }
}

const STANDARD = Exact.ofNumber(0.95);
const NO_REDUCTIONS: readonly Reduction[] = Object.freeze([]);
const CAP_NUMBER = num(CAP);
const POLITICAL_SHARE_NUMBER = num(POLITICAL_SHARE);
const CONSTRUCTION_NUMBER = num(CONSTRUCTION);
const CASH_LC_NUMBER = num(CASH_LC);
const K_NUMBER = new Map<string, number>();

/**
 * Validates the option combination against the type, country and debtor (SPEC §3), then looks up the
 * coefficients: every argument is checked before a missing coefficient can be reported. Cheap enough to
 * run for every row (no BigInt, no decimal text): the exact values are built only where they are needed.
 */
export function planRate(request: RateRequest, variant: RateVariant = NOTE): RatePlan {
  const { country, debtor, type, options: o } = request;
  const plain = o === NO_OPTIONS;
  if (!plain) checkCombination(request);
  const localCurrency = plain ? null : resolveLevel('LOCALCCY', o.LOCALCCY, country);
  let debtorReductions = NO_REDUCTIONS;
  if (!plain) {
    for (const n of DEBTOR_REDUCTIONS) {
      const r = resolveLevel(n, o[n], country);
      if (r !== null) debtorReductions = [...debtorReductions, r];
    }
  }
  const political = o.POLITICAL === true;
  const escrow = o.ESCROW === true;
  const table = variant.table ?? type.table;
  const pricedCountry = (escrow ? country - 1 : country) as CountryCategory;
  const sovereign = lookupCoefficients(table, pricedCountry, 'SOV/CCO', country);
  const debtorCoefficients = political ? null : lookupCoefficients(table, pricedCountry, debtor, country);
  const pcp = o.COVER ?? o.PCP ?? STANDARD;
  const pcc = political ? null : (o.COVER ?? o.PCC ?? STANDARD);
  const construction = o.CONSTRUCTION === true;
  const cashLc = o.CASHLC === true;
  const kText = variant.k ?? coverKText(pricedCountry);
  let fast: FastPlan | null = null;
  if (variant === NOTE) {
    // The same pipeline in doubles. Every input double is within 2⁻⁵³ (relative) of the exact decimal it
    // stands for, and the evaluation is a dozen operations on values below 10³, so the computed R·100 is
    // within 10⁻¹³ (relative to the sum of the absolute values of its terms) of the exact one.
    let sum = 0;
    for (const r of debtorReductions) sum += r.level.value;
    let k = K_NUMBER.get(kText);
    if (k === undefined) K_NUMBER.set(kText, (k = Number(kText)));
    const P = pcc === null ? pcp.value : Math.max(pcp.value, pcc.value);
    const coefficient = 1 + (P - 0.95) * 20 * k;
    fast = new Float64Array(10);
    fast[AS] = sovereign.aNumber;
    fast[BS] = sovereign.bNumber;
    fast[AT] = debtorCoefficients === null ? 0 : debtorCoefficients.aNumber;
    fast[BT] = debtorCoefficients === null ? 0 : debtorCoefficients.bNumber;
    fast[COUNTRY_SHARE] = political && type.interruptionTable ? POLITICAL_SHARE_NUMBER : 1;
    fast[KEEP_COUNTRY] = 1 - (localCurrency === null ? 0 : localCurrency.level.value);
    fast[KEEP_DEBTOR] = 1 - Math.min(sum, CAP_NUMBER);
    fast[COUNTRY_F95] = P > 0.95 ? P * coefficient : P;
    fast[DEBTOR_F95] = pcc === null ? 0 : pcc.value > 0.95 ? pcc.value * coefficient : pcc.value;
    fast[MULTIPLIER] = (construction ? CONSTRUCTION_NUMBER : 1) * (cashLc ? CASH_LC_NUMBER : 1);
  }
  return {
    request,
    variant,
    table,
    pricedCountry,
    sovereign,
    debtorCoefficients,
    political,
    escrow,
    construction,
    cashLc,
    floorQuarter: type.floorQuarter && !variant.noQuarterFloor,
    indicative: country === 0,
    localCurrency,
    debtorReductions,
    pcp,
    pcc,
    kText,
    fast,
  };
}

/** Percent hundredths per unit of (rate × 0.95): R·100 = (rate × 0.95) · 2000/19. */
const HUNDREDTHS_PER_TIMES95 = 2000 / 19;
/** Far wider than the error bound above (10⁻¹³); nearer a rounding boundary the exact pipeline decides. */
const SAFETY = 1e-9;

/**
 * The rounded rate in hundredths of a percent by the fast path, or NaN where it cannot decide: within
 * SAFETY of a half (x.xx5 %). `times` rounds
 * a multiple of R instead (2 for the second tier of the premium on claims, II-H b).
 */
export function fastHundredths(plan: RatePlan, x: number, times = 1): number {
  const f = plan.fast;
  return f === null ? NaN : fastFrom(f, plan.floorQuarter, plan.political, x, times);
}

/** fastHundredths on the doubles of a FastPlan (one evaluation, shared by plans and the option step). */
function fastFrom(f: FastPlan, floorQuarter: boolean, political: boolean, x: number, times: number): number {
  const xp = floorQuarter && x < 0.25 ? 0.25 : x;
  const aS = f[AS];
  const bS = f[BS];
  const aT = f[AT];
  const bT = f[BT];
  const s = aS * xp + bS;
  const magnitude = (Math.abs(aS) + Math.abs(aT)) * xp + Math.abs(bS) + Math.abs(bT);
  let debtorShare = 0;
  if (!political) {
    debtorShare = aT * xp + bT - s;
    // Where the sign of a near-zero share is in doubt, either branch is within 0.35·SAFETY·magnitude of
    // the exact value, an error the acceptance bound below (about 400·SAFETY·magnitude) covers.
    if (debtorShare > 0) debtorShare *= f[KEEP_DEBTOR];
  }
  const v = (s * f[COUNTRY_SHARE] * f[KEEP_COUNTRY] * f[COUNTRY_F95] + debtorShare * f[DEBTOR_F95]) * f[MULTIPLIER] * HUNDREDTHS_PER_TIMES95 * times;
  const a = Math.abs(v);
  const bound = SAFETY * (4 * times * magnitude * HUNDREDTHS_PER_TIMES95 + 1);
  if (Math.abs(a - Math.floor(a) - 0.5) <= bound) return NaN;
  const h = Math.floor(a + 0.5);
  return v < 0 ? -h : h;
}

/** One scratch FastPlan for the option step: filled per row, never kept. */
const SCRATCH: FastPlan = new Float64Array(10);
/** k of II-I as a double per priced country category (the same Number(kText) as planRate's). */
const K_BY_COUNTRY = [0, 1, 2, 3, 4, 5, 6, 7].map((c) => Number(coverKText(c as CountryCategory)));

/** A reduction's level as planRate's fast path adds it (0 when absent); NaN above its maximum (planRate reports it). */
function levelValue(name: LevelName, v: Level | undefined, country0: boolean): number {
  if (v === undefined) return 0;
  const max = MAXIMA[name][country0 ? 1 : 0];
  if (v === 'MAX') return max.value;
  return v.compare(max.value) > 0 ? NaN : v.value;
}

/**
 * What optionHundredths needs of an option reading, the same for every row that holds it: the checks that
 * do not depend on the row, the reductions for an ordinary and a former-category-0 country, the covers and
 * the × 1.3 / × 0.8 multiplier. Kept with a reading the memo keeps (its `terms` is empty until then), so a
 * book's repeated texts compute them once; any other reading's go to one scratch array, allocating nothing
 * (and with the reductions of the row's kind of country only).
 */
type OptionTerms = number[];
const ROW_FREE = 0,
  ANY_MITIGATION = 1,
  LOCAL = 2,
  SUM = 3,
  LOCAL_0 = 4,
  SUM_0 = 5,
  PCP_V = 6,
  PCC_V = 7,
  COVER_P = 8,
  TIMES = 9;
/** Ten doubles (their elements stay unboxed). */
const SCRATCH_TERMS: OptionTerms = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5];

/** The LOCALCCY level and the sum of the debtor-risk reductions, at LOCAL, SUM (or LOCAL_0, SUM_0 for category 0). */
function reductionTerms(o: RateOptions, country0: boolean, t: OptionTerms): void {
  t[country0 ? LOCAL_0 : LOCAL] = levelValue('LOCALCCY', o.LOCALCCY, country0);
  // Named loads, in DEBTOR_REDUCTIONS' order (a load by a variable name is a slow keyed lookup).
  t[country0 ? SUM_0 : SUM] =
    levelValue('ASSIGNMENT', o.ASSIGNMENT, country0) +
    levelValue('MOBILE', o.MOBILE, country0) +
    levelValue('FIXED', o.FIXED, country0) +
    levelValue('LOCALESCROW', o.LOCALESCROW, country0);
}

function optionTerms(o: RateOptions, country0: boolean): readonly number[] {
  const terms = (o as Partial<OptionsReading>).terms ?? NOT_KEPT; // NO_OPTIONS has none
  if (terms.length !== 0) return terms; // derived
  const kept = terms !== NOT_KEPT;
  const t = kept ? (terms as OptionTerms) : SCRATCH_TERMS;
  const political = o.POLITICAL === true;
  const mobile = isActive(o.MOBILE);
  // checkCombination with mitigations alone: only "a type that takes none" depends on the row.
  t[ROW_FREE] =
    !political &&
    o.ESCROW !== true &&
    !isActive(o.CONSTRUCTION) &&
    !isActive(o.CASHLC) &&
    !(mobile && isActive(o.FIXED)) &&
    !(o.COVER !== undefined && (o.PCP !== undefined || o.PCC !== undefined))
      ? 1
      : 0;
  t[ANY_MITIGATION] = mobile || isActive(o.LOCALCCY) || isActive(o.ASSIGNMENT) || isActive(o.FIXED) || isActive(o.LOCALESCROW) ? 1 : 0;
  // The reductions of both kinds of country for a kept reading; in the scratch array, of the row's kind only
  // (the other kind's places hold an earlier row's, which optionHundredths does not read for this row).
  if (kept || !country0) reductionTerms(o, false, t);
  if (kept || country0) reductionTerms(o, true, t);
  const pcp = (o.COVER ?? o.PCP ?? STANDARD).value;
  const pcc = political ? NaN : (o.COVER ?? o.PCC ?? STANDARD).value;
  t[PCP_V] = pcp;
  t[PCC_V] = pcc;
  t[COVER_P] = political ? pcp : Math.max(pcp, pcc);
  t[TIMES] = (o.CONSTRUCTION === true ? CONSTRUCTION_NUMBER : 1) * (o.CASHLC === true ? CASH_LC_NUMBER : 1);
  return t;
}

/**
 * The rounded rate in hundredths of a percent of a row with options, under the note, without building a
 * plan or keeping anything per combination: a few doubles read off the (shared) option reading's terms and
 * the row's coefficients, by the same operations as planRate's FastPlan. NaN where it cannot decide, near a
 * half as fastHundredths, or wherever planRate would refuse the row: the caller then plans the row
 * (planRate), which reports the first error in the usual order or prices it exactly.
 */
export function optionHundredths(country: CountryCategory, debtor: DebtorCategory, type: RateType, o: RateOptions, x: number): number {
  const t = optionTerms(o, country === 0);
  const political = o.POLITICAL === true;
  if (t[ROW_FREE] === 0) {
    try {
      checkCombination({ country, debtor, type, options: o });
    } catch {
      return NaN;
    }
  } else if (!type.mitigable && t[ANY_MITIGATION] === 1) {
    return NaN;
  }
  const local = country === 0 ? t[LOCAL_0] : t[LOCAL];
  const sum = country === 0 ? t[SUM_0] : t[SUM];
  if (local !== local || sum !== sum) return NaN;
  const priced = (o.ESCROW === true ? country - 1 : country) as CountryCategory;
  const sovereign = findCoefficients(type.table, priced, 'SOV/CCO');
  const own = political ? null : findCoefficients(type.table, priced, debtor);
  if (sovereign === null || (own === null && !political)) return NaN;
  const pcc = t[PCC_V];
  const P = t[COVER_P];
  const coefficient = 1 + (P - 0.95) * 20 * K_BY_COUNTRY[priced];
  const f = SCRATCH;
  f[AS] = sovereign.aNumber;
  f[BS] = sovereign.bNumber;
  f[AT] = own === null ? 0 : own.aNumber;
  f[BT] = own === null ? 0 : own.bNumber;
  f[COUNTRY_SHARE] = political && type.interruptionTable ? POLITICAL_SHARE_NUMBER : 1;
  f[KEEP_COUNTRY] = 1 - local;
  f[KEEP_DEBTOR] = 1 - Math.min(sum, CAP_NUMBER);
  f[COUNTRY_F95] = P > 0.95 ? P * coefficient : P;
  f[DEBTOR_F95] = political ? 0 : pcc > 0.95 ? pcc * coefficient : pcc;
  f[MULTIPLIER] = t[TIMES];
  return fastFrom(f, type.floorQuarter, political, x, 1);
}

/** Every step of SPEC §5 for one x, exact, and the rounded rate: what EXPLAIN and the task pane show. */
export interface RateSteps {
  readonly plan: RatePlan;
  readonly x: Fixed;
  readonly xPrime: Fixed;
  readonly sovereignRate: Fixed;
  /** null with POLITICAL. */
  readonly debtorRate: Fixed | null;
  readonly countryShare: Fixed;
  readonly debtorShare: Fixed;
  readonly localCurrency: Fixed;
  readonly countryShareMitigated: Fixed;
  /** Σ debtor reductions before the 35 % cap. */
  readonly debtorReductions: Fixed;
  /** min(Σ, 35 %) where the debtor share is positive, else 0. */
  readonly debtorReductionApplied: Fixed;
  readonly debtorShareMitigated: Fixed;
  readonly coverForCountry: Fixed;
  readonly k: Fixed;
  /** PC coefficient = 1 + ((P − 0.95) / 0.05) × k. */
  readonly coefficient: Fixed;
  /** The two cover factors times 0.95 (P·C or P; PCC·C or PCC): the division by 0.95 comes last. */
  readonly countryFactor95: Fixed;
  readonly debtorFactor95: Fixed;
  /** R × 0.95, and R in percent as an exact fraction (R·0.95 / 0.95). */
  readonly rateTimes95: Fixed;
  readonly unrounded: Ratio;
  /** R rounded at the 2nd decimal of the percentage, in hundredths of a percent (101 = 1.01 %). */
  readonly roundedHundredths: number;
  /** The result as a fraction (0.0101); with rounding NONE the nearest double to R / 100. */
  readonly rate: number;
}

/** The two factors × 0.95 of II-I, and what they are built from. */
export function coverFactors(pcp: Fixed, pcc: Fixed | null, kText: string) {
  const coverForCountry = pcc === null ? pcp : X.max(pcp, pcc);
  const k = F(kText);
  // (P − 0.95) / 0.05 × k, exact: dividing by 0.05 is multiplying by its exact inverse, 20.
  const coefficient = X.add(X.ONE, X.mul(X.mul(X.sub(coverForCountry, STANDARD_COVER), COVER_STEPS_PER_UNIT), k));
  const times95 = (pc: Fixed) => (X.cmp(pc, STANDARD_COVER) > 0 ? X.mul(pc, coefficient) : pc);
  return {
    coverForCountry,
    k,
    coefficient,
    countryFactor95: times95(coverForCountry),
    debtorFactor95: pcc === null ? X.ZERO : times95(pcc),
  };
}

const HUNDRED = X.fixed(100n);
const roundHalfUp2 = (pct: Fixed) => X.fixed(X.roundRatio(X.ratio(X.mul(pct, HUNDRED), X.ONE)), 2);

/** SPEC §5 steps 2–9 for one x, exact, with one rounding at the end (or as the variant says). */
export function rateSteps(plan: RatePlan, x: Fixed): RateSteps {
  const v = plan.variant;
  const xPrime = plan.floorQuarter ? X.max(x, QUARTER) : x;
  const rateAt = (c: Coefficients) => {
    const r = X.add(X.mul(c.a, xPrime), c.b);
    return v.roundRatesFirst ? roundHalfUp2(r) : r;
  };
  const sovereignRate = rateAt(plan.sovereign);
  const debtorRate = plan.debtorCoefficients === null ? null : rateAt(plan.debtorCoefficients);
  const countryShare = plan.political && plan.request.type.interruptionTable ? X.mul(sovereignRate, POLITICAL_SHARE) : sovereignRate;
  const debtorShare = debtorRate === null ? X.ZERO : X.sub(debtorRate, sovereignRate);
  const localCurrency = plan.localCurrency?.level.fixed ?? X.ZERO;
  const countryShareMitigated = X.mul(countryShare, X.sub(X.ONE, localCurrency));
  const debtorReductions = plan.debtorReductions.reduce((s, r) => X.add(s, r.level.fixed), X.ZERO);
  const debtorReductionApplied = X.sign(debtorShare) > 0 ? X.min(debtorReductions, CAP) : X.ZERO;
  const debtorShareMitigated = X.mul(debtorShare, X.sub(X.ONE, debtorReductionApplied));
  const cover = v.noCoverFactor
    ? {
        coverForCountry: STANDARD_COVER,
        k: X.ZERO,
        coefficient: X.ONE,
        countryFactor95: STANDARD_COVER,
        debtorFactor95: plan.pcc === null ? X.ZERO : STANDARD_COVER,
      }
    : coverFactors(plan.pcp.fixed, plan.pcc?.fixed ?? null, plan.kText);
  let rateTimes95 = v.coverOnWholeRate
    ? X.mul(X.add(countryShareMitigated, debtorShareMitigated), cover.countryFactor95)
    : X.add(X.mul(countryShareMitigated, cover.countryFactor95), X.mul(debtorShareMitigated, cover.debtorFactor95));
  if (plan.construction) rateTimes95 = X.mul(rateTimes95, CONSTRUCTION);
  if (plan.cashLc) rateTimes95 = X.mul(rateTimes95, CASH_LC);
  const unrounded = X.ratio(rateTimes95, STANDARD_COVER);
  // R·100 = rateTimes95·100 / 0.95: rounded by integer division, never expanded.
  const hundredths = X.ratio(X.mul(rateTimes95, HUNDRED), STANDARD_COVER);
  const rounding = v.rounding ?? 'HALF_UP';
  const roundedHundredths = rounding === 'NONE' ? NaN : Number(X.roundRatio(hundredths, rounding));
  return {
    plan,
    x,
    xPrime,
    sovereignRate,
    debtorRate,
    countryShare,
    debtorShare,
    localCurrency,
    countryShareMitigated,
    debtorReductions,
    debtorReductionApplied,
    debtorShareMitigated,
    ...cover,
    rateTimes95,
    unrounded,
    roundedHundredths,
    rate: rounding === 'NONE' ? X.ratioToNumber({ num: hundredths.num, den: hundredths.den * 10000n }) : roundedHundredths / 10000,
  };
}

/** A plan with the two ways to price it (kept for tests and callers that price many x at one plan). */
export class RatePricer {
  constructor(readonly plan: RatePlan) {}
  /** The rounded rate (fraction) for a term given as a double (x ≥ 0, finite, already validated). */
  rate(x: number): number {
    const h = fastHundredths(this.plan, x);
    return h === h ? h / 10000 : this.rateExact(X.fixedOfNumber(x));
  }
  /** The rounded rate (fraction) by the exact pipeline. */
  rateExact(x: Fixed): number {
    return rateSteps(this.plan, x).rate;
  }
}
