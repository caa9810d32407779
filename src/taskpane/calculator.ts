import { DEBTOR_CATEGORIES } from '../core/tables/types';
import { RATE_TYPES, RATE_TYPE_NAMES } from '../core/rateTypes';
import { Calculation, CalculatorInputs, Failure, Outcome, calculate, cellValue } from './calc';
import { mountCheckField } from './checkField';
import { h } from './dom';
import { DEFAULT_TYPE } from './formula';
import { formulaCode } from './formulaView';
import { scrollable } from './scroll';
import { stepsCaption, stepsNote } from './steps';
import type { Lang } from '../i18n/lang';
import { t as tr } from '../i18n/messages';
import { PaneText, paneText } from '../i18n/pane';
import { frenchSpaces } from '../i18n/typography';

/**
 * The calculator form. Test contract (automated checks rely on it): inputs carry data-testid country
 * (a <select> of the categories 0–7), debtor (a text box with a list of the categories, that also takes a
 * score), x, type (a <select> whose option values are the type names), options; the button
 * data-testid="calculate"; the rate in data-testid="rate" as "1.01%"; the steps in data-testid="steps".
 */

type FieldName = keyof CalculatorInputs;

interface FieldSpec {
  readonly name: FieldName;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly inputmode?: string;
  readonly placeholder?: string;
  readonly list?: string;
}

function fields(t: PaneText['calc']): readonly FieldSpec[] {
  return [
    { name: 'debtor', label: t.debtorLabel, hint: t.debtorHint, value: 'CC3', list: 'debtor-list' },
    { name: 'x', label: t.xLabel, hint: t.xHint, value: '1', inputmode: 'decimal' },
    { name: 'options', label: t.optionsLabel, hint: t.optionsHint, value: '', placeholder: t.optionsPlaceholder },
    { name: 'amount', label: t.amountLabel, hint: t.amountHint, value: '', inputmode: 'decimal', placeholder: t.amountPlaceholder },
  ];
}

export interface CalculatorView {
  readonly element: HTMLElement;
  /** The last successful calculation (for the insert button). */
  current(): Calculation | null;
  /** Shows or hides the "Insert formula" button (Excel only) and sets what it does. */
  enableInsert(insert: (formula: string) => Promise<void>): void;
}

function field(spec: FieldSpec): HTMLElement {
  const id = `in-${spec.name}`;
  return h(
    'div',
    { class: 'field' },
    h('label', { for: id }, spec.label),
    h('input', {
      id,
      name: spec.name,
      type: 'text',
      value: spec.value,
      inputmode: spec.inputmode,
      placeholder: spec.placeholder,
      list: spec.list,
      autocomplete: 'off',
      spellcheck: 'false',
      'data-testid': spec.name,
      'aria-describedby': `${id}-hint`,
    }),
    h('span', { class: 'hint', id: `${id}-hint` }, spec.hint),
  );
}

/** The OECD country categories 0–7, each with what the note does with it (0 and 1 share the row "0/1"). */
function countryField(t: PaneText['calc']): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: 'in-country' }, t.countryLabel),
    h(
      'select',
      { id: 'in-country', name: 'country', 'data-testid': 'country', 'aria-describedby': 'in-country-hint' },
      t.countries.map((text, i) => h('option', { value: String(i), selected: i === 3 }, text)),
    ),
    h('span', { class: 'hint', id: 'in-country-hint' }, t.countryHint),
  );
}

function typeField(t: PaneText['calc']): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: 'in-type' }, t.typeLabel),
    h(
      'select',
      { id: 'in-type', name: 'type', 'data-testid': 'type', 'aria-describedby': 'in-type-hint' },
      RATE_TYPE_NAMES.map((n) => h('option', { value: n, selected: n === DEFAULT_TYPE }, `${n} (${RATE_TYPES[n].section})`)),
    ),
    h('span', { class: 'hint', id: 'in-type-hint' }, t.typeHint),
  );
}

