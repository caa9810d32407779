/*
 * Writes dist/deal-model.xlsx from the declarative description in templates/dealModel.ts (run by
 * `npm run build` after webpack, which empties dist/). Build-time only: the xlsx library is a
 * devDependency and nothing of it reaches the add-in's bundles.
 *
 * Custom functions are stored as Excel stores an add-in's functions in a saved workbook: BPI.RATE as
 * _xldudf_BPI_RATE. Excel shows them as BPI.RATE again once the add-in has registered its functions.
 * Every formula that calls a BPI function is written as a dynamic array (the functions may return arrays:
 * a legacy single-cell formula would be shown as =@BPI.… in Excel 365, and EXPLAIN and SHARES would not
 * spill). The workbook asks for a full calculation on load: the file carries no cached results.
 * The file is the same bytes at every build (fixed dates, fixed order): scripts/xlsxFinish.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Workbook } from '@cj-tech-master/excelts';
import { CELLS, COLUMN_WIDTHS, CellSpec, RANGE_NAMES, RANGE_STYLES, SHEET_NAME } from '../templates/dealModel';
import { SheetName, finishXlsx } from './xlsxFinish';

const OUT = path.resolve(__dirname, '..', 'dist', 'deal-model.xlsx');

/** The workbook's creation and modification date: fixed, so that two builds give the same file. */
const WORKBOOK_DATE = new Date('2026-01-01T00:00:00Z');

/** True when the formula calls a BPI function (outside string literals). */
export const callsBpi = (formula: string): boolean => /\bBPI\.[A-Z]+\(/.test(formula.replace(/"[^"]*"/g, '""'));

/** BPI.RATE( → _xldudf_BPI_RATE( (outside string literals). */
export function toFileFormula(formula: string): string {
  return formula.replace(/("[^"]*")|\bBPI\.([A-Z]+)\(/g, (m, str: string | undefined, fn: string | undefined) => (str ? m : `_xldudf_BPI_${fn}(`));
}

const FILL_INPUT = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } } as const;
const FILL_RESULT = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } } as const;

function styleCell(cell: ReturnType<ReturnType<Workbook['addWorksheet']>['getCell']>, spec: Pick<CellSpec, 'style' | 'format'>): void {
  if (spec.format) cell.numFmt = spec.format;
  switch (spec.style) {
    case 'title':
      cell.font = { bold: true, size: 14 };
      break;
    case 'subtitle':
      cell.font = { italic: true };
      break;
    case 'section':
      cell.font = { bold: true, size: 12, color: { argb: 'FF1F4E79' } };
      break;
    case 'header':
      cell.font = { bold: true };
      break;
    case 'help':
      cell.font = { italic: true, color: { argb: 'FF595959' } };
      break;
    case 'input':
      cell.fill = FILL_INPUT;
      break;
    case 'result':
      cell.fill = FILL_RESULT;
      cell.font = { bold: true };
      break;
  }
}

export async function buildDealModel(out = OUT): Promise<void> {
  const wb = new Workbook();
  wb.creator = 'BPI premium add-in';
  wb.lastModifiedBy = wb.creator;
  wb.created = WORKBOOK_DATE;
  wb.modified = WORKBOOK_DATE;
  wb.calcProperties = { fullCalcOnLoad: true };
  const ws = wb.addWorksheet(SHEET_NAME);
  COLUMN_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  for (const block of RANGE_STYLES) {
    const [from, to] = block.range.split(':').map((a) => ws.getCell(a));
    for (let r = Number(from.row); r <= Number(to.row); r++) {
      for (let c = Number(from.col); c <= Number(to.col); c++) styleCell(ws.getCell(r, c), block);
    }
  }

  const names: SheetName[] = [];
  const absolute = (a: string) => a.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  for (const spec of CELLS) {
    const cell = ws.getCell(spec.address);
    const v = spec.value;
    if (v !== null && typeof v === 'object') {
      const formula = toFileFormula(v.formula);
      // An array formula anchored on its own cell; xlsxFinish marks it dynamic, as Excel saves a spill.
      cell.value = spec.spill || callsBpi(v.formula) ? ({ formula, shareType: 'array', ref: spec.address } as never) : { formula };
    } else if (v !== null) {
      cell.value = v;
    }
    styleCell(cell, spec);
    if (spec.note) cell.note = spec.note;
    if (spec.validation) {
      const common = { allowBlank: true, showErrorMessage: true, errorStyle: 'warning' as const };
      cell.dataValidation =
        'list' in spec.validation
          ? { ...common, type: 'list', formulae: [`"${spec.validation.list.join(',')}"`] }
          : { ...common, type: 'whole', operator: 'between', formulae: [...spec.validation.whole] };
    }
    if (spec.name) names.push({ name: spec.name, ref: `'${SHEET_NAME}'!${absolute(spec.address)}`, sheet: 0 });
  }
  for (const r of RANGE_NAMES) {
    names.push({ name: r.name, ref: `'${SHEET_NAME}'!${absolute(r.range)}`, sheet: 0 });
    // A defined name cannot carry a note in Excel: the note goes on the table's header cell above it.
    const first = ws.getCell(r.range.split(':')[0]);
    ws.getCell(Number(first.row) - 1, Number(first.col)).note = r.note;
  }
  ws.views = [{ state: 'frozen', ySplit: 3, activeCell: 'B6' }] as never;

  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, finishXlsx(new Uint8Array(await wb.xlsx.writeBuffer()), names));
}

if (require.main === module) {
  buildDealModel().then(
    () => console.log(`deal model written: ${path.relative(process.cwd(), OUT)}`),
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
