import { valueError } from '../core/errors';
import { CellValue, isBlank } from '../core/numbers';
import { CellFormat, FormattedValue, PLAIN, plainCell, plainGrid } from './cellValues';
import { ErrorCells, toExcelError } from './runtime';

/** What Excel passes for an `any[][]` parameter: a 2-D array, or null when an optional one is omitted. */
export type Grid = CellValue[][] | null | undefined;
export type Cell = number | string | boolean | CustomFunctions.Error | FormattedValue;

/** One argument of a call: its name (for messages), its value, and whether it is required. */
export interface Arg {
  readonly name: string;
  readonly grid: Grid;
  readonly required: boolean;
}

export const required = (name: string, grid: Grid): Arg => ({ name, grid, required: true });
export const optional = (name: string, grid: Grid): Arg => ({ name, grid, required: false });

interface Shape {
  rows: number;
  cols: number;
}

/**
 * A grid as Excel would pass it; a bare scalar (a caller that is not Excel) counts as 1×1. `checked`: every
 * row checked and cell value objects unwrapped here; else (a spill) row by row as its cells are read (load).
 */
function asGrid(arg: Arg, checked = true): CellValue[][] | null {
  const g = arg.grid as unknown;
  if (g === null || g === undefined) return null;
  if (!Array.isArray(g)) return [[g as CellValue]];
  if (g.length === 0 || !Array.isArray(g[0]) || g[0].length === 0) throw valueError('emptyRange', { arg: arg.name });
  if (!checked) return g as CellValue[][];
  const cols = g[0].length;
  for (let r = 0; r < g.length; r++) {
    const row: unknown = g[r];
    if (!Array.isArray(row) || row.length !== cols) throw valueError('notRectangular', { arg: arg.name });
  }
  return plainGrid(g as CellValue[][]); // a formatted number from another cell arrives as a cell value object
}

/** Thrown by load at a row that is not an array of the grid's width: the call is then checked as a whole (asGrid). */
const RAGGED = Symbol('ragged');

/** The error of a call whose spill failed as a whole: the first argument that is not a rectangle, else `e`. */
function wholeCallError(args: readonly Arg[], e: unknown): CustomFunctions.Error {
  try {
    for (const arg of args) asGrid(arg);
  } catch (ragged) {
    return toExcelError(ragged);
  }
  return toExcelError(e);
}

const shapeText = (s: Shape) => `${s.rows}×${s.cols}`;

/**
 * The common shape of a call's range arguments: 1×1 ranges and single values are broadcast; all others
 * must have one shape, or the whole call is a #VALUE! that names the shapes.
 */
function commonShape(args: readonly Arg[], grids: (CellValue[][] | null)[]): Shape {
  let shape: Shape = { rows: 1, cols: 1 };
  let from: string | null = null;
  grids.forEach((g, i) => {
    if (!g || (g.length === 1 && g[0].length === 1)) return;
    const s = { rows: g.length, cols: g[0].length };
    if (from === null) {
      shape = s;
      from = args[i].name;
    } else if (s.rows !== shape.rows || s.cols !== shape.cols) {
      throw valueError('differentShapes', { fromArg: from, fromShape: shapeText(shape), arg: args[i].name, shape: shapeText(s) });
    }
  });
  return shape;
}

/**
 * The arguments whose being blank makes a row blank: the required ones given as ranges, since a single
 * value is the same in every row (=BPI.RATE(A2:A10000, "CC2", 5) is clean where A is empty); where no
 * required argument is a range, all the required ones.
 */
function blankRowArguments(args: readonly Arg[], grids: (CellValue[][] | null)[]): number[] {
  const isRange = (g: CellValue[][] | null) => g !== null && (g.length > 1 || g[0].length > 1);
  const required = args.flatMap((a, i) => (a.required ? [i] : []));
  const ranged = required.filter((i) => isRange(grids[i]));
  return ranged.length > 0 ? ranged : required;
}

/** What a spill needs of its arguments, read once per call. */
interface Spill {
  readonly shape: Shape;
  /** Per argument, its full-shape grid, or null where it broadcasts one value (in `values`). */
  readonly full: (CellValue[][] | null)[];
  /** The values of the cell being computed: the broadcast ones set once, the others per cell. */
  readonly values: CellValue[];
  readonly requiredIdx: readonly number[];
  readonly errors: ErrorCells;
}

