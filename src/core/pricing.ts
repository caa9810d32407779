import { CountryCategory, categoryFromScore, readCountry, readDebtor, readScore } from './categories';
import { lookupCoefficients } from './coefficients';
import { BpiError, Failure, isFailure, numError, numFailure } from './errors';
import * as X from './exact';
import { CellValue, EXACT_POWERS, Exact, isBlank, readExact } from './numbers';
import { NO_OPTIONS, RateOptions, parseOptions } from './options';
import { RatePlan, RatePricer, RateVariant, NOTE, coverFactors, fastHundredths, optionHundredths, planRate, rateSteps } from './rate';
import { RateType } from './rateTypes';
import { DEBTOR_CATEGORIES } from './tables/types';
import { RATE_TYPES, readRateType } from './rateTypes';
import { coverKText } from './coefficients';
import type { DebtorCategory } from './tables/types';

/**
 * The core's entry points for the custom functions and the task pane: they take cell values as Excel
 * gives them, validate them (SPEC §7) and return plain results. Nothing is cached: every row is read,
 * validated and priced on its own, so the cost of a row does not depend on the rows before it.
 */

/**
 * The longest term priced, in years. The note sets none, but export credits run to about 20 years; a
 * bound keeps absurd inputs (1e308 years) from reaching a rate Excel cannot hold.
 */
export const MAX_TERM_YEARS = 100;

/** x in years: a number from 0 to MAX_TERM_YEARS, read exactly (numeric text of any length). */
export function readTerm(v: CellValue, arg = 'x'): Exact {
  // A number cell in range needs no reading at all (+ 0 turns -0 into 0).
  if (typeof v === 'number' && v >= 0 && v <= MAX_TERM_YEARS) return Exact.ofNumber(v);
  const d = readExact(arg, v);
  if (d.compare(0) < 0 || d.compare(MAX_TERM_YEARS) > 0) throw numError('termRange', termRangeParams(arg, v));
  return d;
}

/**
 * Reads and validates the arguments of a rate in argument order (the first bad one is reported), then
 * validates the combination and looks up the coefficients (a missing one is #N/A only when every argument
 * is valid).
 */
export function readRate(
  country: CellValue,
  debtor: CellValue,
  x: CellValue,
  type: CellValue,
  options: CellValue,
  variant: RateVariant = NOTE,
): { plan: RatePlan; x: Exact } {
  const { c, d, term, t, o } = readRateArguments(country, debtor, x, type, options);
  return { plan: planFor(c, d, t, o, variant), x: term ?? Exact.ofNumber((x as number) + 0) };
}

/** The five arguments read in order; each failure carries the argument's name (BpiError.arg). */
function readRateArguments(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue) {
  const c = readCountry(country);
  const d = readDebtor(debtor);
  // A number cell in range needs no reading (the fast path takes the double).
  const term = typeof x === 'number' && x >= 0 && x <= MAX_TERM_YEARS ? null : readTerm(x);
  const t = readRateType(type);
  const o = parseOptions(options);
  return { c, d, term, t, o };
}

/** The plan of a combination; its errors name their argument: a missing coefficient the debtor, the rest the options. */
function planFor(c: CountryCategory, d: DebtorCategory, t: RateType, o: RateOptions, variant: RateVariant): RatePlan {
  if (variant !== NOTE) return planRate({ country: c, debtor: d, type: t, options: o }, variant);
  return o === NO_OPTIONS ? plainPlan(c, d, t) : planRate({ country: c, debtor: d, type: t, options: o });
}

/** readRate's plan without options for a number x in range (CLAIMSPREMIUM's rows): its readings and errors in its order, no object per row. */
export function plainPlanOf(country: CellValue, debtor: CellValue, type: RateType): RatePlan {
  return plainPlan(readCountry(country), readDebtor(debtor), type);
}

/** The plan for everything but x (tests, and callers that price many x at once). */
export function ratePricer(country: CellValue, debtor: CellValue, type: CellValue, options: CellValue): RatePricer {
  return new RatePricer(readRate(country, debtor, 0, type, options).plan);
}

/**
 * The plans without options, one per (type, country, debtor): a fixed table of the 392 option-free
 * combinations, filled on first use and never evicted (nothing to fall off). A plan that fails (a "-" cell)
 * is not stored: the error is rebuilt each time.
 */
