import Decimal from 'decimal.js';
import { describe, numError, valueError } from './errors';

/**
 * Exact decimal arithmetic for everything that reaches a result. The precision is large enough that no
 * sum or product of the inputs (at most 17 significant digits each, any exponent a double can have) is
 * ever rounded; the one rounding of a result is explicit (roundRate, roundCents).
 */
export const Dec = Decimal.clone({ precision: 1000, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -1000, toExpPos: 1000 });
export type Dec = Decimal;

/** A cell value as Excel hands it to a custom function (blank cells as null or ""). */
export type CellValue = number | string | boolean | null | undefined;

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

const PLAIN_NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d*,\d+%?$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:[,\s\u00a0\u202f']\d{3})+(?:\.\d+)?%?$/;

/**
 * The decimal a number cell shows: the shortest text that round-trips the double (2.1 is 2.1, not
 * 2.100000000000000088…). Numeric text ("5.25", "25%") is read as the number it writes. Text with a
 * decimal comma or thousands separators is refused with a message that says so.
 */
export function readDecimal(arg: string, v: CellValue): Dec {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw numError(`${arg} must be a finite number, got ${describe(v)}`);
    return new Dec(String(v));
  }
  if (typeof v === 'string') {
    const t = v.trim();
    const percent = t.endsWith('%');
    const body = percent ? t.slice(0, -1).trim() : t;
    if (PLAIN_NUMBER.test(body)) {
      const d = new Dec(body);
      if (!d.isFinite()) throw numError(`${arg} must be a finite number, got ${describe(v)}`);
      return percent ? d.div(100) : d;
    }
    if (THOUSANDS.test(t)) {
      throw valueError(`${arg} must be a number without thousands separators, got ${describe(v)}`);
    }
    if (DECIMAL_COMMA.test(t)) {
      throw valueError(`${arg} must be a number with a "." decimal point, got ${describe(v)} (decimal comma)`);
    }
  }
  if (isBlank(v)) throw valueError(`${arg} is required, got a blank`);
  throw valueError(`${arg} must be a number, got ${describe(v)}`);
}

/** As readDecimal, also as a double (the fast paths use it); the double is the one Excel holds. */
export function readNumber(arg: string, v: CellValue): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : readDecimal(arg, v).toNumber();
}

/** A non-negative number (a term in years, an amount). */
export function readNonNegative(arg: string, v: CellValue, what = 'a number'): Dec {
  const d = readDecimal(arg, v);
  if (d.isNegative() && !d.isZero()) throw numError(`${arg} must be ${what} of at least 0, got ${describe(v)}`);
  return d.abs(); // -0 is read as 0
}

/** A fraction between 0 and 1 inclusive (95% in a cell is 0.95); above 1 is an error, not "95 meaning 95 %". */
export function readFraction(arg: string, v: CellValue, min = 0, minInclusive = true): Dec {
  const d = readDecimal(arg, v);
  const low = minInclusive ? d.lessThan(min) : d.lessThanOrEqualTo(min);
  if (low || d.greaterThan(1)) {
    const lowText = `${minInclusive ? 'from' : 'above'} ${min * 100}%`;
    throw numError(`${arg} must be a fraction ${lowText} to 100% (write 95% or 0.95), got ${describe(v)}`);
  }
  return d.abs();
}

/** An integer in [min, max]; integral text ("3") is accepted. */
export function readInteger(arg: string, v: CellValue, min: number, max: number): number {
  // An integral double is exactly the integer it shows: no decimal reading needed.
  if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v + 0;
  const d = readDecimal(arg, v);
  if (!d.isInteger() || d.lessThan(min) || d.greaterThan(max)) {
    throw numError(`${arg} must be an integer ${min}–${max}, got ${describe(v)}`);
  }
  return d.toNumber() + 0; // + 0 turns -0 into 0
}

/** A flag: TRUE/FALSE, 1/0, or that text. Blank gives the default. */
export function readBoolean(arg: string, v: CellValue, blankDefault: boolean): boolean {
  if (isBlank(v)) return blankDefault;
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === 'string') {
    const t = v.trim().toUpperCase();
    if (t === 'TRUE' || t === '1') return true;
    if (t === 'FALSE' || t === '0') return false;
  }
  throw valueError(`${arg} must be TRUE or FALSE (or 1/0), got ${describe(v)}`);
}

/** Text, trimmed and upper-cased, for names (types, categories, modes). */
export function readName(arg: string, v: CellValue): string {
  if (typeof v === 'string' && v.trim() !== '') return v.trim().toUpperCase();
  if (isBlank(v)) throw valueError(`${arg} is required, got a blank`);
  throw valueError(`${arg} must be text, got ${describe(v)}`);
}

/** Half up at the 2nd decimal of a percentage (the note's calculation rule), as hundredths of a percent. */
export function roundRateHundredths(percent: Dec): number {
  return percent.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).mul(100).toNumber();
}

/** A rate in hundredths of a percent as the fraction Excel holds: 101 → 0.0101 (one correctly rounded division). */
export function hundredthsToFraction(hundredths: number): number {
  return hundredths / 10000;
}

/** The largest number an Excel cell holds. */
const EXCEL_MAX = new Decimal('9.99999999999999e307');

/** A result as the double Excel holds for it; beyond Excel's range is #NUM!, never ±Infinity. */
export function toExcelNumber(d: Dec): number {
  if (d.abs().greaterThan(EXCEL_MAX)) throw numError(`the result ${d.toExponential(3)} is beyond the largest number Excel holds (about 1e308)`);
  return d.toNumber();
}

/** Half up to cents, as the double Excel holds for that decimal. */
export function roundCents(amount: Dec): number {
  return toExcelNumber(amount.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
}
