import * as X from './exact';
import { readRate } from './pricing';
import { RateSteps, rateSteps } from './rate';
import type { CellValue } from './numbers';

/** One line of an explanation: the step in the note's terms, and its value (a number or a text). */
export type ExplainRow = [label: string, value: number | string];

/**
 * What a step's value is, so that every reader shows it in the right unit without reading its label:
 * rates and shares in percent as in the note, cover and reductions as fractions (95 % is 0.95), factors
 * (a rational after the division by 0.95), coefficients as printed, categories, years, a text, or the
 * result as BPI.RATE returns it.
 */
export type StepUnit = 'text' | 'category' | 'years' | 'coefficient' | 'percent' | 'fraction' | 'factor' | 'result';

/** A step's exact value: a decimal (Fixed), a rational (Ratio, after the division by 0.95), a count or a text. */
export type StepValue = X.Fixed | X.Ratio | number | string;

/** Stable identifiers of the steps: readers (the task pane, translations) key on these, never on the label. */
export type StepId =
  | 'type'
  | 'country'
  | 'pricedCountry'
  | 'debtor'
  | 'indicative'
  | 'x'
  | 'xPrime'
  | 'aSovereign'
  | 'bSovereign'
  | 'sovereignRate'
  | 'aDebtor'
  | 'bDebtor'
  | 'debtorRate'
  | 'political'
  | 'countryShare'
  | 'debtorShare'
  | 'localCurrency'
  | 'countryShareMitigated'
  | 'debtorReductions'
  | 'debtorReductionApplied'
  | 'debtorShareMitigated'
  | 'pcp'
  | 'pcc'
  | 'k'
  | 'coefficient'
  | 'countryFactor'
  | 'debtorFactor'
  | 'construction'
  | 'cashLc'
  | 'unrounded'
  | 'rounded'
  | 'rate';

/** One step of a step record; Id is the record's step ids (RATE's StepId, or MprStepId in mprSteps.ts). */
export interface ExplainStep<Id extends string = StepId> {
  readonly id: Id;
  /** The English label of BPI.EXPLAIN. */
  readonly label: string;
  readonly value: StepValue;
  readonly unit: StepUnit;
}

export const isRatio = (v: StepValue): v is X.Ratio => typeof v === 'object' && 'den' in v;

/** A step value as a cell holds it: the double nearest to the exact value. */
export function stepNumber(v: StepValue): number | string {
  if (typeof v === 'number' || typeof v === 'string') return v;
  return isRatio(v) ? X.ratioToNumber(v) : X.fixedToNumber(v);
}

const NINETY_FIVE = X.parseFixed('0.95');

/**
 * The steps of the note's calculation (I-C, II-A, II-B, II-I, then the rounding) as data: every value
 * exact, the flags (indicative, political, construction…), the reductions that applied and the cover
 * factors. EXPLAIN's rows and the task pane are both read from it.
 */
export function explainSteps(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): RateSteps {
  const r = readRate(country, debtor, x, type, options);
  return rateSteps(r.plan, r.x.fixed);
}