function spillOf(args: readonly Arg[], width: number): Spill {
  const grids = args.map((a) => asGrid(a, false));
  const shape = commonShape(args, grids);
  if (width > 1 && shape.cols > 1) {
    throw valueError('singleColumnRanges', { width, shape: shapeText(shape) });
  }
  const full = grids.map((g) => (g !== null && !(g.length === 1 && g[0].length === 1) ? g : null));
  const values: CellValue[] = grids.map((g, i) => (full[i] === null && g !== null ? plainCell(g[0][0]) : null));
  // The language once per call, not per error cell.
  return { shape, full, values, requiredIdx: blankRowArguments(args, grids), errors: new ErrorCells() };
}

/**
 * Loads the values of cell (r, c) into spill.values, a cell value object as its basic value; true if the
 * cell is blank (all its required inputs are). A row that is not an array of the shape's width throws RAGGED.
 */
function load(spill: Spill, r: number, c: number): boolean {
  const { full, values } = spill;
  const cols = spill.shape.cols;
  for (let i = 0; i < full.length; i++) {
    const g = full[i];
    if (g === null) continue;
    const row = g[r];
    if (!Array.isArray(row) || row.length !== cols) throw RAGGED;
    const v = row[c];
    values[i] = typeof v === 'object' && v !== null ? plainCell(v) : v;
  }
  return allBlank(values, spill.requiredIdx);
}

/**
 * Calls `cell` for every cell of the common shape, like Excel's own functions over dynamic arrays: each
 * cell succeeds or fails on its own (a failure becomes that cell's Excel error with its message), and a
 * cell whose required inputs are all blank gives "". `width` > 1 is for functions that return a row per
 * input row (then the inputs must be single columns). `format` gives each number the host's format.
 *
 * The hot path of a spill (100,000 rows): one error boundary per run of good cells (a failing cell is
 * converted and the run resumes after it), output rows made once at their size, a function's own result
 * row kept as the output row where it is one.
 */
export function broadcast(args: readonly Arg[], cell: (values: CellValue[]) => Cell | Cell[], width = 1, format: CellFormat = PLAIN): Cell[][] {
  let spill: Spill;
  try {
    spill = spillOf(args, width);
  } catch (e) {
    throw wholeCallError(args, e);
  }
  const { rows, cols } = spill.shape;
  const out: Cell[][] = new Array(rows);
  const values = spill.values;
  const wide = cols * width;
  /** A row of `wide` cells, all v. */
  const filled = (v: Cell) => {
    const row = new Array<Cell>(wide);
    for (let k = 0; k < wide; k++) row[k] = v;
    return row;
  };
  let r = 0;
  let c = 0;
  while (r < rows) {
    try {
      if (cols === 1 && width === 1) {
        for (; r < rows; r++) out[r] = [load(spill, r, 0) ? '' : format(cell(values) as Cell)];
      } else if (cols === 1) {
        for (; r < rows; r++) {
          if (load(spill, r, 0)) {
            out[r] = filled('');
            continue;
          }
          const result = cell(values);
          if (Array.isArray(result) && result.length === width) {
            // A fresh row from the function (COVERADJ's two factors): the output row itself.
            if (format !== PLAIN) for (let w = 0; w < width; w++) result[w] = format(result[w]);
            out[r] = result;
          } else out[r] = filled(format(result as Cell));
        }
      } else {
        for (; r < rows; r++, c = 0) {
          if (c === 0) out[r] = filled('');
          const row = out[r];
          for (; c < cols; c++) {
            if (load(spill, r, c)) continue;
            const result = cell(values);
            for (let w = 0; w < width; w++) row[c * width + w] = format(Array.isArray(result) ? result[w] : result);
          }
        }
      }
    } catch (e) {
      if (e === RAGGED) throw wholeCallError(args, e);
      // The failing cell (r, c) shows its error; the run resumes after it.
      const error = spill.errors.of(e);
      if (cols === 1) {
        out[r] = width === 1 ? [error] : filled(error);
        r++;
      } else {
        for (let w = 0; w < width; w++) out[r][c * width + w] = error;
        if (++c === cols) {
          c = 0;
          r++;
        }
      }
    }
  }
  return out;
}

/** Rows a spill prices one by one without exceptions: a number in units of 1/`unit`, or NaN with the row's error in `failure`. */
export interface NumberRows {
  value(values: readonly CellValue[]): number;
  readonly failure: unknown;
}

