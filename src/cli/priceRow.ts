import { premium } from '../core/amounts';
import { BpiError } from '../core/errors';
import { errorText as englishText } from '../i18n/errors';
import type { CellValue } from '../core/numbers';
import { category, rate } from '../core/pricing';
import type { Columns } from './columns';
import { scaledText, trimmedScaledText, wholeUnits } from './decimalText';
import type { Dialect } from './dialect';

/** What bpi-price adds to a row: the rate, the premium (when the book has amounts) and the error. */
export interface Priced {
  rate: string;
  premium: string;
  error: string;
}

/** A rate is a whole number of hundredths of a percent: 4 decimals of the fraction (1.01 % = 0.0101). */
const RATE_SCALE = 4;
/** A premium is in cents. */
const PREMIUM_SCALE = 2;
const MAX_PREMIUM_CENTS = 1e15;

const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
/** Up to 15 digits a double holds exactly as the decimal it writes: such text (15 characters at most) is read as a number. */
const EXACT_AS_DOUBLE_DIGITS = 15;

/** A row's failure, as the error column shows it. */
class RowError extends Error {}

/**
 * A number cell as the core reads it. In the ";" dialect the decimal mark is a comma ("1,5"): it is read as
 * the decimal point, and a "." is refused (in such a file it may be a thousands separator). Plain numbers of
 * up to 15 digits become numbers (exactly the decimal written, and messages quote them as Excel shows
 * numbers); anything else goes to the core as text, which reads it exactly or says what is wrong.
 */
export function numberCell(text: string, argument: string, dialect: Dialect): CellValue {
  let t = text.trim();
  if (dialect.decimalMark === ',') {
    if (t.includes('.')) {
      throw new RowError(`#VALUE! ${argument} must be a number with a decimal comma in a ";"-separated file, got ${JSON.stringify(text)}`);
    }
    const comma = t.indexOf(',');
    if (comma >= 0 && comma === t.lastIndexOf(',')) t = `${t.slice(0, comma)}.${t.slice(comma + 1)}`;
  }
  if (t.length <= EXACT_AS_DOUBLE_DIGITS && PLAIN.test(t)) return Number(t);
  return t === text.trim() ? text : t;
}

/** The core's error as the error column shows it: the Excel code, then the message. */
function errorText(e: unknown, rename?: [from: string, to: string]): string {
  if (e instanceof RowError) return e.message;
  if (!(e instanceof BpiError)) throw e;
  // BPI.PREMIUM calls the amount its basis; the book calls it amount.
  const english = englishText(e, 'en');
  const message = rename && english.startsWith(`${rename[0]} `) ? rename[1] + english.slice(rename[0].length) : english;
  return `${e.code} ${message}`;
}

/** Rate texts by hundredths of a percent: a book has a few thousand distinct rates at most. */
const rateTexts = { '.': new Map<number, string>(), ',': new Map<number, string>() };
function rateText(units: number, decimalMark: Dialect['decimalMark']): string {
  const texts = rateTexts[decimalMark];
  let text = texts.get(units);
  if (text === undefined) {
    if (texts.size >= 100_000) texts.clear();
    texts.set(units, (text = trimmedScaledText(units, RATE_SCALE, decimalMark)));
  }
  return text;
}

const cell = (record: readonly string[], at: number) => (at >= 0 ? record[at] : '');

/** Prices one row; a bad row gets its error, never an exception (bugs excepted). */
export function priceRow(record: readonly string[], columns: Columns, dialect: Dialect): Priced {
  let rateUnits: number;
  try {
    const country = numberCell(cell(record, columns.country), 'country', dialect);
    const debtorText = cell(record, columns.debtor);
    const debtor = debtorText.trim() === '' && columns.score >= 0 ? category(cell(record, columns.score), country) : debtorText;
    const x = numberCell(cell(record, columns.x), 'x', dialect);
    const r = rate(country, debtor, x, cell(record, columns.type), cell(record, columns.options));
    const units = wholeUnits(r, RATE_SCALE);
    if (units === null) throw new Error(`internal: the rate ${r} is not a whole number of hundredths of a percent`);
    rateUnits = units;
  } catch (e) {
    return { rate: '', premium: '', error: errorText(e) };
  }
  const shown = rateText(rateUnits, dialect.decimalMark);
  const amountText = cell(record, columns.amount);
  if (columns.amount < 0 || amountText.trim() === '') return { rate: shown, premium: '', error: '' };
  try {
    // The exact rate as text: the core multiplies decimals, and rounds once to the cent, half up.
    const p = premium(numberCell(amountText, 'amount', dialect), rateText(rateUnits, '.'), false);
    // Up to 15 digits the double the core returns is exactly one number of cents; beyond, Excel cannot
    // hold the premium to the cent either.
    const cents = wholeUnits(p, PREMIUM_SCALE);
    if (cents === null || Math.abs(cents) >= MAX_PREMIUM_CENTS) {
      throw new RowError(`#NUM! amount is too large to price to the cent (the premium must be below 10,000,000,000,000), got ${JSON.stringify(amountText)}`);
    }
    return { rate: shown, premium: scaledText(cents, PREMIUM_SCALE, dialect.decimalMark), error: '' };
  } catch (e) {
    return { rate: shown, premium: '', error: errorText(e, ['basis', 'amount']) };
  }
}
