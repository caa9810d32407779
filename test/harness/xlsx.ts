/*
 * Reads a built .xlsx into what HyperFormula takes: sheets of cell contents (formulas as "=..."), and the
 * defined names as named expressions. Cells, notes and formats are read with the library that wrote them
 * (devDependency); what Excel alone decides by (each name's scope, localSheetId; a dynamic array, the cell's
 * cm pointing at an XLDAPR record with fDynamic="1" in xl/metadata.xml) is read from the file's own XML.
 * Custom functions are stored in the file as Excel saves an add-in's functions (_xldudf_BPI_RATE); they
 * are read back under the names functions.json gives them (BPI.RATE), as Excel does once the add-in loads.
 */
import fs from 'node:fs';
import { Workbook } from '@cj-tech-master/excelts';
import { Element } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { SerializedNamedExpression } from 'hyperformula';
import { parseStrictXml } from './xml';

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
  /** A dynamic-array formula (t="array" with the XLDAPR cell metadata): Excel 365 spills it, no "@". */
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
  /** The package's parts by name, as stored. */
  readonly parts: Record<string, Uint8Array>;
}

function noteText(note: unknown): string | undefined {
  if (note === undefined || note === null) return undefined;
  if (typeof note === 'string') return note;
  const texts = (note as { texts?: { text: string }[] }).texts;
  return texts ? texts.map((t) => t.text).join('') : String(note);
}

const xmlOf = (parts: Record<string, Uint8Array>, name: string) => parseStrictXml(Buffer.from(parts[name] ?? '').toString('utf8'), name);
const elements = (root: { getElementsByTagName(n: string): ArrayLike<Element> }, name: string): Element[] => Array.from(root.getElementsByTagName(name));

/** The 1-based cm indexes whose cell metadata is a dynamic array (XLDAPR with fDynamic="1"). */
function dynamicArrayMetadata(parts: Record<string, Uint8Array>): Set<number> {
  const dynamic = new Set<number>();
  if (!parts['xl/metadata.xml']) return dynamic;
  const doc = xmlOf(parts, 'xl/metadata.xml');
  const types = elements(doc, 'metadataType').map((t) => t.getAttribute('name'));
  const future = elements(doc, 'futureMetadata').find((f) => f.getAttribute('name') === 'XLDAPR');
  const fDynamic = future ? elements(future, 'bk').map((bk) => elements(bk, 'xda:dynamicArrayProperties')[0]?.getAttribute('fDynamic') === '1') : [];
  const cellMetadata = elements(doc, 'cellMetadata')[0];
  (cellMetadata ? elements(cellMetadata, 'bk') : []).forEach((bk, i) => {
    const rc = elements(bk, 'rc')[0];
    const type = types[Number(rc?.getAttribute('t')) - 1];
    if (type === 'XLDAPR' && fDynamic[Number(rc.getAttribute('v'))]) dynamic.add(i + 1);
  });
  return dynamic;
}

/** Per sheet (in workbook order), the addresses of the cells whose formula is a dynamic array. */
function dynamicArrayCells(parts: Record<string, Uint8Array>): Set<string>[] {
  const dynamic = dynamicArrayMetadata(parts);
  const rels = elements(xmlOf(parts, 'xl/_rels/workbook.xml.rels'), 'Relationship');
  return elements(xmlOf(parts, 'xl/workbook.xml'), 'sheet').map((sheet) => {
    const target = rels.find((r) => r.getAttribute('Id') === sheet.getAttribute('r:id'))!.getAttribute('Target')!;
    const cells = elements(xmlOf(parts, `xl/${target.replace(/^\/?xl\//, '')}`), 'c');
    return new Set(
      cells.filter((c) => dynamic.has(Number(c.getAttribute('cm'))) && elements(c, 'f')[0]?.getAttribute('t') === 'array').map((c) => c.getAttribute('r')!),
    );
  });
}

export async function loadXlsx(file: string): Promise<LoadedXlsx> {
  const parts = unzipSync(fs.readFileSync(file));
  const dynamicCells = dynamicArrayCells(parts);
  const workbook = new Workbook();
  await workbook.xlsx.readFile(file);
  const sheets: Record<string, unknown[][]> = {};
  const cells: XlsxCell[] = [];
  const sheetNames = workbook.worksheets.map((ws) => ws.name);
  for (const [index, ws] of workbook.worksheets.entries()) {
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
          dynamicArray: isFormula && dynamicCells[index].has(cell.address),
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
  for (const d of elements(xmlOf(parts, 'xl/workbook.xml'), 'definedName')) {
    const ref = d.textContent ?? '';
    const name = d.getAttribute('name')!;
    names.push({ name, expression: `=${ref}`, scope: d.hasAttribute('localSheetId') ? Number(d.getAttribute('localSheetId')) : undefined });
    const m = /^'?(.+?)'?!\$([A-Z]+)\$(\d+)$/.exec(ref);
    if (m) nameCells.set(name, { sheet: m[1], row: Number(m[3]) - 1, col: m[2].charCodeAt(0) - 65 });
  }
  return { workbook, sheetNames, sheets, names, nameCells, cells, parts };
}
