import { divideBy95 } from './cover';
import { Dec } from './numbers';
import { rateSteps } from './rate';
import { ratePricer, readTerm } from './pricing';
import type { CellValue } from './numbers';

/** One line of an explanation: the step in the note's terms, and its value (a number or a text). */
export type ExplainRow = [label: string, value: number | string];

/** A value divided by 0.95 (the one division that does not terminate), kept as its exact dividend. */
export interface Over95 {
  readonly over95: Dec;
}
/** A step's exact value: a decimal, a value over 0.95, a count or category (number), or a text. */
export type ExactValue = Dec | Over95 | number | string;
export type ExactRow = [label: string, value: ExactValue];

export const isOver95 = (v: ExactValue): v is Over95 => typeof v === 'object' && 'over95' in v;

/** As a cell holds it: the decimal rounded to a double (the 0.95 division at the Dec's precision). */
function toCell(v: ExactValue): number | string {
  if (typeof v === 'number' || typeof v === 'string') return v;
  return (isOver95(v) ? divideBy95(v.over95) : v).toNumber();
}

/**
 * BPI.EXPLAIN: the steps of SPEC §5 with their unrounded values, labelled so that a user can redo them
 * by hand, ending with the rate BPI.RATE gives. Rates and shares are in percent, as in the note.
 */
export function explainRate(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): ExplainRow[] {
  return explainExact(country, debtor, x, type, options).map(([label, v]) => [label, toCell(v)]);
}

/** The same steps with their exact values (the task pane shows them digit for digit). */
export function explainExact(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): ExactRow[] {
  const pricer = ratePricer(country, debtor, type, options);
  const plan = pricer.plan;
  const { request, sovereign, debtorCoefficients: dc, cover } = plan;
  const s = rateSteps(plan, readTerm(x));
  const rows: ExactRow[] = [];
  const add = (label: string, value: ExactValue) => rows.push([label, value]);
  const n = (d: Dec) => d;

  add('Type', `${request.type.name} (${request.type.section}, ${request.type.table.name} table)`);
  add('Country category', request.country);
  if (plan.pricedCountry !== request.country) add('Priced as country category (escrow overseas, n − 1)', plan.pricedCountry);
  add('Debtor category', request.debtor);
  if (plan.indicative) add('Note', 'Former category 0: the note prices these risks case by case; this rate is indicative');
  add(`x (years, ${request.type.xMeans})`, n(s.x));
  if (request.type.floorQuarter) add("x' = max(x, 0.25)", n(s.xPrime));
  add('a (SOV/CCO)', sovereign.a);
  add('b (SOV/CCO)', sovereign.b);
  add("Sovereign rate S = a·x' + b (%)", n(s.sovereignRate));
  if (s.debtorRate !== null) {
    add(`a (${request.debtor})`, dc.a);
    add(`b (${request.debtor})`, dc.b);
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
  if (!plan.localCurrency.isZero()) {
    add('Local currency financing reduction', n(plan.localCurrency));
    add('Country risk share after mitigation (%)', n(s.countryShareMitigated));
  }
  if (!plan.debtorReductions.isZero()) {
    add('Debtor risk reductions (sum)', n(plan.debtorReductions));
    add('Debtor risk reduction applied (capped at 35%, only to a positive share)', n(s.debtorShare.isPositive() && !s.debtorShare.isZero() ? plan.debtorReductionApplied : new Dec(0)));
    add('Debtor risk share after mitigation (%)', n(s.debtorShareMitigated));
  }
  add('Percentage of cover, political (PCP)', n(plan.pcp));
  if (!plan.political) add('Percentage of cover, commercial (PCC)', n(plan.pcc));
  add(`k (country category ${plan.pricedCountry})`, n(cover.k));
  add('PC coefficient = 1 + ((max(PCP, PCC) − 0.95) / 0.05) × k', n(cover.coefficient));
  add('Country risk share factor', { over95: cover.countryTimes95 });
  if (!plan.political) add('Debtor risk share factor', { over95: cover.debtorTimes95 });
  if (plan.construction) add('Construction or large local content', '× 1.3');
  if (plan.cashLc) add('Cash contract paid by confirmed L/C (II-E)', '× 0.8');
  add('Unrounded rate (%)', { over95: s.rateTimes95 });
  add('Rounded rate (%, half up at the 3rd decimal)', new Dec(s.roundedHundredths).div(100));
  add('Premium rate (fraction, as BPI.RATE)', s.rate);
  return rows;
}
