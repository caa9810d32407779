/*
 * bpi-premium as a library: the add-in's functions for Node services, taking plain JavaScript values (numbers,
 * strings, the same options text as in Excel) and returning plain results. A thin layer over the core: each
 * function calls the core's entry point and only reshapes its result or its error.
 */
import { premium as corePremium } from './core/amounts';
import { CHECK_CAUSES, CheckCause, CheckVerdict, checkRate } from './core/check';
import { BpiError, numError } from './core/errors';
import { explainRate } from './core/explain';
import * as core from './core/pricing';
import { scheduleTerm as coreScheduleTerm } from './core/schedule';
import { spread as coreSpread } from './core/spread';
import { mpr as coreMpr } from './core/mpr';
import { checkExplanation } from './i18n/check';
import { errorText } from './i18n/errors';

/** A value as a cell would hold it: a number, a text (numeric text is read as its number), a boolean or blank. */
export type Value = number | string | boolean | null | undefined;

/** The Excel error a call would show in a cell. */
export type ExcelCode = '#VALUE!' | '#NUM!' | '#N/A';

/**
 * Bad input: the Excel code the cell would show, the argument at fault (the function's parameter name, as
 * in functions.json: "country", "options", "pc_political"; undefined only for a result beyond Excel's
 * range, which no one argument causes) and the English message that names it, the value received and
 * what is allowed. `error.message` is that message.
 */
export class BpiPremiumError extends Error {
  constructor(
    readonly code: ExcelCode,
    readonly argument: string | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'BpiPremiumError';
  }
}

/** The core's error as a BpiPremiumError: its code, the argument it records, its message in English. */
function rethrow(e: unknown): never {
  if (!(e instanceof BpiError)) throw e;
  throw new BpiPremiumError(e.code, e.arg, errorText(e, 'en'));
}

function guarded<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    return rethrow(e);
  }
}

/** BPI.RATE: the premium rate as a fraction (0.0101 for 1.01 %), rounded as the note says. */
export function rate(country: Value, debtor: Value, x: Value, type?: Value, options?: Value): number {
  return guarded(() => core.rate(country, debtor, x, type, options));
}

/** One step of an explanation: its label in the note's terms and its value. */
export interface ExplainStep {
  label: string;
  value: number | string;
}

/** BPI.EXPLAIN: the steps from the published coefficients to the rate, ending with the rate itself. */
export function explain(country: Value, debtor: Value, x: Value, type?: Value, options?: Value): ExplainStep[] {
  return guarded(() => explainRate(country, debtor, x, type, options).map(([label, value]) => ({ label, value })));
}

/** BPI.CATEGORY: the debtor category (CC1 ... CC5) of a non-sovereign debtor from its rating. */
export function category(score: Value, country: Value): string {
  return guarded(() => core.category(score, country));
}

/** BPI.COEF: the published coefficients a and b, in percentage points (rate % = a·x + b). */
export function coefficients(country: Value, debtor: Value, type?: Value): { a: number; b: number } {
  return guarded(() => {
    const [a, b] = core.coefficients(country, debtor, type);
    return { a, b };
  });
}

/** BPI.COVERADJ: the factors applied to the country-risk and debtor-risk shares for a percentage of cover. */
export function coverAdjustment(pcPolitical: Value, pcCommercial: Value, country: Value): { country: number; debtor: number } {
  return guarded(() => {
    const [countryFactor, debtorFactor] = core.coverAdjustment(pcPolitical, pcCommercial, country);
    return { country: countryFactor, debtor: debtorFactor };
  });
}

/**
 * BPI.PREMIUM: basis × rate to the cent, half up. `financed` is the share of the premium financed in the
 * credit, which is then part of its own basis: true (all of it), false or omitted (none), or a fraction
 * 0–1 (0.5 for half): basis × rate / (1 − share × rate).
 */
export function premium(basis: Value, rate: Value, financed?: Value): number {
  return guarded(() => corePremium(basis, rate, financed));
}

// --- dated schedules and spreads (issue 21) ------------------------------------------------------------

