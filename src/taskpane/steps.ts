import { NON_TERMINATING_DECIMALS, decimalText, divide, fractionText, fromDecimal, rational } from '../core/exactText';
import { ExactValue, explainExact, isOver95 } from '../core/explain';
import type { CellValue } from '../core/numbers';

/**
 * The one place the task pane reads the steps of a rate: the core's exact step record (explainExact,
 * the rows of BPI.EXPLAIN before they become doubles) turned into text, digit for digit (exactText).
 * Units are the caption's: rates and shares in %, and percentages of cover and reduction levels in % too
 * (EXPLAIN gives those as fractions, as a cell would hold them).
 */

export interface StepRow {
  readonly label: string;
  readonly text: string;
  /** A figure (aligned right, never wrapped), not a text. */
  readonly numeric: boolean;
}

export const STEPS_CAPTION = 'Steps, as BPI.EXPLAIN computes them (rates, shares, cover and reductions in %)';
export const STEPS_NOTE = `Every value is exact. One that does not terminate (after the division by 0.95) is shown to ${NON_TERMINATING_DECIMALS} decimals, cut off, then “…”; a factor also as its fraction (39/38).`;

/** Rows whose value is a fraction of 1 in EXPLAIN, shown in % here; the label says so. */
const FRACTION_ROWS = [
  'Percentage of cover, political (PCP)',
  'Percentage of cover, commercial (PCC)',
  'Local currency financing reduction',
  'Debtor risk reductions (sum)',
  'Debtor risk reduction applied (capped at 35%, only to a positive share)',
];

const NINETY_FIVE_PERCENT = rational(19n, 20n);

function valueText(label: string, v: ExactValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (isOver95(v)) {
    // The factors are short fractions (97.5 %/95 % = 39/38); the unrounded rate is best read as digits.
    const q = divide(fromDecimal(v.over95), NINETY_FIVE_PERCENT);
    return label.endsWith('factor') ? fractionText(q) : decimalText(q);
  }
  // Coefficients as the note prints them, to three decimals (0.090, not 0.09), to compare with its tables.
  if (/^[ab] \(/.test(label)) return v.toFixed(Math.max(3, v.decimalPlaces()));
  return decimalText(FRACTION_ROWS.includes(label) ? v.mul(100) : v);
}

export function stepRows(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): StepRow[] {
  return explainExact(country, debtor, x, type, options).map(([label, v]) => ({
    label: FRACTION_ROWS.includes(label) ? `${label} (%)` : label,
    text: valueText(label, v),
    numeric: typeof v !== 'string',
  }));
}