const PLAIN_PLANS: (RatePlan | undefined)[] = [];
const TYPE_INDEX = new Map<RateType, number>(Object.values(RATE_TYPES).map((t, i) => [t, i]));
const TYPES_BY_INDEX = Object.values(RATE_TYPES);
const DEBTOR_INDEX = Object.fromEntries(DEBTOR_CATEGORIES.map((d, i) => [d, i])) as Record<DebtorCategory, number>;
/** The index of a (type, country, debtor) combination in the tables of plans: 0 to 391. */
const combinationOf = (type: number, c: number, debtor: number) => (type * 8 + c) * 7 + debtor;

function plainPlan(c: CountryCategory, d: DebtorCategory, t: RateType): RatePlan {
  return plainPlanAt(combinationOf(TYPE_INDEX.get(t)!, c, DEBTOR_INDEX[d]), c, d, t);
}

function plainPlanAt(i: number, c: CountryCategory, d: DebtorCategory, t: RateType): RatePlan {
  let plan = PLAIN_PLANS[i];
  if (plan === undefined) PLAIN_PLANS[i] = plan = planRate({ country: c, debtor: d, type: t, options: NO_OPTIONS });
  return plan;
}

/** BPI.RATE: the premium rate as a fraction, rounded as the note says. */
export function rate(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): number {
  const { c, d, term, t, o } = readRateArguments(country, debtor, x, type, options);
  const value = term === null ? (x as number) + 0 : term.value;
  if (o !== NO_OPTIONS) {
    // The option reading's terms and the row's coefficients, no plan; a plan only where that cannot decide.
    const fast = optionHundredths(c, d, t, o, value);
    if (fast === fast) return fast / 10000;
  }
  return planHundredths(planFor(c, d, t, o, NOTE), value, term) / 10000;
}

/** The rounded rate of a plan at x in hundredths of a percent: the fast path, or the exact pipeline where it cannot decide. */
function planHundredths(plan: RatePlan, value: number, term: Exact | null): number {
  const h = fastHundredths(plan, value);
  return h === h ? h : rateSteps(plan, (term ?? Exact.ofNumber(value)).fixed).roundedHundredths;
}

/** What readTerm's error for x out of range says. */
const termRangeParams = (arg: string, got: CellValue) => ({ arg, max: MAX_TERM_YEARS, got });

/** A failed reading, remembered. */
type Read<T> = T | Failure;

/**
 * The rows of one BPI.RATE spill, priced as rate() prices each (the same rates, the same errors, the first
 * bad argument in argument order), without an exception per row: a bad column (100,000 rows of an unknown
 * debtor, or of terms out of range) costs about what a good one does. Within one spill, every distinct
 * debtor, type, and country or term that is not a plain number in range is read once and its reading or
 * error remembered; an option text's error, and a combination's (a "-" cell of the table, options the type
 * does not take), likewise. One per call: what it remembers lives as long as the spill.
 */
export class RateRows {
  /** The error of the last row that gave NaN. */
  failure: Failure | null = null;
  private readonly countries = new Map<CellValue, Read<CountryCategory>>();
  /** Debtor and type as their indexes in DEBTOR_CATEGORIES and RATE_TYPES. */
  private readonly debtors = new Map<CellValue, Read<number>>();
  private readonly types = new Map<CellValue, Read<number>>();
  private readonly terms = new Map<CellValue, Read<Exact>>();
  private readonly badOptions = new Map<CellValue, Failure>();
  /** Per option reading (NO_OPTIONS for none), the errors of the combinations refused, by combinationOf. */
  private readonly badPlans = new Map<RateOptions, (Failure | undefined)[]>();

  /** The rate of a row given as its five arguments in order, in hundredths of a percent (101 for 1.01 %); NaN with `failure` set. */
  value(v: readonly CellValue[]): number {
    return this.hundredths(v[0], v[1], v[2], v[3], v[4]);
  }