/** YEARFRAC's day-count bases: 0 US 30/360, 1 actual/actual, 2 actual/360, 3 actual/365, 4 European 30/360. */
export type DayCount = 0 | 1 | 2 | 3 | 4;

/**
 * BPI.SCHEDULETERM: x for rate() from the deal's dates, 0.5 × yf(first drawdown, starting point) +
 * max(0, 2 × WAL − 0.5). Dates are Excel date serials (46037 is 2026-01-15; times of day are dropped);
 * `dayCount` defaults to 3 (actual/365). Blank values after the last repayment are ignored.
 */
export function scheduleTerm(
  firstDrawdown: Value,
  startingPoint: Value,
  repaymentDates: readonly Value[],
  amounts: readonly Value[],
  dayCount?: DayCount | Value,
): number {
  return guarded(() => coreScheduleTerm(firstDrawdown, startingPoint, repaymentDates, amounts, dayCount));
}

/**
 * BPI.SPREAD: the margin per annum m on the outstanding principal whose present value equals an upfront
 * premium, m = premium / Σ Oₖ·(tₖ − tₖ₋₁)·(1 + r)^−tₖ. `times` are the ends of the periods in years from
 * the payment of the premium (increasing, the first above 0), `outstanding` the principal during each,
 * `discountRate` r (default 0). A fraction per annum, unrounded: the nearest double to m.
 */
export function spread(premium: Value, times: readonly Value[], outstanding: readonly Value[], discountRate?: Value): number {
  return guarded(() => coreSpread(premium, times, outstanding, discountRate));
}

// --- check -------------------------------------------------------------------------------------------

/** BPI.CHECK's result: the verdict, BPI.RATE's rate, given − expected, the cause and its explanation. */
export interface CheckReport {
  verdict: CheckVerdict;
  expected: number;
  difference: number;
  /** OK, the first known mistake that reproduces `given` (see CHECK_CAUSES, in the order tried), or UNKNOWN. */
  cause: CheckCause | 'OK' | 'UNKNOWN';
  /** One sentence: what the mistake is and the step where it happens. */
  explanation: string;
}

/**
 * BPI.CHECK: whether `given` (a rate as a fraction, like rate()'s result) is the note's rate for these
 * inputs, and if not which known mistake gives it. The explanation is in `language` (English by default:
 * a library does not guess its user's language); another language is refused, not replaced by English.
 */
export function check(given: Value, country: Value, debtor: Value, x: Value, type?: Value, options?: Value, language: 'en' | 'fr' = 'en'): CheckReport {
  if (language !== 'en' && language !== 'fr') {
    throw new BpiPremiumError('#VALUE!', 'language', `language must be "en" or "fr", got ${JSON.stringify(language)}`);
  }
  return guarded(() => {
    const r = checkRate(given, country, debtor, x, type, options);
    // Numeric text beyond any double ("1e400") is read exactly, but given − expected is then no finite number.
    if (!Number.isFinite(r.difference)) throw numError('notFinite', { arg: 'given', got: given }, 'given');
    return { verdict: r.verdict, expected: r.expected, difference: r.difference, cause: r.cause, explanation: checkExplanation(r.cause, language) };
  });
}
export { CHECK_CAUSES };
export type { CheckCause, CheckVerdict };

// --- mpr ---------------------------------------------------------------------------------------------

/** What mpr() reads in its options text, as in Excel (e.g. "COVER=100%; QUALITY=BELOW; TERM=0.45%"). */
export type MprOptionName = 'COVER' | 'PCP' | 'PCC' | 'QUALITY' | 'LOCALCCY' | 'ASSIGNMENT' | 'MOBILE' | 'FIXED' | 'LOCALESCROW' | 'TERM';

/**
 * BPI.MPR: the OECD Arrangement's minimum premium rate (Annex VI) for country risk categories 1–7, as a
 * fraction of the principal (0.0936 for 9.36 %), unrounded (the double nearest to the exact value).
 * `hor` is the horizon of risk in years; `options` the same text as in Excel (names: MprOptionName).
 */
export function mpr(country: Value, debtor: Value, hor: Value, options?: Value): number {
  return guarded(() => coreMpr(country, debtor, hor, options));
}
