/**
 * Premium calculation, March 2018, part II: the constants of the deal arithmetic (waiting period,
 * revisable prices, premium on claims, premium capitalised into the credit), as printed. Text, so the
 * decimal arithmetic starts from the printed digits; test/core/dealTerms.test.ts finds each in the note.
 */
export const DEAL_TERMS = {
  edition: '2018-03',
  source: 'Premium calculation, March 2018',
  /** II-J: "allocating the coefficient 0.5 to the period … between the first drawdown … and the starting point for the repayment". */
  waitingPeriodCoefficient: '0.5',
  /** II-G: "the credit premium basis is increased by 5% per year of execution". */
  revisionPerExecutionYear: '0.05',
  /** II-H a): "claims of less than or equal to 10% of the amount of the insured commercial contract". */
  claimsFirstTier: '0.10',
  /** II-H b): "claims between 10 and 20% of the amount of the guaranteed contract". */
  claimsSecondTier: '0.20',
  /** II-H b): "for this fraction, the rate referred to in a) is multiplied by 2". */
  claimsSecondTierMultiplier: '2',
} as const;
