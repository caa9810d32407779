import { MOODYS_SCALE, SP_SCALE } from '../core/categories';
import type { OptionName } from '../core/options';
import { OPTION_NAMES } from '../core/options';
import { REDUCTION_MAXIMA } from '../core/rate';
import { RATE_TYPES, RATE_TYPE_NAMES } from '../core/rateTypes';
import { COVER_K } from '../core/tables/coverK';
import { DEBTOR_MATRIX } from '../core/tables/debtorMatrix';
import { INTERRUPTION_TABLE } from '../core/tables/interruption';
import { NONPAYMENT_TABLE } from '../core/tables/nonpayment';
import { COUNTRY_ROWS, CoefficientTable, DEBTOR_CATEGORIES } from '../core/tables/types';
import type { Lang } from '../i18n/lang';
import { PaneText, TableName, errorCodeText, paneText } from '../i18n/pane';
import { NBSP, localNumber } from '../i18n/typography';
import { h, table } from './dom';
import { formulaCode } from './formulaView';
import { scrollable } from './scroll';
import { ROUNDING_EXAMPLES, exampleFormula, workRounding } from './examples';
import { FunctionDoc, functionDocs } from './functionDocs';
import { formulaLocale, localizeFormula } from './formula';

/**
 * The documentation part of the task pane, in the pane's language (texts: src/i18n/pane.ts; functions:
 * functionDocs.ts, from the metadata Excel reads). Tables (categories, score matrix, coefficients, k,
 * maxima) are rendered from the core's data, not retyped; the worked examples are computed by the core.
 */

/** "2018-03" → "March 2018" (French: "mars 2018"). */
export function editionLabel(edition: string, lang: Lang = 'en'): string {
  const [year, month] = edition.split('-');
  return `${paneText(lang).edition.months[Number(month) - 1]} ${year}`;
}

export const EDITION = editionLabel(NONPAYMENT_TABLE.edition);

/** What the page needs to write in one language. */
interface Ctx {
  readonly lang: Lang;
  readonly t: PaneText;
  /** A number as text in the language's form (decimal comma in French). */
  num(text: string): string;
  /** A formula (en-US form) as the user types it, and as an element that wraps between arguments. */
  formula(en: string): HTMLElement;
  /** A percentage: "25 %" */
  pct(fraction: string): string;
}

function context(lang: Lang): Ctx {
  const locale = formulaLocale(lang, lang === 'fr' ? ',' : '.');
  return {
    lang,
    t: paneText(lang),
    num: (text) => localNumber(text, lang),
    formula: (en) => formulaCode(lang === 'fr' ? localizeFormula(en, locale) : en, {}, locale.listSeparator),
    pct: (fraction) => `${localNumber(String(Number(fraction) * 100), lang)}${lang === 'fr' ? NBSP : ' '}%`,
  };
}

function section(id: string, title: string, ...content: (Node | null)[]): HTMLElement {
  return h('section', { id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title), ...content);
}

const code = (text: string) => h('code', {}, text);
/** A paragraph of catalogue text: `…` parts are code. */
const p = (text: string, ...more: (string | Node)[]) => h('p', {}, ...rich(text), ...more);
function rich(text: string): (string | Node)[] {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? code(part) : part))
    .filter((x) => x !== '');
}

/** An argument name, never split over two lines (CSS: .arg-name); a narrow table scrolls sideways instead. */
function argName(name: string): HTMLElement {
  return h('code', { class: 'arg-name' }, name);
}

function signature(f: FunctionDoc, separator: string): string {
  return `BPI.${f.name}(${f.args.map((a) => (a.default !== undefined ? `[${a.name}]` : a.name)).join(`${separator} `)})`;
}

