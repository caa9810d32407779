/*
 * Reads a built .xlsx with the same library that wrote it (devDependency) into what HyperFormula takes:
 * sheets of cell contents (formulas as "=..."), and the defined names as named expressions.
 * Custom functions are stored in the file as Excel saves an add-in's functions (_xldudf_BPI_RATE); they
 * are read back under the names functions.json gives them (BPI.RATE), as Excel does once the add-in loads.
 */
import { Workbook } from '@cj-tech-master/excelts';
import type { SerializedNamedExpression } from 'hyperformula';

/** _xldudf_BPI_RATE( → BPI.RATE( (outside string literals). */
export function fromFileFormula(formula: string): string {
  return formula.replace(/("[^"]*")|\b_xldudf_BPI_([A-Z]+)\(/g, (m, str: string | undefined, fn: string | undefined) => (str ? m : `BPI.${fn}(`));
}

/** The BPI function names (RATE, …) a stored formula calls. */
export function storedFunctionNames(formula: string): string[] {
  return [...formula.replace(/"[^"]*"/g, '""').matchAll(/\b_xldudf_BPI_([A-Z]+)\(/g)].map((m) => m[1]);
}

export interface XlsxCell {
  readonly sheet: string;
  readonly address: string;
  readonly row: number; // 0-based
  readonly col: number; // 0-based
  /** The formula as stored in the file, without "=". */
  readonly formula?: string;
  readonly value?: unknown;
  readonly note?: string;
  readonly numFmt?: string;
  readonly dynamicArray: boolean;
}

export interface LoadedXlsx {
  readonly workbook: Workbook;
  readonly sheetNames: string[];
  /** Cell contents per sheet, as HyperFormula takes them (formulas translated to BPI.*). */
  readonly sheets: Record<string, unknown[][]>;
  readonly names: SerializedNamedExpression[];
  /** name → sheet and 0-based top-left row/col, for single-cell names. */
  readonly nameCells: Map<string, { sheet: string; row: number; col: number }>;
  readonly cells: XlsxCell[];
}

function noteText(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : String(note);
}

export async function loadXlsx(file: string): Promise<LoadedXlsx> {
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: Record<string, unknown[][]> = {};
  const cells: XlsxCell[] = [];
  const sheetNames = workbook.worksheets.map((ws) => ws.name);
  for (const ws of workbook.worksheets) {
    const grid: unknown[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const v = cell.value as unknown;
        if ((v === null || v === undefined) && !cell.note) return; // an empty cell only styled
        const isFormula = typeof v === 'object' && v !== null && 'formula' in v;
        const formula = isFormula ? (v as { formula: string }).formula : undefined;
        const entry: XlsxCell = {
          sheet: ws.name,
          address: cell.address,
          row: r - 1,
          col: c - 1,
          formula,
          value: isFormula ? undefined : v,
          note: noteText(cell.note),
          numFmt: typeof cell.numFmt === 'object' ? cell.numFmt.formatCode : cell.numFmt,
          dynamicArray: isFormula && (v as { isDynamicArray?: boolean }).isDynamicArray === true,
        };
        cells.push(entry);
        if (v === null || v === undefined) return;
        grid[r - 1] ??= [];
        grid[r - 1][c - 1] = formula !== undefined ? `=${fromFileFormula(formula)}` : v;
      });
    });
    sheets[ws.name] = Array.from(grid, (row) => Array.from(row ?? [], (x) => (x === undefined ? null : x)));
  }
  const names: SerializedNamedExpression[] = [];
  const nameCells = new Map<string, { sheet: string; row: number; col: number }>();
  for (const d of workbook.definedNames.model) {
    const [ref] = d.ranges;
    names.push({ name: d.name, expression: `=${ref}`, scope: d.localSheetId });
    const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(ref);
    if (m) nameCells.set(d.name, { sheet: m[1], row: Number(m[3]) - 1, col: m[2].charCodeAt(0) - 65 });
  }
  return { workbook, sheetNames, sheets, names, nameCells, cells };
}
