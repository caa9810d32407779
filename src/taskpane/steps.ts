import * as X from '../core/exact';
import { NON_TERMINATING_DECIMALS, decimalText, fractionText, rational, Rational } from '../core/exactText';
import { ExplainStep, isRatio, stepList } from '../core/explain';
import type { RateSteps } from '../core/rate';

/**
 * The one place the task pane reads the steps of a rate: the core's typed step record (stepList, the
 * rows of BPI.EXPLAIN before they become doubles) turned into text, digit for digit (exactText). Each
 * step says its unit, so nothing here reads a label. Units are the caption's: rates and shares in %, and
 * percentages of cover and reduction levels in % too (EXPLAIN gives those as fractions, as a cell holds them).
 */

export interface StepRow {
  readonly id: ExplainStep['id'];
  readonly label: string;
  readonly text: string;
  /** A figure (aligned right, never wrapped), not a text. */
  readonly numeric: boolean;
}

export const STEPS_CAPTION = 'Steps, as BPI.EXPLAIN computes them (rates, shares, cover and reductions in %)';
export const STEPS_NOTE = `Every value is exact. One that does not terminate (after the division by 0.95) is shown to ${NON_TERMINATING_DECIMALS} decimals, cut off, then “…”; a factor also as its fraction (39/38).`;

function exactOf(v: X.Fixed | X.Ratio): Rational {
  return isRatio(v) ? rational(v.num, v.den) : rational(v.n, X.pow10(v.s));
}

function valueText(step: ExplainStep): string {
  const v = step.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  // Coefficients as the note prints them, to three decimals (0.090, not 0.09), to compare with its tables.
  if (step.unit === 'coefficient' && !isRatio(v)) {
    const [whole, decimals = ''] = X.fixedToString(v).split('.');
    return `${whole}.${decimals.padEnd(3, '0')}`;
  }
  const q = exactOf(v);
  // The factors are short fractions (97.5 %/95 % = 39/38); anything else is best read as digits.
  if (step.unit === 'factor' && isRatio(v)) return fractionText(q);
  if (step.unit === 'fraction') return decimalText(rational(q.num * 100n, q.den));
  return decimalText(q);
}

/** The rows the pane shows for a step record. */
export function stepRows(record: RateSteps): StepRow[] {
  return stepList(record).map((step) => ({
    id: step.id,
    label: step.unit === 'fraction' ? `${step.label} (%)` : step.label,
    text: valueText(step),
    numeric: step.unit !== 'text',
  }));
}
