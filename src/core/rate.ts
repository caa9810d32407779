import { CountryCategory, isPrivate } from './categories';
import { Coefficients, lookupCoefficients } from './coefficients';
import { CoverFactors, STANDARD_COVER, coverFactors, divideBy95 } from './cover';
import { valueError, numError } from './errors';
import { Dec, hundredthsToFraction, roundRateHundredths } from './numbers';
import { Level, OptionName, RateOptions } from './options';
import { RateType } from './rateTypes';
import type { DebtorCategory } from './tables/types';

/** Everything a rate depends on except x, validated. */
export interface RateRequest {
  readonly country: CountryCategory;
  readonly debtor: DebtorCategory;
  readonly type: RateType;
  readonly options: RateOptions;
}

const QUARTER = new Dec('0.25');
const DEBTOR_REDUCTION_CAP = new Dec('0.35');
const POLITICAL_INTERRUPTION_SHARE = new Dec('0.9'); // II-A: 90 % of the sovereign rate
const CONSTRUCTION_FACTOR = new Dec('1.3'); // I-B-1.1
const CASH_LC_FACTOR = new Dec('0.8'); // II-E: 20 % allowance

type LevelName = 'LOCALCCY' | 'ASSIGNMENT' | 'MOBILE' | 'FIXED' | 'LOCALESCROW';
/** Published maxima of the II-B reductions: [ordinary, former category 0]. */
export const REDUCTION_MAXIMA: Record<LevelName, readonly [string, string]> = {
  LOCALCCY: ['0.20', '0.20'],
  ASSIGNMENT: ['0.10', '0.10'],
  MOBILE: ['0.25', '0.15'],
  FIXED: ['0.15', '0.10'],
  LOCALESCROW: ['0.10', '0.10'],
};
const DEBTOR_REDUCTIONS: readonly LevelName[] = ['ASSIGNMENT', 'MOBILE', 'FIXED', 'LOCALESCROW'];
const MITIGATIONS: readonly OptionName[] = ['ESCROW', 'LOCALCCY', ...DEBTOR_REDUCTIONS];

/** The x-independent part of a price: validated options, looked-up coefficients, factors. */
export interface RatePlan {
  readonly request: RateRequest;
  /** Country category the coefficients are read at (n − 1 with ESCROW). */
  readonly pricedCountry: CountryCategory;
  readonly sovereign: Coefficients;
  readonly debtorCoefficients: Coefficients;
  readonly political: boolean;
  readonly localCurrency: Dec;
  /** Σ debtor reductions before the 35 % cap. */
  readonly debtorReductions: Dec;
  readonly debtorReductionApplied: Dec;
  readonly pcp: Dec;
  readonly pcc: Dec;
  readonly cover: CoverFactors;
  readonly construction: boolean;
  readonly cashLc: boolean;
  /** Former category 0: the note prices such risks case by case, so the result is indicative. */
  readonly indicative: boolean;
}

/** Every step of SPEC §5 for one x, unrounded, and the rounded rate. */
export interface RateSteps {
  readonly x: Dec;
  readonly xPrime: Dec;
  readonly sovereignRate: Dec;
  readonly debtorRate: Dec | null;
  readonly countryShare: Dec;
  readonly debtorShare: Dec;
  readonly countryShareMitigated: Dec;
  readonly debtorShareMitigated: Dec;
  /** The rate times 0.95 (all but the final division); used by the fast path. */
  readonly rateTimes95: Dec;
  /** R in percent, unrounded. */
  readonly unrounded: Dec;
  /** R rounded half up at the 3rd decimal, in hundredths of a percent (101 = 1.01 %). */
  readonly roundedHundredths: number;
  /** The result as a fraction (0.0101). */
  readonly rate: number;
}

const ZERO = new Dec(0);
const ONE = new Dec(1);

function isActive(v: boolean | Level | undefined): boolean {
  if (v === undefined || v === false) return false;
  return v === true || v === 'MAX' || !v.isZero();
}

function resolveLevel(name: LevelName, v: Level | undefined, country: CountryCategory): Dec {
  if (v === undefined) return ZERO;
  const [ordinary, cat0] = REDUCTION_MAXIMA[name];
  const max = new Dec(country === 0 ? cat0 : ordinary);
  if (v === 'MAX') return max;
  if (v.greaterThan(max)) {
    const where = ordinary === cat0 ? '' : country === 0 ? ` in country category 0 (${pct(ordinary)} elsewhere)` : ` (${pct(cat0)} in country category 0)`;
    throw numError(`options: ${name} must be at most ${pct(max.toString())}${where}, got ${pct(v.toString())}`);
  }
  return v;
}

