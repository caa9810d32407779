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
import { h, table } from './dom';
import { formulaCode } from './formulaView';
import { scrollable } from './scroll';
import { ROUNDING_EXAMPLES, exampleFormula, workRounding } from './examples';
import { FUNCTION_DOCS, FunctionDoc } from './functionDocs';

/**
 * The documentation part of the task pane. Tables (categories, score matrix, coefficients, k, maxima)
 * are rendered from the core's data, not retyped; the worked examples are computed by the core.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2018-03" → "March 2018". */
export function editionLabel(edition: string): string {
  const [year, month] = edition.split('-');
  return `${MONTHS[Number(month) - 1]} ${year}`;
}

export const EDITION = editionLabel(NONPAYMENT_TABLE.edition);

const pct = (fraction: string) => `${Number(fraction) * 100} %`;

function section(id: string, title: string, ...content: (Node | null)[]): HTMLElement {
  return h('section', { id, 'aria-labelledby': `${id}-h` }, h('h2', { id: `${id}-h` }, title), ...content);
}

const p = (...text: (string | Node)[]) => h('p', {}, ...text);
const code = (text: string) => h('code', {}, text);

/** An argument name that may break after its underscores (months_since_default), so a narrow pane keeps all columns in view. */
function argName(name: string): HTMLElement {
  const el = code('');
  name.split(/(?<=_)/).forEach((part, i) => {
    if (i > 0) el.append(document.createElement('wbr'));
    el.append(part);
  });
  return el;
}

function signature(f: FunctionDoc): string {
  return `BPI.${f.name}(${f.args.map((a) => (a.default !== undefined ? `[${a.name}]` : a.name)).join(', ')})`;
}

function functionDoc(f: FunctionDoc): HTMLElement {
  return h(
    'article',
    { class: 'fn', id: `fn-${f.name.toLowerCase()}` },
    h('h3', {}, formulaCode(signature(f))),
    p(f.summary, f.section ? ` (${f.section})` : ''),
    scrollable(`BPI.${f.name} arguments`, table(null, ['Argument', 'Meaning and unit', 'If left out'], f.args.map((a) => [argName(a.name), a.meaning, a.default ?? 'required']))),
    p(h('strong', {}, 'Returns: '), f.returns),
    p(h('strong', {}, 'Example: '), formulaCode(f.example)),
  );
}

function typeTable(): HTMLElement {
  return scrollable('Types', table(
    'type (RATE, EXPLAIN, COEF)',
    ['type', 'Section', 'Table', 'x means'],
    RATE_TYPE_NAMES.map((n) => {
      const t = RATE_TYPES[n];
      return [code(n), t.section, t.table.name, `${t.xMeans}${t.floorQuarter ? ', at least 0.25' : ''}`];
    }),
    { class: 'types' },
  ));
}

function functionsSection(): HTMLElement {
  return section(
    'functions',
    'Functions',
    p('Rates are returned as fractions (1.01 % is 0.0101, so =amount*BPI.RATE(…) is the premium); percentages of cover and reduction levels are fractions too (95% in a cell is 0.95; a value above 1 is an error). x is in years, unrounded. Amounts are rounded half up to the cent.'),
    p('Every argument may be a range: the result spills with the same shape, each cell computed on its own; a row whose required inputs are all blank gives an empty text. EXPLAIN takes single values only.'),
    typeTable(),
    h('div', {}, FUNCTION_DOCS.map(functionDoc)),
  );
}

function roundingSection(): HTMLElement {
  const worked = ROUNDING_EXAMPLES.map(workRounding);
  return section(
    'rounding',
    'Rounding',
    p('The note: “Premium rates only go up to two decimal places. No intermediate rounding is applied.” The rate in % is rounded once, at the end, half up at the third decimal: 1.005 % → 1.01 %, 2.424999 % → 2.42 %. Every step before is exact decimal arithmetic; numbers read from cells are taken as the decimal Excel shows. Amounts (premiums, shares) are rounded half up to the cent.'),
    h('h3', {}, 'Worked examples'),
    p('Computed by the add-in’s core as this page opens. “Naive float” is the same unrounded value held as a binary double and rounded with toFixed(2), as a plain floating-point calculation would.'),
    h(
      'div',
      { class: 'examples', 'data-testid': 'rounding-examples' },
      worked.map((w) =>
        h(
          'div',
          { class: 'example' },
          h('h4', {}, w.example.title),
          p(formulaCode(exampleFormula(w.example))),
          h(
            'dl',
            {},
            h('div', {}, h('dt', {}, 'Unrounded'), h('dd', {}, `${w.unroundedText}%`)),
            h('div', {}, h('dt', {}, 'Naive float'), h('dd', {}, w.naive)),
            h('div', {}, h('dt', {}, 'BPI.RATE'), h('dd', {}, h('strong', {}, w.rounded))),
          ),
          p(w.example.why),
        ),
      ),
    ),
  );
}

