import { BpiError } from './errors';
import * as X from './exact';
import { CellValue, Exact, readExact } from './numbers';
import { rate, readRate } from './pricing';
import { RatePlan, RateVariant, planRate, rateSteps } from './rate';
import { OECD_COVER_K } from './tables/oecdCoverK';
import { RATE_RULES } from './tables/rules';
import { INTERRUPTION_TABLE } from './tables/interruption';
import { NONPAYMENT_TABLE } from './tables/nonpayment';

/**
 * BPI.CHECK: is a rate someone computed the note's, and if not, which one known mistake gives it. Each cause
 * is the note's pipeline with exactly one departure (a RateVariant of planRate, or a rounding of the note's
 * own R), tried in the order below; the first whose rate reproduces `given` is the cause.
 */
export const CHECK_CAUSES = [
  'PERCENT_UNITS',
  'NOT_ROUNDED',
  'TRUNCATED',
  'HALF_EVEN',
  'FLOAT_ROUNDING',
  'ROUNDED_INTERMEDIATE',
  'NO_FLOOR',
  'WRONG_TABLE',
  'NO_COVER_FACTOR',
  'COVER_ON_WHOLE_RATE',
  'OECD_K',
] as const;
export type CheckCause = (typeof CHECK_CAUSES)[number];
export type CheckVerdict = 'OK' | 'MISMATCH';

export interface CheckResult {
  readonly verdict: CheckVerdict;
  /** BPI.RATE's result. */
  readonly expected: number;
  /** given − expected (the exact decimal difference, as the nearest double). */
  readonly difference: number;
  readonly cause: CheckCause | 'OK' | 'UNKNOWN';
}

/** Two rates are the same when they are within this (as fractions): far below a hundredth of a percent (10⁻⁴). */
export const CHECK_TOLERANCE = 1e-12;

const same = (a: number, b: number) => Math.abs(a - b) <= CHECK_TOLERANCE;

/**
 * BPI.CHECK's four values. The arguments are read in order, `given` first (a number or numeric text, read
 * exactly), then RATE's: the first bad one is the error, with RATE's message.
 */
export function checkRate(given: CellValue, country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): CheckResult {
  const g = readExact('given', given);
  const expected = rate(country, debtor, x, type, options);
  const difference = X.fixedToNumber(X.sub(g.fixed, X.fixedOfNumber(expected)));
  if (same(g.value, expected)) return { verdict: 'OK', expected, difference, cause: 'OK' };
  return { verdict: 'MISMATCH', expected, difference, cause: findCause(g, expected, country, debtor, x, type, options) };
}

/** The first cause whose mistaken rate reproduces `given`, or UNKNOWN. */
function findCause(g: Exact, expected: number, country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): CheckCause | 'UNKNOWN' {
  const { plan, x: term } = readRate(country, debtor, x, type, options);
  const givenHundredths = g.value * 10000;
  for (const cause of CHECK_CAUSES) {
    const mistaken = mistakenRate(cause, plan, term, givenHundredths, expected);
    if (mistaken === null || same(mistaken, expected)) continue; // not this mistake, or no mistake for these inputs
    if (same(g.value, mistaken)) return cause;
  }
  return 'UNKNOWN';
}

/** The one departure from the note each cause stands for (the rounding causes keep the note's R). */
const VARIANTS: Partial<Record<CheckCause, RateVariant>> = {
  NOT_ROUNDED: { rounding: 'NONE' },
  TRUNCATED: { rounding: 'DOWN' },
  HALF_EVEN: { rounding: 'HALF_EVEN' },
  ROUNDED_INTERMEDIATE: { roundRatesFirst: true },
  NO_FLOOR: { noQuarterFloor: true },
  NO_COVER_FACTOR: { noCoverFactor: true },
  COVER_ON_WHOLE_RATE: { coverOnWholeRate: true },
};

/** The variant of a cause for this plan, or null where the cause cannot apply (OECD_K outside category 2). */
function variantOf(cause: CheckCause, plan: RatePlan): RateVariant | null {
  if (cause === 'WRONG_TABLE') return { table: plan.table === NONPAYMENT_TABLE ? INTERRUPTION_TABLE : NONPAYMENT_TABLE };
  if (cause === 'OECD_K') return plan.pricedCountry === 2 ? { k: OECD_COVER_K.k['2'] } : null;
  return VARIANTS[cause] ?? null;
}

/**
 * How far (in hundredths of a percent) a cause's rate can be from its R computed in doubles: a rounded rate
 * is within one hundredth of its R (five with ROUNDED_INTERMEDIATE, whose S and T may round the other way
 * in doubles, each moving R by less than two hundredths); the unrounded one is R itself. The doubles are
 * within 10⁻¹⁰ hundredths of the exact R at the rates the note prices, so 10⁻⁶ more is a wide margin.
 */
