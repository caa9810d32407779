import { readCountry, readDebtor } from '../core/categories';
import { BpiError, ExcelErrorCode, keyed } from '../core/errors';
import { explainSteps } from '../core/explain';
import { CellValue, isBlank, readExact } from '../core/numbers';
import { premium } from '../core/amounts';
import { category, rate, readTerm } from '../core/pricing';
import { readRateType } from '../core/rateTypes';
import { errorText } from '../i18n/errors';
import type { Lang } from '../i18n/lang';
import { formatAmount, formatRate } from './format';
import { DebtorArg, formulaLocale, localizeFormula, rateFormula } from './formula';
import { StepRow, stepRows } from './steps';

/**
 * The calculator without the page: the text of its inputs → what it shows. All the pricing is the core's
 * (the same functions BPI.RATE and BPI.EXPLAIN call); this module only reads the form and formats.
 */

export interface CalculatorInputs {
  readonly country: string;
  /** A debtor category, or a score (AAA … C, Aaa … C) turned into one by the note's matrix. */
  readonly debtor: string;
  readonly x: string;
  readonly type: string;
  readonly options: string;
  /** Optional amount (premium basis) for the premium. */
  readonly amount: string;
}

export interface Failure {
  readonly code: ExcelErrorCode;
  readonly message: string;
  /** The input the failure is about (the core's BpiError.arg), for marking that field. */
  readonly arg?: string;
}

export interface Calculation {
  /** The rate as BPI.RATE returns it (a fraction). */
  readonly rate: number;
  /** "1.01%" */
  readonly rateText: string;
  /** The debtor category priced, and the score it came from if one was given. */
  readonly debtor: string;
  readonly score: string | null;
  /** Former category 0: the note prices case by case, so the rate is indicative. */
  readonly indicative: boolean;
  readonly steps: readonly StepRow[];
  /** amount × rate to the cent, "10,100.00"; null without an amount. */
  readonly premium: string | null;
  readonly premiumError: Failure | null;
  /** The equivalent =BPI.RATE(...) formula, en-US form (what Insert formula takes). */
  readonly formula: string;
  /** The same as the user types it: in French =BPI.TAUXPRIME(3;"CC2";7,5). */
  readonly formulaShown: string;
}

export type Outcome = { readonly ok: true; readonly value: Calculation } | { readonly ok: false; readonly error: Failure };

export function calculate(inputs: CalculatorInputs, lang: Lang = 'en'): Outcome {
  try {
    return { ok: true, value: price(inputs, lang) };
  } catch (e) {
    if (e instanceof BpiError) return { ok: false, error: { code: e.code, message: errorText(e, lang), arg: e.arg } };
    throw e;
  }
}

/**
 * What a cell holds when the text is typed into it: a number (or a percentage) becomes a number (so messages
 * read as Excel's: got 8, not got "8"); anything else stays text, for the core to read or refuse.
 */
export function cellValue(text: string, lang: Lang = 'en'): CellValue {
  try {
    return readExact('', lang === 'fr' ? decimalPoint(text) : text).value;
  } catch {
    return text;
  }
}

/**
 * A French cell reads "7,5" as 7.5: in the French pane a number typed with a decimal comma (one comma, digits
 * after it, no point: ",5" too) is read so. Anything else is left as typed, for the core to read or refuse.
 */
export function decimalPoint(text: string): string {
  return /^\s*[+-]?\d*,\d+\s*%?\s*$/.test(text) ? text.replace(',', '.') : text;
}

function price(form: CalculatorInputs, lang: Lang): Calculation {
  const inputs = { ...form, country: cellValue(form.country, lang), x: cellValue(form.x, lang) };
  const country = readCountry(inputs.country);
  const { debtor, arg } = resolveDebtor(inputs.debtor, country);
  const type = readRateType(inputs.type).name;
  const r = rate(country, debtor, inputs.x, type, inputs.options);
  // One step record (the core's data) gives the rows shown and the flags.
  const record = explainSteps(country, debtor, inputs.x, type, inputs.options);
  const steps = stepRows(record, lang);
  const premium = premiumFor(lang === 'fr' ? decimalPoint(inputs.amount) : inputs.amount, r, lang);
  const formula = rateFormula({ country, debtor: arg, x: readTerm(inputs.x).toString(), type, options: inputs.options });
  return {
    rate: r,
    rateText: formatRate(r, lang),
    debtor,
    score: 'score' in arg ? arg.score : null,
    indicative: record.plan.indicative,
    steps,
    premium: premium.ok ? premium.value : null,
    premiumError: premium.ok ? null : premium.error,
    formula,
    formulaShown: lang === 'fr' ? localizeFormula(formula, formulaLocale('fr', ',')) : formula,
  };
}

/** A debtor category as typed, or a score turned into the category the matrix gives in that country. */
function resolveDebtor(text: string, country: number): { debtor: string; arg: DebtorArg } {
  try {
    const debtor = readDebtor(text);
    return { debtor, arg: { category: debtor } };
  } catch (asCategory) {
    if (!(asCategory instanceof BpiError)) throw asCategory;
    let debtor: string;
    try {
      debtor = category(text, country);
    } catch {
      throw new BpiError(asCategory.code, keyed('debtorOrScore', { cause: asCategory }), 'debtor');
    }
    return { debtor, arg: { score: text.trim() } };
  }
}

type PremiumOutcome = { ok: true; value: string | null } | { ok: false; error: Failure };

/** BPI.PREMIUM(amount, rate): amount × rate, half up to cents, in exact decimals. */
function premiumFor(amount: string, r: number, lang: Lang): PremiumOutcome {
  if (isBlank(amount.trim())) return { ok: true, value: null };
  try {
    return { ok: true, value: formatAmount(premium(amount, r, null), lang) };
  } catch (e) {
    if (e instanceof BpiError) return { ok: false, error: { code: e.code, message: errorText(e, lang), arg: 'amount' } };
    throw e;
  }
}
