/*
 * Sheet tests in a formula engine: every BPI.* function of the generated dist/functions.json registered in
 * HyperFormula (a devDependency, GPL v3 key) as a custom function that calls the BUILT bundle through the
 * Excel-shaped harness, with the argument shapes Excel passes (every argument a 2-D array, a blank cell or
 * an omitted optional argument null). Results come back as a scalar (1×1) or a spill, and a
 * CustomFunctions.Error becomes a HyperFormula CellError with the same code and message.
 *
 * HyperFormula accepts dotted function names ("BPI.RATE"), so formulas read exactly as in Excel.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';
import type { ConfigParams, SerializedNamedExpression } from 'hyperformula';
import { Cell, ExcelError, isFormattedNumber, loadWorkbook, Workbook } from './excel';

export const LICENSE_KEY = 'gpl-v3';

/** Excel's error codes → HyperFormula's error types (HyperFormula has no #NULL!; it shows as #ERROR!). */
const ERROR_TYPES: Record<string, ErrorType> = {
  '#VALUE!': ErrorType.VALUE,
  '#NUM!': ErrorType.NUM,
  '#N/A': ErrorType.NA,
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#NAME?': ErrorType.NAME,
  '#REF!': ErrorType.REF,
  '#NULL!': ErrorType.ERROR,
};

/**
 * The spill of a call is predicted before its arguments are computed (HyperFormula reserves the cells), so
 * it is the broadcast shape of the arguments times the columns per input row; a function whose result
 * does not follow its arguments' shape gives a fixed upper bound (unused cells of the spill stay empty).
 */
interface ResultShape {
  readonly columnsPerCell?: number;
  readonly fixed?: { readonly rows: number; readonly cols: number };
  /** The result has the shape of this argument (SHARES spills like its `shares`). */
  readonly shapeOfArgument?: number;
  /** The result when every argument is a single value, where it is not one row of columnsPerCell (CHECK's labelled block). */
  readonly single?: { readonly rows: number; readonly cols: number };
}
const RESULT_SHAPES: Record<string, ResultShape> = {
  COEF: { columnsPerCell: 2 },
  COVERADJ: { columnsPerCell: 2 },
  EXPLAIN: { fixed: { rows: 40, cols: 2 } },
  EQUIVTERM: { fixed: { rows: 1, cols: 1 } },
  SCHEDULETERM: { fixed: { rows: 1, cols: 1 } },
  SPREAD: { fixed: { rows: 1, cols: 1 } },
  SHARES: { shapeOfArgument: 1 },
  CHECK: { columnsPerCell: 4, single: { rows: 5, cols: 2 } },
};

/** What the engine hands a custom function: a range, a scalar, an empty cell, an error. */
type EngineValue = SimpleRangeValue | number | string | boolean | CellError | typeof EmptyValue | undefined | { val: number };

function toCellValue(v: unknown): unknown {
  if (v === EmptyValue || v === undefined) return null;
  if (typeof v === 'object' && v !== null && 'val' in v) return (v as { val: number }).val; // dates, percentages, …
  return v;
}

function firstError(v: EngineValue): CellError | undefined {
  if (v instanceof CellError) return v;
  if (v instanceof SimpleRangeValue) {
    for (const x of v.iterateValuesFromTopLeftCorner()) if (x instanceof CellError) return x;
  }
  return undefined;
}

/**
 * Excel passes an any[][] argument as a 2-D array (a range as its rows, a single value as [[v]]) and a
 * scalar parameter as its value (a range there would be a #VALUE! in Excel; its top-left cell here).
 */
function toExcelArgument(v: EngineValue, matrix: boolean): unknown {
  if (v === undefined) return null; // omitted optional argument
  const grid = v instanceof SimpleRangeValue ? v.data.map((row) => row.map(toCellValue)) : [[toCellValue(v)]];
  return matrix ? grid : grid[0][0];
}

function toEngineCell(c: Cell): unknown {
  if (c instanceof ExcelError) return new CellError(ERROR_TYPES[c.code] ?? ErrorType.ERROR, c.message);
  if (isFormattedNumber(c)) return c.basicValue; // HyperFormula has no cell value types: the number computed with
  return c === null ? EmptyValue : c;
}

function toEngineValue(result: unknown): unknown {
  const g = result as Cell[][];
  if (g.length === 1 && g[0].length === 1) return toEngineCell(g[0][0]);
  return SimpleRangeValue.onlyValues(g.map((row) => row.map(toEngineCell)) as never);
}

export interface BpiEngine {
  readonly hf: HyperFormula;
  /** Calls of the bundle's functions (BPI.RATE → "RATE") since the engine was built (clear it to count afresh). */
  readonly calls: Map<string, number>;
  readonly workbook: Workbook;
  /** Unregisters the plugin (HyperFormula's function registry is global) and destroys the engine. */
  destroy(): void;
}

