import { explainSteps, stepNumber } from '../core/explain';
import type { Lang } from '../i18n/lang';
import type { RoundingExampleId } from '../i18n/pane';
import { formatRate } from './format';
import { rateFormula } from './formula';
import { stepRows } from './steps';

/**
 * The rounding rule's worked examples. Only the inputs are written here (their titles and explanations
 * are in the pane's catalogue, by id): every number shown is computed by the core when the page renders.
 */
export interface RoundingExample {
  readonly id: RoundingExampleId;
  readonly country: number;
  readonly debtor: string;
  readonly x: number;
  readonly type: string;
  readonly options: string;
}

export const ROUNDING_EXAMPLES: readonly RoundingExample[] = [
  { id: 'half', country: 3, debtor: 'CC3', x: 1, type: 'NONPAYMENT', options: '' },
  { id: 'cover', country: 1, debtor: 'SOV/CCO', x: 10.9, type: 'NONPAYMENT', options: 'COVER=97.5%' },
  { id: 'above', country: 3, debtor: 'CC2', x: 5, type: 'NONPAYMENT', options: 'COVER=100%' },
];

export interface WorkedRounding {
  readonly example: RoundingExample;
  /** The unrounded rate in %, as EXPLAIN shows it (a double). */
  readonly unrounded: number;
  /** The same, exactly: "1.365", or truncated with "…" when it does not terminate (decimal comma in French). */
  readonly unroundedText: string;
  /** What a float calculation gets by rounding that value as a binary double (toFixed). */
  readonly naive: string;
  /** What BPI.RATE gives. */
  readonly rounded: string;
}

export function workRounding(e: RoundingExample, lang: Lang = 'en'): WorkedRounding {
  const record = explainSteps(e.country, e.debtor, e.x, e.type, e.options);
  const exact = stepRows(record, lang).find((s) => s.id === 'unrounded');
  if (!exact) throw new Error('the step record has no unrounded rate');
  const unrounded = stepNumber(record.unrounded) as number; // a Ratio: always a number
  const naive = unrounded.toFixed(2);
  return {
    example: e,
    unrounded,
    unroundedText: exact.text,
    naive: lang === 'fr' ? `${naive.replace('.', ',')}\u00a0%` : `${naive}%`,
    rounded: formatRate(record.rate, lang), // the same pipeline and rounding as BPI.RATE
  };
}

/** The example as a formula a user can type (en-US form; the pane shows it in the user's form). */
export function exampleFormula(e: RoundingExample): string {
  return rateFormula({ country: e.country, debtor: { category: e.debtor }, x: String(e.x), type: e.type, options: e.options });
}
