/**
 * The formula the calculator's inputs stand for, as text for Range.formulas (which always takes the
 * en-US form: "," between arguments, "." as decimal point, whatever the user's locale).
 */

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
  const debtor = 'score' in a.debtor ? `BPI.CATEGORY(${excelText(a.debtor.score)},${a.country})` : excelText(a.debtor.category);
  const args = [String(a.country), debtor, a.x];
  const options = a.options.trim();
  if (options !== '') args.push(excelText(a.type), excelText(options));
  else if (a.type !== DEFAULT_TYPE) args.push(excelText(a.type));
  return `=BPI.RATE(${args.join(',')})`;
}
