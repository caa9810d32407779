import { decimalText, numError, valueError } from './errors';
import { CellValue, isBlank, readBoolean, readExact, readFraction, readName, readNonNegative, roundCents } from './numbers';
import * as X from './exact';
import { EKF_TERMS, RETAINED_EXPOSURE } from './tables/cooperationTerms';

/** Reinsurance by the State (R442-8-11) and by EKF: exposure kept, premium, eligibility. */

const RETAINED_MODES = ['COMPLEMENTARY', 'WHOLE'] as const;
const EKF_COVERS = ['QUOTA', 'TOPUP'] as const;

function readChoice<T extends string>(arg: string, v: CellValue, choices: readonly T[]): T {
  const name = readName(arg, v);
  if ((choices as readonly string[]).includes(name)) return name as T;
  throw valueError('oneOf', { arg, choices: choices.join(', '), got: v });
}

const percent = (fraction: X.Fixed) => decimalText(X.fixedToString(X.mul(fraction, X.fixed(100n))));
const millions = (amount: X.Fixed) => X.fixedToString(X.mul(amount, X.fixed(1n, 6)));

const WHOLE_COVER_SHARE = X.parseFixed(RETAINED_EXPOSURE.wholeCoverShareOfClaims);
const TOP_UP_RATE = X.parseFixed(EKF_TERMS.topUpRate);
const QUOTA_RATE_MIN = X.parseFixed(EKF_TERMS.quotaRateMin);
const QUOTA_RATE_MAX = X.parseFixed(EKF_TERMS.quotaRateMax);
const MAX_CREDIT_TERM_DAYS = X.parseFixed(EKF_TERMS.maxCreditTermDays);
const MAX_BUYER_AMOUNT_DKK = X.parseFixed(EKF_TERMS.maxBuyerAmountDkk);
const DEFAULT_LOOKBACK_MONTHS = X.parseFixed(EKF_TERMS.defaultLookbackMonths);

/**
 * BPI.RETAINED (R442-8-11): the exposure a credit insurer reinsured by the State keeps. COMPLEMENTARY (1°,
 * the State's cover is complementary to the insurer's primary guarantee): the primary guarantee, `amount`.
 * WHOLE (2°, the State covers the whole guaranteed amount): 5 % of the claims, `amount`. Cents.
 */
export function retained(mode: CellValue, amount: CellValue): number {
  const m = readChoice('mode', mode, RETAINED_MODES);
  const a = readNonNegative('amount', amount, 'amount');
  return roundCents(m === 'WHOLE' ? X.mul(a, WHOLE_COVER_SHARE) : a);
}

/**
 * BPI.EKFPREMIUM: QUOTA (Quota Share cover) → turnover × rate, the rate of the country risk category, which
 * must lie in 0.9 %–1.4 % and is required; TOPUP → proportionate turnover × max(0.50 %, rate), rate being the
 * regular policy's (blank: 0.50 %). Cents.
 */
export function ekfPremium(cover: CellValue, turnover: CellValue, rate: CellValue): number {
  const c = readChoice('cover', cover, EKF_COVERS);
  const t = readNonNegative('turnover', turnover, 'amount');
  if (c === 'TOPUP') {
    const regular = isBlank(rate) ? TOP_UP_RATE : readFraction('rate', rate);
    return roundCents(X.mul(t, X.max(TOP_UP_RATE, regular)));
  }
  if (isBlank(rate)) throw valueError('quotaRateRequired', { arg: 'rate', min: percent(QUOTA_RATE_MIN), max: percent(QUOTA_RATE_MAX) });
  const r = readExact('rate', rate).fixed;
  if (X.cmp(r, QUOTA_RATE_MIN) < 0 || X.cmp(r, QUOTA_RATE_MAX) > 0) {
    throw numError('quotaRateRange', { arg: 'rate', min: percent(QUOTA_RATE_MIN), max: percent(QUOTA_RATE_MAX), got: rate });
  }
  return roundCents(X.mul(t, r));
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

  const text = X.fixedToString;
  if (X.cmp(term, MAX_CREDIT_TERM_DAYS) > 0) return `credit term ${text(term)} days is over ${text(MAX_CREDIT_TERM_DAYS)} days`;
  if (X.cmp(buyer, MAX_BUYER_AMOUNT_DKK) > 0) {
    return `buyer amount DKK ${text(buyer)} is over the limit of DKK ${millions(MAX_BUYER_AMOUNT_DKK)} million per buyer`;
  }
  if (months !== null && X.cmp(months, DEFAULT_LOOKBACK_MONTHS) < 0) {
    return `payment default ${text(months)} months ago is within the last ${text(DEFAULT_LOOKBACK_MONTHS)} months`;
  }
  if (!declinedOrPartial) return 'the private credit insurer must have declined the cover or covered it partly (declined is FALSE)';
  if (!covered) return "the buyer's country must be covered by the reinsurance agreement (country_covered is FALSE)";
  if (impending) return 'there must be no impending risk of loss (impending_loss is TRUE)';
  return true;
}
