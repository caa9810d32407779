import { DEBTOR_CATEGORIES } from '../core/tables/types';
import { RATE_TYPES, RATE_TYPE_NAMES, RateTypeName } from '../core/rateTypes';
import { Calculation, CalculatorInputs, Failure, Outcome, calculate, cellValue } from './calc';
import { mountCheckField } from './checkField';
import { copyText, stepsTable } from './copySteps';
import { h } from './dom';
import { DEFAULT_TYPE } from './formula';
import { formatHundredths } from './format';
import { formulaCode } from './formulaView';
import { scrollable } from './scroll';
import { stepsCaption, stepsNote } from './steps';
import { mountTermHelper } from './termHelper';
import { carryNumber, isNumberPrefix } from './typed';
import type { Lang } from '../i18n/lang';
import { t as tr } from '../i18n/messages';
import { PaneText, errorCodeText, paneText } from '../i18n/pane';
import { TERMS } from '../i18n/terms';
import { frenchSpaces } from '../i18n/typography';

/**
 * The calculator form. Test contract (automated checks rely on it): inputs carry data-testid country
 * (a <select> of the categories 0–7), debtor (a text box with a list of the categories, that also takes a
 * score), x, type (a <select> whose option values are the type names), options, amount, financed; the button
 * data-testid="calculate"; the rate in data-testid="rate" as "1.01%"; the premium in "premium"; the steps in
 * data-testid="steps", copied by "copy-steps"; the message of an error in "error", next to its field.
 *
 * Errors wait for the user: while a field is being typed, an error is shown only after a pause, and never
 * while the text may still become a number ("10,", "-"); leaving the field (change) or Enter shows it at once.
 */

/** How long typing must pause before an error about what is being typed shows. */
export const ERROR_PAUSE_MS = 1200;

type FieldName = Exclude<keyof CalculatorInputs, 'country' | 'type'>;

interface FieldSpec {
  readonly name: FieldName;
  readonly label: string;
  readonly hint: string;
  readonly value: string;
  readonly inputmode?: string;
  readonly placeholder?: string;
  readonly list?: string;
}

function fields(t: PaneText['calc']): Readonly<Record<FieldName, FieldSpec>> {
  return {
    debtor: { name: 'debtor', label: t.debtorLabel, hint: t.debtorHint, value: 'CC3', list: 'debtor-list' },
    x: { name: 'x', label: t.xLabel, hint: '', value: '1', inputmode: 'decimal' },
    options: { name: 'options', label: t.optionsLabel, hint: t.optionsHint, value: '', placeholder: t.optionsPlaceholder },
    amount: { name: 'amount', label: t.amountLabel, hint: t.amountHint, value: '', inputmode: 'decimal', placeholder: t.amountPlaceholder },
    financed: { name: 'financed', label: t.financedLabel, hint: t.financedHint, value: '', inputmode: 'decimal', placeholder: t.financedPlaceholder },
  };
}

/** What the pane carries across a re-render (Office ready in another language): every field's text. */
export type CalculatorState = Readonly<Record<string, string>>;

export interface CalculatorView {
  readonly element: HTMLElement;
  /** The last successful calculation (for the insert buttons). */
  current(): Calculation | null;
  /** Every named field's text, to mount the calculator again with the same inputs. */
  state(): CalculatorState;
  /** Shows the "Insert formula" buttons (Excel only) and sets what they do. */
  enableInsert(insert: (formula: string) => Promise<void>): void;
}

function field(spec: FieldSpec): HTMLElement {
  const id = `in-${spec.name}`;
  return h(
    'div',
    { class: 'field', 'data-field': spec.name },
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
    { class: 'field wide', 'data-field': 'country' },
    h('label', { for: 'in-country' }, t.countryLabel),
    h(
      'select',
      { id: 'in-country', name: 'country', 'data-testid': 'country', 'aria-describedby': 'in-country-hint' },
      t.countries.map((text, i) => h('option', { value: String(i), selected: i === 3 }, text)),
    ),
    h('span', { class: 'hint', id: 'in-country-hint' }, t.countryHint),
  );
}

