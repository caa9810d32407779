import { ExplainRow, explainRows, explainSteps, stepList, stepNumber } from '../core/explain';
import type { CellValue } from '../core/numbers';
import type { Lang } from '../i18n/lang';
import { stepContext, stepLabel, stepText } from '../i18n/steps';

/**
 * BPI.EXPLAIN's rows in a language: the core's steps (the same record in every language), labelled by
 * step id from src/i18n/steps.ts, as the task pane labels them. Numbers stay numbers; text values (the
 * type, the category 0 note, II-A's share, the multipliers) are translated.
 */
export function explainRowsIn(lang: Lang, v: readonly CellValue[]): ExplainRow[] {
  const record = explainSteps(v[0], v[1], v[2], v[3], v[4]);
  if (lang === 'en') return explainRows(record);
  const context = stepContext(record);
  return stepList(record).map((step) => [
    stepLabel(step.id, context, lang),
    typeof step.value === 'string' ? stepText(step, context, lang) : stepNumber(step.value),
  ]);
}
