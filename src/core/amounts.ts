import { decimalText, numError, valueError } from './errors';
import { CellValue, Exact, flagText, isBlank, readExact, readFraction, readNonNegative, roundCents, scanNumber, toExcelNumber } from './numbers';
import * as X from './exact';
import { MAX_TERM_YEARS, plainPlanOf, readRate } from './pricing';
import { RATE_TYPES } from './rateTypes';
import { RatePlan, fastHundredths, rateSteps } from './rate';
import { RATE_RULES } from './tables/rules';
import { DEAL_TERMS } from './tables/dealTerms';

/**
 * Premium amounts and their splits: exact decimals from the inputs to the one rounding to cents (half up).
 * Amounts (basis, claims, contract) are at least 0: a negative premium basis is not something the note prices.
 */

const CENTS_PER_UNIT = X.fixed(100n);

function readAmount(arg: string, v: CellValue): X.Fixed {
  return readNonNegative(arg, v, 'amount');
}

/** Cents as the double Excel holds for that decimal; beyond Excel's range is #NUM!. */
const centsToNumber = (cents: bigint): number => toExcelNumber(X.fixed(cents, 2));
/** Far wider than the few ulps a double evaluation of a product or quotient of inputs is off by. */
const SAFETY = 1e-9;

/**
 * A value in cents computed in doubles, rounded half up if it lies safely away from a half cent, else NaN:
 * the exact integer pipeline decides. `magnitude` bounds the absolute values of the terms.
 */
function fastCents(v: number, magnitude: number): number {
  if (!(magnitude < 1e15)) return NaN;
  const a = Math.abs(v);
  if (Math.abs(a - Math.floor(a) - 0.5) <= SAFETY * (magnitude + 1)) return NaN;
  const h = Math.floor(a + 0.5);
  return (v < 0 ? -h : h) / 100;
}

/** An amount of at least 0, exactly. */
function readAmountExact(arg: string, v: CellValue): Exact {
  const d = readExact(arg, v);
  if (d.compare(0) < 0) throw numError('negativeAmount', { arg, got: v });
  return d;
}

/**
 * The share of the premium financed in the credit: TRUE (1, all of it), FALSE or blank (0, none), or a
 * fraction 0–100 % ("50%" as text too). Anything else is named in the message as what financed allows.
 */
export function readFinancedShare(arg: string, v: CellValue): Exact {
  if (isBlank(v) || v === false) return Exact.ofNumber(0);
  if (v === true) return Exact.ofNumber(1);
  if (typeof v === 'string') {
    const flag = /^[ \tA-Za-z01]+$/.test(v) ? flagText(v.trim().toUpperCase()) : null; // ASCII only: no look-alike is TRUE
    if (flag !== null) return Exact.ofNumber(flag ? 1 : 0);
    if (scanNumber(v) === null) throw valueError('financedShare', { arg, got: v });
  }
  const share = readExact(arg, v);
  if (share.compare(0) < 0 || share.compare(1) > 0) throw numError('financedShare', { arg, got: v });
  return share;
}

/**
 * BPI.PREMIUM: basis × rate, or with a share s of the premium financed basis × rate / (1 − s × rate): the
 * financed part is capitalised into the credit and so part of its own basis (I-C-2), P = (basis + s·P) ×
 * rate; s = 1 (TRUE) is basis × rate / (1 − rate). One fraction, rounded half up to cents by integer
 * division (never a long decimal expansion of the quotient).
 */
export function premium(basis: CellValue, rate: CellValue, financed: CellValue): number {
  const b = readAmountExact('basis', basis);
  const r = readExact('rate', rate);
  if (r.compare(0) < 0) throw numError('rateRange', { arg: 'rate', got: rate });
  if (r.compare(1) >= 0) throw numError('rateRangeWrite', { arg: 'rate', got: rate });
  const s = readFinancedShare('financed', financed);
  const financedRate = s.value * r.value; // 1 − s·r is ill-conditioned near 0: the exact path decides there
  if (financedRate < 0.999) {
    const v = (b.value * r.value * 100) / (1 - financedRate);
    const fast = fastCents(v, Math.abs(v));
    if (fast === fast) return fast;
  }
  const cents = X.mul(X.mul(b.fixed, r.fixed), X.fixed(100n));
  const den = s.value === 0 ? X.ONE : X.sub(X.ONE, X.mul(s.fixed, r.fixed));
  return centsToNumber(X.roundRatio(X.ratio(cents, den)));
}

