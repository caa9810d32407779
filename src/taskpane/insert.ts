/**
 * Writes a formula into the selected cell. Only used in Excel; the page never needs Office otherwise.
 */

/** The part of Excel's API this needs (Excel.run with a request context). */
export interface ExcelApi {
  run(batch: (context: Excel.RequestContext) => Promise<void>): Promise<void>;
}

export async function insertFormula(formula: string, excel: ExcelApi | undefined = (globalThis as { Excel?: ExcelApi }).Excel): Promise<void> {
  if (!excel) throw new Error('Excel is not available');
  await excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.formulas = [[formula]];
    await context.sync();
  });
}
