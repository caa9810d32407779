import { categoryFromScore, readCountry, readDebtor, readScore } from './categories';
import { lookupCoefficients } from './coefficients';
import { coverFactors, divideBy95 } from './cover';
import { BpiError, describe, numError } from './errors';
import { CellValue, Dec, isBlank, readDecimal, readFraction } from './numbers';
import { MAX_OPTIONS_LENGTH, parseOptions } from './options';
import { RatePricer, planRate } from './rate';
import { readRateType } from './rateTypes';
import type { DebtorCategory } from './tables/types';

/**
 * The core's entry points for the custom functions and the task pane: they take cell values as Excel
 * gives them, validate them (SPEC §7) and return plain results.
 */

const PRICER_CACHE_LIMIT = 4096;
const pricers = new Map<string, RatePricer | BpiError>();

/**
 * The same, keyed by the raw cell values (SameValueZero, so 3 and "3" are separate entries with the same
 * outcome): a row whose four values were seen before costs four Map look-ups, no parsing and no string
 * building. Values are only ever read one way, so a raw key always maps to the same pricer or error.
 */
type RawCache = Map<CellValue, Map<CellValue, Map<CellValue, Map<CellValue, RatePricer | BpiError>>>>;
const byRawValues: RawCache = new Map();
let rawEntries = 0;

function child<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let found = map.get(key);
  if (found === undefined) map.set(key, (found = make()));
  return found;
}

/**
 * The compiled price for everything but x. A book repeats the same few (country, debtor, type, options)
 * over thousands of rows, so validation, look-ups and option parsing happen once per combination;
 * failures are cached too, so a bad combination repeated over a range costs one failure.
 */
export function ratePricer(country: CellValue, debtor: CellValue, type: CellValue, options: CellValue): RatePricer {
  let found = byRawValues.get(country)?.get(debtor)?.get(type)?.get(options);
  if (found === undefined) {
    try {
      found = compiledPricer(country, debtor, type, options);
    } catch (e) {
      if (!(e instanceof BpiError)) throw e;
      found = e;
    }
    if (rawEntries >= PRICER_CACHE_LIMIT) clearPricerCache();
    rawEntries++;
    const leaf = child(child(child(byRawValues, country, () => new Map()), debtor, () => new Map()), type, () => new Map());
    leaf.set(options, found);
  }
  if (found instanceof BpiError) throw found;
  return found;
}

/** Validates in argument order (the first bad argument is the one reported), then compiles once per combination. */
function compiledPricer(country: CellValue, debtor: CellValue, type: CellValue, options: CellValue): RatePricer {
  const c = readCountry(country);
  const d = readDebtor(debtor);
  const t = readRateType(type);
  if (!isBlank(options) && (typeof options !== 'string' || options.length > MAX_OPTIONS_LENGTH)) parseOptions(options); // throws the message
  const key = `${c}|${d}|${t.name}|${isBlank(options) ? '' : options}`;
  let found = pricers.get(key);
  if (found === undefined) {
    try {
      found = new RatePricer(planRate({ country: c, debtor: d, type: t, options: parseOptions(options) }));
    } catch (e) {
      if (!(e instanceof BpiError)) throw e;
      found = e;
    }
    if (pricers.size >= PRICER_CACHE_LIMIT) pricers.clear();
    pricers.set(key, found);
  }
  if (found instanceof BpiError) throw found;
  return found;
}

/**
 * The longest term priced, in years. The note sets none, but export credits run to about 20 years; a
 * bound keeps absurd inputs (1e308 years) from reaching a rate Excel cannot hold.
 */
export const MAX_TERM_YEARS = 100;

/** x in years: a number from 0 to MAX_TERM_YEARS. */
export function readTerm(v: CellValue, arg = 'x'): Dec {
  const d = readDecimal(arg, v);
  if ((d.isNegative() && !d.isZero()) || d.greaterThan(MAX_TERM_YEARS)) {
    throw numError(`${arg} must be a term in years from 0 to ${MAX_TERM_YEARS}, got ${describe(v)}`);
  }
  return d.abs();
}

/** BPI.RATE: the premium rate as a fraction, rounded as the note says. */
export function rate(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): number {
  const pricer = ratePricer(country, debtor, type, options);
  // A number cell ≥ 0 needs no decimal reading on the fast path (x + 0 turns -0 into 0); anything else is
  // read, validated and priced exactly.
  if (typeof x === 'number' && x >= 0 && x <= MAX_TERM_YEARS) return pricer.rate(x + 0);
  return pricer.rateExact(readTerm(x));
}

/** BPI.COEF: the published a and b (percentage points). */
export function coefficients(country: CellValue, debtor: CellValue, type: CellValue): [number, number] {
  const t = readRateType(type);
  const c = lookupCoefficients(t.table, readCountry(country), readDebtor(debtor));
  return [Number(c.aText), Number(c.bText)];
}

/** BPI.COVERADJ: the factors applied to the country-risk and debtor-risk shares (II-I). */
export function coverAdjustment(pcPolitical: CellValue, pcCommercial: CellValue, country: CellValue): [number, number] {
  const pcp = readFraction('pc_political', pcPolitical, 0, false);
  const pcc = isBlank(pcCommercial) ? pcp : readFraction('pc_commercial', pcCommercial, 0, false);
  const f = coverFactors(pcp, pcc, readCountry(country));
  return [divideBy95(f.countryTimes95).toNumber(), divideBy95(f.debtorTimes95).toNumber()];
}

/** BPI.CATEGORY: the debtor category of a non-sovereign debtor from its score (I-A). */
export function category(score: CellValue, country: CellValue): DebtorCategory {
  const rank = readScore(score);
  return categoryFromScore(rank, readCountry(country));
}

/** For tests and the benchmark: forget compiled prices. */
export function clearPricerCache(): void {
  pricers.clear();
  byRawValues.clear();
  rawEntries = 0;
}