const REVISION_PER_YEAR = X.parseFixed(DEAL_TERMS.revisionPerExecutionYear);

/** BPI.REVISEDBASIS (II-G): supplier-credit basis of a revisable-price contract, + 5 % per year of execution. */
export function revisedBasis(basis: CellValue, executionYears: CellValue): number {
  const b = readAmount('basis', basis);
  const years = readNonNegative('execution_years', executionYears, 'period');
  return roundCents(X.mul(b, X.add(X.ONE, X.mul(years, REVISION_PER_YEAR))));
}

const FIRST_TIER = X.parseFixed(RATE_RULES.claimsFirstTier.value);
const SECOND_TIER = X.parseFixed(RATE_RULES.claimsSecondTier.value);
const SECOND_TIER_MULTIPLIER = Number(DEAL_TERMS.claimsSecondTierMultiplier);
const NINETY_FIVE = X.parseFixed('0.95');

/** a vs b·f exactly, the doubles deciding unless they are within 10⁻¹² of each other. */
function compareScaled(a: Exact, b: Exact, f: X.Fixed, fNumber: number): number {
  const bf = b.value * fNumber;
  if (a.value > bf * (1 + 1e-12)) return 1;
  if (a.value < bf * (1 - 1e-12)) return -1;
  return X.cmp(a.fixed, X.mul(b.fixed, f));
}

/**
 * BPI.CLAIMSPREMIUM (II-H): claims up to 10 % of the contract at the published CLAIMS rate R₁ (rounded as
 * BPI.RATE gives it); the fraction between 10 % and 20 % at round(2 × unrounded rate) — the doubled rate is
 * computed from the unrounded R and rounded once, half up at the 2nd decimal of the percentage (SPEC §6).
 * The premium is rounded to cents once, at the end. Claims above 20 % of the contract are #NUM!.
 */
export function claimsPremium(claims: CellValue, contract: CellValue, country: CellValue, debtor: CellValue, x: CellValue): number {
  // Whole cents as number cells (what a book holds): integers in doubles decide every row but a rate near a
  // half; the readings' errors come in the same order (claims and contract cannot fail here).
  if (isCents(claims) && isCents(contract) && contract > 0) {
    // A number x in range needs no reading: the plan alone, no object per row.
    const read = typeof x === 'number' && x >= 0 && x <= MAX_TERM_YEARS ? null : readRate(country, debtor, x, 'CLAIMS', null);
    const plan = read === null ? plainPlanOf(country, debtor, RATE_TYPES.CLAIMS) : read.plan;
    const xv = read === null ? (x as number) + 0 : read.x.value;
    const fast = centsClaimsPremium(Math.round(claims * 100), Math.round(contract * 100), plan, xv);
    if (fast === fast) return fast;
  }
  return claimsPremiumExact(claims, contract, country, debtor, x);
}

/** Below this, distinct amounts of whole cents are distinct doubles (the spacing is under 0.005) and m / 100 gives each back. */
const MAX_CENTS_AMOUNT = 1e12;

/** A number cell that is m / 100 exactly for an integer m (its shortest decimal has at most two places), 0 to below 10¹². */
export function isCents(v: CellValue): v is number {
  return typeof v === 'number' && v >= 0 && v < MAX_CENTS_AMOUNT && Math.round(v * 100) / 100 === v;
}

/**
 * CLAIMSPREMIUM in integers held exactly by doubles: claims C and contract K in cents. In thousandths of the
 * currency the first tier is 10·C (within 10 %) or K (10 % of the contract), the second the rest of 10·C, so
 * the premium in cents is (first·h1 + second·h2) / 100,000, rounded half up by an integer remainder. NaN
 * where the exact path decides: claims above 20 % (its error), a rate near a half, or a product from 2⁵².
 */
function centsClaimsPremium(C: number, K: number, plan: RatePlan, x: number): number {
  if (5 * C > K) return NaN;
  const h1 = fastHundredths(plan, x);
  const h2 = fastHundredths(plan, x, SECOND_TIER_MULTIPLIER);
  if (h1 !== h1 || h2 !== h2) return NaN;
  const first = 10 * C <= K ? 10 * C : K;
  const second = 10 * C - first;
  const a = first * h1;
  const b = second * h2;
  if (!(a < 2 ** 52 && b < 2 ** 52)) return NaN;
  const m = a + b;
  let q = Math.floor(m / 100_000);
  let r = m - q * 100_000;
  if (r < 0) {
    q--;
    r += 100_000;
  } else if (r >= 100_000) {
    q++;
    r -= 100_000;
  }
  return (2 * r >= 100_000 ? q + 1 : q) / 100;
}