function pct(fraction: string): string {
  return `${new Dec(fraction).mul(100).toString()}%`;
}

/** Validates the option combination against the type, country and debtor (SPEC §3), and looks up the coefficients. */
export function planRate(request: RateRequest): RatePlan {
  const { country, debtor, type, options: o } = request;
  const on = (n: OptionName) => isActive(o[n]);

  for (const n of ['CONSTRUCTION', 'CASHLC'] as const) {
    if (on(n) && type.name !== 'INTERRUPTION') throw valueError(`options: ${n} applies to INTERRUPTION only, not ${type.name}`);
  }
  const mitigation = MITIGATIONS.find(on);
  if (mitigation && !type.mitigable) {
    throw valueError(`options: ${mitigation} applies to NONPAYMENT, ENVELOPE, LC and CASH only, not ${type.name}`);
  }
  const political = o.POLITICAL === true;
  if (political && !isPrivate(debtor)) {
    throw valueError(`options: POLITICAL is for private debtors (CC1–CC5), not ${debtor}`);
  }
  if (political && o.PCC !== undefined) {
    throw valueError('options: PCC cannot be given with POLITICAL (political causes of loss only: no commercial cover)');
  }
  if (o.COVER !== undefined && (o.PCP !== undefined || o.PCC !== undefined)) {
    throw valueError('options: COVER sets both PCP and PCC; give either COVER or PCP/PCC');
  }
  if (on('MOBILE') && on('FIXED')) {
    throw valueError('options: MOBILE and FIXED cannot be combined (II-B: security rights on mobile and fixed assets)');
  }
  const escrow = o.ESCROW === true;
  if (escrow) {
    if (country <= 1) throw valueError(`options: ESCROW does not apply to country category ${country} (II-B: not for category 1 or 0)`);
    if (debtor === 'SOV+') throw valueError('options: ESCROW cannot be combined with SOV+ (II-B: escrow overseas is exclusive)');
    const other = MITIGATIONS.find((n) => n !== 'ESCROW' && on(n));
    if (other) throw valueError(`options: ESCROW cannot be combined with ${other} (II-B: escrow overseas is exclusive)`);
  }

  const levels = Object.fromEntries(
    (Object.keys(REDUCTION_MAXIMA) as LevelName[]).map((n) => [n, resolveLevel(n, o[n], country)]),
  ) as Record<LevelName, Dec>;
  const debtorReductions = DEBTOR_REDUCTIONS.reduce((sum, n) => sum.add(levels[n]), ZERO);

  const pricedCountry = (escrow ? country - 1 : country) as CountryCategory;
  const sovereign = lookupCoefficients(type.table, pricedCountry, 'SOV/CCO', country);
  const debtorCoefficients = lookupCoefficients(type.table, pricedCountry, debtor, country);

  const pcp = o.COVER ?? o.PCP ?? STANDARD_COVER;
  const pcc = o.COVER ?? o.PCC ?? STANDARD_COVER;

  return {
    request,
    pricedCountry,
    sovereign,
    debtorCoefficients,
    political,
    localCurrency: levels.LOCALCCY,
    debtorReductions,
    debtorReductionApplied: Dec.min(debtorReductions, DEBTOR_REDUCTION_CAP),
    pcp,
    pcc,
    cover: coverFactors(pcp, political ? null : pcc, pricedCountry),
    construction: o.CONSTRUCTION === true,
    cashLc: o.CASHLC === true,
    indicative: country === 0,
  };
}

/** x' of SPEC §5 step 2. */
export function effectiveTerm(plan: RatePlan, x: Dec): Dec {
  return plan.request.type.floorQuarter ? Dec.max(x, QUARTER) : x;
}

/** SPEC §5 steps 2–9 for one x, in exact decimals with one rounding at the end. */
export function rateSteps(plan: RatePlan, x: Dec): RateSteps {
  const xPrime = effectiveTerm(plan, x);
  return stepsAt(plan, x, xPrime);
}

