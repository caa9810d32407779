import { BpiError, numError, requote, valueError } from './errors';
import { CellValue, EXACT_POWERS, Exact, OPTION_CHARS, asciiName, flagText, isBlank, readExact } from './numbers';

/** A reduction level: a fraction, or the published maximum (a bare name or TRUE). */
export type Level = Exact | 'MAX';

/** The RATE / EXPLAIN options (SPEC §3), parsed and typed; absent options are undefined. */
export interface RateOptions {
  COVER?: Exact;
  PCP?: Exact;
  PCC?: Exact;
  POLITICAL?: boolean;
  CONSTRUCTION?: boolean;
  CASHLC?: boolean;
  ESCROW?: boolean;
  LOCALCCY?: Level;
  ASSIGNMENT?: Level;
  MOBILE?: Level;
  FIXED?: Level;
  LOCALESCROW?: Level;
}
export type OptionName = keyof RateOptions;

type Kind = 'fraction' | 'flag' | 'level';
const KINDS: Record<OptionName, Kind> = {
  COVER: 'fraction', PCP: 'fraction', PCC: 'fraction',
  POLITICAL: 'flag', CONSTRUCTION: 'flag', CASHLC: 'flag', ESCROW: 'flag',
  LOCALCCY: 'level', ASSIGNMENT: 'level', MOBILE: 'level', FIXED: 'level', LOCALESCROW: 'level',
};
export const OPTION_NAMES = Object.keys(KINDS) as OptionName[];


/** Far above any real option text. */
export const MAX_OPTIONS_LENGTH = 1000;

/**
 * A fresh options object with every option absent. One shape for every reading (the options present are
 * set in place, never added): the steps that read options see a single hidden class, and adding properties
 * to an empty object costs several times building this literal.
 */
const ABSENT: RateOptions = Object.fromEntries(OPTION_NAMES.map((n) => [n, undefined]));

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
  if (typeof v === 'string' && arg === 'options') {
    // Bounded memo of texts read (a sheet repeats a few option texts over many rows); a miss only costs the
    // reading below, about as much as the rest of the row, and the memo is emptied when full.
    const known = READ_TEXTS.get(v);
    if (known !== undefined) {
      if (known instanceof BpiError) throw known;
      return known;
    }
    if (READ_TEXTS.size >= MAX_READ_TEXTS) READ_TEXTS.clear();
    try {
      const read = readOptionsText(v, arg);
      READ_TEXTS.set(v, read);
      return read;
    } catch (e) {
      if (e instanceof BpiError) READ_TEXTS.set(v, e);
      throw e;
    }
  }
  return readOptionsText(v, arg);
}

const MAX_READ_TEXTS = 10_000;
const READ_TEXTS = new Map<string, RateOptions | BpiError>();

function readOptionsText(v: CellValue, arg: string): RateOptions {
  if (typeof v === 'string' && v.length <= MAX_OPTIONS_LENGTH) {
    const read = readValidText(v);
    if (read !== null) return read;
  }
  return reportOptionsText(v, arg);
}

/** The option whose name is text[from, to) (ASCII letters, any case), or undefined. */
function nameAt(text: string, from: number, to: number): OptionName | undefined {
  for (const name of OPTION_NAMES) if (isWord(text, from, to, name)) return name;
  return undefined;
}

