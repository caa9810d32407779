import { BpiError } from './errors';
import * as X from './exact';
import { CellValue, Exact, readExact } from './numbers';
import { rate, readRate } from './pricing';
import { RatePlan, RateVariant, planRate, rateSteps } from './rate';
import { lookupCoefficients } from './coefficients';
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
  const difference = differenceOf(g, expected);
  if (same(g.value, expected)) return { verdict: 'OK', expected, difference, cause: 'OK' };
  return { verdict: 'MISMATCH', expected, difference, cause: findCause(g, expected, country, debtor, x, type, options) };
}

/**
 * given − expected as the double nearest the exact decimal difference (0.0102 − 0.0101 is 0.0001, not
 * 0.00009999999999999918). expected is h/10⁴; where given is p/10^d with p a safe integer (d ≤ 12) the
 * difference is one correctly rounded division of two safe integers; otherwise BigInt.
 */
function differenceOf(g: Exact, expected: number): number {
  if (g.value === expected) return 0;
  const p = g.smallDecimal(12);
  const h = Math.round(expected * 10000);
  if (p !== null) {
    const d = Math.max(p[1], 4);
    const num = p[0] * 10 ** (d - p[1]) - h * 10 ** (d - 4);
    if (Number.isSafeInteger(p[0] * 10 ** (d - p[1])) && Number.isSafeInteger(h * 10 ** (d - 4)) && Number.isSafeInteger(num)) return num / 10 ** d;
  }
  return X.fixedToNumber(X.sub(g.fixed, X.fixed(BigInt(h), 4)));
}

/** The first cause whose mistaken rate reproduces `given`, or UNKNOWN. */
function findCause(
  g: Exact,
  expected: number,
  country: CellValue,
  debtor: CellValue,
  x: CellValue,
  type: CellValue,
  options: CellValue,
): CheckCause | 'UNKNOWN' {
  let read: { plan: RatePlan; x: Exact } | null = null; // the plan once a cause needs it (PERCENT_UNITS does not)
  const givenHundredths = g.value * 10000;
  for (const cause of CHECK_CAUSES) {
    if (cause !== 'PERCENT_UNITS' && read === null) read = readRate(country, debtor, x, type, options);
    const mistaken = read === null ? percentUnits(expected) : mistakenRate(cause, read.plan, read.x, givenHundredths, expected);
    if (mistaken === null || same(mistaken, expected)) continue; // not this mistake, or no mistake for these inputs
    if (same(g.value, mistaken)) return cause;
  }
  return 'UNKNOWN';
}

/**
 * The one departure from the note each cause stands for (the rounding causes keep the note's R). Every
 * variant has all the fields, so that the hot loop reads one object shape (V8 keeps its property reads fast).
 */
const variant = (v: RateVariant): RateVariant => ({
  table: undefined,
  k: undefined,
  noQuarterFloor: false,
  noCoverFactor: false,
  coverOnWholeRate: false,
  roundRatesFirst: false,
  rounding: 'HALF_UP',
  ...v,
});
const AS_NOTE = variant({});
const VARIANTS = {
  NOT_ROUNDED: variant({ rounding: 'NONE' }),
  TRUNCATED: variant({ rounding: 'DOWN' }),
  HALF_EVEN: variant({ rounding: 'HALF_EVEN' }),
  ROUNDED_INTERMEDIATE: variant({ roundRatesFirst: true }),
  NO_FLOOR: variant({ noQuarterFloor: true }),
  NO_COVER_FACTOR: variant({ noCoverFactor: true }),
  COVER_ON_WHOLE_RATE: variant({ coverOnWholeRate: true }),
  OECD_K: variant({ k: OECD_COVER_K.k['2'] }),
  INTERRUPTION_TABLE: variant({ table: INTERRUPTION_TABLE }),
  NONPAYMENT_TABLE: variant({ table: NONPAYMENT_TABLE }),
} as const;

/**
 * The variant of a cause for this plan, or null where it cannot change the rate (so it is skipped without
 * computing it): NO_FLOOR where there is no floor or x is above it; the cover causes at 95 % cover (no
 * cover option: both factors are 1); COVER_ON_WHOLE_RATE with POLITICAL (no debtor share); OECD_K outside
 * category 2 (the only k the OECD publishes differently).
 */
function variantOf(cause: CheckCause, plan: RatePlan, x: Exact): RateVariant | null {
  const o = plan.request.options;
  const standardCover = o.COVER === undefined && o.PCP === undefined && o.PCC === undefined;
  switch (cause) {
    case 'WRONG_TABLE':
      return plan.table === NONPAYMENT_TABLE ? VARIANTS.INTERRUPTION_TABLE : VARIANTS.NONPAYMENT_TABLE;
    case 'NO_FLOOR':
      return plan.floorQuarter && !(x.value > QUARTER) ? VARIANTS.NO_FLOOR : null;
    case 'NO_COVER_FACTOR':
      return standardCover ? null : VARIANTS.NO_COVER_FACTOR;
    case 'COVER_ON_WHOLE_RATE':
      return standardCover || plan.political ? null : VARIANTS.COVER_ON_WHOLE_RATE;
    case 'OECD_K':
      return plan.pricedCountry === 2 && !standardCover ? VARIANTS.OECD_K : null;
    case 'NOT_ROUNDED':
    case 'TRUNCATED':
    case 'HALF_EVEN':
    case 'ROUNDED_INTERMEDIATE':
      return VARIANTS[cause];
    default:
      return null;
  }
}

/** PERCENT_UNITS's rate: 1.01 for 0.0101 (the hundredths over 100, as typed). */
const percentUnits = (expected: number) => Math.round(expected * 10000) / 100;