interface Procedure {
  args: unknown[];
}
type Runner = (args: unknown[], state: unknown, metadata: unknown, fn: (...a: EngineValue[]) => unknown) => unknown;

/**
 * Builds a HyperFormula engine from sheets of cell contents, with the BPI functions of the built bundle,
 * and named expressions (an xlsx file's defined names: test/harness/xlsx.ts). smartRounding is off so that values read back are the doubles computed, as Excel holds them.
 */
export function buildBpiEngine(
  sheets: Record<string, unknown[][]>,
  config: Partial<ConfigParams> = {},
  workbook: Workbook = loadWorkbook(),
  namedExpressions: SerializedNamedExpression[] = [],
): BpiEngine {
  const calls = new Map<string, number>();
  // HyperFormula predicts a named expression's size as one cell; a named range's size is in its definition.
  const namedRangeSizes = new Map<string, ArraySize>();
  for (const n of namedExpressions) {
    const m = /^=(?:'?[^!]+'?!)?\$?([A-Z])\$?(\d+):\$?([A-Z])\$?(\d+)$/.exec(String(n.expression));
    if (m) namedRangeSizes.set(n.name.toUpperCase(), new ArraySize(m[3].charCodeAt(0) - m[1].charCodeAt(0) + 1, Number(m[4]) - Number(m[2]) + 1));
  }
  const implemented: ImplementedFunctions = {};
  const translations: Record<string, string> = {};

  class BpiPlugin extends FunctionPlugin {
    static implementedFunctions = implemented;
  }
  const proto = BpiPlugin.prototype as unknown as Record<string, unknown>;

  for (const [name, meta] of workbook.metadata) {
    const id = `BPI.${name}`;
    const method = `bpi_${name}`;
    implemented[id] = {
      method,
      sizeOfResultArrayMethod: `${method}_size`,
      vectorizationForbidden: true, // ranges go to the function whole, as in Excel
      parameters: meta.parameters.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: p.optional === true })),
    };
    translations[id] = id;
    proto[method] = function (this: FunctionPlugin, ast: Procedure, state: unknown) {
      const run = (this as unknown as { runFunction: Runner }).runFunction;
      return run(ast.args, state, (this as unknown as { metadata(n: string): unknown }).metadata(id), (...args) => {
        // As Excel: an error in an argument is the result, the function is not called.
        const err = args.map(firstError).find((e) => e !== undefined);
        if (err) return err;
        calls.set(name, (calls.get(name) ?? 0) + 1);
        const excelArgs = args.map((a, i) => toExcelArgument(a, meta.parameters[i]?.dimensionality === 'matrix'));
        return toEngineValue(workbook.call(name, ...excelArgs));
      });
    };
    proto[`${method}_size`] = function (this: FunctionPlugin, ast: Procedure, state: unknown) {
      const shape = RESULT_SHAPES[name] ?? {};
      if (shape.fixed) return new ArraySize(shape.fixed.cols, shape.fixed.rows);
      const predict = (this as unknown as { arraySizeForAst(a: unknown, s: unknown): ArraySize }).arraySizeForAst;
      const sizeOf = (a: unknown): ArraySize => {
        const named = a as { type?: string; expressionName?: string };
        const range = named.type === 'NAMED_EXPRESSION' ? namedRangeSizes.get(named.expressionName!.toUpperCase()) : undefined;
        return range ?? predict.call(this, a, state);
      };
      if (shape.shapeOfArgument !== undefined) {
        const s = sizeOf(ast.args[shape.shapeOfArgument]);
        return new ArraySize(s.width, s.height); // a fresh size: a range reference's own counts as scalar
      }
      let rows = 1;
      let cols = 1;
      for (const a of ast.args) {
        const s = sizeOf(a);
        if (s.width === 1 && s.height === 1) continue; // (isScalar() is also true of every range reference)
        if (rows === 1 && cols === 1) [rows, cols] = [s.height, s.width];
        else if (s.height !== rows || s.width !== cols) return ArraySize.scalar(); // the call is one #VALUE!
      }
      if (shape.single && rows === 1 && cols === 1) return new ArraySize(shape.single.cols, shape.single.rows);
      return new ArraySize(cols * (shape.columnsPerCell ?? 1), rows);
    };
  }

  HyperFormula.registerFunctionPlugin(BpiPlugin as never, { enGB: translations });
  const hf = HyperFormula.buildFromSheets(sheets as never, { licenseKey: LICENSE_KEY, smartRounding: false, ...config }, namedExpressions);
  return {
    hf,
    calls,
    workbook,
    destroy() {
      hf.destroy();
      HyperFormula.unregisterFunctionPlugin(BpiPlugin as never);
    },
  };
}
