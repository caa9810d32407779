/**
 * Documentation of the BPI custom functions (SPEC §3), as data: one entry per function, rendered by
 * docs.ts. Keep this in step with src/functions/functions.ts (names, argument order, defaults).
 */

export interface ArgumentDoc {
  readonly name: string;
  /** What the argument is, with its unit. */
  readonly meaning: string;
  /** For an optional argument: what leaving it out means. */
  readonly default?: string;
}

export interface FunctionDoc {
  /** The name after "BPI." */
  readonly name: string;
  readonly summary: string;
  readonly args: readonly ArgumentDoc[];
  readonly returns: string;
  /** An example formula, as typed in a cell. */
  readonly example: string;
  /** Note's section(s) the function follows. */
  readonly section?: string;
}

const COUNTRY: ArgumentDoc = {
  name: 'country',
  meaning: 'OECD country category, an integer 0–7 (0 = former category 0, market benchmarks: priced on the 0/1 row, indicative).',
};
const DEBTOR: ArgumentDoc = {
  name: 'debtor',
  meaning: 'Debtor risk category: SOV+, SOV/CCO (or SOV, CCO), CC1 … CC5; case-insensitive. For bank guarantees (II-C) and L/C (II-D), the bank’s category.',
};
const X: ArgumentDoc = {
  name: 'x',
  meaning: 'Term in years, unrounded (use YEARFRAC for dates): what it measures depends on type (see the type table).',
};
const TYPE: ArgumentDoc = {
  name: 'type',
  meaning: 'Risk type: NONPAYMENT, INTERRUPTION, ENVELOPE, BOND, LC, CASH or CLAIMS (see the type table).',
  default: 'NONPAYMENT',
};
const OPTIONS: ArgumentDoc = {
  name: 'options',
  meaning: 'Text "NAME=VALUE; NAME; …" (see the option table). Percentages as 25% or 0.25, "." as decimal point.',
  default: 'none: 95 % cover, no mitigation',
};