function countryTable(): HTMLElement {
  const rows = ['0', ...Object.keys(COVER_K.k)].map((c) => {
    const k = COVER_K.k[(c === '0' ? '1' : c) as keyof typeof COVER_K.k];
    const row = Number(c) <= 1 ? '0/1' : c;
    const note = c === '0' ? 'Former category 0 (market benchmarks): priced on the 0/1 row, indicative only' : '';
    return [c, row, k, note];
  });
  return scrollable('Country categories', table('Country categories (OECD)', ['Category', 'Priced on row', 'k (II-I)', 'Note'], rows));
}

function matrixTable(): HTMLElement {
  const classes = DEBTOR_CATEGORIES.filter((d) => d.startsWith('CC'));
  return scrollable(
    'Score matrix',
    table(
      'Debtor category from a score (I-A), as printed; category 0 uses row 1',
      ['Country', ...classes],
      Object.entries(DEBTOR_MATRIX.columns).map(([country, cells]) => [country, ...cells]),
      { class: 'matrix', 'data-testid': 'score-matrix' },
    ),
  );
}

function scaleTable(): HTMLElement {
  return h(
    'details',
    {},
    h('summary', {}, 'Rating scales: S&P / Fitch and Moody’s, rank for rank'),
    table(null, ['S&P / Fitch', 'Moody’s'], SP_SCALE.map((s, i) => [s, MOODYS_SCALE[i]]), { class: 'scale' }),
  );
}

function coefficientTable(t: CoefficientTable): HTMLElement {
  const rows = COUNTRY_ROWS.map((r) => [r, ...DEBTOR_CATEGORIES.map((_, i) => `${t.a[r][i] ?? '-'} / ${t.b[r][i] ?? '-'}`)]);
  return h(
    'details',
    {},
    h('summary', {}, `Coefficients a / b, ${t.name} table (${t.source})`),
    scrollable(`${t.name} coefficients`, table(null, ['Country', ...DEBTOR_CATEGORIES], rows, { class: 'coef' })),
  );
}

function categoriesSection(): HTMLElement {
  return section(
    'categories',
    'Country and debtor categories',
    p('Country category: an integer 0–7. Debtor category: SOV+ (better than sovereign), SOV/CCO (sovereign; SOV and CCO are accepted), then CC1 (best) to CC5 for public non-sovereign and private debtors. SOV+ and SOV/CCO are designations, not scores. For bank guarantees and L/C, the bank’s category is used.'),
    countryTable(),
    p('A non-sovereign debtor’s category comes from its score and the country category (BPI.CATEGORY): a score better than the best range is CC1; “or below” runs to C; “-” means the note gives no such class. D, SD and RD are errors.'),
    matrixTable(),
    scaleTable(),
    coefficientTable(NONPAYMENT_TABLE),
    coefficientTable(INTERRUPTION_TABLE),
    p('A “-” in a coefficient table means the note publishes no coefficient for that pair: the functions return #N/A.'),
  );
}

/** What each option is; the maxima come from the core (REDUCTION_MAXIMA). */
const OPTION_RULES: Record<OptionName, [value: string, rule: string]> = {
  COVER: ['fraction', 'Sets both political and commercial percentage of cover (default 95 %).'],
  PCP: ['fraction', 'Political percentage of cover alone.'],
  PCC: ['fraction', 'Commercial percentage of cover alone.'],
  POLITICAL: ['TRUE/FALSE', 'Political causes of loss only, private debtor (II-A, II-L): INTERRUPTION and BOND → 90 % of the SOV/CCO rate; non-payment types → the SOV/CCO rate.'],
  CONSTRUCTION: ['TRUE/FALSE', '× 1.3 (construction or large local content), INTERRUPTION only.'],
  CASHLC: ['TRUE/FALSE', '× 0.8 (II-E: cash contract paid by confirmed irrevocable L/C), INTERRUPTION only.'],
  ESCROW: ['TRUE/FALSE', 'Escrow account blocked overseas: priced as country category n − 1; not for category 0 or 1; exclusive (no other mitigation, not with SOV+).'],
  LOCALCCY: ['level', 'Local currency financing: reduction of the country-risk share.'],
  ASSIGNMENT: ['level', 'Assignment of contract income or receivables: reduction of the debtor-risk share.'],
  MOBILE: ['level', 'Security right / transfer of ownership over a mobile asset: reduction of the debtor-risk share.'],
  FIXED: ['level', 'Security right on a fixed asset: reduction of the debtor-risk share; never with MOBILE.'],
  LOCALESCROW: ['level', 'Local escrow account, the level already made proportionate to the amount in escrow.'],
};

