import { categoryFromScore, readCountry, readDebtor, readScore } from './categories';
import { lookupCoefficients } from './coefficients';
import { describe, numError } from './errors';
import * as X from './exact';
import { CellValue, Exact, isBlank, readExact } from './numbers';
import { parseOptions } from './options';
import { RatePlan, RatePricer, RateVariant, NOTE, coverFactors, planRate, rateOf } from './rate';
import { readRateType } from './rateTypes';
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
export function readTermExact(v: CellValue, arg = 'x'): Exact {
  // A number cell in range needs no reading at all (+ 0 turns -0 into 0).
  if (typeof v === 'number' && v >= 0 && v <= MAX_TERM_YEARS) return Exact.ofNumber(v);
  const d = readExact(arg, v);
  if (d.compare(0) < 0 || d.compare(MAX_TERM_YEARS) > 0) {
    throw numError(`${arg} must be a term in years from 0 to ${MAX_TERM_YEARS}, got ${describe(v)}`);
  }
  return d;
}

/** x in years, exact (toString() gives its decimal, toNumber() the double). */
export function readTerm(v: CellValue, arg = 'x'): Exact {
  return readTermExact(v, arg);
}

/**
 * Reads and validates the arguments of a rate in argument order (the first bad one is reported), then
 * validates the combination and looks up the coefficients (a missing one is #N/A only when every argument
 * is valid).
 */
export function readRate(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue, variant: RateVariant = NOTE): { plan: RatePlan; x: Exact } {
  const c = readCountry(country);
  const d = readDebtor(debtor);
  const term = readTermExact(x);
  const t = readRateType(type);
  const o = parseOptions(options);
  return { plan: planRate({ country: c, debtor: d, type: t, options: o }, variant), x: term };
}

/** The plan for everything but x (tests, and callers that price many x at once). */
export function ratePricer(country: CellValue, debtor: CellValue, type: CellValue, options: CellValue): RatePricer {
  return new RatePricer(readRate(country, debtor, 0, type, options).plan);
}

/** BPI.RATE: the premium rate as a fraction, rounded as the note says. */
export function rate(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): number {
  const r = readRate(country, debtor, x, type, options);
  return rateOf(r.plan, r.x);
}

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
    throw numError(`${arg} must be a fraction above 0% to 100% (write 95% or 0.95), got ${describe(v)}`);
  }
  return d;
}

const NINETY_FIVE = X.parseFixed('0.95');

/** BPI.COVERADJ: the factors applied to the country-risk and debtor-risk shares (II-I), as the nearest doubles. */
export function coverAdjustment(pcPolitical: CellValue, pcCommercial: CellValue, country: CellValue): [number, number] {
  const pcp = readCover('pc_political', pcPolitical);
  const pcc = isBlank(pcCommercial) ? pcp : readCover('pc_commercial', pcCommercial);
  const c = readCountry(country);
  const f = coverFactors(pcp.fixed, pcc.fixed, coverKText(c));
  return [X.ratioToNumber(X.ratio(f.countryFactor95, NINETY_FIVE)), X.ratioToNumber(X.ratio(f.debtorFactor95, NINETY_FIVE))];
}

/** BPI.CATEGORY: the debtor category of a non-sovereign debtor from its score (I-A). */
export function category(score: CellValue, country: CellValue): DebtorCategory {
  const rank = readScore(score);
  return categoryFromScore(rank, readCountry(country));
}

/** Kept for callers of the first edition: there is no cache any more. */
export function clearPricerCache(): void {}