/** text[from, to) equals word (upper-case ASCII letters or digits), ASCII letters in any case. */
function isWord(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(from + i);
    if ((c >= 97 && c <= 122 ? c - 32 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The reading of a valid option text in one pass over its characters, with no intermediate string or
 * object: names matched in place, numbers ([digits][. or , digits][%], at most 15 significant digits and
 * 22 decimals) built as the correctly rounded quotient of two exact doubles, the same double as Number()
 * of the text (Clinger's fast path), whose shortest decimal is the text's value (15 digits round-trip).
 * null for anything else (an error, a sign, an exponent, a longer number): the reporting reader below then
 * reads the text again and names the first fault, so errors and their order are those of a single reader.
 */
/** Exported for the test that compares it with reportOptionsText. */
export function readValidText(text: string): RateOptions | null {
  const options = { ...ABSENT };
  const end = text.length;
  let i = 0;
  while (i <= end) {
    while (i < end && isBlankChar(text.charCodeAt(i))) i++;
    if (i === end) break;
    let c = text.charCodeAt(i);
    if (c === 59) { // an empty part
      i++;
      continue;
    }
    const nameFrom = i;
    while (i < end && ((c = text.charCodeAt(i) | 32) >= 97 && c <= 122)) i++;
    const name = nameAt(text, nameFrom, i);
    if (name === undefined || options[name] !== undefined) return null;
    while (i < end && isBlankChar(text.charCodeAt(i))) i++;
    const kind = KINDS[name];
    let value: Exact | boolean | Level;
    if (i === end || text.charCodeAt(i) === 59) {
      if (kind === 'fraction') return null;
      value = kind === 'flag' ? true : 'MAX';
    } else {
      if (text.charCodeAt(i) !== 61) return null; // "="
      i++;
      while (i < end && isBlankChar(text.charCodeAt(i))) i++;
      const from = i;
      while (i < end && (c = text.charCodeAt(i)) !== 59 && c !== 32 && c !== 9) i++;
      const to = i;
      while (i < end && isBlankChar(text.charCodeAt(i))) i++;
      if (i < end && text.charCodeAt(i) !== 59) {
        // "80 %": blanks before a percent sign only
        if (text.charCodeAt(i) !== 37) return null;
        const read = numberAt(text, from, to, true);
        i++;
        while (i < end && isBlankChar(text.charCodeAt(i))) i++;
        if (read === null || kind === 'flag' || (i < end && text.charCodeAt(i) !== 59)) return null;
        value = read;
      } else if (isWord(text, from, to, 'TRUE') || isWord(text, from, to, 'FALSE')) {
        if (kind === 'fraction') return null;
        const yes = to - from === 4;
        value = kind === 'flag' ? yes : yes ? 'MAX' : Exact.ofNumber(0);
      } else if (kind === 'flag') {
        if (to - from !== 1) return null;
        const d = text.charCodeAt(from);
        if (d !== 48 && d !== 49) return null;
        value = d === 49;
      } else {
        const read = numberAt(text, from, to, false);
        if (read === null) return null;
        value = read;
      }
      if (value instanceof Exact) {
        const x = value.value;
        if (kind === 'fraction' ? !(x > 0 && x <= 1) : !(x >= 0 && x <= 1)) return null;
      }
    }
    (options as Record<OptionName, unknown>)[name] = value; // in place: every option's property exists
    i++; // past the ";" (or the end)
  }
  return Object.freeze(options) as RateOptions;
}


/**
 * text[from, to) as digits with at most one "." or "," (and a "%" at `to` or, if percent, after blanks),
 * when it has 1–15 significant digits and at most 22 decimals: the exact value as its double. Else null.
 */
function numberAt(text: string, from: number, to: number, percent: boolean): Exact | null {
  let end = to;
  if (!percent && end > from && text.charCodeAt(end - 1) === 37) {
    percent = true;
    end--;
  }
  let m = 0;
  let significant = 0;
  let digits = 0;
  let decimals = -1; // -1: no decimal separator yet
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      if (decimals >= 0) decimals++;
      if (m !== 0 || c !== 48) {
        if (++significant > 15) return null;
        m = m * 10 + (c - 48);
      }
    } else if ((c === 46 || c === 44) && decimals < 0) decimals = 0;
    else return null;
  }
  if (digits === 0) return null;
  const scale = Math.max(decimals, 0) + (percent ? 2 : 0);
  if (scale > 22) return null;
  return Exact.ofNumber(m / EXACT_POWERS[scale]);
}

/** The first reading of a text that readValidText does not accept: throws the #VALUE!/#NUM! of its first fault. */
export function reportOptionsText(v: CellValue, arg: string): RateOptions {
  if (typeof v !== 'string') throw valueError('optionsNotText', { arg, got: v });
  if (v.length > MAX_OPTIONS_LENGTH) throw valueError('optionsTooLong', { arg, max: MAX_OPTIONS_LENGTH, count: v.length });
  asciiName(arg, v, OPTION_CHARS); // refuses look-alikes, naming the character: what follows is ASCII only
  const text = v;
  const options = { ...ABSENT };
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf(';', from);
    if (to < 0) to = text.length;
    readPart(arg, v, text.slice(from, to), options);
    from = to + 1;
  }
  return Object.freeze(options); // shared between the rows that hold the same text
}

const isBlankChar = (c: number) => c === 32 || c === 9;
function trimBlanks(s: string): string {
  let i = 0;
  let j = s.length;
  while (i < j && isBlankChar(s.charCodeAt(i))) i++;
  while (j > i && isBlankChar(s.charCodeAt(j - 1))) j--;
  return i === 0 && j === s.length ? s : s.slice(i, j);
}

function readPart(arg: string, whole: string, raw: string, options: RateOptions): void {
  const part = trimBlanks(raw);
  if (part === '') return;
  const eq = part.indexOf('=');
  // ASCII (checked above).
  const name = trimBlanks(eq < 0 ? part : part.slice(0, eq)).toUpperCase();
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
  if (options[key] !== undefined) throw valueError('optionTwice', { arg, name: key, got: whole });
  (options as Record<OptionName, unknown>)[key] = readOptionValue(arg, key, eq < 0 ? undefined : trimBlanks(part.slice(eq + 1)));
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
    if (e instanceof BpiError) throw requote(e, numeric, t);
    throw e;
  }
  if (kind === 'fraction' && (d.compare(0) <= 0 || d.compare(1) > 0)) {
    throw numError('optionCoverRange', { arg, name, got: t });
  }
  if (d.compare(0) < 0 || d.compare(1) > 0) {
    throw numError('optionLevelRange', { arg, name, got: t });
  }
  return d;
}