const REACH = (cause: CheckCause) => (cause === 'NOT_ROUNDED' ? 0 : cause === 'ROUNDED_INTERMEDIATE' ? 5 : 1) + 1e-6;

/**
 * The rate (fraction) a cause gives for these inputs, exact except FLOAT_ROUNDING (which is what doubles
 * give); null when the cause cannot give `given` (it is then not computed exactly: its R in doubles is
 * already too far from `given`), or does not apply.
 */
export function mistakenRate(cause: CheckCause, plan: RatePlan, x: Exact, givenHundredths: number, expected: number): number | null {
  if (cause === 'PERCENT_UNITS') return Math.round(expected * 10000) / 100; // 1.01 for 0.0101
  if (cause === 'FLOAT_ROUNDING') return spreadsheetRate(plan, x.value);
  const variant = variantOf(cause, plan);
  if (variant === null) return null;
  let mistaken: RatePlan;
  try {
    mistaken = planRate(plan.request, variant);
  } catch (e) {
    if (e instanceof BpiError) return null; // e.g. the other table prints "-" for this pair
    throw e;
  }
  if (Math.abs(givenHundredths - spreadsheetPercent(mistaken, x.value) * 100) > REACH(cause)) return null;
  return rateSteps(mistaken, x.fixed).rate;
}

const N = (rule: { value: string }) => Number(rule.value);
const QUARTER = N(RATE_RULES.quarterFloor);
const POLITICAL_SHARE = N(RATE_RULES.politicalInterruptionShare);
const CONSTRUCTION = N(RATE_RULES.constructionFactor);
const CASH_LC = 1 - N(RATE_RULES.cashLcAllowance);
const CAP = N(RATE_RULES.debtorReductionCap);
const STANDARD = N(RATE_RULES.standardCover);
const STEP = N(RATE_RULES.coverStep);

/**
 * What a spreadsheet does: the note's steps in IEEE doubles, in the note's order and with its divisions
 * (P / 0.95, (P − 0.95) / 0.05), each result rounded to the nearest double. R in percent, unrounded,
 * honouring the plan's variant (its table, k, floor, cover steps; S and T rounded with Math.round when
 * the variant rounds them first).
 */
export function spreadsheetPercent(plan: RatePlan, x: number): number {
  const v = plan.variant;
  const xp = plan.floorQuarter ? Math.max(x, QUARTER) : x;
  const early = (r: number) => (v.roundRatesFirst ? Math.round(r * 100) / 100 : r);
  const s = early(plan.sovereign.aNumber * xp + plan.sovereign.bNumber);
  const dc = plan.debtorCoefficients;
  const t = dc === null ? null : early(dc.aNumber * xp + dc.bNumber);
  let countryShare = plan.political && plan.request.type.interruptionTable ? s * POLITICAL_SHARE : s;
  if (plan.localCurrency !== null) countryShare *= 1 - plan.localCurrency.level.value;
  let debtorShare = t === null ? 0 : t - s;
  if (debtorShare > 0 && plan.debtorReductions.length > 0) {
    let sum = 0;
    for (const r of plan.debtorReductions) sum += r.level.value;
    debtorShare *= 1 - Math.min(sum, CAP);
  }
  let countryFactor = 1;
  let debtorFactor = 1;
  if (!v.noCoverFactor) {
    const pcp = plan.pcp.value;
    const pcc = plan.pcc === null ? null : plan.pcc.value;
    const P = pcc === null ? pcp : Math.max(pcp, pcc);
    const k = Number(plan.kText);
    const C = 1 + ((P - STANDARD) / STEP) * k;
    countryFactor = P > STANDARD ? (P / STANDARD) * C : P / STANDARD;
    debtorFactor = pcc === null ? 0 : pcc > STANDARD ? (pcc / STANDARD) * C : pcc / STANDARD;
  }
  let r = v.coverOnWholeRate ? (countryShare + debtorShare) * countryFactor : countryShare * countryFactor + debtorShare * debtorFactor;
  if (plan.construction) r *= CONSTRUCTION;
  if (plan.cashLc) r *= CASH_LC;
  return r;
}

/** FLOAT_ROUNDING's rate: R in doubles, then Math.round(R × 100) / 100 (a percent), as a fraction. */
export function spreadsheetRate(plan: RatePlan, x: number): number {
  return Math.round(spreadsheetPercent(plan, x) * 100) / 100 / 100;
}