/** The types in the pane's words, with the note's section; the option values are the codes the formula takes. */
function typeField(t: PaneText['calc']): HTMLElement {
  return h(
    'div',
    { class: 'field wide', 'data-field': 'type' },
    h('label', { for: 'in-type' }, t.typeLabel),
    h(
      'select',
      { id: 'in-type', name: 'type', 'data-testid': 'type', 'aria-describedby': 'in-type-hint' },
      RATE_TYPE_NAMES.map((n) => h('option', { value: n, selected: n === DEFAULT_TYPE }, `${t.types[n]} (${RATE_TYPES[n].section})`)),
    ),
    h('span', { class: 'hint', id: 'in-type-hint' }, t.typeHint),
  );
}

/** The x hint for a type: what x is for it, and its 3-month floor. */
export function xHint(type: string, lang: Lang): string {
  const rt = RATE_TYPES[type as RateTypeName] ?? RATE_TYPES[DEFAULT_TYPE];
  return paneText(lang).calc.xHint(TERMS[lang].xMeans[rt.name], rt.floorQuarter);
}

export function mountCalculator(lang: Lang = 'en', initial: CalculatorState = {}): CalculatorView {
  const t = paneText(lang).calc;
  const spec = fields(t);
  const [debtor, x, options, amount, financed] = (['debtor', 'x', 'options', 'amount', 'financed'] as const).map((n) => field(spec[n]));
  const country = countryField(t);
  const type = typeField(t);
  const check = mountCheckField(lang);
  const term = mountTermHelper(lang);
  const rateInsert = h('button', { type: 'button', class: 'secondary', 'data-testid': 'insert', hidden: true }, t.insert);
  const premiumInsert = h('button', { type: 'button', class: 'secondary', 'data-testid': 'insert-premium', hidden: true }, t.insertPremium);
  // The one error message, placed in the field it is about (or above the buttons when it is about none).
  const error = h('div', { class: 'error', role: 'alert', id: 'calc-error', 'data-testid': 'error' });
  const generalSlot = h('div', { class: 'error-slot' }, error);
  const rate = h('output', { class: 'rate', 'data-testid': 'rate', 'aria-live': 'polite' });
  const premium = h('output', { class: 'premium', 'data-testid': 'premium' });
  const notes = h('ul', { class: 'notes', 'data-testid': 'notes' });
  const financedNote = h('p', { class: 'financed-note', 'data-testid': 'financed-note' });
  const formula = h('span', { class: 'formula-slot' });
  const premiumFormulaSlot = h('span', { class: 'formula-slot' });
  const status = h('div', { class: 'status', role: 'status', 'data-testid': 'insert-status' });
  const stepsBody = h('tbody');
  const copyButton = h('button', { type: 'button', class: 'secondary', 'data-testid': 'copy-steps' }, t.copySteps);
  const printButton = h('button', { type: 'button', class: 'secondary', 'data-testid': 'print' }, t.print);
  const copyStatus = h('p', { class: 'status', role: 'status', 'data-testid': 'copy-status' });
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
    h('div', { class: 'actions steps-actions' }, copyButton, printButton),
    copyStatus,
    h('p', { class: 'hint' }, stepsNote(lang)),
  );
  // The OECD minimum for the same deal, under the rate (oecd.ts), with its steps behind a disclosure.
  const mpr = h('div', { class: 'mpr', 'data-testid': 'mpr', hidden: true });
  // The rate right under the inputs it comes from, so inputs and result are one screen at 450 px.
  const result = h(
    'div',
    { class: 'result', 'data-testid': 'result' },
    h('div', { class: 'figure' }, h('span', { class: 'figure-label' }, t.rate), rate),
    notes,
    h('p', { class: 'formula', hidden: true }, t.formula, formula),
    mpr,
  );
  // The premium with its own inputs: amount and financed share.
  const premiumBox = h(
    'div',
    { class: 'result premium-result' },
    h('div', { class: 'figure' }, h('span', { class: 'figure-label' }, t.premium), premium),
    financedNote,
    h('p', { class: 'formula premium-formula', hidden: true }, t.premiumFormula, premiumFormulaSlot),
  );
  const form = h(
    'form',
    { class: 'calc', novalidate: true, 'aria-label': t.form },
    h(
      'datalist',
      { id: 'debtor-list', 'data-testid': 'debtor-list' },
      DEBTOR_CATEGORIES.map((d) => h('option', { value: d, label: t.debtorMeanings[d] })),
    ),
    h('div', { class: 'grid' }, country, debtor, x, type),
    term.element,
    options,
    generalSlot,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary', 'data-testid': 'calculate' }, t.calculate), rateInsert),
    result,
    status,
    h(
      'fieldset',
      { class: 'premium-group' },
      h('legend', {}, t.premiumGroup),
      h('div', { class: 'grid' }, amount, financed),
      premiumBox,
      h('div', { class: 'actions' }, premiumInsert),
    ),
    check.field,
    check.result,
  );
  const element = h('div', { class: 'calc-layout' }, form, steps);

  const formulaLine = result.querySelector<HTMLElement>('.formula')!;
  const premiumLine = premiumBox.querySelector<HTMLElement>('.premium-formula')!;
  const xInput = x.querySelector('input')!;
  const xHintEl = x.querySelector<HTMLElement>('.hint')!;
  const control = (name: string) => form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const read = (name: string) => control(name)?.value ?? '';
  const named = () => [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')];
  // Carried from a render in another language: numbers in this language's form, anything else as typed.
  const from = (initial.__lang ?? lang) as Lang;
  for (const el of named()) {
    const v = initial[el.name];
    if (v !== undefined) el.value = el instanceof HTMLInputElement && el.inputMode === 'decimal' ? carryNumber(v, from, lang) : v;
  }
  term.onUse((value) => {
    xInput.value = value;
    update('commit');
  });

  let last: Calculation | null = null;
  let shown: Failure | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const clearError = () => {
    shown = null;
    for (const el of form.querySelectorAll('[aria-invalid]')) if (el !== control('check')) el.removeAttribute('aria-invalid');
    for (const el of form.querySelectorAll<HTMLElement>('[data-error-for]')) {
      el.setAttribute('aria-describedby', el.dataset.errorFor!);
      el.removeAttribute('data-error-for');
    }
    error.replaceChildren();
    generalSlot.append(error);
  };

  /** The message next to its field, the field marked invalid and described by it. */
  const showError = (e: Failure) => {
    clearError();
    shown = e;
    const input = e.arg ? control(e.arg) : null;
    if (input) {
      input.closest('.field')?.insertBefore(error, input.nextSibling);
      input.setAttribute('aria-invalid', 'true');
      const hint = input.getAttribute('aria-describedby') ?? '';
      input.dataset.errorFor = hint;
      input.setAttribute('aria-describedby', `${error.id} ${hint}`.trim());
    }
    error.append(h('strong', {}, errorCodeText(e.code, lang)), ' ', e.message);
  };

  const setInsertable = (ok: boolean) => {
    rateInsert.disabled = !ok;
    premiumInsert.disabled = !(ok && last?.premiumFormula);
  };

  const showCalculation = (c: Calculation) => {
    last = c;
    result.removeAttribute('data-pending');
    premiumBox.removeAttribute('data-pending');
    notes.replaceChildren();
    stepsBody.replaceChildren();
    rate.textContent = c.rateText;
    premium.textContent = c.premium ?? '—';
    if (c.premiumError) showError(c.premiumError);
    else clearError();
    if (c.score) notes.append(h('li', {}, t.score({ score: c.score, country: read('country').trim(), debtor: c.debtor })));
    if (c.indicative) notes.append(h('li', { class: 'warning' }, t.indicative));
    financedNote.textContent = c.financedShare ? t.financedNote(c.financedShare) : '';
    const separator = lang === 'fr' ? ';' : ',';
    formula.replaceChildren(formulaCode(c.formulaShown, { 'data-testid': 'formula' }, separator));
    formulaLine.hidden = false;
    premiumFormulaSlot.replaceChildren(c.premiumFormulaShown ? formulaCode(c.premiumFormulaShown, { 'data-testid': 'premium-formula' }, separator) : '');
    premiumLine.hidden = !c.premiumFormulaShown;
    showMpr(c);
    steps.hidden = false;
    setInsertable(true);
    check.update([cellValue(read('country')), c.debtor, cellValue(read('x'), lang), read('type'), read('options')]);
    stepsBody.append(...c.steps.map((s) => h('tr', {}, h('th', { scope: 'row' }, s.label), h('td', { class: s.numeric ? 'num' : undefined }, s.text))));
  };

  /** The OECD minimum line: the MPR, the gap to the note's rate, why, what was left out, the steps. */
  const showMpr = (c: Calculation) => {
    const m = t.mpr;
    const o = c.oecd;
    mpr.hidden = false;
    if (o.kind === 'none') return mpr.replaceChildren(h('p', { class: 'hint' }, o.reason === 'category0' ? m.category0 : m.preShipment));
    const colon = lang === 'fr' ? '\u00a0: ' : ': ';
    if (o.kind === 'error')
      return mpr.replaceChildren(h('p', { class: 'hint' }, m.label, colon, h('strong', {}, errorCodeText(o.failure.code, lang)), ' ', o.failure.message));
    const percent = formatHundredths(o.hundredths, lang, true);
    const points = formatHundredths(o.gapHundredths < 0n ? -o.gapHundredths : o.gapHundredths, lang, false);
    const open = mpr.querySelector('details')?.open ?? false;
    mpr.replaceChildren(
      h(
        'p',
        { class: 'mpr-line' },
        h('span', { class: 'figure-label' }, m.label),
        ' ',
        h('strong', { 'data-testid': 'mpr-rate' }, percent),
        lang === 'fr' ? '\u00a0; ' : '; ',
        h('span', { 'data-testid': 'mpr-gap' }, m.gap(points, o.sign)),
      ),
      h('p', { class: 'hint' }, m.why),
      ...(o.omitted.length > 0 ? [h('p', { class: 'hint', 'data-testid': 'mpr-omitted' }, m.omitted(o.omitted.join(', ')))] : []),
      h(
        'details',
        { class: 'mpr-steps', open },
        h('summary', {}, m.steps),
        scrollable(
          m.steps,
          h(
            'table',
            { class: 'steps', 'data-testid': 'mpr-steps' },
            h('caption', {}, m.caption),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.step), h('th', { scope: 'col', class: 'num' }, t.value))),
            h(
              'tbody',
              {},
              o.steps.map((s) => h('tr', {}, h('th', { scope: 'row' }, s.label), h('td', { class: s.numeric ? 'num' : undefined }, s.text))),
            ),
          ),
          lang,
        ),
        c.oecdFormulaShown
          ? h('p', { class: 'formula' }, m.formula, formulaCode(c.oecdFormulaShown, { 'data-testid': 'mpr-formula' }, lang === 'fr' ? ';' : ','))
          : null,
      ),
    );
  };

  const showFailure = (e: Failure) => {
    last = null;
    result.removeAttribute('data-pending');
    premiumBox.removeAttribute('data-pending');
    notes.replaceChildren();
    financedNote.textContent = '';
    stepsBody.replaceChildren();
    showError(e);
    rate.textContent = '—';
    premium.textContent = '—';
    formula.replaceChildren();
    premiumFormulaSlot.replaceChildren();
    formulaLine.hidden = true;
    premiumLine.hidden = true;
    mpr.hidden = true;
    mpr.replaceChildren();
    steps.hidden = true;
    setInsertable(false);
    check.update(null);
  };

  const same = (a: Failure | null, b: Failure) => a !== null && a.code === b.code && a.message === b.message && a.arg === b.arg;

  /**
   * "commit": show the outcome, errors included (change, Enter, Calculate, a pause). "typing": show a success
   * at once, an error only if it is already shown; otherwise the last result stays, marked pending, and the
   * error waits for a pause, or for leaving the field when the text may still become a number.
   */
  const update = (mode: 'commit' | 'typing', typedIn?: string) => {
    clearTimeout(timer);
    status.textContent = '';
    xHintEl.textContent = xHint(read('type'), lang);
    const outcome: Outcome = calculate(
      {
        country: read('country'),
        debtor: read('debtor'),
        x: read('x'),
        type: read('type'),
        options: read('options'),
        amount: read('amount'),
        financed: read('financed'),
      },
      lang,
    );
    const failure = outcome.ok ? outcome.value.premiumError : outcome.error;
    if (mode === 'commit' || failure === null || same(shown, failure)) {
      if (outcome.ok) showCalculation(outcome.value);
      else showFailure(outcome.error);
      return;
    }
    // An error about what is being typed: wait.
    result.setAttribute('data-pending', 'true');
    premiumBox.setAttribute('data-pending', 'true');
    setInsertable(false);
    const typing = typedIn !== undefined && failure.arg === typedIn ? control(typedIn) : null;
    // A number not yet whole ("-", "10,", "1 00"): no error until the user leaves the field or presses Enter.
    // A whole one out of range (x = -1) is a real error: it shows after the pause.
    if (typing instanceof HTMLInputElement && isNumberPrefix(typing.value, lang) && typeof cellValue(typing.value, lang) !== 'number') return;
    timer = setTimeout(() => update('commit'), ERROR_PAUSE_MS);
  };

  form.addEventListener('input', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.closest('[data-term]')) return; // the term helper's own fields
    update(target.tagName === 'SELECT' ? 'commit' : 'typing', target.name);
  });
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLElement).closest('[data-term]')) return;
    update('commit');
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    update('commit');
  });
  update(initial.__committed === 'true' ? 'commit' : 'typing');

  copyButton.addEventListener('click', async () => {
    if (!last) return;
    try {
      await copyText(stepsTable(t.step, t.value, last.steps));
      copyStatus.textContent = t.copied;
    } catch (e) {
      copyStatus.textContent = t.copyFailed(e instanceof Error ? e.message : String(e));
    }
  });
  printButton.addEventListener('click', () => window.print());

  const insertWith = (insert: (formula: string) => Promise<void>, pick: (c: Calculation) => [string, string] | null) => async () => {
    const chosen = last ? pick(last) : null;
    if (!chosen) return;
    const [text, shownText] = chosen;
    try {
      await insert(text);
      status.textContent = t.inserted(shownText);
    } catch (e) {
      // The add-in's own message (src/i18n/messages.ts, shared with insert.ts), with French spacing in French.
      const failed = tr('insert.failed', { reason: e instanceof Error ? e.message : String(e) }, lang);
      status.textContent = lang === 'fr' ? frenchSpaces(failed) : failed;
    }
  };

  return {
    element,
    current: () => last,
    state: () => ({ ...Object.fromEntries(named().map((el) => [el.name, el.value])), __committed: String(shown !== null), __lang: lang }),
    enableInsert(insert) {
      rateInsert.hidden = false;
      premiumInsert.hidden = false;
      setInsertable(last !== null);
      rateInsert.addEventListener(
        'click',
        insertWith(insert, (c) => [c.formula, c.formulaShown]),
      );
      premiumInsert.addEventListener(
        'click',
        insertWith(insert, (c) => (c.premiumFormula && c.premiumFormulaShown ? [c.premiumFormula, c.premiumFormulaShown] : null)),
      );
    },
  };
}
