/**
 * Results that show as what they are without the user formatting the cell: a rate as 1.01 %, an amount as
 * 1,234,567.89. Where the host supports custom functions returning Excel data types (CustomFunctionsRuntime
 * 1.4, with allowCustomDataForDataTypeAny in functions.json) a number goes back as a double cell value with
 * a number format; elsewhere (older Excel, the task pane's page, tests) as the plain number. The value is
 * the same double either way: =BPI.RATE(...)+0 or VALUE() gives the plain number in any cell.
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

/** Excel's DoubleCellValue as a custom function returns it. */
export interface DoubleCellValue {
  readonly type: 'Double';
  readonly basicValue: number;
  readonly numberFormat: string;
}

interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** Whether the host shows a custom function's double cell values; asked at each call, never assumed. */
export function formattedValuesSupported(): boolean {
  try {
    const office = (globalThis as { Office?: { context?: { requirements?: Requirements } } }).Office;
    return office?.context?.requirements?.isSetSupported('CustomFunctionsRuntime', '1.4') === true;
  } catch {
    return false; // Office.js present but not initialised: plain numbers
  }
}

/** The numbers of a result grid as formatted doubles where supported; text, booleans and errors unchanged. */
export function withNumberFormat<T>(kind: ValueKind, grid: T[][], supported = formattedValuesSupported()): (T | DoubleCellValue)[][] {
  if (!supported) return grid;
  const numberFormat = NUMBER_FORMATS[kind];
  return grid.map((row) => row.map((v) => (typeof v === 'number' ? { type: 'Double', basicValue: v, numberFormat } : v)));
}

/** A cell value object (Double, String, Boolean, a formatted number …) as its basic value; anything else as is. */
function plainCell(v: unknown): unknown {
  if (typeof v === 'object' && v !== null && 'basicValue' in v) return (v as { basicValue: unknown }).basicValue;
  return v;
}

/** A grid with cell value objects unwrapped; the same array when it has none (the usual case, no copy). */
export function plainGrid<T>(g: T[][]): T[][] {
  for (const row of g) {
    for (const v of row) {
      if (typeof v === 'object' && v !== null) return g.map((r) => r.map(plainCell) as T[]);
    }
  }
  return g;
}
