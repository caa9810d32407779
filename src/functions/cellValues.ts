/**
 * Results that show as what they are without the user formatting the cell: a rate as 1.01 %, an amount as
 * 1,234,567.89. Where the host documents a number format on a value a custom function returns, a number
 * goes back as a cell value with that format; elsewhere (older Excel, the task pane's page, tests) as the
 * plain number. The value is the same double either way: =BPI.RATE(...)+0 or VALUE() gives the plain
 * number in any cell.
 *
 * Which shape, from Microsoft's reference (learn.microsoft.com/javascript/api/excel/):
 * - custom functions return data types from CustomFunctionsRuntime 1.4 (with allowCustomDataForDataTypeAny
 *   in functions.json); without it, plain numbers;
 * - `Excel.DoubleCellValue.numberFormat` is "[ API set: ExcelApi 1.19 ]" (the interface itself is 1.16):
 *   { type: "Double", basicValue, numberFormat } where ExcelApi 1.19 is supported;
 * - `Excel.FormattedNumberCellValue` is "[ API set: ExcelApi 1.16 ]", deprecated "As of ExcelApi 1.19, use
 *   DoubleCellValue instead": { type: "FormattedNumber", basicValue, numberFormat } on a host with
 *   ExcelApi 1.16 to 1.18, the documented way to give a number its format there. Chosen over a plain number
 *   because it is what the reference gives those hosts, and a host that has it shows the same 1.01 %.
 * - below ExcelApi 1.16 (no cell value types at all): plain numbers.
 *
 * Inputs go the other way: with allowCustomDataForDataTypeAny, a cell holding such a value (a BPI.RATE
 * result referenced by BPI.PREMIUM) reaches a function as the cell value object: plainGrid unwraps it.
 */

/** What a result is, for its number format; factors and terms (COVERADJ, HORIZON, EQUIVTERM) stay plain. */
export type ValueKind = 'rate' | 'amount' | 'unroundedRate';

/** Excel number formats (invariant, en-US form: Excel shows them with the user's separators). */
export const NUMBER_FORMATS: Readonly<Record<ValueKind, string>> = {
  rate: '0.00%',
  amount: '#,##0.00',
  /** BPI.MPR: unrounded, so four decimals of the percentage (9.3179 %), the precision its docs work to. */
  unroundedRate: '0.0000%',
};

/** The two shapes of a number with a format: Excel's DoubleCellValue (1.19) and FormattedNumberCellValue (1.16–1.18). */
export interface FormattedValue {
  readonly type: 'Double' | 'FormattedNumber';
  readonly basicValue: number;
  readonly numberFormat: string;
}

/** How the host takes a formatted number: not at all, or as one of the two cell value types. */
export type HostShape = 'plain' | FormattedValue['type'];

interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** The shape the host documents for a custom function's formatted numbers; asked at each call, never assumed. */
export function hostShape(): HostShape {
  try {
    const office = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office;
    const requirements = office?.context?.requirements;
    if (requirements?.isSetSupported('CustomFunctionsRuntime', '1.4') !== true) return 'plain';
    if (requirements.isSetSupported('ExcelApi', '1.19')) return 'Double';
    return requirements.isSetSupported('ExcelApi', '1.16') ? 'FormattedNumber' : 'plain';
  } catch {
    return 'plain'; // Office.js present but not initialised: plain numbers
  }
}

/** A number as the host shows it with its format; anything else (text, an error, "") unchanged. */
export type CellFormat = <T>(v: T) => T | FormattedValue;

/** The format of a host without formatted values: the value as it is. */
export const PLAIN: CellFormat = (v) => v;

/**
 * Formatted rates, shared: a rate is h/10,000 for an integer h (hundredths of a percent), so a call's
 * 100,000 rates take a few thousand distinct values. Each is one frozen object, made on first use and
 * returned for every cell with that rate (Excel's runtime reads a returned value, it never writes to it).
 */
const SHARED_LIMIT = 1_000_000; // h up to 10,000 % (100× the rate): far above any rate the note gives
const sharedRates: Record<FormattedValue['type'], (FormattedValue | undefined)[]> = { Double: [], FormattedNumber: [] };

function sharedRate(type: FormattedValue['type'], v: number): FormattedValue {
  const h = Math.round(v * 10_000);
  const table = sharedRates[type];
  if (h >= 0 && h < SHARED_LIMIT) {
    const found = table[h];
    if (found !== undefined && found.basicValue === v) return found;
    const made = Object.freeze({ type, basicValue: v, numberFormat: NUMBER_FORMATS.rate });
    if (v === h / 10_000) table[h] = made; // only the exact h/10,000 double is shared
    return made;
  }
  return { type, basicValue: v, numberFormat: NUMBER_FORMATS.rate };
}

/** The format of one kind of result for the host of this call: the identity where the host shows plain numbers. */
export function cellFormat(kind: ValueKind, shape: HostShape = hostShape()): CellFormat {
  if (shape === 'plain') return PLAIN;
  if (kind === 'rate') return ((v: unknown) => (typeof v === 'number' ? sharedRate(shape, v) : v)) as CellFormat;
  const numberFormat = NUMBER_FORMATS[kind];
  return ((v: unknown) => (typeof v === 'number' ? { type: shape, basicValue: v, numberFormat } : v)) as CellFormat;
}

/** Whether results of this call go back formatted. */
export const formattedValuesSupported = (): boolean => hostShape() !== 'plain';

/** The numbers of a result grid in the host's format (for results not built by broadcast); the same grid where plain. */
export function withNumberFormat<T>(kind: ValueKind, grid: T[][], shape: HostShape = hostShape()): (T | FormattedValue)[][] {
  if (shape === 'plain') return grid;
  const format = cellFormat(kind, shape);
  return grid.map((row) => row.map((v) => format(v)));
}

/** A cell value object (Double, String, Boolean, a formatted number …) as its basic value; anything else as is. */
export function plainCell<T>(v: T): T {
  if (typeof v === 'object' && v !== null && 'basicValue' in v) return (v as { basicValue: T }).basicValue;
  return v;
}

/** A grid with cell value objects unwrapped; the same array when it has none (the usual case, no copy). */
export function plainGrid<T>(g: T[][]): T[][] {
  // Indexed loops (no iterator per row): this scans every cell of every argument of a spill.
  for (let r = 0; r < g.length; r++) {
    const row = g[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === 'object' && v !== null) return g.map((cells) => cells.map(plainCell) as T[]);
    }
  }
  return g;
}
