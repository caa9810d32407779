import { BpiError, numError, requote, valueError } from './errors';
import { CellValue, EXACT_POWERS, Exact, OPTION_CHARS, asciiName, flagText, isBlank, isBlankChar, notANumber, readExact } from './numbers';

/** A reduction level: a fraction, or the published maximum (a bare name or TRUE). */
export type Level = Exact | 'MAX';

/**
 * The RATE / EXPLAIN options (SPEC §3), parsed and typed; absent options are undefined. Read-only: one
 * reading is shared by the rows that hold the same text.
 */
export interface RateOptions {
  readonly COVER?: Exact;
  readonly PCP?: Exact;
  readonly PCC?: Exact;
  readonly POLITICAL?: boolean;
  readonly CONSTRUCTION?: boolean;
  readonly CASHLC?: boolean;
  readonly ESCROW?: boolean;
  readonly LOCALCCY?: Level;
  readonly ASSIGNMENT?: Level;
  readonly MOBILE?: Level;
  readonly FIXED?: Level;
  readonly LOCALESCROW?: Level;
}

/**
 * A reading as the memo shares it: the options, and what the pricing derives from them alone (rate.ts,
 * optionTerms): NOT_KEPT for a reading the memo does not keep, empty until the pricing derives them. Always
 * an array, so the property keeps one representation in every reading.
 */
export interface OptionsReading extends RateOptions {
  terms: readonly number[];
}
export const NOT_KEPT: readonly number[] = Object.freeze([]);
export type OptionName = keyof RateOptions;

type Kind = 'fraction' | 'flag' | 'level';
const KINDS: Record<OptionName, Kind> = {
  COVER: 'fraction', PCP: 'fraction', PCC: 'fraction',
  POLITICAL: 'flag', CONSTRUCTION: 'flag', CASHLC: 'flag', ESCROW: 'flag',
  LOCALCCY: 'level', ASSIGNMENT: 'level', MOBILE: 'level', FIXED: 'level', LOCALESCROW: 'level',
};
export const OPTION_NAMES = Object.keys(KINDS) as OptionName[];

/** Only the characters an option text may hold: one character class, no alternation, so linear. */
const OPTION_TEXT = new RegExp(`^${OPTION_CHARS.source}*$`);

/** Far above any real option text. */
export const MAX_OPTIONS_LENGTH = 1000;

/** The options of a blank cell: one shared object, so the pipeline can skip every option check. */
export const NO_OPTIONS: RateOptions = Object.freeze({});

/**
 * Parses the option text "NAME=VALUE; NAME; …" strictly: names are case-insensitive (ASCII only), a bare
 * name means TRUE (the published maximum for a reduction), values are numbers (a "." or "," decimal point:
 * parts are separated by ";", so a comma inside a value can only be a decimal comma), percentages, or
 * TRUE/FALSE (1/0 for flags). Unknown names, malformed or repeated parts are #VALUE! errors that quote the
 * part. Range checks that depend on the deal (maxima per country category) are made when the rate is priced.
 */
export function parseOptions(v: CellValue, arg = 'options'): RateOptions {
  if (isBlank(v)) return NO_OPTIONS;
  if (typeof v === 'string' && arg === 'options' && v.length <= MAX_OPTIONS_LENGTH) return readMemoised(v);
  return readOptionsText(v, arg);
}

/**
 * The memo of option texts read (a book repeats a few texts over many rows), at most 8,192 texts, emptied
 * when full. A text is remembered from its second reading on: texts read once (a book of deals each with
 * its own text) are only noted by a hash (a number in a fixed array of 65,536), so they leave nothing behind
 * to keep alive and never fill the memo. A miss therefore costs the reading and one hash, never more; a
 * text whose place was emptied is remembered again at its next reading.
 */
const MAX_MEMO = 8192;
const MEMO = new Map<string, RateOptions | BpiError>();
const READ_ONCE = new Int32Array(65536);

function readMemoised(v: string): RateOptions {
  let read = MEMO.get(v);
  if (read === undefined) {
    try {
      read = readOptionsText(v, 'options');
    } catch (e) {
      if (!(e instanceof BpiError)) throw e;
      read = e;
    }
    let h = 0x811c9dc5; // FNV-1a over the UTF-16 code units
    for (let i = 0; i < v.length; i++) h = Math.imul(h ^ v.charCodeAt(i), 0x01000193);
    const once = h >>> 16; // the place: the hash's high bits; the whole hash is what is compared
    if (READ_ONCE[once] !== h) READ_ONCE[once] = h;
    else {
      if (MEMO.size >= MAX_MEMO) MEMO.clear();
      if (!(read instanceof BpiError)) (read as OptionsReading).terms = []; // kept: its terms are worth deriving once
      MEMO.set(v, read);
    }
  }
  if (read instanceof BpiError) throw read;
  return read;
}

