import { DEBTOR_CATEGORIES } from '../core/tables/types';
import { RATE_TYPES, RATE_TYPE_NAMES } from '../core/rateTypes';
import { Calculation, CalculatorInputs, Failure, Outcome, calculate } from './calc';
import { h } from './dom';
import { DEFAULT_TYPE } from './formula';
import { formulaCode } from './formulaView';
import { scrollable } from './scroll';
import { STEPS_CAPTION, STEPS_NOTE } from './steps';

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

const FIELDS: readonly FieldSpec[] = [
  { name: 'debtor', label: 'Debtor category or score', hint: 'pick a category, or type a score such as BB- or Ba3', value: 'CC3', list: 'debtor-list' },
  { name: 'x', label: 'x (years)', hint: 'unrounded; its meaning depends on the type', value: '1', inputmode: 'decimal' },
  { name: 'options', label: 'Options', hint: 'NAME=VALUE; … (see Options below)', value: '', placeholder: 'e.g. COVER=100%; MOBILE=25%' },
  { name: 'amount', label: 'Amount (premium basis)', hint: 'optional; the premium is amount × rate, to the cent', value: '', inputmode: 'decimal', placeholder: 'e.g. 1000000' },
];

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

/** The OECD country categories, with what the note does with each (0 and 1 share the row "0/1"). */
const COUNTRIES: readonly [value: string, text: string][] = [
  ['0', '0 – former category 0, indicative (row 0/1)'],
  ['1', '1 – lowest country risk (row 0/1)'],
  ['2', '2'],
  ['3', '3'],
  ['4', '4'],
  ['5', '5'],
  ['6', '6'],
  ['7', '7 – highest country risk'],
];

/** What each debtor category is (I-A); shown beside the value in the list. */
const DEBTOR_MEANINGS: Record<(typeof DEBTOR_CATEGORIES)[number], string> = {
  'SOV+': 'better than sovereign',
  'SOV/CCO': 'sovereign (SOV, CCO)',
  CC1: 'best non-sovereign',
  CC2: 'non-sovereign',
  CC3: 'non-sovereign',
  CC4: 'non-sovereign',
  CC5: 'weakest non-sovereign',
};

function countryField(): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: 'in-country' }, 'Country category'),
    h(
      'select',
      { id: 'in-country', name: 'country', 'data-testid': 'country', 'aria-describedby': 'in-country-hint' },
      COUNTRIES.map(([v, text]) => h('option', { value: v, selected: v === '3' }, text)),
    ),
    h('span', { class: 'hint', id: 'in-country-hint' }, 'OECD category of the buyer’s country'),
  );
}

function typeField(): HTMLElement {
  return h(
    'div',
    { class: 'field' },
    h('label', { for: 'in-type' }, 'Type'),
    h(
      'select',
      { id: 'in-type', name: 'type', 'data-testid': 'type', 'aria-describedby': 'in-type-hint' },
      RATE_TYPE_NAMES.map((n) => h('option', { value: n, selected: n === DEFAULT_TYPE }, `${n} (${RATE_TYPES[n].section})`)),
    ),
    h('span', { class: 'hint', id: 'in-type-hint' }, 'x is the credit term for NONPAYMENT; see the type table below'),
  );
}

export function mountCalculator(): CalculatorView {
  const [debtor, x, options, amount] = FIELDS.map(field);
  const country = countryField();
  const form = h(
    'form',
    { class: 'calc', novalidate: true, 'aria-label': 'Premium rate calculator' },
    h('datalist', { id: 'debtor-list', 'data-testid': 'debtor-list' }, DEBTOR_CATEGORIES.map((d) => h('option', { value: d, label: DEBTOR_MEANINGS[d] }))),
    h('div', { class: 'grid' }, country, debtor, x, typeField()),
    options,
    amount,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary', 'data-testid': 'calculate' }, 'Calculate'),
      h('button', { type: 'button', class: 'secondary', 'data-testid': 'insert', hidden: true }, 'Insert formula'),
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
      'Steps',
      h(
        'table',
        { class: 'steps', 'data-testid': 'steps' },
        h('caption', {}, STEPS_CAPTION),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Step'), h('th', { scope: 'col', class: 'num' }, 'Value'))),
        stepsBody,
      ),
    ),
    h('p', { class: 'hint' }, STEPS_NOTE),
  );
  const result = h(
    'div',
    { class: 'result' },
    h('div', { class: 'figure' }, h('span', { class: 'figure-label' }, 'Premium rate'), rate),
    h('div', { class: 'figure' }, h('span', { class: 'figure-label' }, 'Premium'), premium),
    notes,
    h('p', { class: 'formula', hidden: true }, 'Formula: ', formula),
  );
  const element = h('div', {}, form, error, status, result, steps);

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
      return;
    }
    const c = (last = outcome.value);
    error.replaceChildren();
    rate.textContent = c.rateText;
    premium.textContent = c.premium ?? '—';
    if (c.premiumError) showError(c.premiumError);
    if (c.score) notes.append(h('li', {}, `Score ${c.score} in country category ${read('country').trim()} → debtor category ${c.debtor} (I-A matrix).`));
    if (c.indicative) notes.append(h('li', { class: 'warning' }, 'Former category 0: the note prices these risks case by case; this rate is indicative only.'));
    formula.replaceChildren(formulaCode(c.formula, { 'data-testid': 'formula' }));
    formulaLine.hidden = false;
    steps.hidden = false;
    insertButton.disabled = false;
    stepsBody.append(...c.steps.map((s) => h('tr', {}, h('th', { scope: 'row' }, s.label), h('td', { class: s.numeric ? 'num' : undefined }, s.text))));
  };

  const showError = (e: Failure) => {
    error.replaceChildren(h('strong', {}, e.code), ' ', e.message);
    // The core says which input the failure is about: no reading of the message text.
    const input = e.arg ? form.querySelector(`[name="${e.arg}"]`) : null;
    input?.setAttribute('aria-invalid', 'true');
  };

  const update = () =>
    show(calculate({ country: read('country'), debtor: read('debtor'), x: read('x'), type: read('type'), options: read('options'), amount: read('amount') }));

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
        const text = last.formula;
        try {
          await insert(text);
          status.textContent = `Inserted ${text} in the selected cell.`;
        } catch (e) {
          status.textContent = `Could not insert the formula: ${e instanceof Error ? e.message : String(e)}`;
        }
      });
    },
  };
}
