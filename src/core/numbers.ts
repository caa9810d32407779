import { BpiError, decimalText, numError, valueError } from './errors';
import {
  Fixed,
  ONE,
  Ratio,
  cmp,
  fixed,
  fixedOfNumber,
  fixedToNumber,
  fixedToString,
  halfUpCents,
  pow10,
  ratioOf,
  ratioToExponential,
  ratioToNumber,
} from './exact';

/**
 * Reading cells exactly, and writing results back as the doubles Excel holds. Every input is read as the
 * exact decimal it shows (src/core/exact.ts: BigInt scaled by a power of ten, any length); the one rounding
 * of a result is explicit (roundCents, or the double nearest to an exact fraction in toExcelNumber).
 */

/** A cell value as Excel hands it to a custom function (blank cells as null or ""). */
export type CellValue = number | string | boolean | null | undefined;

export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

/** Far beyond any real input: keeps an exponent such as 1e-99999999 from building a huge integer. */
const MAX_SCALE = 100_000;

/** Numeric text read by scanNumber: ±digits·10^exp (digits without leading zeros, "0" for zero). */
export interface Scanned {
  readonly neg: boolean;
  readonly digits: string;
  readonly exp: number;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
/** A space or a tab: the blanks allowed around numbers, names and option parts. */
export const isBlankChar = (c: number) => c === 32 || c === 9;

/**
 * Reads [+-]digits[.digits][e[+-]digits][%] (or .digits), surrounded by spaces or tabs, in one pass over the
 * text: linear in its length whatever it holds (no regular expression, no backtracking). null if it is not
 * such a number. A trailing % divides by 100.
 */
export function scanNumber(text: string): Scanned | null {
  let i = 0;
  let end = text.length;
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  while (end > i && isBlankChar(text.charCodeAt(end - 1))) end--;
  let percent = false;
  if (end > i && text.charCodeAt(end - 1) === 37) {
    percent = true;
    end--;
    while (end > i && isBlankChar(text.charCodeAt(end - 1))) end--;
  }
  let neg = false;
  const c0 = text.charCodeAt(i);
  if (c0 === 43 || c0 === 45) {
    neg = c0 === 45;
    i++;
  }
  const intStart = i;
  while (i < end && isDigit(text.charCodeAt(i))) i++;
  const intEnd = i;
  let fracStart = i;
  let fracEnd = i;
  if (i < end && text.charCodeAt(i) === 46) {
    i++;
    fracStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    fracEnd = i;
  }
  if (intEnd === intStart && fracEnd === fracStart) return null;
  let exp = 0;
  if (i < end && (text.charCodeAt(i) | 32) === 101) {
    i++;
    let expNeg = false;
    const s = text.charCodeAt(i);
    if (s === 43 || s === 45) {
      expNeg = s === 45;
      i++;
    }
    const expStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) {
      if (exp < 1e9) exp = exp * 10 + (text.charCodeAt(i) - 48);
      i++;
    }
    if (i === expStart) return null;
    if (expNeg) exp = -exp;
  }
  if (i !== end) return null;
  let digits = text.slice(intStart, intEnd) + text.slice(fracStart, fracEnd);
  exp -= fracEnd - fracStart;
  if (percent) exp -= 2;
  let lead = 0;
  while (lead < digits.length - 1 && digits.charCodeAt(lead) === 48) lead++;
  let trail = digits.length;
  while (trail > lead + 1 && digits.charCodeAt(trail - 1) === 48) trail--;
  exp += digits.length - trail;
  digits = digits.slice(lead, trail);
  if (digits === '0') exp = 0;
  return { neg, digits, exp };
}

/** The scanned number's plain text for Number ("-123e-4"). */
const scannedText = (n: Scanned) => `${n.neg ? '-' : ''}${n.digits}e${n.exp}`;

export const EXACT_POWERS = Array.from({ length: 23 }, (_, e) => 10 ** e); // 10^0 … 10^22, each exact in a double
/** The smallest positive normal double: below it a double holds fewer than 15 significant digits. */
const MIN_NORMAL = 2.2250738585072014e-308;
/**
 * The double nearest to a scanned number. With at most 15 digits and |exp| ≤ 22 the significand and the
 * power of ten are exact doubles, so one IEEE multiplication or division is the correctly rounded result
 * (Clinger's fast path), the same double Number() gives for its text; anything longer is read by Number().
 */