/**
 * How far (in hundredths of a percent) a cause's rate can be from its R computed in doubles: a rounded rate
 * is within one hundredth of its R (five with ROUNDED_INTERMEDIATE, whose S and T are rounded too); the
 * unrounded one is R itself.
 */
const REACH = (cause: CheckCause) => (cause === 'NOT_ROUNDED' ? 0 : cause === 'ROUNDED_INTERMEDIATE' ? 5 : 1) + 1e-6;
/**
 * The doubles' R·100 is within about 10⁻¹¹ of the exact one at the rates the note prices (below 2·10⁴
 * hundredths, a few dozen operations); where it is within this of a rounding boundary the exact pipeline
 * decides, elsewhere the doubles' rounding is the exact rounding.
 */
const UNDECIDED = 1e-6;

/** R·100 rounded as `rounding` says, or NaN where the doubles are too close to the boundary to decide. */
function decidedHundredths(a: number, rounding: RateVariant['rounding']): number {
  if (!(a >= 0)) return NaN;
  const f = a - Math.floor(a);
  if (rounding === 'DOWN') return f <= UNDECIDED || f >= 1 - UNDECIDED ? NaN : Math.floor(a);
  return Math.abs(f - 0.5) <= UNDECIDED ? NaN : Math.round(a); // HALF_UP and HALF_EVEN agree away from a half
}

/**
 * The rate (fraction) a cause gives for these inputs, exact except FLOAT_ROUNDING (which is what doubles
 * give); null when the cause does not apply, or cannot give `given` (its R in doubles is already too far).
 * The rounded causes are decided in doubles away from rounding boundaries, exactly near them.
 */
export function mistakenRate(cause: CheckCause, plan: RatePlan, x: Exact, givenHundredths: number, expected: number): number | null {
  if (cause === 'PERCENT_UNITS') return percentUnits(expected);
  if (cause === 'FLOAT_ROUNDING') return spreadsheetRate(plan, x.value);
  const variant = variantOf(cause, plan, x);
  if (variant === null) return null;
  earlyRoundingNearHalf = false;
  const approx = spreadsheetPercent(plan, x.value, variant) * 100;
  if (!(Math.abs(givenHundredths - approx) <= REACH(cause))) return null; // (NaN: the other table prints "-")
  if (variant.rounding !== 'NONE' && !earlyRoundingNearHalf) {
    const m = decidedHundredths(approx, variant.rounding);
    if (m === m) return m / 10000;
  }
  let mistaken: RatePlan;
  try {
    mistaken = planRate(plan.request, variant);
  } catch (e) {
    if (e instanceof BpiError) return null;
    throw e;
  }
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
 * honouring a variant (by default none: the note) laid over the plan: its table, k, floor, cover steps; S and T
 * rounded with Math.round when the variant rounds them first.
 */
export function spreadsheetPercent(plan: RatePlan, x: number, v: RateVariant = AS_NOTE): number {
  const floor = plan.request.type.floorQuarter && !v.noQuarterFloor;
  const xp = floor ? Math.max(x, QUARTER) : x;
  let sovereign = plan.sovereign;
  let dc = plan.debtorCoefficients;
  if (v.table !== undefined && v.table !== plan.table) {
    const { country, debtor } = plan.request;
    try {
      sovereign = lookupCoefficients(v.table, plan.pricedCountry, 'SOV/CCO', country);
      dc = dc === null ? null : lookupCoefficients(v.table, plan.pricedCountry, debtor, country);
    } catch (e) {
      if (e instanceof BpiError) return NaN; // that table prints "-" for the pair
      throw e;
    }
  }
  const s = roundedFirst(sovereign.aNumber * xp + sovereign.bNumber, v);
  const t = dc === null ? null : roundedFirst(dc.aNumber * xp + dc.bNumber, v);
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
    const k = kNumber(v.k ?? plan.kText);
    const C = 1 + ((P - STANDARD) / STEP) * k;
    countryFactor = P > STANDARD ? (P / STANDARD) * C : P / STANDARD;
    debtorFactor = pcc === null ? 0 : pcc > STANDARD ? (pcc / STANDARD) * C : pcc / STANDARD;
  }
  let r = v.coverOnWholeRate ? (countryShare + debtorShare) * countryFactor : countryShare * countryFactor + debtorShare * debtorFactor;
  if (plan.construction) r *= CONSTRUCTION;
  if (plan.cashLc) r *= CASH_LC;
  return r;
}

/** S or T as ROUNDED_INTERMEDIATE's spreadsheet rounds it (to 2 decimals of a percent). */
function roundedFirst(r: number, v: RateVariant): number {
  if (!v.roundRatesFirst) return r;
  const h = r * 100;
  if (Math.abs(h - Math.floor(h) - 0.5) <= UNDECIDED) earlyRoundingNearHalf = true;
  return Math.round(h) / 100;
}
/** Set by roundedFirst when S or T was too close to a half for the doubles to say how it rounds exactly. */
let earlyRoundingNearHalf = false;

const K_NUMBERS = new Map<string, number>();
function kNumber(text: string): number {
  let k = K_NUMBERS.get(text);
  if (k === undefined) K_NUMBERS.set(text, (k = Number(text)));
  return k;
}

/** FLOAT_ROUNDING's rate: R in doubles, then Math.round(R × 100) / 100 (a percent), as a fraction. */
export function spreadsheetRate(plan: RatePlan, x: number): number {
  return Math.round(spreadsheetPercent(plan, x) * 100) / 100 / 100;
}
