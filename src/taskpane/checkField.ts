import { CheckResult, checkRate } from '../core/check';
import { BpiError } from '../core/errors';
import type { CellValue } from '../core/numbers';
import { checkExplanation, checkPaneText } from '../i18n/check';
import { errorText } from '../i18n/errors';
import { currentLanguage, Lang } from '../i18n/lang';
import { h } from './dom';
import { formatRate } from './format';

/**
 * The calculator's "Check a rate" field: the rate someone computed, typed in percent as people write it
 * (1.00 %, 1,00 %, 1.00), checked by BPI.CHECK's core against the calculator's inputs. Test contract:
 * the input data-testid="check", the outcome data-testid="check-result" (verdict, cause, explanation).
 */

/** RATE's arguments as the calculator resolved them (the debtor category, not a score). */
export type RateArgs = readonly [country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue];

export type CheckOutcome =
  | { readonly kind: 'blank' }
  | { readonly kind: 'unreadable'; readonly message: string }
  | { readonly kind: 'checked'; readonly result: CheckResult; readonly explanation: string };

/**
 * A percentage as typed, as the numeric text the core reads exactly ("1,00 %" → "1.00%"): a trailing % and
 * spaces (also non-breaking ones, as French typing puts before %) are optional, one decimal comma is a
 * decimal point. null for anything else (thousands separators included: no rate needs them).
 */
export function percentText(typed: string): string | null {
  const t = typed.replace(/[\s\u00a0\u202f]+/g, '').replace(/%$/, '');
  if (!/^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/.test(t)) return null;
  return `${t.replace(',', '.')}%`;
}

/** The check of a typed rate against RATE's arguments (which the calculator has already validated). */
export function checkTyped(typed: string, args: RateArgs, lang: Lang = currentLanguage()): CheckOutcome {
  if (typed.trim() === '') return { kind: 'blank' };
  const text = percentText(typed);
  if (text === null) return { kind: 'unreadable', message: checkPaneText('unreadable', { text: typed.trim() }, lang) };
  try {
    const result = checkRate(text, ...args);
    return { kind: 'checked', result, explanation: checkExplanation(result.cause, lang) };
  } catch (e) {
    if (e instanceof BpiError) return { kind: 'unreadable', message: errorText(e, lang) };
    throw e;
  }
}

export interface CheckFieldView {
  /** The labelled input, for the form. */
  readonly field: HTMLElement;
  /** The outcome, shown beside the steps. */
  readonly result: HTMLElement;
  /** Re-checks against the calculator's current arguments; null while they are in error (nothing to check against). */
  update(args: RateArgs | null): void;
}

/** The field in `lang` (the pane's language; by default the user's). */
export function mountCheckField(lang: Lang = currentLanguage()): CheckFieldView {
  const text = (key: Parameters<typeof checkPaneText>[0], params: Readonly<Record<string, string>> = {}) => checkPaneText(key, params, lang);
  const input = h('input', {
    id: 'in-check',
    name: 'check',
    type: 'text',
    inputmode: 'decimal',
    placeholder: text('placeholder'),
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': 'in-check-hint',
    'data-testid': 'check',
  });
  const field = h(
    'div',
    { class: 'field' },
    h('label', { for: 'in-check' }, text('label')),
    input,
    h('span', { id: 'in-check-hint', class: 'hint' }, text('hint')),
  );
  const result = h('div', { class: 'check-result', 'data-testid': 'check-result', 'aria-live': 'polite', hidden: true });

  return {
    field,
    result,
    update(args) {
      const outcome = args === null ? ({ kind: 'blank' } as const) : checkTyped(input.value, args, lang);
      input.removeAttribute('aria-invalid');
      result.hidden = outcome.kind === 'blank';
      if (outcome.kind === 'blank') return result.replaceChildren();
      if (outcome.kind === 'unreadable') {
        input.setAttribute('aria-invalid', 'true');
        return result.replaceChildren(h('p', { class: 'warning' }, outcome.message));
      }
      const r = outcome.result;
      const ok = r.verdict === 'OK';
      result.replaceChildren(
        h(
          'p',
          { class: ok ? 'check-ok' : 'warning' },
          h('strong', {}, text(ok ? 'ok' : 'mismatch')),
          ok ? null : ` (${text('expected', { expected: formatRate(r.expected, lang) })})`,
          ok ? null : h('span', {}, ` — ${text('cause')} `, h('code', {}, r.cause)),
        ),
        h('p', {}, outcome.explanation),
      );
    },
  };
}
