/*
 * The Excel-shaped harness: loads the built dist/functions.js in a fresh vm context with Excel's
 * CustomFunctions runtime stood in for, and calls the functions the way Excel does: by the names in the
 * generated dist/functions.json, each argument a 2-D array for a matrix parameter, null for an omitted
 * optional argument.
 */
import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { DIST } from './paths';

/** Excel's error codes, as CustomFunctions.ErrorCode has them. */
export const ErrorCode = {
  invalidValue: '#VALUE!',
  notAvailable: '#N/A',
  divisionByZero: '#DIV/0!',
  invalidNumber: '#NUM!',
  nullReference: '#NULL!',
  invalidName: '#NAME?',
  invalidReference: '#REF!',
} as const;

const CODES: readonly string[] = Object.values(ErrorCode);

/** Stand-in for CustomFunctions.Error: an Excel error code (one of ErrorCode's values) and a message. */
export class ExcelError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message ?? '');
    if (!CODES.includes(code)) throw new TypeError(`CustomFunctions.Error: ${JSON.stringify(code)} is not an Excel error code`);
  }
}

interface ParameterMeta {
  name: string;
  dimensionality?: 'scalar' | 'matrix';
  optional?: boolean;
  repeating?: boolean;
}
interface FunctionMeta {
  id: string;
  name: string;
  parameters: ParameterMeta[];
  result: { dimensionality?: string };
}

export type Arg = unknown;
/** A number returned with a number format (src/functions/cellValues.ts): a DoubleCellValue, or a FormattedNumberCellValue on ExcelApi 1.16–1.18. */
export interface FormattedNumber {
  readonly type: 'Double' | 'FormattedNumber';
  readonly basicValue: number;
  readonly numberFormat: string;
}
export type Cell = number | string | boolean | ExcelError | FormattedNumber | null;

export function isFormattedNumber(v: unknown): v is FormattedNumber {
  const type = typeof v === 'object' && v !== null ? (v as FormattedNumber).type : undefined;
  return (type === 'Double' || type === 'FormattedNumber') && typeof (v as FormattedNumber).basicValue === 'number';
}

/** The value Excel computes with: a formatted number's basic value, any other cell as is. */
export function plain(v: unknown): unknown {
  return isFormattedNumber(v) ? v.basicValue : v;
}

/**
 * The host the bundle runs in. By default none (no Office object): plain numbers, English. `office` stands
 * in for Office.js (Office.context.requirements, Office.context.displayLanguage).
 */
export interface HostOptions {
  readonly office?: unknown;
}

/** An Office stand-in whose requirements answer yes to the given sets (name → highest version). */
export function officeStandIn(sets: Record<string, string>, displayLanguage = 'en-US'): unknown {
  const atLeast = (have: string, want: string) => {
    const [a, b] = [have, want].map((v) => v.split('.').map(Number));
    for (let i = 0; i < Math.max(a.length, b.length); i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    return true;
  };
  return {
    context: {
      displayLanguage,
      requirements: { isSetSupported: (name: string, version = '1.1') => name in sets && atLeast(sets[name], version) },
    },
  };
}

export interface Workbook {
  /** The functions as functions.json declares them, by name. */
  readonly metadata: Map<string, FunctionMeta>;
  /** Calls BPI.<name> with Excel's argument shapes; an omitted optional argument is passed as null. */
  call(name: string, ...args: Arg[]): unknown;
  /** As call, but the bundle's own result as Excel's runtime receives it, not copied into this realm (memory figures). */
  raw(name: string, ...args: Arg[]): unknown;
  /** As call, for a matrix result. */
  grid(name: string, ...args: Arg[]): Cell[][];
  /** As call, for a 1×1 result: its single cell. */
  cell(name: string, ...args: Arg[]): Cell;
}

/** Excel passes a matrix parameter as a 2-D array: a single value becomes [[v]]. */
function asExcelArgument(p: ParameterMeta, v: Arg): unknown {
  if (v === undefined) return null;
  if (p.dimensionality !== 'matrix') return v;
  if (Array.isArray(v)) return v;
  return [[v]];
}

/** Arrays and objects made inside the vm context have that context's prototypes: copy them so deepEqual compares values. */
function toHostRealm(v: unknown): unknown {
  if (Array.isArray(v)) {
    // Sized up front, as the bundle sizes its rows: Array.from grows a copy as it goes (room for 17 cells).
    const copy = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) copy[i] = toHostRealm(v[i]);
    return copy;
  }
  if (isFormattedNumber(v)) return { type: v.type, basicValue: v.basicValue, numberFormat: v.numberFormat };
  return v;
}