function scannedValue(n: Scanned): number {
  if (n.digits.length <= 15 && n.exp >= -22 && n.exp <= 22) {
    const m = Number(n.digits);
    const v = n.exp < 0 ? m / EXACT_POWERS[-n.exp] : m * EXACT_POWERS[n.exp];
    return n.neg ? -v : v;
  }
  return Number(scannedText(n));
}

/** Why numeric-looking text was refused, if it is a decimal comma or thousands separators (short texts only). */
function refusedNumberReason(arg: string, v: string): BpiError | null {
  if (v.length > 100) return null;
  const t = v.trim();
  if (/^[+-]?\d{1,3}(?:[,\s\u00a0\u202f']\d{3})+(?:\.\d+)?%?$/.test(t)) {
    return valueError('thousandsSeparators', { arg, got: v });
  }
  if (/^[+-]?\d*,\d+%?$/.test(t)) {
    return valueError('decimalComma', { arg, got: v });
  }
  return null;
}

/**
 * Numeric text as scanned, checked for size: the significand and exponent must stay within what an exact
 * integer holds cheaply (digits + |exponent| ≤ 100,000), else a #VALUE! that says so.
 */
export function scanNumericText(arg: string, v: string): Scanned {
  const n = scanNumber(v);
  if (n === null) throw refusedNumberReason(arg, v) ?? notANumber(arg, v, v);
  if (n.digits.length + Math.abs(n.exp) > MAX_SCALE) {
    throw valueError('tooManyDigitsOrExponent', { arg, got: v });
  }
  return n;
}

/**
 * The #VALUE! of text that is not a number: it names the character where reading `text` as a number
 * stops (the "+" of 7+0.5*2, the "€" of €100), unless that is a letter or a blank (words are plainly not a
 * number). `decimalComma` reads "," as a decimal mark too (option values); `got` is what the user typed.
 */
export function notANumber(arg: string, got: string, text: string, decimalComma = false): BpiError {
  const at = offendingAt(text, decimalComma);
  const c = at < text.length ? text.charCodeAt(at) : 32;
  if (isBlankChar(c) || ((c | 32) >= 97 && (c | 32) <= 122)) return valueError('notNumber', { arg, got });
  return valueError('notNumberContains', { arg, got, char: String.fromCodePoint(text.codePointAt(at)!) });
}

/**
 * Where the reading of scanNumber stops on text it refuses: the first character that cannot continue a
 * number ([+-]digits[.digits][e[+-]digits][%] between blanks); a blank followed by more than a "%" is the
 * one at fault. text.length if the text only ends too early ("5e").
 */
function offendingAt(text: string, decimalComma: boolean): number {
  const end = text.length;
  const digitsFrom = (j: number) => {
    while (j < end && isDigit(text.charCodeAt(j))) j++;
    return j;
  };
  const blanksFrom = (j: number) => {
    while (j < end && isBlankChar(text.charCodeAt(j))) j++;
    return j;
  };
  let i = blanksFrom(0);
  const sign = text.charCodeAt(i);
  if (sign === 43 || sign === 45) i++;
  const start = i;
  i = digitsFrom(i);
  let any = i > start;
  const mark = text.charCodeAt(i);
  if (mark === 46 || (decimalComma && mark === 44)) {
    const j = digitsFrom(i + 1);
    any ||= j > i + 1;
    i = j;
  }
  if (!any) return i;
  if ((text.charCodeAt(i) | 32) === 101) {
    let j = i + 1;
    const s = text.charCodeAt(j);
    if (s === 43 || s === 45) j++;
    const k = digitsFrom(j);
    if (k === j) return j;
    i = k;
  }
  const blanks = i;
  let j = blanksFrom(i);
  if (text.charCodeAt(j) === 37) {
    const afterPercent = j + 1;
    j = blanksFrom(afterPercent);
    return j === end ? end : j > afterPercent ? afterPercent : j;
  }
  return j === end ? end : j > blanks ? blanks : j;
}

/**
 * A number as the pipeline reads it: the double (for the floating-point fast paths, which only ever decide
 * far from a rounding boundary) and its exact decimal, built on demand, of any length.
 */
export class Exact {
  private exactValue: Fixed | undefined;
  constructor(
    readonly value: number,
    /** The text read, or undefined for a double, which stands for its shortest decimal (no second copy of it). */
    private readonly source: Scanned | undefined,
  ) {}
  get fixed(): Fixed {
    if (this.exactValue === undefined) {
      const s = this.source;
      if (s === undefined) this.exactValue = fixedOfNumber(this.value);
      else {
        const n = BigInt(s.neg ? `-${s.digits}` : s.digits);
        this.exactValue = s.exp >= 0 ? fixed(n * pow10(s.exp)) : fixed(n, -s.exp);
      }
    }
    return this.exactValue;
  }
  /**
   * Compares with a bound (a double, standing for its shortest decimal) exactly: the double decides unless
   * it equals the bound (rounding is monotonic). Equal doubles are equal decimals when this is a double, or
   * text of at most 15 significant digits in the normal range: such a decimal is the shortest decimal of
   * its double (DBL_DIG), so the bound's. Only longer text is compared as integers.
   */
  compare(bound: number): -1 | 0 | 1 {
    const v = this.value;
    if (v < bound) return -1;
    if (v > bound) return 1;
    const s = this.source;
    if (s === undefined || s.digits === '0' || (s.digits.length <= 15 && Math.abs(v) >= MIN_NORMAL && Math.abs(v) <= Number.MAX_VALUE)) return 0;
    return cmp(this.fixed, fixedOfNumber(bound));
  }
  /**
   * [p, d] with the exact value p / 10^d, p a safe integer and d ≤ maxDecimals, or null. For a double the
   * check is that p / 10^d (one correctly rounded division) gives it back: two decimals of at most four
   * places round to the same double only if equal, so p / 10^d is then its shortest decimal.
   */
  smallDecimal(maxDecimals: number): [number, number] | null {
    const s = this.source;
    if (s === undefined) {
      const v = this.value;
      for (let d = 0, scale = 1; d <= maxDecimals; d++, scale *= 10) {
        const p = Math.round(v * scale);
        if (p / scale === v && Number.isSafeInteger(p)) return [p, d];
      }
      return null;
    }
    if (s.digits.length > 15 || s.exp > 0 || -s.exp > maxDecimals) return null;
    return [(s.neg ? -1 : 1) * Number(s.digits), -s.exp];
  }
  toString(): string {
    return fixedToString(this.fixed);
  }
  static ofNumber(v: number): Exact {
    return new Exact(v + 0, undefined);
  }
}

/**
 * A number or numeric text, exactly, in linear time: the reading of every input. A number cell is the
 * decimal it shows, its shortest round-trip text (2.1 is 2.1, not 2.100000000000000088…); numeric text
 * ("5.25", "25%") is the number it writes, at any length. Text with a decimal comma or thousands
 * separators is refused with a message that says so.
 */
export function readExact(arg: string, v: CellValue): Exact {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw numError('notFinite', { arg, got: v });
    return Exact.ofNumber(v);
  }
  if (typeof v === 'string' && !isBlank(v)) {
    const n = scanNumericText(arg, v);
    return new Exact(scannedValue(n) + 0, n);
  }
  if (isBlank(v)) throw valueError('required', { arg });
  throw valueError('notNumber', { arg, got: v });
}

/** What a non-negative input is, for its message ("an amount of at least 0"). */
const NEGATIVE = {
  amount: 'negativeAmount',
  days: 'negativeDays',
  months: 'negativeMonths',
  term: 'negativeTerm',
  period: 'negativePeriod',
  time: 'negativeTime',
} as const;
export type Quantity = keyof typeof NEGATIVE;

/** A non-negative number (a term in years, an amount), exactly; -0 is 0. */
export function readNonNegative(arg: string, v: CellValue, what: Quantity): Fixed {
  const d = readExact(arg, v).fixed;
  if (d.n < 0n) throw numError(NEGATIVE[what], { arg, got: v });
  return d;
}

/** A fraction from 0 to 1 inclusive (95% in a cell is 0.95), exactly; above 1 is an error, not "95 meaning 95 %". */
export function readFraction(arg: string, v: CellValue): Fixed {
  const d = readExact(arg, v).fixed;
  if (d.n < 0n || cmp(d, ONE) > 0) throw numError('fractionFrom', { arg, min: 0, got: v });
  return d;
}

/** An integer in [min, max]; integral text ("3") is accepted. */
export function readInteger(arg: string, v: CellValue, min: number, max: number): number {
  // An integral double is exactly the integer it shows: no decimal reading needed.
  if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v + 0;
  const d = readExact(arg, v).fixed;
  const whole = d.n / pow10(d.s);
  if (whole * pow10(d.s) !== d.n || whole < BigInt(min) || whole > BigInt(max)) {
    throw numError('integerRange', { arg, min, max, got: v });
  }
  return Number(whole);
}

/** A flag: TRUE/FALSE, 1/0, or that text. Blank gives the default. */
export function readBoolean(arg: string, v: CellValue, blankDefault: boolean): boolean {
  if (isBlank(v)) return blankDefault;
  if (typeof v === 'boolean') return v;
  if (v === 1 || v === 0) return v === 1;
  if (typeof v === 'string') {
    const flag = flagText(asciiName(arg, v));
    if (flag !== null) return flag;
  }
  throw valueError('notBoolean', { arg, got: v });
}

/** TRUE/1 → true, FALSE/0 → false, else null; the text already upper-cased. */
export function flagText(upper: string): boolean | null {
  if (upper === 'TRUE' || upper === '1') return true;
  if (upper === 'FALSE' || upper === '0') return false;
  return null;
}

/** Characters a name may hold: ASCII letters, digits, + / = ; % . - and spaces or tabs. */
const NAME_CHARS = /[A-Za-z0-9+/=;%. \t-]/;
/** Option texts also hold the decimal comma (COVER=97,5%). */
export const OPTION_CHARS = /[A-Za-z0-9+/=;%., \t-]/;

/** The first character of v (a whole code point) not in allowed, or null. */
export function firstDisallowed(v: string, allowed: RegExp): string | null {
  for (const ch of v) if (!allowed.test(ch)) return ch;
  return null;
}

/**
 * The one reader of names (debtor, type, option names, scores, modes): spaces and tabs around are dropped,
 * ASCII letters upper-cased, and any other character outside ASCII letters, digits and + / = ; % . - is a
 * #VALUE! that names it. Nothing is case-folded beyond ASCII, so look-alikes (ſ, ı, full-width, Cyrillic,
 * U+FEFF, U+2028) never match a name.
 */
export function asciiName(arg: string, v: string, allowed: RegExp = NAME_CHARS): string {
  let out = '';
  let start = 0;
  let end = v.length;
  while (start < end && isBlankChar(v.charCodeAt(start))) start++;
  while (end > start && isBlankChar(v.charCodeAt(end - 1))) end--;
  for (let i = start; i < end; i++) {
    const c = v.charCodeAt(i);
    if (c >= 97 && c <= 122) out += String.fromCharCode(c - 32);
    else if (c < 128 && allowed.test(v[i])) out += v[i];
    else throw valueError('notAscii', { arg, got: v, char: firstDisallowed(v.slice(i), allowed)! });
  }
  return out;
}

/** Text, trimmed and upper-cased (ASCII only), for names (types, categories, modes). */
export function readName(arg: string, v: CellValue): string {
  if (typeof v === 'string' && !isBlank(v)) {
    const name = asciiName(arg, v);
    if (name !== '') return name;
  }
  if (isBlank(v) || (typeof v === 'string' && v.trim() === '')) throw valueError('required', { arg });
  throw valueError('notText', { arg, got: v });
}

/** The largest number an Excel cell holds. */
const EXCEL_MAX = fixedOfNumber(9.99999999999999e307);

/** The #NUM! of a result beyond Excel's range, showing it to 4 significant digits ("1.235e+308"). */
export const resultTooLarge = (r: Ratio): BpiError => numError('resultTooLarge', { value: decimalText(ratioToExponential(r, 3)) });

/**
 * An exact result as the double Excel holds for it (the nearest, rounded once); beyond Excel's range is
 * #NUM!, never ±Infinity.
 */
export function toExcelNumber(v: Fixed | Ratio): number {
  const r = 'den' in v ? v : ratioOf(v);
  const above = (r.num < 0n ? -r.num : r.num) * pow10(EXCEL_MAX.s) > EXCEL_MAX.n * r.den;
  if (above) throw resultTooLarge(r);
  return 'den' in v ? ratioToNumber(v) : fixedToNumber(v);
}

/** Half up to cents, as the double Excel holds for that decimal. */
export function roundCents(amount: Fixed): number {
  return toExcelNumber(fixed(halfUpCents(amount), 2));
}