/** The labelled, typed steps of a step record, in the order a user redoes them by hand. */
export function stepList(s: RateSteps): ExplainStep[] {
  const plan = s.plan;
  const { request, sovereign, debtorCoefficients: dc } = plan;
  const steps: ExplainStep[] = [];
  const add = (id: StepId, label: string, value: StepValue, unit: StepUnit) => steps.push({ id, label, value, unit });

  add('type', 'Type', `${request.type.name} (${request.type.section}, ${plan.table.name} table)`, 'text');
  add('country', 'Country category', request.country, 'category');
  if (plan.pricedCountry !== request.country) add('pricedCountry', 'Priced as country category (escrow overseas, n − 1)', plan.pricedCountry, 'category');
  add('debtor', 'Debtor category', request.debtor, 'text');
  if (plan.indicative) add('indicative', 'Note', 'Former category 0: the note prices these risks case by case; this rate is indicative', 'text');
  add('x', `x (years, ${request.type.xMeans})`, s.x, 'years');
  if (plan.floorQuarter) add('xPrime', "x' = max(x, 0.25)", s.xPrime, 'years');
  add('aSovereign', 'a (SOV/CCO)', sovereign.a, 'coefficient');
  add('bSovereign', 'b (SOV/CCO)', sovereign.b, 'coefficient');
  add('sovereignRate', "Sovereign rate S = a·x' + b (%)", s.sovereignRate, 'percent');
  if (s.debtorRate !== null && dc !== null) {
    add('aDebtor', `a (${request.debtor})`, dc.a, 'coefficient');
    add('bDebtor', `b (${request.debtor})`, dc.b, 'coefficient');
    add('debtorRate', "Premium rate T = a·x' + b (%)", s.debtorRate, 'percent');
  }
  if (plan.political) {
    const share = request.type.interruptionTable ? '90% of the sovereign rate' : 'the sovereign rate';
    add('political', 'Political causes of loss only (II-A): country risk share', share, 'text');
  }
  add('countryShare', 'Country risk share (%)', s.countryShare, 'percent');
  add('debtorShare', 'Debtor risk share = T − S (%)', s.debtorShare, 'percent');
  if (X.sign(s.localCurrency) !== 0) {
    add('localCurrency', 'Local currency financing reduction', s.localCurrency, 'fraction');
    add('countryShareMitigated', 'Country risk share after mitigation (%)', s.countryShareMitigated, 'percent');
  }
  if (X.sign(s.debtorReductions) !== 0) {
    add('debtorReductions', 'Debtor risk reductions (sum)', s.debtorReductions, 'fraction');
    add('debtorReductionApplied', 'Debtor risk reduction applied (capped at 35%, only to a positive share)', s.debtorReductionApplied, 'fraction');
    add('debtorShareMitigated', 'Debtor risk share after mitigation (%)', s.debtorShareMitigated, 'percent');
  }
  add('pcp', 'Percentage of cover, political (PCP)', plan.pcp.fixed, 'fraction');
  if (plan.pcc !== null) add('pcc', 'Percentage of cover, commercial (PCC)', plan.pcc.fixed, 'fraction');
  add('k', `k (country category ${plan.pricedCountry})`, s.k, 'coefficient');
  add('coefficient', 'PC coefficient = 1 + ((max(PCP, PCC) − 0.95) / 0.05) × k', s.coefficient, 'factor');
  add('countryFactor', 'Country risk share factor', X.ratio(s.countryFactor95, NINETY_FIVE), 'factor');
  if (plan.pcc !== null) add('debtorFactor', 'Debtor risk share factor', X.ratio(s.debtorFactor95, NINETY_FIVE), 'factor');
  if (plan.construction) add('construction', 'Construction or large local content', '× 1.3', 'text');
  if (plan.cashLc) add('cashLc', 'Cash contract paid by confirmed L/C (II-E)', '× 0.8', 'text');
  add('unrounded', 'Unrounded rate (%)', s.unrounded, 'percent');
  add('rounded', 'Rounded rate (%, half up at the 3rd decimal)', X.fixed(BigInt(s.roundedHundredths), 2), 'percent');
  add('rate', 'Premium rate (fraction, as BPI.RATE)', s.rate, 'result');
  return steps;
}

/** BPI.EXPLAIN's rows of a step record: labels and the values as cells hold them. */
export function explainRows(s: RateSteps): ExplainRow[] {
  return stepList(s).map((step) => [step.label, stepNumber(step.value)]);
}

/**
 * BPI.EXPLAIN: the steps with their unrounded values, labelled so that a user can redo them by hand,
 * ending with the rate BPI.RATE gives. Rates and shares are in percent, as in the note.
 */
export function explainRate(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): ExplainRow[] {
  return explainRows(explainSteps(country, debtor, x, type, options));
}