/** The ECMAScript built-ins the bundle may use (see loadWorkbook). */
const BUILTINS = [
  'Math',
  'Array',
  'Number',
  'String',
  'Boolean',
  'Object',
  'JSON',
  'Map',
  'Set',
  'WeakMap',
  'Symbol',
  'RegExp',
  'Date',
  'Error',
  'TypeError',
  'RangeError',
  'SyntaxError',
  'Reflect',
  'Promise',
  'BigInt',
  'isFinite',
  'isNaN',
  'parseInt',
  'parseFloat',
];

/** The built bundle in an Excel whose Office display language is `lang` (e.g. "fr-FR"); none: no Office object. */
export function workbookIn(lang: string | null): Workbook {
  return lang === null ? loadWorkbook(DIST) : loadWorkbook(DIST, { office: officeStandIn({}, lang) });
}

/** Loads the built bundle in a new context; each call of loadWorkbook starts from a clean runtime. */
export function loadWorkbook(dist = DIST, host: HostOptions = {}): Workbook {
  const code = fs.readFileSync(path.join(dist, 'functions.js'), 'utf8');
  const json = JSON.parse(fs.readFileSync(path.join(dist, 'functions.json'), 'utf8')) as { functions: FunctionMeta[] };
  const associated = new Map<string, (...a: unknown[]) => unknown>();
  const CustomFunctions = {
    associate(id: string, fn: (...a: unknown[]) => unknown) {
      if (associated.has(id)) throw new Error(`${id} associated twice`);
      associated.set(id, fn);
    },
    Error: ExcelError,
    ErrorCode,
  };
  const context = vm.createContext(host.office === undefined ? { CustomFunctions, console } : { CustomFunctions, console, Office: host.office });
  // A vm context reads its globals through interceptors, ~40× slower than a browser or Excel's runtime does
  // (Math.floor in a hot loop). The bundle is run with the context's own built-ins bound as parameters: the
  // same objects, looked up as locals, so that speed measured here is the bundle's, not the vm's.
  const builtins = vm.runInContext(`[${BUILTINS.join(',')}]`, context) as unknown[];
  const run = vm.runInContext(`(function (${BUILTINS.join(',')}) {\n${code}\n})`, context, { filename: 'functions.js', lineOffset: -1 });
  (run as (...a: unknown[]) => void)(...builtins);

  const metadata = new Map(json.functions.map((f) => [f.name, f]));
  for (const f of json.functions) {
    if (!associated.has(f.id)) throw new Error(`functions.json declares ${f.id} but functions.js does not associate it`);
  }

  /** The bundle's own result, as Excel's runtime receives it (not copied into this realm). */
  function raw(name: string, ...args: Arg[]): unknown {
    const meta = metadata.get(name);
    if (!meta) throw new Error(`BPI.${name} is not in functions.json`);
    if (args.length > meta.parameters.length) throw new Error(`BPI.${name} takes at most ${meta.parameters.length} arguments`);
    const excelArgs = meta.parameters.map((p, i) => {
      if (args[i] === undefined && !p.optional) throw new Error(`BPI.${name}: ${p.name} is required`);
      return asExcelArgument(p, args[i]);
    });
    try {
      return associated.get(meta.id)!(...excelArgs);
    } catch (e) {
      // Excel shows a thrown CustomFunctions.Error as the cell's error; anything else is a bug.
      if (e instanceof ExcelError) return [[e]];
      throw e;
    }
  }

  function call(name: string, ...args: Arg[]): unknown {
    return toHostRealm(raw(name, ...args));
  }

  return {
    metadata,
    call,
    raw,
    grid: (name, ...args) => call(name, ...args) as Cell[][],
    cell(name, ...args) {
      const g = call(name, ...args) as Cell[][];
      if (!Array.isArray(g) || g.length !== 1 || g[0].length !== 1) throw new Error(`BPI.${name} returned ${JSON.stringify(g)}, not 1×1`);
      return g[0][0];
    },
  };
}

export function isExcelError(v: unknown, code?: string): v is ExcelError {
  return v instanceof ExcelError && (code === undefined || v.code === code);
}
