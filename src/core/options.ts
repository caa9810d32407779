import { BpiError, describe, numError, valueError } from './errors';
import { CellValue, Dec, isBlank, readDecimal } from './numbers';

/** A reduction level: a fraction, or the published maximum (a bare name or TRUE). */
export type Level = Dec | 'MAX';

/** The RATE / EXPLAIN options (SPEC §3), parsed and typed; absent options are undefined. */
export interface RateOptions {
  COVER?: Dec;
  PCP?: Dec;
  PCC?: Dec;
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

/** Far above any real option text; keeps the compiled-price cache small whatever a sheet holds. */
export const MAX_OPTIONS_LENGTH = 1000;

const PART = /^([A-Za-z]+)\s*(?:=\s*(.*))?$/;

/**
 * Parses the option text "NAME=VALUE; NAME; …" strictly: names are case-insensitive, a bare name means
 * TRUE (the published maximum for a reduction), values are numbers with a "." decimal point, percentages
 * or TRUE/FALSE. Unknown names, malformed or repeated parts are #VALUE! errors that quote the part.
 * Range checks that depend on the deal (maxima per country category) are made when the rate is priced.
 */
export function parseOptions(v: CellValue, arg = 'options'): RateOptions {
  if (isBlank(v)) return {};
  if (typeof v !== 'string') throw valueError(`${arg} must be text such as "COVER=100%; MOBILE=25%", got ${describe(v)}`);
  if (v.length > MAX_OPTIONS_LENGTH) throw valueError(`${arg} must be at most ${MAX_OPTIONS_LENGTH} characters, got ${v.length}`);
  const options: RateOptions = {};
  for (const raw of v.split(';')) {
    const part = raw.trim();
    if (part === '') continue;
    const m = PART.exec(part);
    const name = m?.[1].toUpperCase() as OptionName | undefined;
    if (!m || !name || !(name in KINDS)) {
      const shown = m ? `unknown option ${describe(m[1])}` : `malformed part ${describe(part)}`;
      throw valueError(`${arg}: ${shown}; allowed: ${OPTION_NAMES.join(', ')} as NAME=VALUE separated by ";"`);
    }
    if (options[name] !== undefined) throw valueError(`${arg}: ${name} is given twice in ${describe(v)}`);
    (options as Record<string, unknown>)[name] = readOptionValue(arg, name, m[2]);
  }
  return options;
}

function readOptionValue(arg: string, name: OptionName, text: string | undefined): Dec | boolean | Level {
  const kind = KINDS[name];
  const t = text?.trim();
  if (t === undefined || t === '') {
    if (kind === 'fraction') throw valueError(`${arg}: ${name} needs a value, e.g. ${name}=100%`);
    return kind === 'flag' ? true : 'MAX';
  }
  const upper = t.toUpperCase();
  if (upper === 'TRUE' || upper === 'FALSE') {
    if (kind === 'fraction') throw valueError(`${arg}: ${name} must be a percentage such as 100%, got ${describe(t)}`);
    if (kind === 'flag') return upper === 'TRUE';
    return upper === 'TRUE' ? 'MAX' : new Dec(0);
  }
  if (kind === 'flag') throw valueError(`${arg}: ${name} must be TRUE or FALSE, got ${describe(t)}`);
  let d: Dec;
  try {
    d = readDecimal(`${arg}: ${name}`, t);
  } catch (e) {
    if (e instanceof BpiError) throw valueError(e.message);
    throw e;
  }
  if (kind === 'fraction' && (d.lessThanOrEqualTo(0) || d.greaterThan(1))) {
    throw numError(`${arg}: ${name} must be above 0% and at most 100%, got ${describe(t)}`);
  }
  if (d.isNegative() || d.greaterThan(1)) {
    throw numError(`${arg}: ${name} must be a reduction from 0% to its maximum, got ${describe(t)}`);
  }
  return d.abs();
}