/** A reading's values, by option in OPTION_NAMES order, before they become a RateOptions. */
type Values = (Exact | boolean | Level | undefined)[];
/** The one Values of the reading under way (a reading runs to its end before another starts). */
const VALUES: Values = new Array(OPTION_NAMES.length).fill(undefined);
const INDEX = Object.fromEntries(OPTION_NAMES.map((n, i) => [n, i])) as Record<OptionName, number>;
const KIND_AT = OPTION_NAMES.map((n) => KINDS[n]);
const { COVER, PCP, PCC, POLITICAL, CONSTRUCTION, CASHLC, ESCROW, LOCALCCY, ASSIGNMENT, MOBILE, FIXED, LOCALESCROW } = INDEX;

/**
 * The options as one object literal with every option's property, present or not: every reading has the
 * same hidden class, so the per-row steps that read options stay monomorphic (and no property is added one
 * by one, or stored by a variable name, which costs several times building the literal).
 */
function toOptions(v: Values): OptionsReading {
  return {
    COVER: v[COVER] as Exact | undefined, PCP: v[PCP] as Exact | undefined, PCC: v[PCC] as Exact | undefined,
    POLITICAL: v[POLITICAL] as boolean | undefined, CONSTRUCTION: v[CONSTRUCTION] as boolean | undefined,
    CASHLC: v[CASHLC] as boolean | undefined, ESCROW: v[ESCROW] as boolean | undefined,
    LOCALCCY: v[LOCALCCY] as Level | undefined, ASSIGNMENT: v[ASSIGNMENT] as Level | undefined,
    MOBILE: v[MOBILE] as Level | undefined, FIXED: v[FIXED] as Level | undefined, LOCALESCROW: v[LOCALESCROW] as Level | undefined,
    terms: NOT_KEPT,
  };
}

/**
 * Reads the text part by part (";"). The common parts (NAME, NAME=number[%], NAME=TRUE/FALSE/1/0) are read
 * in place, without an intermediate string; any other part, and every faulty one, goes to readPart, which
 * reads it from its text and names the fault. `inPlace` false sends every part there (the test that
 * compares the two readings).
 */
export function readOptionsText(v: CellValue, arg: string, inPlace = true): RateOptions {
  if (typeof v !== 'string') throw valueError('optionsNotText', { arg, got: v });
  if (v.length > MAX_OPTIONS_LENGTH) throw valueError('optionsTooLong', { arg, max: MAX_OPTIONS_LENGTH, count: v.length });
  const values = VALUES.fill(undefined);
  let asciiChecked = false;
  let from = 0;
  while (from <= v.length) {
    let to = v.indexOf(';', from);
    if (to < 0) to = v.length;
    if (!inPlace || !readPartInPlace(v, from, to, values)) {
      // Before the first part that may be faulty: look-alikes anywhere in the text are refused first, naming
      // the character, and what readPart reads is ASCII only. (Parts read in place hold allowed characters.)
      if (!asciiChecked && !OPTION_TEXT.test(v)) asciiName(arg, v, OPTION_CHARS);
      asciiChecked = true;
      readPart(arg, v, v.slice(from, to), values);
    }
    from = to + 1;
  }
  return toOptions(values);
}

/** The index of the option named by text[from, to) (ASCII letters in any case), or -1. */
function nameAt(text: string, from: number, to: number): number {
  for (let i = 0; i < OPTION_NAMES.length; i++) if (isWord(text, from, to, OPTION_NAMES[i])) return i;
  return -1;
}