/** CLAIMSPREMIUM from the exact readings; `fast` false: every step in BigInt (the reference of the fast paths' test). */
export function claimsPremiumExact(claims: CellValue, contract: CellValue, country: CellValue, debtor: CellValue, x: CellValue, fast = true): number {
  const c = readAmountExact('claims', claims);
  const k = readAmountExact('contract', contract);
  if (k.compare(0) === 0) throw numError('amountAboveZero', { arg: 'contract', got: contract });
  const { plan, x: term } = readRate(country, debtor, x, 'CLAIMS', null);
  if (compareScaled(c, k, SECOND_TIER, 0.2) > 0) {
    // claims / contract as a percentage, half up to 2 decimals: one division, rounded once.
    const share = X.fixed(X.roundRatio(X.ratio(X.mul(c.fixed, X.fixed(10_000n)), k.fixed)), 2);
    throw numError('claimsAboveShare', { arg: 'claims', got: claims, contractGot: contract, share: decimalText(X.fixedToString(share)) });
  }
  const withinFirst = fast ? compareScaled(c, k, FIRST_TIER, 0.1) <= 0 : X.cmp(c.fixed, X.mul(k.fixed, FIRST_TIER)) <= 0;
  let h1 = fast ? fastHundredths(plan, term.value) : NaN;
  let h2 = fast ? fastHundredths(plan, term.value, SECOND_TIER_MULTIPLIER) : NaN;
  if (h1 !== h1 || h2 !== h2) {
    const steps = rateSteps(plan, term.fixed);
    h1 = steps.roundedHundredths;
    const twice = X.ratio(X.mul(X.mul(steps.rateTimes95, X.fixed(BigInt(SECOND_TIER_MULTIPLIER))), X.fixed(100n)), NINETY_FIVE);
    h2 = Number(X.roundRatio(twice));
  }
  // premium in cents = (first·h1 + second·h2) / 100, the rates being in hundredths of a percent.
  const first = withinFirst ? c.value : k.value * 0.1;
  const second = withinFirst ? 0 : c.value - first;
  const v = (first * h1 + second * h2) / 100;
  const cents = fast ? fastCents(v, ((Math.abs(first) + Math.abs(c.value)) * (Math.abs(h1) + Math.abs(h2))) / 100) : NaN;
  if (cents === cents) return cents;
  const firstExact = withinFirst ? c.fixed : X.mul(k.fixed, FIRST_TIER);
  const secondExact = X.sub(c.fixed, firstExact);
  const centsTimes100 = X.add(X.mul(firstExact, X.fixed(BigInt(h1))), X.mul(secondExact, X.fixed(BigInt(h2))));
  return centsToNumber(X.roundRatio(X.ratio(centsTimes100, X.fixed(100n))));
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
  const sum = fractions.reduce<X.Fixed>((acc, f) => (f === null ? acc : X.add(acc, f)), X.ZERO);
  if (X.cmp(sum, X.ONE) > 0) throw numError('sharesAboveTotal', { arg: 'shares', sum: decimalText(X.fixedToString(X.mul(sum, X.fixed(100n)))) });

  const exactCents = fractions.map((f) => (f === null ? null : X.mul(X.mul(a, f), CENTS_PER_UNIT)));
  const floors = exactCents.map((e) => (e === null ? null : X.floor(e)));
  const totalCents = X.halfUpCents(X.mul(a, sum));
  let leftOver = floors.reduce<bigint>((acc, f) => (f === null ? acc : acc - f), totalCents);
  // leftOver is at most the number of parts with a fraction dropped, so no part gets more than one cent.
  const order = exactCents
    .map((e, i) => ({ i, dropped: e === null ? null : X.sub(e, X.fixed(floors[i]!)) }))
    .filter((p): p is { i: number; dropped: X.Fixed } => p.dropped !== null && p.dropped.n !== 0n)
    .sort((p, q) => X.cmp(q.dropped, p.dropped) || p.i - q.i);
  const cents = floors.slice();
  for (const { i } of order) {
    if (leftOver === 0n) break;
    cents[i] = cents[i]! + 1n;
    leftOver--;
  }
  return cents.map((c) => (c === null ? '' : toExcelNumber(X.fixed(c, 2))));
}
