/*
 * Writes dist/deal-model.xlsx from the declarative description in templates/dealModel.ts (run by
 * `npm run build` after webpack, which empties dist/). Build-time only: the xlsx library is a
 * devDependency and nothing of it reaches the add-in's bundles.
 *
 * Custom functions are stored as Excel stores an add-in's functions in a saved workbook: BPI.RATE as
 * _xldudf_BPI_RATE. Excel shows them as BPI.RATE again once the add-in has registered its functions.
 * Spilling formulas (EXPLAIN, SHARES) are written as dynamic arrays, so Excel spills them instead of
 * reading them as legacy single-cell formulas. The workbook asks for a full calculation on load: the file
 * carries no cached results.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Workbook } from '@cj-tech-master/excelts';
import { CELLS, COLUMN_WIDTHS, CellSpec, RANGE_NAMES, RANGE_STYLES, SHEET_NAME } from '../templates/dealModel';

const OUT = path.resolve(__dirname, '..', 'dist', 'deal-model.xlsx');

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
  wb.calcProperties = { fullCalcOnLoad: true };
  const ws = wb.addWorksheet(SHEET_NAME);
  COLUMN_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));

  for (const block of RANGE_STYLES) {
    const [from, to] = block.range.split(':').map((a) => ws.getCell(a));
    for (let r = Number(from.row); r <= Number(to.row); r++) {
      for (let c = Number(from.col); c <= Number(to.col); c++) styleCell(ws.getCell(r, c), block);
    }
  }

  const names: { name: string; ranges: string[]; localSheetId: number }[] = [];
  const absolute = (a: string) => a.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  for (const spec of CELLS) {
    const cell = ws.getCell(spec.address);
    const v = spec.value;
    if (v !== null && typeof v === 'object') {
      const formula = toFileFormula(v.formula);
      cell.value = spec.spill ? ({ formula, shareType: 'array', ref: spec.address, isDynamicArray: true } as never) : { formula };
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
    if (spec.name) names.push({ name: spec.name, ranges: [`'${SHEET_NAME}'!${absolute(spec.address)}`], localSheetId: 0 });
  }
  for (const r of RANGE_NAMES) {
    names.push({ name: r.name, ranges: [`'${SHEET_NAME}'!${absolute(r.range)}`], localSheetId: 0 });
    // A defined name cannot carry a note in Excel: the note goes on the table's header cell above it.
    const first = ws.getCell(r.range.split(':')[0]);
    ws.getCell(Number(first.row) - 1, Number(first.col)).note = r.note;
  }
  wb.definedNames.model = names;
  ws.views = [{ state: 'frozen', ySplit: 3, activeCell: 'B6' }] as never;

  fs.mkdirSync(path.dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
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