  hundredths(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): number {
    const c =
      typeof country === 'number' && country >= 0 && country <= 7 && Number.isInteger(country)
        ? ((country + 0) as CountryCategory)
        : this.read(this.countries, country, readCountry);
    if (c === undefined) return NaN;
    const di = this.read(this.debtors, debtor, readDebtorIndex);
    if (di === undefined) return NaN;
    let value: number;
    let term: Exact | null = null;
    if (typeof x === 'number' && x >= 0 && x <= MAX_TERM_YEARS) value = x + 0;
    else {
      // A number out of range is refused as such (no reading, no exception); text is read once.
      const read = typeof x === 'number' && Number.isFinite(x) ? this.outOfRange(x) : this.read(this.terms, x, readTerm);
      if (read === undefined) return NaN;
      term = read;
      value = term.value;
    }
    const ti = isBlank(type) ? 0 : this.read(this.types, type, readTypeIndex);
    if (ti === undefined) return NaN;
    const d = DEBTOR_CATEGORIES[di];
    const t = TYPES_BY_INDEX[ti];
    const combination = combinationOf(ti, c, di);
    let o = NO_OPTIONS;
    if (isBlank(options)) {
      const plan = PLAIN_PLANS[combination];
      if (plan !== undefined) {
        const h = fastHundredths(plan, value);
        if (h === h) return h;
      }
    } else {
      const known = this.badOptions.size === 0 ? undefined : this.badOptions.get(options);
      if (known !== undefined) return this.fail(known);
      try {
        o = parseOptions(options);
      } catch (e) {
        const error = this.caught(e);
        this.badOptions.set(options, error);
        return this.fail(error);
      }
      const fast = optionHundredths(c, d, t, o, value);
      if (fast === fast) return fast;
    }
    const refused = this.badPlans.size === 0 ? undefined : this.badPlans.get(o)?.[combination];
    if (refused !== undefined) return this.fail(refused);
    let plan: RatePlan;
    try {
      plan = o === NO_OPTIONS ? plainPlanAt(combination, c, d, t) : planFor(c, d, t, o, NOTE);
    } catch (e) {
      const error = this.caught(e);
      let refusals = this.badPlans.get(o);
      if (refusals === undefined) this.badPlans.set(o, (refusals = []));
      refusals[combination] = error;
      return this.fail(error);
    }
    return planHundredths(plan, value, term);
  }

  /** A value read by `reader` once per spill; undefined (and `failure` set) if it is refused. */
  private read<T>(memo: Map<CellValue, Read<T>>, v: CellValue, reader: (v: CellValue) => T): T | undefined {
    let r = memo.get(v);
    if (r === undefined) {
      try {
        r = reader(v);
      } catch (e) {
        r = this.caught(e);
      }
      memo.set(v, r);
    }
    if (isFailure(r)) {
      this.failure = r;
      return undefined;
    }
    return r as T;
  }

  /** A finite number outside 0–MAX_TERM_YEARS: readTerm's error as a value, once per value (no Error, no exception). */
  private outOfRange(x: number): undefined {
    let e = this.terms.get(x);
    if (e === undefined) this.terms.set(x, (e = numFailure('termRange', termRangeParams('x', x), 'x')));
    this.failure = e as Failure;
    return undefined;
  }

  /** An error caught once per distinct value or combination (it names its argument already). */
  private caught(e: unknown): BpiError {
    if (!(e instanceof BpiError)) throw e; // a bug: the call's error, as before
    return e;
  }

  private fail(e: Failure): number {
    this.failure = e;
    return NaN;
  }
}

const readDebtorIndex = (v: CellValue) => DEBTOR_INDEX[readDebtor(v)];
const readTypeIndex = (v: CellValue) => TYPE_INDEX.get(readRateType(v))!;

/** BPI.COEF: the published a and b (percentage points). */
export function coefficients(country: CellValue, debtor: CellValue, type: CellValue): [number, number] {
  const c = readCountry(country);
  const d = readDebtor(debtor);
  const t = readRateType(type);
  const found = lookupCoefficients(t.table, c, d);
  return [found.aNumber, found.bNumber];
}

/** A percentage of cover for COVERADJ: above 0, at most 100 %. */
function readCover(arg: string, v: CellValue): Exact {
  const d = readExact(arg, v);
  if (d.compare(0) <= 0 || d.compare(1) > 0) {
    throw numError('fractionAbove', { arg, min: 0, got: v });
  }
  return d;
}

const NINETY_FIVE = X.parseFixed('0.95');

const TWO_53 = 2 ** 53;
/** k of II-I in 10⁻⁵ (the note prints at most five decimals), per country category. */
const K_UNITS = [0, 1, 2, 3, 4, 5, 6, 7].map((c) => {
  const [p, d] = Exact.ofNumber(Number(coverKText(c as CountryCategory))).smallDecimal(5)!;
  return p * 10 ** (5 - d);
});

/**
 * The decimals d ≤ 4 of a double that is p / 10^d exactly (p a safe integer), as Exact.smallDecimal finds
 * them for a number cell: two decimals of at most four places round to the same double only if equal, so
 * p / 10^d giving the double back makes it its shortest decimal. -1 if it has more.
 */
function decimalsOf(v: number): number {
  for (let d = 0; d <= 4; d++) {
    const scale = EXACT_POWERS[d];
    const p = Math.round(v * scale);
    if (p / scale === v && Number.isSafeInteger(p)) return d;
  }
  return -1;
}

