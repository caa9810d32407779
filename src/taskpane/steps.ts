import * as X from '../core/exact';
import { NON_TERMINATING_DECIMALS, decimalText, fractionText } from '../core/exactText';
import { ExplainStep, isRatio, stepList } from '../core/explain';
import type { MprSteps } from '../core/mpr';
import { MprStepId, mprStepList } from '../core/mprSteps';
import type { RateSteps } from '../core/rate';
import type { Quality } from '../core/tables/oecdMpr';
import type { Lang } from '../i18n/lang';
import { paneText } from '../i18n/pane';
import { mprStepContext, mprStepLabel, mprStepText, stepContext, stepLabel, stepText } from '../i18n/steps';
import { localNumber } from '../i18n/typography';

/**
 * The one place the task pane reads the steps of a rate: the core's typed step record (stepList, the
 * rows of BPI.EXPLAIN before they become doubles) turned into text, digit for digit (exactText), with the
 * labels of src/i18n/steps.ts in the pane's language and, in French, the decimal comma. Each step says its
 * id and unit, so nothing here reads a label. Units are the caption's: rates and shares in %, and
 * percentages of cover and reduction levels in % too (EXPLAIN gives those as fractions, as a cell holds them).
 */

export interface StepRow {
  readonly id: ExplainStep['id'] | MprStepId;
  readonly label: string;
  readonly text: string;
  /** A figure (aligned right, never wrapped), not a text. */
  readonly numeric: boolean;
}

export const stepsCaption = (lang: Lang) => paneText(lang).calc.stepsCaption;
export const stepsNote = (lang: Lang) => paneText(lang).calc.stepsNote(NON_TERMINATING_DECIMALS);

/** A step's value as text; `text` renders the steps whose value is a word (type, debtor, quality). */
function valueText(step: ExplainStep<string>, text: () => string, lang: Lang): string {
  const v = step.value;
  if (typeof v === 'string') return text();
  if (typeof v === 'number') return localNumber(String(v), lang);
  // Coefficients as the note prints them, to three decimals (0.090, not 0.09), to compare with its tables.
  if (step.unit === 'coefficient' && !isRatio(v)) {
    const [whole, decimals = ''] = X.fixedToString(v).split('.');
    return localNumber(`${whole}.${decimals.padEnd(3, '0')}`, lang);
  }
  // The rounded rate as the rate is shown, with its two decimals (4.40, not 4.4).
  if (step.id === 'rounded' && !isRatio(v)) {
    const [whole, decimals = ''] = X.fixedToString(v).split('.');
    return localNumber(`${whole}.${decimals.padEnd(2, '0')}`, lang);
  }
  // The factors are short fractions (97.5 %/95 % = 39/38); anything else is best read as digits.
  if (step.unit === 'factor' && isRatio(v)) return localNumber(fractionText(v), lang);
  // Cover and reductions are fractions in EXPLAIN, in % here.
  if (step.unit === 'fraction' && !isRatio(v)) return localNumber(decimalText(X.mul(v, X.fixed(100n))), lang);
  return localNumber(decimalText(v), lang);
}

/** The rows the pane shows for a step record, in the pane's language. */
export function stepRows(record: RateSteps, lang: Lang = 'en'): StepRow[] {
  const context = stepContext(record);
  return stepList(record).map((step) => row(step, stepLabel(step.id, context, lang), () => stepText(step, context, lang), lang));
}

/** The rows of an OECD minimum's step record (BPI.MPR's steps, the same design as RATE's), in the pane's language. */
export function mprStepRows(record: MprSteps, lang: Lang = 'en'): StepRow[] {
  const context = mprStepContext(record);
  const quality = paneText(lang).calc.mpr.quality;
  const text = (step: ReturnType<typeof mprStepList>[number]) => (step.id === 'quality' ? quality[step.value as Quality] : mprStepText(step));
  return mprStepList(record).map((step) => row(step, mprStepLabel(step.id, context, lang), () => text(step), lang));
}

function row<Id extends StepRow['id']>(step: ExplainStep<Id>, label: string, text: () => string, lang: Lang): StepRow {
  return {
    id: step.id,
    label: step.unit === 'fraction' ? `${label} (%)` : label,
    text: valueText(step, text, lang),
    numeric: step.unit !== 'text',
  };
}
