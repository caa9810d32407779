import { premium } from '../core/amounts';
import { BpiError } from '../core/errors';
import { errorText as englishText } from '../i18n/errors';
import type { CellValue } from '../core/numbers';
import { mpr } from '../core/mpr';
import { category, rate } from '../core/pricing';
import type { Columns } from './columns';
import { scaledText, trimmedScaledText, wholeUnits } from './decimalText';
import type { Dialect } from './dialect';

/** What bpi-price adds to a row: the rate, the OECD minimum (--mpr), the premium (when the book has amounts) and the error. */
export interface Priced {
  rate: string;
  mpr: string;
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
  // Most cells are plain numbers with nothing around them: read without the copies below.
  const plain = plainNumber(text, dialect.decimalMark);
  if (plain === plain) return plain;
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

const POWERS_OF_TEN = Array.from({ length: EXACT_AS_DOUBLE_DIGITS + 1 }, (_, k) => 10 ** k);

/**
 * The number [+-]digits[<mark>digits] (15 characters at most: what PLAIN matches, with the dialect's decimal
 * mark) or NaN. Its digits make an integer below 2^53 and 10^k is exact, so one division gives the double
 * nearest the decimal, which is what Number() reads.
 */
function plainNumber(text: string, mark: Dialect['decimalMark']): number {
  const n = text.length;
  if (n === 0 || n > EXACT_AS_DOUBLE_DIGITS) return NaN;
  const first = text.charCodeAt(0);
  let i = first === 43 || first === 45 ? 1 : 0;
  const start = i;
  let digits = 0;
  let decimals = -1;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) {
      digits = digits * 10 + d;
      if (decimals >= 0) decimals++;
    } else if (decimals < 0 && i > start && text[i] === mark && i < n - 1) decimals = 0;
    else return NaN;
  }
  if (i === start) return NaN;
  const value = decimals > 0 ? digits / POWERS_OF_TEN[decimals] : digits;
  return first === 45 ? -value : value;
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

/** Rate texts by hundredths of a percent (rates up to 655.35 %, far above any the note gives; others are not kept). */
const RATE_TEXTS_KEPT = 1 << 16;
const rateTexts = { '.': new Array<string | undefined>(RATE_TEXTS_KEPT), ',': new Array<string | undefined>(RATE_TEXTS_KEPT) };
function rateText(units: number, decimalMark: Dialect['decimalMark']): string {
  if (units < 0 || units >= RATE_TEXTS_KEPT) return trimmedScaledText(units, RATE_SCALE, decimalMark);
  const texts = rateTexts[decimalMark];
  return (texts[units] ??= trimmedScaledText(units, RATE_SCALE, decimalMark));
}

const cell = (record: readonly string[], at: number) => (at >= 0 ? record[at] : '');

/**
 * The financed cell as BPI.PREMIUM reads it: blank is none, TRUE/FALSE (VRAI/FAUX, as French Excel writes
 * them in its ";" CSV), or a share ("50%", 0.5, in the ";" dialect 0,5).
 */
function financedCell(text: string, dialect: Dialect): CellValue {
  if (text === '') return false;
  if (dialect.delimiter === ';') {
    const word = text.trim().toUpperCase();
    if (word === 'VRAI' || word === 'FAUX') return word === 'VRAI';
  }
  return numberCell(text, 'financed', dialect);
}

/** The required inputs (country, debtor or score, x) are all blank: BPI.RATE gives an empty cell, not an error. */
export function isBlankRow(record: readonly string[], columns: Columns): boolean {
  return cell(record, columns.country) === '' && cell(record, columns.debtor) === '' && cell(record, columns.score) === '' && cell(record, columns.x) === '';
}

/**
 * The OECD minimum premium rate (BPI.MPR) of the row's country, debtor and x as the horizon of risk, for the
 * standard product at the Arrangement's 95 % cover, without the row's options (RATE's and MPR's options differ):
 * the double nearest the exact rate, as text. Where the Arrangement has no rate (category 0, a debtor it does
 * not price) the cell holds the error, and the row is not in error: its rate is the note's.
 */
function mprText(country: CellValue, debtor: CellValue, x: CellValue, dialect: Dialect): string {
  try {
    const text = String(mpr(country, debtor, x, ''));
    return dialect.decimalMark === '.' ? text : text.replace('.', ',');
  } catch (e) {
    return errorText(e);
  }
}

/** Prices one row; a bad row gets its error, never an exception (bugs excepted). */
export function priceRow(record: readonly string[], columns: Columns, dialect: Dialect, withMpr = false): Priced {
  let rateUnits: number;
  let minimum = '';
  try {
    const country = numberCell(cell(record, columns.country), 'country', dialect);
    const debtorText = cell(record, columns.debtor);
    const debtor = debtorText.trim() === '' && columns.score >= 0 ? category(cell(record, columns.score), country) : debtorText;
    const x = numberCell(cell(record, columns.x), 'x', dialect);
    const r = rate(country, debtor, x, cell(record, columns.type), cell(record, columns.options));
    const units = wholeUnits(r, RATE_SCALE);
    if (units === null) throw new Error(`internal: the rate ${r} is not a whole number of hundredths of a percent`);
    rateUnits = units;
    if (withMpr) minimum = mprText(country, debtor, x, dialect);
  } catch (e) {
    return { rate: '', mpr: '', premium: '', error: errorText(e) };
  }
  const shown = rateText(rateUnits, dialect.decimalMark);
  const amountText = cell(record, columns.amount);
  if (columns.amount < 0 || amountText.trim() === '') return { rate: shown, mpr: minimum, premium: '', error: '' };
  try {
    // The exact rate as text: the core multiplies decimals, and rounds once to the cent, half up.
    const financed = financedCell(cell(record, columns.financed), dialect);
    const p = premium(numberCell(amountText, 'amount', dialect), rateText(rateUnits, '.'), financed);
    // Up to 15 digits the double the core returns is exactly one number of cents; beyond, Excel cannot
    // hold the premium to the cent either.
    const cents = wholeUnits(p, PREMIUM_SCALE);
    if (cents === null || Math.abs(cents) >= MAX_PREMIUM_CENTS) {
      throw new RowError(`#NUM! amount is too large to price to the cent (the premium must be below 10,000,000,000,000), got ${JSON.stringify(amountText)}`);
    }
    return { rate: shown, mpr: minimum, premium: scaledText(cents, PREMIUM_SCALE, dialect.decimalMark), error: '' };
  } catch (e) {
    return { rate: shown, mpr: minimum, premium: '', error: errorText(e, ['basis', 'amount']) };
  }
}
