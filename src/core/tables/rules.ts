/**
 * Premium calculation, March 2018: the constants of the rate formula outside the coefficient tables, as
 * printed (text, read as exact decimals). Each entry carries the section that prints it and the words it is
 * printed with; test/core/transcription.test.ts finds those words in the note.
 */
export interface Rule {
  /** The value, as a decimal fraction or factor. */
  readonly value: string;
  readonly section: string;
  /** The words of the note that state it. */
  readonly printed: string;
}

const rule = (value: string, section: string, printed: string): Rule => ({ value, section, printed });

export const RATE_RULES = {
  edition: '2018-03',
  source: 'Premium calculation, March 2018',
  /** Terms up to 3 months price as 3 months: x' = max(x, 0.25) (ENVELOPE, LC, CASH, CLAIMS). */
  quarterFloor: rule('0.25', 'I-B-2.1', '0.25: for terms due up to 3 months after invoicing'),
  /** Construction contracts or important local content: T × 1.3. */
  constructionFactor: rule('1.3', 'I-B-1.1', 'multiplied by a coefficient of 1.3'),
  /** Political causes of loss only, interruption risk: 90 % of the sovereign rate. */
  politicalInterruptionShare: rule('0.9', 'II-A', 'equal to 90% of the sovereign premium rate'),
  /** Cash contract paid by confirmed L/C: a 20 % lump-sum allowance on the interruption premium, × 0.8. */
  cashLcAllowance: rule('0.2', 'II-E', 'A 20% lump-sum allowance'),
  /** The debtor risk reductions together: at most 35 % of the debtor share. */
  debtorReductionCap: rule('0.35', 'II-B', 'maximum reduction of 35% of the share of the premium rate linked to the debtor risk'),
  /** The standard percentage of cover the tables are for, and the step of the PC coefficient. */
  standardCover: rule('0.95', 'II-I', '- 0.95) / 0.05)'),
  coverStep: rule('0.05', 'II-I', '- 0.95) / 0.05)'),
  /** Premium on claims: the first tier (≤ 10 % of the contract) and the second (10–20 %, rate × 2). */
  claimsFirstTier: rule('0.10', 'II-H a)', 'claims of less than or equal to 10% of the amount'),
  claimsSecondTier: rule('0.20', 'II-H b)', 'claims between 10 and 20% of the amount'),
} as const;

/** The II-B reductions: maximum for ordinary countries and for former category 0 (market benchmarks). */
// prettier-ignore
export const REDUCTION_RULES = {
  LOCALCCY: { ordinary: rule('0.20', 'II-B', 'a maximum reduction of 20% of the share of the premium rate linked to the country risk'), category0: null },
  ASSIGNMENT: { ordinary: rule('0.10', 'II-B', "receivables: maximum reduction of 10% of the share"), category0: null },
  MOBILE: { ordinary: rule('0.25', 'II-B', 'mobile asset: maximum reduction of 25% of the share'), category0: rule('0.15', 'II-B', 'the premium rate reduction rates are 15% on mobile assets') },
  FIXED: { ordinary: rule('0.15', 'II-B', 'fixed asset: maximum reduction of 15% of the share'), category0: rule('0.10', 'II-B', '10% on fixed assets') },
  LOCALESCROW: { ordinary: rule('0.10', 'II-B', 'Local escrow account: maximum reduction of 10% of the share'), category0: rule('0.10', 'II-B', 'up to 10% on escrow accounts') },
} as const;