function functionDoc(f: FunctionDoc, c: Ctx): HTMLElement {
  const separator = c.lang === 'fr' ? ';' : ',';
  return h(
    'article',
    { class: 'fn', id: `fn-${f.id.toLowerCase()}` },
    h('h3', {}, formulaCode(signature(f, separator), {}, separator, true)),
    h('p', { class: 'other-name' }, c.t.functions.otherName, code(`BPI.${f.otherName}`)),
    p(f.summary, f.section ? ` (${f.section})` : ''),
    scrollable(
      c.t.functions.args(`BPI.${f.name}`),
      table(
        null,
        c.t.functions.argHead,
        f.args.map((a) => [argName(a.name), a.meaning, a.default ?? c.t.functions.required]),
      ),
      c.lang,
    ),
    h('p', {}, h('strong', {}, c.t.functions.returns), f.returns),
    h('p', {}, h('strong', {}, c.t.functions.example), c.formula(f.example)),
  );
}

function typeTable(c: Ctx): HTMLElement {
  const f = c.t.functions;
  return scrollable(
    f.types,
    table(
      f.typeCaption,
      f.typeHead,
      RATE_TYPE_NAMES.map((n) => {
        const rt = RATE_TYPES[n];
        return [code(n), rt.section, f.tables[rt.table.name as TableName] ?? rt.table.name, `${f.xMeans[n]}${rt.floorQuarter ? f.atLeastQuarter : ''}`];
      }),
      { class: 'types' },
    ),
    c.lang,
  );
}

function functionsSection(c: Ctx): HTMLElement {
  const f = c.t.functions;
  return section(
    'functions',
    f.title,
    p(f.intro1),
    p(f.intro2),
    p(f.names),
    typeTable(c),
    h(
      'div',
      {},
      functionDocs(c.lang).map((d) => functionDoc(d, c)),
    ),
  );
}

function roundingSection(c: Ctx): HTMLElement {
  const r = c.t.rounding;
  const percent = c.lang === 'fr' ? `${NBSP}%` : '%';
  return section(
    'rounding',
    r.title,
    p(r.rule),
    h('h3', {}, r.worked),
    p(r.workedIntro),
    h(
      'div',
      { class: 'examples', 'data-testid': 'rounding-examples' },
      ROUNDING_EXAMPLES.map((e) => {
        const w = workRounding(e, c.lang);
        const text = r.examples[e.id];
        return h(
          'div',
          { class: 'example' },
          h('h4', {}, text.title),
          h('p', {}, c.formula(exampleFormula(e))),
          h(
            'dl',
            {},
            h('div', {}, h('dt', {}, r.unrounded), h('dd', {}, `${w.unroundedText}${percent}`)),
            h('div', {}, h('dt', {}, r.naive), h('dd', {}, w.naive)),
            h('div', {}, h('dt', {}, c.lang === 'fr' ? 'BPI.TAUXPRIME' : 'BPI.RATE'), h('dd', {}, h('strong', {}, w.rounded))),
          ),
          p(text.why),
        );
      }),
    ),
  );
}

function countryTable(c: Ctx): HTMLElement {
  const t = c.t.categories;
  const rows = ['0', ...Object.keys(COVER_K.k)].map((cat) => {
    const k = COVER_K.k[(cat === '0' ? '1' : cat) as keyof typeof COVER_K.k];
    const row = Number(cat) <= 1 ? '0/1' : cat;
    return [cat, row, c.num(k), cat === '0' ? t.category0 : ''];
  });
  return scrollable(t.countries, table(t.countryCaption, t.countryHead, rows), c.lang);
}

function matrixTable(c: Ctx): HTMLElement {
  const t = c.t.categories;
  const classes = DEBTOR_CATEGORIES.filter((d) => d.startsWith('CC'));
  return scrollable(
    t.matrix,
    table(
      t.matrixCaption,
      [t.country, ...classes],
      Object.entries(DEBTOR_MATRIX.columns).map(([country, cells]) => [country, ...cells.map(t.range)]),
      {
        class: 'matrix',
        'data-testid': 'score-matrix',
      },
    ),
    c.lang,
  );
}

function scaleTable(c: Ctx): HTMLElement {
  return h(
    'details',
    {},
    h('summary', {}, c.t.categories.scales),
    table(
      null,
      ['S&P / Fitch', 'Moody’s'],
      SP_SCALE.map((s, i) => [s, MOODYS_SCALE[i]]),
      { class: 'scale' },
    ),
  );
}