/**
 * pc·C / 0.95 as one correctly rounded division of two exact integers, when they are below 2⁵³: pc = p/10^d
 * (d ≤ 4), C = 1 + (P − 0.95)·20·k = (10^(d+5) + (P·10^d − 95·10^(d−2))·20·k·10⁵) / 10^(d+5). NaN if
 * an input has more decimals or a product is too large; the BigInt path then decides. pc and P are given
 * as their integers and decimals (pc = pcInt / 10^pcDec).
 */
function fastFactor(pcInt: number, pcDec: number, coverInt: number, coverDec: number, kUnits: number): number {
  if (pcDec < 0 || coverDec < 0) return NaN;
  const d = Math.max(pcDec, coverDec, 2);
  const scale = EXACT_POWERS[d];
  const p = pcInt * EXACT_POWERS[d - pcDec];
  const P = coverInt * EXACT_POWERS[d - coverDec];
  const standard = 95 * EXACT_POWERS[d - 2];
  if (P <= standard) return pcDec === d || p <= standard ? (p * 100) / (95 * scale) : NaN;
  const cNum = scale * 1e5 + (P - standard) * 20 * kUnits;
  const num = p > standard ? p * cNum * 100 : p * 100 * scale * 1e5;
  const den = 95 * scale * scale * 1e5;
  return num < TWO_53 && den < TWO_53 ? num / den : NaN;
}

/** A cover given as a number cell the reading accepts at once: above 0, at most 100 %. */
const isCoverNumber = (v: CellValue): v is number => typeof v === 'number' && v > 0 && v <= 1;

/**
 * BPI.COVERADJ: the factors applied to the country-risk and debtor-risk shares (II-I), as the nearest
 * doubles. Number cells take the fast path directly (no reading object, no decimal text): what RATE's
 * cover factors are built from, a handful of integer operations and one division per factor.
 */
export function coverAdjustment(pcPolitical: CellValue, pcCommercial: CellValue, country: CellValue): [number, number] {
  if (
    isCoverNumber(pcPolitical) &&
    (isBlank(pcCommercial) || isCoverNumber(pcCommercial)) &&
    typeof country === 'number' &&
    country >= 0 &&
    country <= 7 &&
    Number.isInteger(country)
  ) {
    const pcc = isBlank(pcCommercial) ? pcPolitical : (pcCommercial as number);
    const fast = fastFactors(pcPolitical, decimalsOf(pcPolitical), pcc, decimalsOf(pcc), country);
    if (fast !== null) return fast;
  }
  const pcp = readCover('pc_political', pcPolitical);
  const pcc = isBlank(pcCommercial) ? pcp : readCover('pc_commercial', pcCommercial);
  const c = readCountry(country);
  const p = pcp.smallDecimal(4);
  const q = pcc.smallDecimal(4);
  const fast = p !== null && q !== null ? fastFactors(pcp.value, p[1], pcc.value, q[1], c) : null;
  if (fast !== null) return fast;
  const f = coverFactors(pcp.fixed, pcc.fixed, coverKText(c));
  return [X.ratioToNumber(X.ratio(f.countryFactor95, NINETY_FIVE)), X.ratioToNumber(X.ratio(f.debtorFactor95, NINETY_FIVE))];
}

/** Both factors by fastFactor for pcp, pcc with these decimals (-1: more than four), or null where either cannot decide. */
function fastFactors(pcp: number, pcpDec: number, pcc: number, pccDec: number, country: number): [number, number] | null {
  if (pcpDec < 0 || pccDec < 0) return null;
  const pInt = Math.round(pcp * EXACT_POWERS[pcpDec]);
  const qInt = Math.round(pcc * EXACT_POWERS[pccDec]);
  const coverInt = pcp >= pcc ? pInt : qInt;
  const coverDec = pcp >= pcc ? pcpDec : pccDec;
  const countryFactor = fastFactor(coverInt, coverDec, coverInt, coverDec, K_UNITS[country]);
  const debtorFactor = fastFactor(qInt, pccDec, coverInt, coverDec, K_UNITS[country]);
  return countryFactor === countryFactor && debtorFactor === debtorFactor ? [countryFactor, debtorFactor] : null;
}

/** BPI.CATEGORY: the debtor category of a non-sovereign debtor from its score (I-A). */
export function category(score: CellValue, country: CellValue): DebtorCategory {
  const rank = readScore(score);
  return categoryFromScore(rank, readCountry(country));
}
