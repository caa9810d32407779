import { valueError } from '../core/errors';
import { CellValue, isBlank } from '../core/numbers';
import { plainGrid } from './cellValues';
import { Lang, currentLanguage } from '../i18n/lang';
import { toExcelError } from './runtime';

/** What Excel passes for an `any[][]` parameter: a 2-D array, or null when an optional one is omitted. */
export type Grid = CellValue[][] | null | undefined;
export type Cell = number | string | boolean | CustomFunctions.Error;

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

/** A grid as Excel would pass it; a bare scalar (a caller that is not Excel) counts as 1×1. */
function asGrid(arg: Arg): CellValue[][] | null {
  const g = arg.grid as unknown;
  if (g === null || g === undefined) return null;
  if (!Array.isArray(g)) return [[g as CellValue]];
  if (g.length === 0 || !Array.isArray(g[0]) || g[0].length === 0) throw valueError('emptyRange', { arg: arg.name });
  const cols = g[0].length;
  if (g.some((row) => !Array.isArray(row) || row.length !== cols)) throw valueError('notRectangular', { arg: arg.name });
  return plainGrid(g as CellValue[][]); // a formatted number from another cell arrives as a cell value object
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

/**
 * Calls `cell` for every cell of the common shape, like Excel's own functions over dynamic arrays: each
 * cell succeeds or fails on its own (a failure becomes that cell's Excel error with its message), and a
 * cell whose required inputs are all blank gives "". `width` > 1 is for functions that return a row per
 * input row (then the inputs must be single columns).
 */
export function broadcast(args: readonly Arg[], cell: (values: CellValue[]) => Cell | Cell[], width = 1): Cell[][] {
  try {
    const grids = args.map(asGrid);
    const shape = commonShape(args, grids);
    if (width > 1 && shape.cols > 1) {
      throw valueError('singleColumnRanges', { width, shape: shapeText(shape) });
    }
    // Per argument, either the one value it broadcasts or its full-shape grid: the loop below is the hot
    // path of a spill (100,000 rows), so it does no shape tests, allocates nothing per cell but the output.
    const n = args.length;
    const full = grids.map((g) => (g !== null && !(g.length === 1 && g[0].length === 1) ? g : null));
    const values: CellValue[] = grids.map((g, i) => (full[i] === null && g !== null ? g[0][0] : null));
    const requiredIdx = blankRowArguments(args, grids);
    const lang = currentLanguage(); // once per call, not per error cell
    const out: Cell[][] = new Array(shape.rows);
    for (let r = 0; r < shape.rows; r++) {
      // Sized up front: a row grown by push() keeps room for 17 cells, 4× the memory of a 1-cell row.
      const row: Cell[] = new Array<Cell>(shape.cols * width);
      let k = 0;
      for (let c = 0; c < shape.cols; c++) {
        for (let i = 0; i < n; i++) {
          const g = full[i];
          if (g !== null) values[i] = g[r][c];
        }
        const result = allBlank(values, requiredIdx) ? '' : cellOrError(cell, values, lang);
        for (let w = 0; w < width; w++) row[k++] = Array.isArray(result) ? result[w] : result;
      }
      out[r] = row;
    }
    return out;
  } catch (e) {
    throw toExcelError(e);
  }
}

/** A row is blank when it has required inputs and all of them are blank. */
function allBlank(values: readonly CellValue[], indices: readonly number[]): boolean {
  for (const i of indices) if (!isBlank(values[i])) return false;
  return indices.length > 0;
}

/** One cell's result: a failure becomes that cell's Excel error (with its message), not the call's. */
function cellOrError(cell: (values: CellValue[]) => Cell | Cell[], values: CellValue[], lang: Lang): Cell | Cell[] {
  try {
    return cell(values);
  } catch (e) {
    return toExcelError(e, lang);
  }
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
