import { BpiError } from '../core/errors';
import { readExact } from '../core/numbers';
import { horizon } from '../core/schedule';
import { errorText } from '../i18n/errors';
import type { Lang } from '../i18n/lang';
import { paneText } from '../i18n/pane';
import { localNumber } from '../i18n/typography';
import { h } from './dom';
import { paneNumber } from './typed';

/**
 * The term helper under x: a drawdown period and a repayment period, in months or years, give x by the
 * core's horizon (BPI.HORIZON, II-J: repayment + ½ × drawdown), which "Use as x" puts into x. Months are
 * divided by 12 as a cell formula would (=BPI.HORIZON(60/12;18/12)). Its fields carry data-term, so the
 * calculator does not price on them.
 */
export interface TermHelperView {
  readonly element: HTMLElement;
  /** What to do with x once computed (the calculator puts it into its x field). */
  onUse(use: (x: string) => void): void;
}

export function mountTermHelper(lang: Lang): TermHelperView {
  const t = paneText(lang).calc.term;
  const input = (name: string, label: string) => {
    const id = `in-${name}`;
    return h(
      'div',
      { class: 'field' },
      h('label', { for: id }, label),
      h('input', { id, name, type: 'text', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false', 'data-testid': name }),
    );
  };
  const drawdown = input('term-drawdown', t.drawdown);
  const repayment = input('term-repayment', t.repayment);
  const unit = h(
    'div',
    { class: 'field' },
    h('label', { for: 'in-term-unit' }, t.unit),
    h(
      'select',
      { id: 'in-term-unit', name: 'term-unit', 'data-testid': 'term-unit' },
      h('option', { value: 'months' }, t.months),
      h('option', { value: 'years' }, t.years),
    ),
  );
  const use = h('button', { type: 'button', class: 'secondary', 'data-testid': 'term-use' }, t.use);
  const status = h('p', { class: 'status', role: 'status', id: 'term-status', 'data-testid': 'term-status' });
  const element = h(
    'details',
    { class: 'term', 'data-term': '' },
    h('summary', {}, t.title),
    h('div', { class: 'grid term-grid' }, repayment, drawdown, unit),
    h('p', { class: 'hint' }, t.hint),
    h('div', { class: 'actions' }, use),
    status,
  );
  let onUse: (x: string) => void = () => {};
  const value = (name: string) => (element.querySelector(`[name="${name}"]`) as HTMLInputElement | HTMLSelectElement).value;
  use.addEventListener('click', () => {
    for (const el of element.querySelectorAll('[aria-invalid]')) {
      el.removeAttribute('aria-invalid');
      el.removeAttribute('aria-describedby');
    }
    const perYear = value('term-unit') === 'months' ? 12 : 1;
    const years = (name: string) => {
      const typed = value(name);
      if (typed.trim() === '') return '';
      try {
        return readExact(name, paneNumber(typed, lang)).value / perYear;
      } catch {
        return typed; // the core names it in its message
      }
    };
    try {
      const x = horizon(years('term-repayment'), years('term-drawdown'));
      const text = localNumber(String(x), lang);
      status.textContent = t.used(text);
      onUse(text);
    } catch (e) {
      if (!(e instanceof BpiError)) throw e;
      const arg = String(e.params.arg ?? '');
      // The field at fault, tied to the message (read with it by a screen reader).
      const field = element.querySelector(arg === 'drawdown_years' ? '[name="term-drawdown"]' : '[name="term-repayment"]');
      field?.setAttribute('aria-invalid', 'true');
      field?.setAttribute('aria-describedby', 'term-status');
      status.textContent = errorText(e, lang);
    }
  });
  return { element, onUse: (f) => (onUse = f) };
}
