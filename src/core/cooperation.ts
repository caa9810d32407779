import { numError, valueError } from './errors';
import { decimalText } from '../i18n/errors';
import { CellValue, Dec, isBlank, readBoolean, readDecimal, readFraction, readName, readNonNegative, roundCents } from './numbers';
import { EKF_TERMS, RETAINED_EXPOSURE } from './tables/cooperationTerms';

/** Reinsurance by the State (R442-8-11) and by EKF: exposure kept, premium, eligibility. */

const RETAINED_MODES = ['COMPLEMENTARY', 'WHOLE'] as const;
const EKF_COVERS = ['QUOTA', 'TOPUP'] as const;

function readChoice<T extends string>(arg: string, v: CellValue, choices: readonly T[]): T {
  const name = readName(arg, v);
  if ((choices as readonly string[]).includes(name)) return name as T;
  throw valueError('oneOf', { arg, choices: choices.join(', '), got: v });
}

const percent = (fraction: string) => decimalText(new Dec(fraction).mul(100).toString());
const millions = (amount: string) => new Dec(amount).div(1e6).toString();

/**
 * BPI.RETAINED (R442-8-11): the exposure a credit insurer reinsured by the State keeps. COMPLEMENTARY (1°,
 * the State's cover is complementary to the insurer's primary guarantee): the primary guarantee, `amount`.
 * WHOLE (2°, the State covers the whole guaranteed amount): 5 % of the claims, `amount`. Cents.
 */
export function retained(mode: CellValue, amount: CellValue): number {
  const m = readChoice('mode', mode, RETAINED_MODES);
  const a = readNonNegative('amount', amount, 'amount');
  return roundCents(m === 'WHOLE' ? a.mul(RETAINED_EXPOSURE.wholeCoverShareOfClaims) : a);
}

/**
 * BPI.EKFPREMIUM: QUOTA (Quota Share cover) → turnover × rate, the rate of the country risk category, which
 * must lie in 0.9 %–1.4 % and is required; TOPUP → proportionate turnover × max(0.50 %, rate), rate being the
 * regular policy's (blank: 0.50 %). Cents.
 */
export function ekfPremium(cover: CellValue, turnover: CellValue, rate: CellValue): number {
  const c = readChoice('cover', cover, EKF_COVERS);
  const t = readNonNegative('turnover', turnover, 'amount');
  const topUpRate = new Dec(EKF_TERMS.topUpRate);
  if (c === 'TOPUP') {
    const regular = isBlank(rate) ? topUpRate : readFraction('rate', rate);
    return roundCents(t.mul(Dec.max(topUpRate, regular)));
  }
  if (isBlank(rate)) throw valueError('quotaRateRequired', { arg: 'rate', min: percent(EKF_TERMS.quotaRateMin), max: percent(EKF_TERMS.quotaRateMax) });
  const r = readDecimal('rate', rate);
  if (r.lessThan(EKF_TERMS.quotaRateMin) || r.greaterThan(EKF_TERMS.quotaRateMax)) {
    throw numError('quotaRateRange', { arg: 'rate', min: percent(EKF_TERMS.quotaRateMin), max: percent(EKF_TERMS.quotaRateMax), got: rate });
  }
  return roundCents(t.mul(r));
}

/**
 * BPI.EKFELIGIBLE: TRUE when EKF's reinsurance scheme can apply, else the text of the first condition that
 * fails, in the order: credit term ≤ 180 days; buyer amount ≤ DKK 50 million; no payment default registered
 * within the last six months (months_since_default < 6 fails, exactly 6 passes; blank: no default); the private
 * insurer declined or covered partly (blank: TRUE); the buyer's country is covered by the agreement (blank:
 * TRUE); no impending risk of loss (blank: FALSE, none). Inputs are all validated first, so a bad input is an
 * Excel error even when an earlier condition fails. The insurer's discretion (track record) is not a condition.
 */
export function ekfEligible(
  termDays: CellValue,
  buyerAmountDkk: CellValue,
  monthsSinceDefault: CellValue,
  declined: CellValue,
  countryCovered: CellValue = null,
  impendingLoss: CellValue = null,
): true | string {
  const term = readNonNegative('term_days', termDays, 'days');
  const buyer = readNonNegative('buyer_amount_dkk', buyerAmountDkk, 'amount');
  const months = isBlank(monthsSinceDefault) ? null : readNonNegative('months_since_default', monthsSinceDefault, 'months');
  const declinedOrPartial = readBoolean('declined', declined, true);
  const covered = readBoolean('country_covered', countryCovered, true);
  const impending = readBoolean('impending_loss', impendingLoss, false);

  const maxDays = EKF_TERMS.maxCreditTermDays;
  if (term.greaterThan(maxDays)) return `credit term ${term} days is over ${maxDays} days`;
  if (buyer.greaterThan(EKF_TERMS.maxBuyerAmountDkk)) {
    return `buyer amount DKK ${buyer} is over the limit of DKK ${millions(EKF_TERMS.maxBuyerAmountDkk)} million per buyer`;
  }
  const lookback = EKF_TERMS.defaultLookbackMonths;
  if (months !== null && months.lessThan(lookback)) {
    return `payment default ${months} months ago is within the last ${lookback} months`;
  }
  if (!declinedOrPartial) return 'the private credit insurer must have declined the cover or covered it partly (declined is FALSE)';
  if (!covered) return "the buyer's country must be covered by the reinsurance agreement (country_covered is FALSE)";
  if (impending) return 'there must be no impending risk of loss (impending_loss is TRUE)';
  return true;
}
