import Decimal from 'decimal.js';
import { describe, numError } from './errors';
import { CellValue, Dec, isBlank, readBoolean, readDecimal, readFraction, readNonNegative, roundCents, roundRateHundredths, toExcelNumber } from './numbers';
import { ratePricer, readTerm } from './pricing';
import { rateSteps } from './rate';
import { DEAL_TERMS } from './tables/dealTerms';

/**
 * Premium amounts and their splits: exact decimals from the inputs to the one rounding to cents (half up).
 * Amounts (basis, claims, contract) are at least 0: a negative premium basis is not something the note prices.
 */

const ONE = new Dec(1);
const CENTS_PER_UNIT = 100;
/** A rate in hundredths of a percent (101 = 1.01 %) as an exact decimal fraction (0.0101). */
const hundredthsAsFraction = (hundredths: number) => new Dec(hundredths).div(10000);

function readAmount(arg: string, v: CellValue): Dec {
  return readNonNegative(arg, v, 'an amount');
}

/** A premium rate for an amount: a fraction from 0 to below 1 (at 100 % a financed premium has no finite basis). */
function readPremiumRate(v: CellValue): Dec {
  const r = readDecimal('rate', v);
  if (r.isNegative() && !r.isZero()) throw numError(`rate must be from 0% to below 100%, got ${describe(v)}`);
  if (r.greaterThanOrEqualTo(1)) throw numError(`rate must be from 0% to below 100% (write 1.01% or 0.0101), got ${describe(v)}`);
  return r.abs();
}

/**
 * BPI.PREMIUM: basis × rate, or with financed = TRUE basis × rate / (1 − rate): the premium is capitalised
 * into the credit and so part of its own basis (I-C-2), P = (basis + P) × rate.
 */
export function premium(basis: CellValue, rate: CellValue, financed: CellValue): number {
  const b = readAmount('basis', basis);
  const r = readPremiumRate(rate);
  const onOwnBasis = readBoolean('financed', financed, false);
  const p = b.mul(r);
  return roundCents(onOwnBasis ? p.div(ONE.sub(r)) : p);
}

/** BPI.REVISEDBASIS (II-G): supplier-credit basis of a revisable-price contract, + 5 % per year of execution. */
export function revisedBasis(basis: CellValue, executionYears: CellValue): number {
  const b = readAmount('basis', basis);
  const years = readNonNegative('execution_years', executionYears, 'a period in years');
  return roundCents(b.mul(ONE.add(years.mul(DEAL_TERMS.revisionPerExecutionYear))));
}

/**
 * BPI.CLAIMSPREMIUM (II-H): claims up to 10 % of the contract at the published CLAIMS rate R₁ (rounded as
 * BPI.RATE gives it); the fraction between 10 % and 20 % at round(2 × unrounded rate) — the doubled rate is
 * computed from the unrounded R and rounded once, half up at the 2nd decimal of the percentage (SPEC §6).
 * The premium is rounded to cents once, at the end. Claims above 20 % of the contract are #NUM!.
 */
export function claimsPremium(claims: CellValue, contract: CellValue, country: CellValue, debtor: CellValue, x: CellValue): number {
  const c = readAmount('claims', claims);
  const k = readAmount('contract', contract);
  if (k.isZero()) throw numError(`contract must be an amount above 0, got ${describe(contract)}`);
  const pricer = ratePricer(country, debtor, 'CLAIMS', null);
  const steps = rateSteps(pricer.plan, readTerm(x));
  const firstTierLimit = k.mul(DEAL_TERMS.claimsFirstTier);
  const secondTierLimit = k.mul(DEAL_TERMS.claimsSecondTier);
  if (c.greaterThan(secondTierLimit)) {
    const share = c.div(k).mul(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
    throw numError(
      `claims must be at most 20% of the contract (II-H), got ${describe(claims)} for a contract of ${describe(contract)} (${share}%)`,
    );
  }
  const firstPart = Dec.min(c, firstTierLimit);
  const secondPart = c.sub(firstPart);
  const firstRate = hundredthsAsFraction(steps.roundedHundredths);
  const secondRate = hundredthsAsFraction(roundRateHundredths(steps.unrounded.mul(DEAL_TERMS.claimsSecondTierMultiplier)));
  return roundCents(firstPart.mul(firstRate).add(secondPart.mul(secondRate)));
}

/** A part of a split: an amount, or "" for a blank share. */
export type SharePart = number | '';

/**
 * BPI.SHARES: amount split by shares (co-insurance, reinsurance quotas), each part in whole cents, adding up
 * exactly to round(amount × Σ shares) to cents. Largest remainders: every part is its exact value rounded
 * down to the cent, and the cents left over go one each to the parts with the largest dropped fractions
 * (ties: the first in list order). Blank shares give "" and take nothing; amount and all shares blank give
 * all "".
 */
export function splitShares(amount: CellValue, shares: readonly CellValue[]): SharePart[] {
  if (isBlank(amount) && shares.every(isBlank)) return shares.map(() => '');
  const a = readAmount('amount', amount);
  const fractions = shares.map((s, i) => (isBlank(s) ? null : readFraction(`shares item ${i + 1}`, s)));
  const sum = fractions.reduce<Dec>((acc, f) => (f === null ? acc : acc.add(f)), new Dec(0));
  if (sum.greaterThan(1)) throw numError(`shares must add up to at most 100%, got ${sum.mul(100).toString()}%`);

  const exactCents = fractions.map((f) => (f === null ? null : a.mul(f).mul(CENTS_PER_UNIT)));
  const floors = exactCents.map((e) => (e === null ? null : e.floor()));
  const totalCents = a.mul(sum).mul(CENTS_PER_UNIT).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
  let leftOver = floors.reduce<Dec>((acc, f) => (f === null ? acc : acc.sub(f)), totalCents).toNumber();
  // leftOver is at most the number of parts with a fraction dropped, so no part gets more than one cent.
  const order = exactCents
    .map((e, i) => ({ i, dropped: e === null ? null : e.sub(floors[i]!) }))
    .filter((p): p is { i: number; dropped: Dec } => p.dropped !== null && !p.dropped.isZero())
    .sort((p, q) => q.dropped.comparedTo(p.dropped) || p.i - q.i);
  const cents = floors.slice();
  for (const { i } of order) {
    if (leftOver === 0) break;
    cents[i] = cents[i]!.add(1);
    leftOver--;
  }
  return cents.map((c) => (c === null ? '' : toExcelNumber(c.div(CENTS_PER_UNIT))));
}