/** The value an option takes; for a reduction, its range up to the published maximum (REDUCTION_MAXIMA). */
function optionValue(name: OptionName): string {
  const m = (REDUCTION_MAXIMA as Partial<Record<OptionName, readonly [string, string]>>)[name];
  if (!m) return OPTION_RULES[name][0];
  return m[0] === m[1] ? `0–${pct(m[0])}` : `0–${pct(m[0])} (0–${pct(m[1])} in category 0)`;
}

function optionsSection(): HTMLElement {
  return section(
    'options',
    'Options',
    p('RATE and EXPLAIN take one text of options after type: NAME=VALUE parts separated by “;”, e.g. ', code('"MOBILE=25%; COVER=100%"'), '. Names are case-insensitive; a bare name means TRUE, and for a reduction TRUE means the published maximum. Values: numbers with a “.” or “,” decimal point (COVER=97,5%), percentages (25%), or TRUE/FALSE (1/0 for flags). Unknown names and malformed values are #VALUE! errors; a level above its maximum is #NUM!, never silently capped.'),
    scrollable('Options', table(
      null,
      ['Option', 'Value', 'Rule'],
      OPTION_NAMES.map((n) => [code(n), optionValue(n), OPTION_RULES[n][1]]),
      { 'data-testid': 'options-table' },
    )),
    p('Mitigations (ESCROW, LOCALCCY and the debtor-risk reductions) apply to NONPAYMENT, ENVELOPE, LC and CASH only. The debtor-risk reductions add up and the sum is capped at 35 % (the published rule, applied silently); a debtor-risk share ≤ 0 (SOV+) is not reduced.'),
  );
}

function readingsSection(): HTMLElement {
  const items = [
    'II-I (percentage of cover) says “political” twice in the English note; the add-in uses max(political, commercial) for the country-risk share and the commercial percentage for the debtor-risk share, as the OECD rule it cites does.',
    'Reduction levels are at Bpifrance’s discretion, so you give the level; TRUE means the published maximum.',
    'Escrow overseas is exclusive: it combines with nothing, local currency financing included.',
    'The debtor-risk reductions add up (10 % + 25 % = 35 %), then the 35 % cap applies.',
    'The 0.25 floor is applied as max(x, 0.25): a term just over 3 months never prices below one of 3 months.',
    'Category 0 (“former category 0”, market benchmarks) prices on the 0/1 row; the note prices such risks case by case, so the result is indicative only (EXPLAIN and the calculator say so).',
    'Claims between 10 % and 20 % of the contract: the doubled rate is 2 × the unrounded rate, rounded once.',
    `The note’s k for country category 2 is ${COVER_K.k['2']} (the OECD Arrangement publishes 0.00337). The add-in uses the note’s value, since it prices as Bpifrance does.`,
  ];
  return section('readings', 'Readings of the note', p('Where the note is ambiguous, the add-in reads it as follows.'), h('ul', {}, items.map((i) => h('li', {}, i))));
}

function errorsSection(): HTMLElement {
  return section(
    'errors',
    'Errors',
    table(null, ['Error', 'When'], [
      ['#VALUE!', 'wrong kind of value: text where a number is needed, unknown debtor, type, option or score; ranges of different shapes'],
      ['#NUM!', 'number out of range: country 8, x < 0, cover above 100 %, MOBILE=30%, claims over 20 %'],
      ['#N/A', 'the note publishes no coefficient for the pair (e.g. CC5 in category 5); the message lists the debtor categories it prices in that country category'],
    ]),
    p('Each error carries a message naming the argument, the value received and what is allowed. Excel shows a custom function’s message only for #VALUE! and #N/A (hover the cell’s error indicator); a #NUM! from a BPI function shows no message in Excel. Type the same inputs into the calculator above to read the message.'),
  );
}

function editionSection(): HTMLElement {
  return section(
    'edition',
    `Edition: ${EDITION}`,
    p(`The add-in follows Bpifrance Assurance Export’s note “Premium calculation”, edition ${EDITION} (English version; the French version prevails). The note’s rates are for information only: Bpifrance Assurance Export may increase them depending on its risk assessment, and does not apply them to aircraft or ships.`),
    p('Nothing you type here leaves this page: the add-in makes no network request except loading Office.js, and sends no telemetry.'),
  );
}

/** The documentation sections, in reading order. */
export function renderDocs(): HTMLElement[] {
  return [functionsSection(), roundingSection(), categoriesSection(), optionsSection(), readingsSection(), errorsSection(), editionSection()];
}