export function mountCalculator(lang: Lang = 'en'): CalculatorView {
  const t = paneText(lang).calc;
  const [debtor, x, options, amount] = fields(t).map(field);
  const country = countryField(t);
  const check = mountCheckField(lang);
  const form = h(
    'form',
    { class: 'calc', novalidate: true, 'aria-label': t.form },
    h('datalist', { id: 'debtor-list', 'data-testid': 'debtor-list' }, DEBTOR_CATEGORIES.map((d) => h('option', { value: d, label: t.debtorMeanings[d] }))),
    h('div', { class: 'grid' }, country, debtor, x, typeField(t)),
    options,
    amount,
    check.field,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', 'data-testid': 'calculate' }, t.calculate),
      h('button', { type: 'button', class: 'secondary', 'data-testid': 'insert', hidden: true }, t.insert),
    ),
  );
  const rate = h('output', { class: 'rate', 'data-testid': 'rate', 'aria-live': 'polite' });
  const premium = h('output', { class: 'premium', 'data-testid': 'premium' });
  const notes = h('ul', { class: 'notes', 'data-testid': 'notes' });
  const formula = h('span', { class: 'formula-slot' });
  const error = h('div', { class: 'error', role: 'alert', 'data-testid': 'error' });
  const status = h('div', { class: 'status', role: 'status', 'data-testid': 'insert-status' });
  const stepsBody = h('tbody');
  // Hidden, not emptied under a heading, while the inputs are in error.
  const steps = h(
    'div',
    { class: 'steps-box' },
    scrollable(
      t.steps,
      h(
        'table',
        { class: 'steps', 'data-testid': 'steps' },
        h('caption', {}, stepsCaption(lang)),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.step), h('th', { scope: 'col', class: 'num' }, t.value))),
        stepsBody,
      ),
      lang,
    ),
    h('p', { class: 'hint' }, stepsNote(lang)),
  );
  const result = h(
    'div',
    { class: 'result' },
    h('div', { class: 'figure' }, h('span', { class: 'figure-label' }, t.rate), rate),
    h('div', { class: 'figure' }, h('span', { class: 'figure-label' }, t.premium), premium),
    notes,
    h('p', { class: 'formula', hidden: true }, t.formula, formula),
  );
  const element = h('div', {}, form, error, status, result, check.result, steps);

  let last: Calculation | null = null;
  const formulaLine = result.querySelector<HTMLElement>('.formula')!;
  const insertButton = form.querySelector<HTMLButtonElement>('[data-testid="insert"]')!;
  const read = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement).value;

  const show = (outcome: Outcome) => {
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    notes.replaceChildren();
    stepsBody.replaceChildren();
    status.textContent = '';
    if (!outcome.ok) {
      last = null;
      showError(outcome.error);
      rate.textContent = '—';
      premium.textContent = '—';
      formula.replaceChildren();
      formulaLine.hidden = true;
      steps.hidden = true;
      insertButton.disabled = true;
      check.update(null);
      return;
    }
    const c = (last = outcome.value);
    error.replaceChildren();
    rate.textContent = c.rateText;
    premium.textContent = c.premium ?? '—';
    if (c.premiumError) showError(c.premiumError);
    if (c.score) notes.append(h('li', {}, t.score({ score: c.score, country: read('country').trim(), debtor: c.debtor })));
    if (c.indicative) notes.append(h('li', { class: 'warning' }, t.indicative));
    formula.replaceChildren(formulaCode(c.formulaShown, { 'data-testid': 'formula' }, lang === 'fr' ? ';' : ','));
    formulaLine.hidden = false;
    steps.hidden = false;
    insertButton.disabled = false;
    check.update([cellValue(read('country')), c.debtor, cellValue(read('x')), read('type'), read('options')]);
    stepsBody.append(...c.steps.map((s) => h('tr', {}, h('th', { scope: 'row' }, s.label), h('td', { class: s.numeric ? 'num' : undefined }, s.text))));
  };

  const showError = (e: Failure) => {
    error.replaceChildren(h('strong', {}, e.code), ' ', e.message);
    // The core says which input the failure is about: no reading of the message text.
    const input = e.arg ? form.querySelector(`[name="${e.arg}"]`) : null;
    input?.setAttribute('aria-invalid', 'true');
  };

  const update = () =>
    show(calculate({ country: read('country'), debtor: read('debtor'), x: read('x'), type: read('type'), options: read('options'), amount: read('amount') }, lang));

  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update();
  });
  update();

  return {
    element,
    current: () => last,
    enableInsert(insert) {
      insertButton.hidden = false;
      insertButton.addEventListener('click', async () => {
        if (!last) return;
        const { formula: text, formulaShown } = last;
        try {
          await insert(text);
          status.textContent = t.inserted(formulaShown);
        } catch (e) {
          // The add-in's own message (src/i18n/messages.ts, shared with insert.ts), with French spacing in French.
          const failed = tr('insert.failed', { reason: e instanceof Error ? e.message : String(e) }, lang);
          status.textContent = lang === 'fr' ? frenchSpaces(failed) : failed;
        }
      });
    },
  };
}
