/**
 * Reinsurance and cooperation terms from the other source documents, as printed (text, read as decimals).
 * test/core/dealTerms.test.ts finds each in its seed.
 */

/** French Insurance Code, article R442-8-11 (version in force since 12 November 2015): exposure the credit insurer keeps. */
export const RETAINED_EXPOSURE = {
  source: 'Code des assurances, art. R442-8-11',
  /** 2°: cover of the whole guaranteed amount → "5 % du montant des sinistres éventuellement constatés". */
  wholeCoverShareOfClaims: '0.05',
} as const;

/** EKF (now EIFO) "Terms & conditions regarding Reinsurance" (web page, closed 31 May 2023). */
export const EKF_TERMS = {
  source: 'EKF, Terms & conditions regarding Reinsurance',
  /** Quota Share cover: "0.9% of turnover for the lowest-risk countries and 1.4% for the highest-risk countries". */
  quotaRateMin: '0.009',
  quotaRateMax: '0.014',
  /** Top Up cover: "0.50% for all country risk categories – the minimum rate being the premium rate applying to the regular policy". */
  topUpRate: '0.005',
  /** "export deliveries with credit terms of up to 180 days". */
  maxCreditTermDays: '180',
  /** "The upper limit for a buyer is DKK 50 million". */
  maxBuyerAmountDkk: '50000000',
  /** "no default on payments by the buyer must have been registered within the last six months". */
  defaultLookbackMonths: '6',
} as const;
