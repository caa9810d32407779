import { explainSteps, stepList, stepNumber } from '../core/explain';
import type { CellValue } from '../core/numbers';
import { rate } from '../core/pricing';
import { formatRate } from './format';
import { rateFormula } from './formula';
import { stepRows } from './steps';

/**
 * The rounding rule's worked examples. Only the inputs are written here: every number shown is computed
 * by the core when the page renders.
 */
export interface RoundingExample {
  readonly title: string;
  readonly country: number;
  readonly debtor: string;
  readonly x: number;
  readonly type: string;
  readonly options: string;
  readonly why: string;
}

export const ROUNDING_EXAMPLES: readonly RoundingExample[] = [
  {
    title: 'Exactly half way',
    country: 3, debtor: 'CC3', x: 1, type: 'NONPAYMENT', options: '',
    why: 'T = 0.660 × 1 + 0.345 = 1.005 exactly; the third decimal is 5, so it rounds up. As a binary double, 1.005 is 1.00499999…, so a float calculation rounds it down.',
  },
  {
    title: 'Half way only after the cover ratio',
    country: 1, debtor: 'SOV/CCO', x: 10.9, type: 'NONPAYMENT', options: 'COVER=97.5%',
    why: '1.33 % × 97.5 %/95 % = 1.33 × 39/38 = 1.365 exactly. Dividing by 0.95 before multiplying rounds 39/38 and can tip the tie down; the core divides last, exactly.',
  },
  {
    title: 'Above the standard cover',
    country: 3, debtor: 'CC2', x: 5, type: 'NONPAYMENT', options: 'COVER=100%',
    why: 'S = 0.345 × 5 + 0.345 = 2.07, T = 0.564 × 5 + 0.345 = 3.165, k = 0.00489, C = 1.00489; R = 3.165 × 100/95 × 1.00489.',
  },
];

export interface WorkedRounding {
  readonly example: RoundingExample;
  /** The unrounded rate in %, as EXPLAIN shows it (a double). */
  readonly unrounded: number;
  /** The same, exactly: "1.365", or truncated with "…" when it does not terminate. */
  readonly unroundedText: string;
  /** What a float calculation gets by rounding that value as a binary double (toFixed). */
  readonly naive: string;
  /** What BPI.RATE gives. */
  readonly rounded: string;
}

export function workRounding(e: RoundingExample): WorkedRounding {
  const args: [CellValue, CellValue, CellValue, CellValue, CellValue] = [e.country, e.debtor, e.x, e.type, e.options];
  const record = explainSteps(...args);
  const step = stepList(record).find((s) => s.id === 'unrounded');
  const text = stepRows(record).find((s) => s.id === 'unrounded');
  const unrounded = step && stepNumber(step.value);
  if (typeof unrounded !== 'number' || !text) throw new Error('the step record has no unrounded rate');
  return { example: e, unrounded, unroundedText: text.text, naive: `${unrounded.toFixed(2)}%`, rounded: formatRate(rate(...args)) };
}

/** The example as a formula a user can type. */
export function exampleFormula(e: RoundingExample): string {
  return rateFormula({ country: e.country, debtor: { category: e.debtor }, x: String(e.x), type: e.type, options: e.options });
}