export const FUNCTION_DOCS: readonly FunctionDoc[] = [
  {
    name: 'RATE',
    summary: 'Premium rate, rounded once, half up at the third decimal of the percentage.',
    args: [COUNTRY, DEBTOR, X, TYPE, OPTIONS],
    returns: 'A fraction: 1.01 % is 0.0101 (format the cell as %). One value per row when ranges are given.',
    example: '=BPI.RATE(3,"CC2",7,"NONPAYMENT","MOBILE=25%; COVER=100%")',
    section: 'I-B, I-C, I-D, II-A … II-I',
  },
  {
    name: 'EXPLAIN',
    summary: 'Every step of a rate, from the coefficients looked up to the rounded rate. Single values only.',
    args: [COUNTRY, DEBTOR, X, TYPE, OPTIONS],
    returns: 'A 2-column spill: step label, unrounded value (rates and shares in %); the last row is what BPI.RATE gives.',
    example: '=BPI.EXPLAIN(3,"CC3",1)',
  },
  {
    name: 'CATEGORY',
    summary: 'Debtor category of a non-sovereign debtor from its score, by the note’s matrix.',
    args: [
      { name: 'score', meaning: 'Rating on the S&P/Fitch scale (AAA … C) or Moody’s (Aaa … C). D, SD, RD are errors.' },
      { ...COUNTRY, meaning: 'OECD country category, an integer 0–7 (0 uses the column of category 1).' },
    ],
    returns: 'CC1 … CC5. A score better than the best range is CC1; "or below" runs to C.',
    example: '=BPI.CATEGORY("BB-",3)',
    section: 'I-A',
  },
  {
    name: 'COEF',
    summary: 'The published coefficients a and b for a country and debtor category.',
    args: [COUNTRY, DEBTOR, TYPE],
    returns: 'A 1×2 spill: a, b as printed (percentage points, e.g. 0.564 and 0.345). #N/A where the note prints "-".',
    example: '=BPI.COEF(3,"CC2")',
    section: 'I-B-1.1, I-C-1',
  },
  {
    name: 'COVERADJ',
    summary: 'The factors the percentage-of-cover rule applies to the country-risk share and to the debtor-risk share.',
    args: [
      { name: 'pc_political', meaning: 'Percentage of cover for political causes of loss, a fraction (95% or 0.95).' },
      { name: 'pc_commercial', meaning: 'Percentage of cover for commercial causes of loss, a fraction.', default: 'blank: equals pc_political' },
      COUNTRY,
    ],
    returns: 'A 1×2 spill: country-share factor, debtor-share factor.',
    example: '=BPI.COVERADJ(100%,,3)',
    section: 'II-I',
  },
  {
    name: 'HORIZON',
    summary: 'x for a credit with a waiting period: repayment + 0.5 × (time from first drawdown to start of repayment).',
    args: [
      { name: 'repayment_years', meaning: 'Credit term of the repayment period, in years.' },
      { name: 'drawdown_years', meaning: 'Years from the first drawdown to the starting point of repayment.', default: '0' },
    ],
    returns: 'x in years, unrounded.',
    example: '=BPI.RATE(3,"CC2",BPI.HORIZON(7,2))',
    section: 'II-J',
  },
  {
    name: 'EQUIVTERM',
    summary: 'x for a non-standard repayment schedule: the term of the straight-line half-yearly credit with the same weighted average life, 2·WAL − 0.5, never below 0.',
    args: [
      { name: 'times', meaning: 'Years from the starting point of repayment of each repayment (a list).' },
      { name: 'amounts', meaning: 'Principal repaid at each time (a list of the same length).' },
    ],
    returns: 'x in years, unrounded.',
    example: '=BPI.EQUIVTERM(A2:A15,B2:B15)',
    section: 'II-K',
  },
  {
    name: 'PREMIUM',
    summary: 'Premium for a basis and a rate, to the cent; with financed = TRUE the premium is capitalised, so part of its own basis.',
    args: [
      { name: 'basis', meaning: 'Premium basis (an amount, in the currency of the deal).' },
      { name: 'rate', meaning: 'Premium rate as a fraction (e.g. the result of BPI.RATE).' },
      { name: 'financed', meaning: 'TRUE when the premium is financed: basis × rate / (1 − rate).', default: 'FALSE' },
    ],
    returns: 'An amount, rounded half up to cents.',
    example: '=BPI.PREMIUM(1000000,BPI.RATE(3,"CC3",1))',
    section: 'I-C-2',
  },
  {
    name: 'CLAIMSPREMIUM',
    summary: 'Premium on claims: up to 10 % of the contract at the CLAIMS rate, between 10 % and 20 % at twice that rate (from the unrounded rate, rounded once).',
    args: [
      { name: 'claims', meaning: 'Guaranteed claim amount.' },
      { name: 'contract', meaning: 'Amount of the insured commercial contract. Claims above 20 % of it are an error.' },
      COUNTRY,
      DEBTOR,
      { ...X, meaning: 'Years from invoicing to due date (at least 0.25).' },
    ],
    returns: 'An amount, rounded half up to cents.',
    example: '=BPI.CLAIMSPREMIUM(150000,1000000,3,"CC2",0.5)',
    section: 'II-H',
  },
  {
    name: 'REVISEDBASIS',
    summary: 'Supplier-credit premium basis of a revisable-price contract: basis × (1 + 5 % × execution years).',
    args: [
      { name: 'basis', meaning: 'Premium basis before revision (an amount).' },
      { name: 'execution_years', meaning: 'Execution period in years.' },
    ],
    returns: 'An amount, rounded half up to cents.',
    example: '=BPI.REVISEDBASIS(1000000,2)',
    section: 'II-G',
  },
  {
    name: 'SHARES',
    summary: 'An amount split by shares (co-insurance, reinsurance quota), each part to the cent; the parts add up exactly to the rounded whole.',
    args: [
      { name: 'amount', meaning: 'The amount to split.' },
      { name: 'shares', meaning: 'The shares as fractions (a list or range).' },
    ],
    returns: 'A spill of the same shape as shares; the rounding remainder goes to the largest fractional parts (ties: first).',
    example: '=BPI.SHARES(1000,{0.3333,0.3333,0.3334})',
  },
  {
    name: 'RETAINED',
    summary: 'Exposure kept by a credit insurer reinsured by the State.',
    args: [
      { name: 'mode', meaning: 'COMPLEMENTARY (the primary guarantee is kept) or WHOLE (5 % of the claims are kept).' },
      { name: 'amount', meaning: 'COMPLEMENTARY: the primary guarantee; WHOLE: the claims.' },
    ],
    returns: 'An amount, rounded half up to cents.',
    example: '=BPI.RETAINED("WHOLE",2000000)',
    section: 'R442-8-11',
  },
  {
    name: 'EKFPREMIUM',
    summary: 'EKF reinsurance premium.',
    args: [
      { name: 'cover', meaning: 'QUOTA (turnover × rate) or TOPUP (proportionate turnover × max(0.50 %, regular policy rate)).' },
      { name: 'turnover', meaning: 'Turnover (QUOTA) or proportionate turnover (TOPUP).' },
      { name: 'rate', meaning: 'QUOTA: the country risk category’s rate, 0.9 %–1.4 %; TOPUP: the regular policy rate.', default: 'TOPUP: 0.50 %' },
    ],
    returns: 'An amount, rounded half up to cents.',
    example: '=BPI.EKFPREMIUM("QUOTA",5000000,1.1%)',
  },
  {
    name: 'EKFELIGIBLE',
    summary: 'Whether the EKF scheme can apply.',
    args: [
      { name: 'term_days', meaning: 'Credit term in days (at most 180).' },
      { name: 'buyer_amount_dkk', meaning: 'Amount on the buyer in DKK (at most 50 million).' },
      { name: 'months_since_default', meaning: 'Months since the last payment default (at least 6); blank = none.' },
      { name: 'declined', meaning: 'TRUE when the private insurer declined or covered partly.', default: 'TRUE' },
      { name: 'country_covered', meaning: 'TRUE when the buyer’s country is covered by the reinsurance agreement.', default: 'TRUE' },
      { name: 'impending_loss', meaning: 'TRUE when there is an impending risk of loss (then not eligible).', default: 'FALSE' },
    ],
    returns: 'TRUE, or the text of the first condition that fails, checked in the order of the arguments. The insurer’s discretion (track record with the buyer) stays the insurer’s: not checked.',
    example: '=BPI.EKFELIGIBLE(120,20000000,"")',
  },
  {
    name: 'CHECK',
    summary: 'Checks a rate someone computed: OK, or the known mistake that gives it (percent units, rounding, 3-month floor, table, cover, k).',
    args: [
      { name: 'given', meaning: 'The rate to check, as a fraction like BPI.RATE’s result (1.01 % or 0.0101); a number or numeric text.' },
      COUNTRY,
      DEBTOR,
      X,
      TYPE,
      OPTIONS,
    ],
    returns:
      'Single values: 5 rows of label and value (verdict OK/MISMATCH, expected, difference, cause, explanation). Ranges: one row per input row with verdict, expected, difference, cause.',
    example: '=BPI.CHECK(1%,3,"CC3",1)',
  },
];
