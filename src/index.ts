/*
 * bpi-premium as a library: the add-in's functions for Node services, taking plain JavaScript values (numbers,
 * strings, the same options text as in Excel) and returning plain results. A thin layer over the core: each
 * function calls the core's entry point and only reshapes its result or its error.
 */
import { premium as corePremium } from './core/amounts';
import { CHECK_CAUSES, CheckCause, CheckVerdict, checkRate } from './core/check';
import { BpiError } from './core/errors';
import { explainRate } from './core/explain';
import * as core from './core/pricing';
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

/** BPI.PREMIUM: basis × rate to the cent, half up; financed = true prices the premium on its own basis too. */
export function premium(basis: Value, rate: Value, financed?: Value): number {
  return guarded(() => corePremium(basis, rate, financed));
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
 * a library does not guess its user's language).
 */
export function check(given: Value, country: Value, debtor: Value, x: Value, type?: Value, options?: Value, language: 'en' | 'fr' = 'en'): CheckReport {
  return guarded(() => {
    const r = checkRate(given, country, debtor, x, type, options);
    return { verdict: r.verdict, expected: r.expected, difference: r.difference, cause: r.cause, explanation: checkExplanation(r.cause, language) };
  });
}
export { CHECK_CAUSES };
export type { CheckCause, CheckVerdict };
