/**
 * The formula the calculator's inputs stand for, as text for Range.formulas (which always takes the
 * en-US form: "," between arguments, "." as decimal point, whatever the user's locale), and its form in
 * the user's Excel for Range.formulasLocal (localizeFormula).
 */
import { functionName, isBpiFunction } from '../i18n/functionNames';
import type { Lang } from '../i18n/lang';

/** The debtor argument: a category, or a score turned into one by BPI.CATEGORY in the formula itself. */
export type DebtorArg = { readonly category: string } | { readonly score: string };

export interface RateFormulaArgs {
  readonly country: number;
  readonly debtor: DebtorArg;
  /** x as a decimal number text ("10.9"). */
  readonly x: string;
  readonly type: string;
  readonly options: string;
}

export const DEFAULT_TYPE = 'NONPAYMENT';

/** An Excel text literal: in quotes, with quotes doubled. */
export function excelText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** =BPI.RATE(country, debtor, x, [type], [options]) with trailing defaults left out. */
export function rateFormula(a: RateFormulaArgs): string {
  return `=${rateCall(a)}`;
}

/** BPI.RATE(...) without the "=", to nest in another formula. */
export function rateCall(a: RateFormulaArgs): string {
  const debtor = 'score' in a.debtor ? `BPI.CATEGORY(${excelText(a.debtor.score)},${a.country})` : excelText(a.debtor.category);
  const args = [String(a.country), debtor, a.x];
  const options = a.options.trim();
  if (options !== '') args.push(excelText(a.type), excelText(options));
  else if (a.type !== DEFAULT_TYPE) args.push(excelText(a.type));
  return `BPI.RATE(${args.join(',')})`;
}

/**
 * =BPI.PREMIUM(amount, BPI.RATE(...), [financed]): the premium of the calculator's deal in one cell; the
 * amount and the financed share as decimal numbers ("1000000", "0.5"), the share left out when none.
 */
export function premiumFormula(amount: string, rateCall: string, financed: string | null): string {
  return `=BPI.PREMIUM(${[amount, rateCall, ...(financed === null ? [] : [financed])].join(',')})`;
}

/**
 * How a formula is written in the user's Excel, for Range.formulasLocal: function names in the display
 * language, and the list and decimal separators of the user's settings.
 */
export interface FormulaLocale {
  readonly lang: Lang;
  readonly listSeparator: string;
  readonly decimalSeparator: string;
}

/** The form Range.formulas takes in every Excel. */
export const INVARIANT_LOCALE: FormulaLocale = { lang: 'en', listSeparator: ',', decimalSeparator: '.' };

/** Excel separates arguments with ";" wherever the decimal separator is the comma (fr-FR, de-DE, …). */
export function formulaLocale(lang: Lang, decimalSeparator: string): FormulaLocale {
  return { lang, decimalSeparator, listSeparator: decimalSeparator === ',' ? ';' : ',' };
}

/**
 * An en-US formula of BPI functions (as rateFormula writes it) in a locale's form: BPI.RATE → BPI.TAUXPRIME
 * in French, "," between arguments → the list separator, the decimal point of numbers → the decimal
 * separator. Text literals are left exactly as typed (options such as "COVER=97.5%" are data the functions
 * read, not numbers Excel reads).
 */
export function localizeFormula(formula: string, locale: FormulaLocale): string {
  let out = '';
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') {
      const end = closingQuote(formula, i);
      out += formula.slice(i, end + 1);
      i = end;
    } else if (ch === ',') {
      out += locale.listSeparator;
    } else if (ch === '.' && /\d/.test(formula[i - 1] ?? '') && /\d/.test(formula[i + 1] ?? '')) {
      out += locale.decimalSeparator;
    } else {
      const name = /^BPI\.([A-Z][A-Z0-9_]*)\(/.exec(formula.slice(i));
      if (name && isBpiFunction(name[1])) {
        out += `BPI.${functionName(name[1], locale.lang)}(`;
        i += name[0].length - 1;
      } else {
        out += ch;
      }
    }
  }
  return out;
}

/** The index of the quote closing the text literal opened at `open` ("" inside is a quote). */
function closingQuote(formula: string, open: number): number {
  let i = open + 1;
  while (i < formula.length) {
    if (formula[i] === '"') {
      if (formula[i + 1] === '"') i += 2;
      else return i;
    } else {
      i++;
    }
  }
  return formula.length - 1;
}
