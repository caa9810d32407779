import { BpiError, numError, requote, valueError } from './errors';
import { CellValue, Exact, OPTION_CHARS, asciiName, flagText, isBlank, readExact } from './numbers';

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
const NAMES = new Map<string, OptionName>(OPTION_NAMES.map((n) => [n, n]));

/** One character class, no alternation: linear. */
const OPTION_TEXT = /^[A-Za-z0-9+/=;%., \t-]*$/;

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
  if (typeof v !== 'string') throw valueError('optionsNotText', { arg, got: v });
  if (v.length > MAX_OPTIONS_LENGTH) throw valueError('optionsTooLong', { arg, max: MAX_OPTIONS_LENGTH, count: v.length });
  if (!OPTION_TEXT.test(v)) asciiName(arg, v, OPTION_CHARS); // refuses look-alikes, naming the character: what follows is ASCII only
  const text = v;
  const options: RateOptions = {};
  if (typeof v !== 'string') throw new Error('unreachable');
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
  // ASCII (checked above); a known name as its interned constant: a sliced string used as a property key is
  // looked up in V8's string table at each use (three below), the most costly step of a short option text.
  const typed = trimBlanks(eq < 0 ? part : part.slice(0, eq)).toUpperCase();
  const name = NAMES.get(typed) ?? typed;
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
  (options as Record<string, unknown>)[key] = readOptionValue(arg, key, eq < 0 ? undefined : trimBlanks(part.slice(eq + 1)));
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