/**
 * NumberRows of a function that throws its errors (CLAIMSPREMIUM): one try per row, which costs nothing
 * until a row fails, instead of broadcast's boundary per run; the error cells the same (ErrorCells).
 */
export function throwingRows(fn: (values: readonly CellValue[]) => number): NumberRows {
  const rows = {
    failure: undefined as unknown,
    value(values: readonly CellValue[]): number {
      try {
        return fn(values);
      } catch (e) {
        rows.failure = e;
        return NaN;
      }
    },
  };
  return rows;
}

/**
 * broadcast for a function whose cells are numbers (BPI.RATE, whose rows give hundredths of a percent:
 * unit 10,000): no error boundary per cell, the rows report their errors, each distinct one made once
 * (ErrorCells).
 */
export function broadcastNumbers(args: readonly Arg[], rows: NumberRows, unit: number, format: CellFormat = PLAIN): Cell[][] {
  let spill: Spill;
  try {
    spill = spillOf(args, 1);
  } catch (e) {
    throw wholeCallError(args, e);
  }
  try {
    return numberCells(spill, rows, unit, format);
  } catch (e) {
    throw wholeCallError(args, e); // a ragged row, or a bug
  }
}

function numberCells(spill: Spill, rows: NumberRows, unit: number, format: CellFormat): Cell[][] {
  const { rows: n, cols } = spill.shape;
  const out: Cell[][] = new Array(n);
  const { values, errors } = spill;
  const plain = format === PLAIN;
  for (let r = 0; r < n; r++) {
    if (cols === 1) {
      // Literals of their own: a plain host's rows stay arrays of one unboxed double.
      if (load(spill, r, 0)) out[r] = [''];
      else {
        const x = rows.value(values);
        if (x !== x) out[r] = [errors.of(rows.failure)];
        else if (plain) out[r] = [x / unit];
        else out[r] = [format(x / unit)];
      }
      continue;
    }
    const row: Cell[] = (out[r] = new Array<Cell>(cols));
    for (let c = 0; c < cols; c++) {
      let v: Cell = '';
      if (!load(spill, r, c)) {
        const x = rows.value(values);
        v = x === x ? format(x / unit) : errors.of(rows.failure);
      }
      row[c] = v;
    }
  }
  return out;
}

/** A row is blank when it has required inputs and all of them are blank. */
function allBlank(values: readonly CellValue[], indices: readonly number[]): boolean {
  for (let k = 0; k < indices.length; k++) if (!isBlank(values[indices[k]])) return false;
  return indices.length > 0;
}

/** Whether any argument is a range of more than one cell (CHECK's block of labels becomes one row per input row). */
export function hasRange(args: readonly Arg[]): boolean {
  return args.some((arg) => {
    const g = arg.grid as unknown;
    return Array.isArray(g) && (g.length !== 1 || !Array.isArray(g[0]) || g[0].length !== 1);
  });
}

/** For the functions that take single values only (EXPLAIN): the one value of each argument. */
export function singleValues(args: readonly Arg[]): CellValue[] {
  return args.map((arg) => {
    const g = asGrid(arg);
    if (g === null) return null;
    if (g.length !== 1 || g[0].length !== 1) {
      throw valueError('singleValue', { arg: arg.name, shape: `${g.length}×${g[0].length}` });
    }
    return g[0][0];
  });
}

/**
 * For the list arguments (EQUIVTERM's times and amounts): a single row or column, or one value, read as a
 * whole list in order. A block with several rows and several columns is refused: which way to read it
 * would be a guess (and it is often two columns selected where one was meant).
 */
export function readList(arg: Arg): CellValue[] {
  const g = asGrid(arg);
  if (g === null) return [];
  if (g.length > 1 && g[0].length > 1) {
    throw valueError('singleRowOrColumn', { arg: arg.name, shape: shapeText({ rows: g.length, cols: g[0].length }) });
  }
  return g.flat();
}

/**
 * For a list function that spills the shape of one argument (SHARES): its cells in reading order, and a way
 * to put per-cell results back into that shape.
 */
export function readBlock(arg: Arg): { cells: CellValue[]; reshape: <T>(flat: readonly T[]) => T[][] } {
  const g = asGrid(arg) ?? [[null]];
  const cols = g[0].length;
  return {
    cells: g.flat(),
    reshape: (flat) => g.map((_, r) => flat.slice(r * cols, (r + 1) * cols)),
  };
}
