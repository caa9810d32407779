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

/**
 * What an option's value is: a cover above 0 to 100 % (a value required), a share from 0 to 100 % (a value
 * required), a flag (bare name TRUE), a reduction level (bare name or TRUE: the published maximum), or one
 * word of a list (QUALITY=BELOW).
 */
type Kind = 'fraction' | 'share' | 'flag' | 'level' | 'choice';
const KINDS: Record<OptionName, Kind> = {
  COVER: 'fraction',
  PCP: 'fraction',
  PCC: 'fraction',
  POLITICAL: 'flag',
  CONSTRUCTION: 'flag',
  CASHLC: 'flag',
  ESCROW: 'flag',
  LOCALCCY: 'level',
  ASSIGNMENT: 'level',
  MOBILE: 'level',
  FIXED: 'level',
  LOCALESCROW: 'level',
};
export const OPTION_NAMES = Object.keys(KINDS) as OptionName[];

/** A reading's values, by option in the schema's order, before they become its options object. */
type Values = (Exact | boolean | Level | string | undefined)[];

/**
 * An option syntax: the names, what each value is, and the typed object a reading becomes (one object
 * literal per schema, so the per-row steps that read it stay monomorphic). RATE's and MPR's texts are read
 * by the same reader and memo, each with its own schema.
 */
interface OptionSchema<T> {
  readonly names: readonly string[];
  readonly kinds: readonly Kind[];
  /** The words a 'choice' option takes (upper-case), by option index. */
  readonly choices: readonly (readonly string[] | undefined)[];
  /** An example of a value, by option index, for the message of a name given without one (else NAME=100%). */
  readonly examples: readonly (string | undefined)[];
  readonly index: Readonly<Record<string, number>>;
  /** The one Values of the reading under way (a reading runs to its end before another starts). */
  readonly values: Values;
  readonly build: (values: Values) => T;
  /** Called once on a reading the memo keeps (RATE gives it room for the terms it derives). */
  readonly kept: (reading: T) => void;
  readonly memo: Map<string, T | BpiError>;
  /** Hashes of texts read once (see readMemoised). */
  readonly readOnce: Int32Array;
}

function schema<T>(
  kinds: Readonly<Record<string, Kind>>,
  build: (v: Values) => T,
  kept: (r: T) => void,
  extra: { choices?: Record<string, readonly string[]>; examples?: Record<string, string> } = {},
): OptionSchema<T> {
  const names = Object.keys(kinds);
  return {
    names,
    kinds: names.map((n) => kinds[n]),
    choices: names.map((n) => extra.choices?.[n]),
    examples: names.map((n) => extra.examples?.[n]),
    index: Object.fromEntries(names.map((n, i) => [n, i])),
    values: new Array(names.length).fill(undefined),
    build,
    kept,
    memo: new Map(),
    readOnce: new Int32Array(65536),
  };
}

/** Only the characters an option text may hold: one character class, no alternation, so linear. */
const OPTION_TEXT = new RegExp(`^${OPTION_CHARS.source}*$`);

/** Far above any real option text. */
export const MAX_OPTIONS_LENGTH = 1000;

/** The options of a blank cell: one shared object, so the pipeline can skip every option check. */
export const NO_OPTIONS: RateOptions = Object.freeze({});

const RATE_SCHEMA = schema<OptionsReading>(
  KINDS,
  (v) => toOptions(v),
  (r) => (r.terms = []),
);

/**
 * Parses the option text "NAME=VALUE; NAME; …" strictly: names are case-insensitive (ASCII only), a bare
 * name means TRUE (the published maximum for a reduction), values are numbers (a "." or "," decimal point:
 * parts are separated by ";", so a comma inside a value can only be a decimal comma), percentages, or
 * TRUE/FALSE (1/0 for flags). Unknown names, malformed or repeated parts are #VALUE! errors that quote the
 * part. Range checks that depend on the deal (maxima per country category) are made when the rate is priced.
 */