function coefficientTable(tbl: CoefficientTable, c: Ctx): HTMLElement {
  const t = c.t.categories;
  const name = c.t.functions.tables[tbl.name as TableName] ?? tbl.name;
  const section = tbl.source.split(', ').pop() ?? '';
  const rows = COUNTRY_ROWS.map((r) => [r, ...DEBTOR_CATEGORIES.map((_, i) => `${c.num(tbl.a[r][i] ?? '-')} / ${c.num(tbl.b[r][i] ?? '-')}`)]);
  return h(
    'details',
    {},
    h('summary', {}, t.coefficients(name, section)),
    scrollable(t.coefficientsRegion(name), table(null, [t.country, ...DEBTOR_CATEGORIES], rows, { class: 'coef' }), c.lang),
  );
}

function categoriesSection(c: Ctx): HTMLElement {
  const t = c.t.categories;
  return section(
    'categories',
    t.title,
    p(t.intro),
    countryTable(c),
    p(t.matrixIntro),
    matrixTable(c),
    scaleTable(c),
    coefficientTable(NONPAYMENT_TABLE, c),
    coefficientTable(INTERRUPTION_TABLE, c),
    p(t.dash),
  );
}

/** The kind of value each option takes; a level's range comes from the core (REDUCTION_MAXIMA). */
const OPTION_VALUES: Record<OptionName, 'fraction' | 'bool' | 'level'> = {
  COVER: 'fraction',
  PCP: 'fraction',
  PCC: 'fraction',
  POLITICAL: 'bool',
  CONSTRUCTION: 'bool',
  CASHLC: 'bool',
  ESCROW: 'bool',
  LOCALCCY: 'level',
  ASSIGNMENT: 'level',
  MOBILE: 'level',
  FIXED: 'level',
  LOCALESCROW: 'level',
};

function optionValue(name: OptionName, c: Ctx): string {
  const m = (REDUCTION_MAXIMA as Partial<Record<OptionName, readonly [string, string]>>)[name];
  if (!m) return c.t.options.values[OPTION_VALUES[name]];
  const range = (max: string) => `0–${c.pct(max)}`;
  return m[0] === m[1] ? range(m[0]) : `${range(m[0])} ${c.t.options.inCategory0(range(m[1]))}`;
}

function optionsSection(c: Ctx): HTMLElement {
  const t = c.t.options;
  return section(
    'options',
    t.title,
    p(t.intro),
    scrollable(
      t.table,
      table(
        null,
        t.head,
        OPTION_NAMES.map((n) => [code(n), optionValue(n, c), t.rules[n]]),
        { 'data-testid': 'options-table' },
      ),
      c.lang,
    ),
    p(t.outro),
  );
}

function readingsSection(c: Ctx): HTMLElement {
  const t = c.t.readings;
  return section(
    'readings',
    t.title,
    p(t.intro),
    h(
      'ul',
      {},
      t.items(c.num(COVER_K.k['2'])).map((i) => h('li', {}, ...rich(i))),
    ),
  );
}

function errorsSection(c: Ctx): HTMLElement {
  const t = c.t.errors;
  return section(
    'errors',
    t.title,
    table(null, t.head, [
      [errorCodeText('#VALUE!', c.lang), t.value],
      [errorCodeText('#NUM!', c.lang), t.num],
      [errorCodeText('#N/A', c.lang), t.na],
    ]),
    p(t.outro),
    p(t.codes),
  );
}

function editionSection(c: Ctx): HTMLElement {
  const edition = editionLabel(NONPAYMENT_TABLE.edition, c.lang);
  return section('edition', c.t.edition.title(edition), p(c.t.edition.text(edition)), p(c.t.edition.privacy));
}

/** The documentation sections, in reading order, in `lang`. */
export function renderDocs(lang: Lang = 'en'): HTMLElement[] {
  const c = context(lang);
  return [functionsSection(c), roundingSection(c), categoriesSection(c), optionsSection(c), readingsSection(c), errorsSection(c), editionSection(c)];
}