/** text[from, to) is `word` (upper-case ASCII), letters in any case. */
function isWord(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(from + i);
    if ((c >= 97 && c <= 122 ? c - 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * Reads the part text[from, to) into values if it is one of the common forms and valid, and says whether
 * it did; false leaves values untouched, for readPart. It accepts nothing readPart refuses and gives the
 * same values (the test compares them on random texts).
 */
function readPartInPlace(text: string, from: number, to: number, values: Values): boolean {
  let i = from;
  let end = to;
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  while (end > i && isBlankChar(text.charCodeAt(end - 1))) end--;
  if (i === end) return true; // an empty part
  const nameFrom = i;
  while (i < end && isLetter(text.charCodeAt(i))) i++;
  const n = nameAt(text, nameFrom, i);
  if (n < 0 || values[n] !== undefined) return false;
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  const kind = KIND_AT[n];
  let value: Exact | boolean | Level;
  if (i === end) {
    if (kind === 'fraction') return false;
    value = kind === 'flag' ? true : 'MAX';
  } else {
    if (text.charCodeAt(i) !== 61) return false; // "="
    i++;
    while (i < end && isBlankChar(text.charCodeAt(i))) i++;
    if (isWord(text, i, end, 'TRUE') || isWord(text, i, end, 'FALSE')) {
      if (kind === 'fraction') return false;
      const yes = isWord(text, i, end, 'TRUE');
      value = kind === 'flag' ? yes : yes ? 'MAX' : Exact.ofNumber(0);
    } else if (kind === 'flag') {
      const c = text.charCodeAt(i);
      if (end - i !== 1 || (c !== 48 && c !== 49)) return false;
      value = c === 49;
    } else {
      const x = numberAt(text, i, end);
      if (kind === 'fraction' ? !(x > 0 && x <= 1) : !(x >= 0 && x <= 1)) return false; // NaN too
      value = Exact.ofNumber(x);
    }
  }
  values[n] = value;
  return true;
}

/**
 * text[from, to) as digits with at most one "." or "," and an optional "%" (blanks before it allowed), of
 * at most 15 significant digits: m / 10^d (d, the decimals plus 2 for a "%", at most 22), one correctly
 * rounded division of two exact doubles (the same double as reading the decimal). A decimal of at most 15
 * significant digits is the shortest decimal of its double (DBL_DIG), so the double stands for it exactly.
 * NaN for anything else.
 */
function numberAt(text: string, from: number, to: number): number {
  let end = to;
  let percent = false;
  if (end > from && text.charCodeAt(end - 1) === 37) {
    percent = true;
    end--;
    while (end > from && isBlankChar(text.charCodeAt(end - 1))) end--;
  }
  let m = 0;
  let significant = 0;
  let digits = 0;
  let decimals = -1; // no separator yet
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (decimals >= 0) decimals++;
      if (m !== 0 || c !== 48) {
        if (++significant > 15) return NaN;
        m = m * 10 + (c - 48);
      }
    } else if ((c === 46 || c === 44) && decimals < 0) decimals = 0;
    else return NaN;
  }
  const scale = Math.max(decimals, 0) + (percent ? 2 : 0);
  return digits === 0 || scale > 22 ? NaN : m / EXACT_POWERS[scale];
}

/** An ASCII letter, either case. */
const isLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;
function trimBlanks(s: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && isBlankChar(s.charCodeAt(i))) i++;
  while (j > i && isBlankChar(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

function readPart(arg: string, whole: string, raw: string, values: Values): void {
  const part = trimBlanks(raw);
  if (part === '') return;
  const eq = part.indexOf('=');
  const name = trimBlanks(eq < 0 ? part : part.slice(0, eq)).toUpperCase(); // ASCII: checked above
  let letters = name.length > 0;
  for (let i = 0; i < name.length && letters; i++) {
    const c = name.charCodeAt(i);
    letters = c >= 65 && c <= 90;
  }
  if (!letters || !(name in KINDS)) {
    const names = OPTION_NAMES.join(', ');
    throw letters ? valueError('unknownOption', { arg, got: name, names }) : valueError('malformedOption', { arg, got: part, names });
  }
  const key = name as OptionName;
  if (values[INDEX[key]] !== undefined) throw valueError('optionTwice', { arg, name: key, got: whole });
  values[INDEX[key]] = readOptionValue(arg, key, eq < 0 ? undefined : trimBlanks(part.slice(eq + 1)));
}

function readOptionValue(arg: string, name: OptionName, t: string | undefined): Exact | boolean | Level {
  const kind = KINDS[name];
  if (t === undefined || t === '') {
    if (kind === 'fraction') throw valueError('optionNeedsValue', { arg, name });
    return kind === 'flag' ? true : 'MAX';
  }
  const upper = t.toUpperCase(); // ASCII: checked by parseOptions
  if (upper === 'TRUE' || upper === 'FALSE') {
    if (kind === 'fraction') throw valueError('optionNotPercentage', { arg, name, got: t });
    if (kind === 'flag') return upper === 'TRUE';
    return upper === 'TRUE' ? 'MAX' : Exact.ofNumber(0);
  }
  if (kind === 'flag') {
    const flag = flagText(upper);
    if (flag === null) throw valueError('optionNotFlag', { arg, name, got: t });
    return flag;
  }
  // One comma between digits is the decimal comma (COVER=97,5%): read as the decimal point.
  const comma = t.indexOf(',');
  const numeric = comma >= 0 && comma === t.lastIndexOf(',') && t.indexOf('.') < 0 ? `${t.slice(0, comma)}.${t.slice(comma + 1)}` : t;
  let d: Exact;
  try {
    d = readExact(`${arg}: ${name}`, numeric);
  } catch (e) {
    if (!(e instanceof BpiError)) throw e;
    // The character named is where the value stops being a number, its decimal comma allowed (the "." of 9,5.1).
    if (e.key === 'notNumber' || e.key === 'notNumberContains') throw notANumber(`${arg}: ${name}`, t, t, true);
    throw requote(e, numeric, t);
  }
  if (kind === 'fraction' && (d.compare(0) <= 0 || d.compare(1) > 0)) {
    throw numError('optionCoverRange', { arg, name, got: t });
  }
  if (d.compare(0) < 0 || d.compare(1) > 0) {
    throw numError('optionLevelRange', { arg, name, got: t });
  }
  return d;
}