export function parseOptions(v: CellValue, arg = 'options'): RateOptions {
  if (isBlank(v)) return NO_OPTIONS;
  if (typeof v === 'string' && arg === 'options' && v.length <= MAX_OPTIONS_LENGTH) return readMemoised(v, RATE_SCHEMA);
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

function readMemoised<T>(v: string, sc: OptionSchema<T>): T {
  const MEMO = sc.memo;
  const READ_ONCE = sc.readOnce;
  let read = MEMO.get(v);
  if (read === undefined) {
    try {
      read = readWith(v, 'options', true, sc);
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
      if (!(read instanceof BpiError)) sc.kept(read); // kept: what it derives is worth deriving once
      MEMO.set(v, read);
    }
  }
  if (read instanceof BpiError) throw read;
  return read;
}

const INDEX = Object.fromEntries(OPTION_NAMES.map((n, i) => [n, i])) as Record<OptionName, number>;
const { COVER, PCP, PCC, POLITICAL, CONSTRUCTION, CASHLC, ESCROW, LOCALCCY, ASSIGNMENT, MOBILE, FIXED, LOCALESCROW } = INDEX;

/**
 * The options as one object literal with every option's property, present or not: every reading has the
 * same hidden class, so the per-row steps that read options stay monomorphic (and no property is added one
 * by one, or stored by a variable name, which costs several times building the literal).
 */
function toOptions(v: Values): OptionsReading {
  return {
    COVER: v[COVER] as Exact | undefined,
    PCP: v[PCP] as Exact | undefined,
    PCC: v[PCC] as Exact | undefined,
    POLITICAL: v[POLITICAL] as boolean | undefined,
    CONSTRUCTION: v[CONSTRUCTION] as boolean | undefined,
    CASHLC: v[CASHLC] as boolean | undefined,
    ESCROW: v[ESCROW] as boolean | undefined,
    LOCALCCY: v[LOCALCCY] as Level | undefined,
    ASSIGNMENT: v[ASSIGNMENT] as Level | undefined,
    MOBILE: v[MOBILE] as Level | undefined,
    FIXED: v[FIXED] as Level | undefined,
    LOCALESCROW: v[LOCALESCROW] as Level | undefined,
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
  return readWith(v, arg, inPlace, RATE_SCHEMA);
}

function readWith<T>(v: CellValue, arg: string, inPlace: boolean, sc: OptionSchema<T>): T {
  if (typeof v !== 'string') throw valueError('optionsNotText', { arg, got: v });
  if (v.length > MAX_OPTIONS_LENGTH) throw valueError('optionsTooLong', { arg, max: MAX_OPTIONS_LENGTH, count: v.length });
  const values = sc.values.fill(undefined);
  let asciiChecked = false;
  let from = 0;
  while (from <= v.length) {
    let to = v.indexOf(';', from);
    if (to < 0) to = v.length;
    if (!inPlace || !readPartInPlace(v, from, to, values, sc)) {
      // Before the first part that may be faulty: look-alikes anywhere in the text are refused first, naming
      // the character, and what readPart reads is ASCII only. (Parts read in place hold allowed characters.)
      if (!asciiChecked && !OPTION_TEXT.test(v)) asciiName(arg, v, OPTION_CHARS);
      asciiChecked = true;
      readPart(arg, v, v.slice(from, to), values, sc);
    }
    from = to + 1;
  }
  return sc.build(values);
}

/** The index of the option named by text[from, to) (ASCII letters in any case), or -1. */
function nameAt(text: string, from: number, to: number, names: readonly string[]): number {
  for (let i = 0; i < names.length; i++) if (isWord(text, from, to, names[i])) return i;
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
function readPartInPlace<T>(text: string, from: number, to: number, values: Values, sc: OptionSchema<T>): boolean {
  let i = from;
  let end = to;
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  while (end > i && isBlankChar(text.charCodeAt(end - 1))) end--;
  if (i === end) return true; // an empty part
  const nameFrom = i;
  while (i < end && isLetter(text.charCodeAt(i))) i++;
  const n = nameAt(text, nameFrom, i, sc.names);
  if (n < 0 || values[n] !== undefined) return false;
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  const kind = sc.kinds[n];
  let value: Exact | boolean | Level | string;
  if (i === end) {
    if (kind !== 'flag' && kind !== 'level') return false;
    value = kind === 'flag' ? true : 'MAX';
  } else {
    if (text.charCodeAt(i) !== 61) return false; // "="
    i++;
    while (i < end && isBlankChar(text.charCodeAt(i))) i++;
    if (kind === 'choice') {
      const word = sc.choices[n]!.find((c) => isWord(text, i, end, c));
      if (word === undefined) return false;
      value = word;
    } else if (isWord(text, i, end, 'TRUE') || isWord(text, i, end, 'FALSE')) {
      if (kind === 'fraction' || kind === 'share') return false;
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

function readPart<T>(arg: string, whole: string, raw: string, values: Values, sc: OptionSchema<T>): void {
  const part = trimBlanks(raw);
  if (part === '') return;
  const eq = part.indexOf('=');
  const name = trimBlanks(eq < 0 ? part : part.slice(0, eq)).toUpperCase(); // ASCII: checked above
  let letters = name.length > 0;
  for (let i = 0; i < name.length && letters; i++) {
    const c = name.charCodeAt(i);
    letters = c >= 65 && c <= 90;
  }
  const n = letters && Object.prototype.hasOwnProperty.call(sc.index, name) ? sc.index[name] : -1;
  if (n < 0) {
    const names = sc.names.join(', ');
    throw letters ? valueError('unknownOption', { arg, got: name, names }) : valueError('malformedOption', { arg, got: part, names });
  }
  if (values[n] !== undefined) throw valueError('optionTwice', { arg, name, got: whole });
  values[n] = readOptionValue(arg, name, eq < 0 ? undefined : trimBlanks(part.slice(eq + 1)), sc.kinds[n], sc.choices[n], sc.examples[n]);
}

function readOptionValue(
  arg: string,
  name: string,
  t: string | undefined,
  kind: Kind,
  choices: readonly string[] | undefined,
  example: string | undefined,
): Exact | boolean | Level | string {
  if (t === undefined || t === '') {
    if (kind === 'flag') return true;
    if (kind === 'level') return 'MAX';
    throw example === undefined ? valueError('optionNeedsValue', { arg, name }) : valueError('optionNeedsValueExample', { arg, name, example });
  }
  const upper = t.toUpperCase(); // ASCII: checked by parseOptions
  if (kind === 'choice') {
    const word = choices!.find((c) => c === upper);
    if (word === undefined) throw valueError('optionChoice', { arg, name, choices: choices!.join(', '), got: t });
    return word;
  }
  if (upper === 'TRUE' || upper === 'FALSE') {
    if (kind === 'fraction' || kind === 'share') throw valueError('optionNotPercentage', { arg, name, got: t });
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
  if (kind === 'share' && (d.compare(0) < 0 || d.compare(1) > 0)) {
    throw numError('optionShareRange', { arg, name, got: t });
  }
  if (d.compare(0) < 0 || d.compare(1) > 0) {
    throw numError('optionLevelRange', { arg, name, got: t });
  }
  return d;
}

// --- BPI.MPR's options (src/core/mpr.ts) --------------------------------------------------------------

/** The product qualities of the OECD's QPF (src/core/tables/oecdMpr.ts), as QUALITY takes them. */
const QUALITY_WORDS = ['BELOW', 'STANDARD', 'ABOVE'] as const;

/** The BPI.MPR options, parsed and typed; absent options are undefined. Read-only, like RateOptions. */
export interface MprOptions {
  readonly COVER?: Exact;
  readonly PCP?: Exact;
  /** From 0 %: 0 is cover of political risks only. */
  readonly PCC?: Exact;
  readonly QUALITY?: (typeof QUALITY_WORDS)[number];
  readonly LOCALCCY?: Level;
  readonly ASSIGNMENT?: Level;
  readonly MOBILE?: Level;
  readonly FIXED?: Level;
  readonly LOCALESCROW?: Level;
  /** Required with a value (no bare TERM): the user's agency's term adjustment. */
  readonly TERM?: Exact;
}

/** A reading as the memo shares it: a kept one carries room for its plans (one per country and debtor). */
export interface MprReading extends MprOptions {
  plans: unknown[] | null;
}

export const NO_MPR_OPTIONS: MprOptions = Object.freeze({});

const MPR_SCHEMA = schema<MprReading>(
  {
    COVER: 'fraction',
    PCP: 'fraction',
    PCC: 'share',
    QUALITY: 'choice',
    LOCALCCY: 'level',
    ASSIGNMENT: 'level',
    MOBILE: 'level',
    FIXED: 'level',
    LOCALESCROW: 'level',
    TERM: 'share',
  },
  (v) => ({
    COVER: v[0] as Exact | undefined,
    PCP: v[1] as Exact | undefined,
    PCC: v[2] as Exact | undefined,
    QUALITY: v[3] as MprOptions['QUALITY'],
    LOCALCCY: v[4] as Level | undefined,
    ASSIGNMENT: v[5] as Level | undefined,
    MOBILE: v[6] as Level | undefined,
    FIXED: v[7] as Level | undefined,
    LOCALESCROW: v[8] as Level | undefined,
    TERM: v[9] as Exact | undefined,
    plans: null,
  }),
  (r) => (r.plans = []),
  { choices: { QUALITY: QUALITY_WORDS }, examples: { QUALITY: 'QUALITY=BELOW', PCC: 'PCC=90%', TERM: 'TERM=0.45%' } },
);

/** The names MPR's options text takes, in order (for messages and docs). */
export const MPR_OPTION_NAMES = MPR_SCHEMA.names;

/** BPI.MPR's options text, read as RATE's is (same syntax, reader and memo), with MPR's names. */
export function parseMprOptions(v: CellValue, arg = 'options'): MprOptions {
  if (isBlank(v)) return NO_MPR_OPTIONS;
  if (typeof v === 'string' && arg === 'options' && v.length <= MAX_OPTIONS_LENGTH) return readMemoised(v, MPR_SCHEMA);
  return readWith(v, arg, true, MPR_SCHEMA);
}

/** MPR's options text read without the memo; `inPlace` false reads every part by readPart (the comparison test). */
export function readMprOptionsText(v: CellValue, arg: string, inPlace = true): MprOptions {
  return readWith(v, arg, inPlace, MPR_SCHEMA);
}
