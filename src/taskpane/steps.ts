import { NON_TERMINATING_DECIMALS, decimalText, divide, fractionText, fromDecimal, rational } from '../core/exactText';
import { ExactValue, explainExact, isOver95 } from '../core/explain';
import type { CellValue } from '../core/numbers';
import type { Lang } from '../i18n/lang';
import { paneText } from '../i18n/pane';
import { Step, StepId, stepLabel, stepOf, stepText } from '../i18n/steps';
import { localNumber } from '../i18n/typography';

/**
 * The one place the task pane reads the steps of a rate: the core's exact step record (explainExact,
 * the rows of BPI.EXPLAIN before they become doubles) turned into text, digit for digit (exactText), with
 * the labels of src/i18n/steps.ts in the pane's language and, in French, the decimal comma.
 * Units are the caption's: rates and shares in %, and percentages of cover and reduction levels in % too
 * (EXPLAIN gives those as fractions, as a cell would hold them).
 */

export interface StepRow {
  /** The step (null for a step the label table does not know yet: its label is the core's). */
  readonly id: StepId | null;
  readonly label: string;
  readonly text: string;
  /** A figure (aligned right, never wrapped), not a text. */
  readonly numeric: boolean;
}

export const stepsCaption = (lang: Lang) => paneText(lang).calc.stepsCaption;
export const stepsNote = (lang: Lang) => paneText(lang).calc.stepsNote(NON_TERMINATING_DECIMALS);

/** Steps whose value is a fraction of 1 in EXPLAIN, shown in % here; the label says so. */
const FRACTION_STEPS: readonly StepId[] = ['pcp', 'pcc', 'localCurrency', 'debtorReductions', 'debtorReductionApplied'];
const FACTOR_STEPS: readonly StepId[] = ['countryFactor', 'debtorFactor'];

const NINETY_FIVE_PERCENT = rational(19n, 20n);

function valueText(step: Step | null, v: ExactValue, lang: Lang): string {
  if (typeof v === 'string') return stepText(step, v, lang);
  if (typeof v === 'number') return localNumber(String(v), lang);
  if (isOver95(v)) {
    // The factors are short fractions (97.5 %/95 % = 39/38); the unrounded rate is best read as digits.
    const q = divide(fromDecimal(v.over95), NINETY_FIVE_PERCENT);
    return localNumber(step && FACTOR_STEPS.includes(step.id) ? fractionText(q) : decimalText(q), lang);
  }
  // Coefficients as the note prints them, to three decimals (0.090, not 0.09), to compare with its tables.
  if (step?.id === 'a' || step?.id === 'b') return localNumber(v.toFixed(Math.max(3, v.decimalPlaces())), lang);
  return localNumber(decimalText(step && FRACTION_STEPS.includes(step.id) ? v.mul(100) : v), lang);
}

export function stepRows(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue, lang: Lang = 'en'): StepRow[] {
  return explainExact(country, debtor, x, type, options).map(([coreLabel, v]) => {
    const step = stepOf(coreLabel);
    const label = step ? stepLabel(step, lang) : coreLabel;
    return {
      id: step?.id ?? null,
      label: step && FRACTION_STEPS.includes(step.id) ? `${label} (%)` : label,
      text: valueText(step, v, lang),
      numeric: typeof v !== 'string',
    };
  });
}