function stepsAt(plan: RatePlan, x: Dec, xPrime: Dec): RateSteps {
  const sovereignRate = plan.sovereign.a.mul(xPrime).add(plan.sovereign.b);
  let debtorRate: Dec | null = null;
  let countryShare = sovereignRate;
  let debtorShare = ZERO;
  if (plan.political) {
    if (plan.request.type.interruptionTable) countryShare = sovereignRate.mul(POLITICAL_INTERRUPTION_SHARE);
  } else {
    debtorRate = plan.debtorCoefficients.a.mul(xPrime).add(plan.debtorCoefficients.b);
    debtorShare = debtorRate.sub(sovereignRate);
  }
  const countryShareMitigated = countryShare.mul(ONE.sub(plan.localCurrency));
  const debtorShareMitigated = debtorShare.isPositive() && !debtorShare.isZero()
    ? debtorShare.mul(ONE.sub(plan.debtorReductionApplied))
    : debtorShare;
  const { countryTimes95, debtorTimes95 } = plan.cover;
  let rateTimes95 = countryShareMitigated.mul(countryTimes95).add(debtorShareMitigated.mul(debtorTimes95));
  if (plan.construction) rateTimes95 = rateTimes95.mul(CONSTRUCTION_FACTOR);
  if (plan.cashLc) rateTimes95 = rateTimes95.mul(CASH_LC_FACTOR);
  const unrounded = divideBy95(rateTimes95);
  const roundedHundredths = roundRateHundredths(unrounded);
  return {
    x, xPrime, sovereignRate, debtorRate, countryShare, debtorShare, countryShareMitigated, debtorShareMitigated,
    rateTimes95, unrounded, roundedHundredths, rate: hundredthsToFraction(roundedHundredths),
  };
}

/** Percent hundredths per unit of (rate × 0.95): R·100 = (rate × 0.95) · 20/19 · 100. */
const HUNDREDTHS_PER_TIMES95 = 2000 / 19;
/** Far wider than the few ulps a double evaluation can be off by; nearer a rounding boundary we go exact. */
const SAFETY = 1e-9;

/**
 * A compiled price for one (country, debtor, type, options): the exact pipeline, plus a floating-point
 * fast path. For x' ≥ 0 the pipeline is linear in x' (R·0.95 = A·x' + B, A and B exact) as long as the
 * debtor share keeps one sign, which holds when a_T − a_S and b_T − b_S do not have opposite signs.
 * The fast path evaluates A·x' + B in doubles and accepts the result only when it lies more than SAFETY
 * (relative) away from a rounding boundary; the error of that evaluation is below 1e-15 relative, so its
 * rounded result is the exact one. Anywhere else it falls back to the exact decimal pipeline.
 */
export class RatePricer {
  private readonly slope: number;
  private readonly intercept: number;
  private readonly fast: boolean;
  private readonly floorQuarter: boolean;

  constructor(readonly plan: RatePlan) {
    const s = plan.sovereign;
    const t = plan.debtorCoefficients;
    const oneSign = plan.political || t.a.sub(s.a).mul(t.b.sub(s.b)).greaterThanOrEqualTo(0);
    const at0 = stepsAt(plan, ZERO, ZERO).rateTimes95;
    const at1 = stepsAt(plan, ONE, ONE).rateTimes95;
    this.intercept = at0.toNumber();
    this.slope = at1.sub(at0).toNumber();
    this.fast = oneSign;
    this.floorQuarter = plan.request.type.floorQuarter;
  }

  /** The rounded rate (fraction) for a term given as a double (x ≥ 0, finite, already validated). */
  rate(x: number): number {
    const xPrime = this.floorQuarter && x < 0.25 ? 0.25 : x;
    if (this.fast) {
      const ax = this.slope * xPrime;
      const v = (ax + this.intercept) * HUNDREDTHS_PER_TIMES95;
      const magnitude = (Math.abs(ax) + Math.abs(this.intercept)) * HUNDREDTHS_PER_TIMES95;
      const distance = Math.abs(v - Math.floor(v) - 0.5);
      if (distance > SAFETY * (magnitude + 1) && magnitude < 1e12) return hundredthsToFraction(Math.floor(v + 0.5));
    }
    return this.rateExact(new Dec(String(x)));
  }

  /** The rounded rate (fraction) by the exact decimal pipeline. */
  rateExact(x: Dec): number {
    return rateSteps(this.plan, x).rate;
  }
}
