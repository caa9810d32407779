import * as X from './exact';
import { readRate } from './pricing';
import { RateSteps, rateSteps } from './rate';
import type { CellValue } from './numbers';

/** One line of an explanation: the step in the note's terms, and its value (a number or a text). */
export type ExplainRow = [label: string, value: number | string];

const n = (d: X.Fixed) => X.fixedToNumber(d);
const NINETY_FIVE = X.parseFixed('0.95');
const factor = (times95: X.Fixed) => X.ratioToNumber(X.ratio(times95, NINETY_FIVE));

/**
 * The steps of SPEC §5 as data: every value exact, the flags (indicative, political, construction…), the
 * reductions that applied and the cover factors. EXPLAIN's rows and the task pane are both read from it.
 */
export function explainSteps(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): RateSteps {
  const r = readRate(country, debtor, x, type, options);
  return rateSteps(r.plan, r.x.fixed);
}

/**
 * BPI.EXPLAIN: the steps with their unrounded values, labelled so that a user can redo them by hand,
 * ending with the rate BPI.RATE gives. Rates and shares are in percent, as in the note.
 */
export function explainRate(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): ExplainRow[] {
  return explainRows(explainSteps(country, debtor, x, type, options));
}

/** The labelled rows of a step record. */
export function explainRows(s: RateSteps): ExplainRow[] {
  const plan = s.plan;
  const { request, sovereign, debtorCoefficients: dc } = plan;
  const rows: ExplainRow[] = [];
  const add = (label: string, value: number | string) => rows.push([label, value]);

  add('Type', `${request.type.name} (${request.type.section}, ${plan.table.name} table)`);
  add('Country category', request.country);
  if (plan.pricedCountry !== request.country) add('Priced as country category (escrow overseas, n − 1)', plan.pricedCountry);
  add('Debtor category', request.debtor);
  if (plan.indicative) add('Note', 'Former category 0: the note prices these risks case by case; this rate is indicative');
  add(`x (years, ${request.type.xMeans})`, n(s.x));
  if (plan.floorQuarter) add("x' = max(x, 0.25)", n(s.xPrime));
  add('a (SOV/CCO)', sovereign.aNumber);
  add('b (SOV/CCO)', sovereign.bNumber);
  add("Sovereign rate S = a·x' + b (%)", n(s.sovereignRate));
  if (s.debtorRate !== null && dc !== null) {
    add(`a (${request.debtor})`, dc.aNumber);
    add(`b (${request.debtor})`, dc.bNumber);
    add("Premium rate T = a·x' + b (%)", n(s.debtorRate));
  }
  if (plan.political) {
    add(
      'Political causes of loss only (II-A): country risk share',
      request.type.interruptionTable ? '90% of the sovereign rate' : 'the sovereign rate',
    );
  }
  add('Country risk share (%)', n(s.countryShare));
  add('Debtor risk share = T − S (%)', n(s.debtorShare));
  if (X.sign(s.localCurrency) !== 0) {
    add('Local currency financing reduction', n(s.localCurrency));
    add('Country risk share after mitigation (%)', n(s.countryShareMitigated));
  }
  if (X.sign(s.debtorReductions) !== 0) {
    add('Debtor risk reductions (sum)', n(s.debtorReductions));
    add('Debtor risk reduction applied (capped at 35%, only to a positive share)', n(s.debtorReductionApplied));
    add('Debtor risk share after mitigation (%)', n(s.debtorShareMitigated));
  }
  add('Percentage of cover, political (PCP)', plan.pcp.value);
  if (plan.pcc !== null) add('Percentage of cover, commercial (PCC)', plan.pcc.value);
  add(`k (country category ${plan.pricedCountry})`, n(s.k));
  add('PC coefficient = 1 + ((max(PCP, PCC) − 0.95) / 0.05) × k', n(s.coefficient));
  add('Country risk share factor', factor(s.countryFactor95));
  if (plan.pcc !== null) add('Debtor risk share factor', factor(s.debtorFactor95));
  if (plan.construction) add('Construction or large local content', '× 1.3');
  if (plan.cashLc) add('Cash contract paid by confirmed L/C (II-E)', '× 0.8');
  add('Unrounded rate (%)', X.ratioToNumber(s.unrounded));
  add('Rounded rate (%, half up at the 3rd decimal)', s.roundedHundredths / 100);
  add('Premium rate (fraction, as BPI.RATE)', s.rate);
  return rows;
}
