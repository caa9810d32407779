import assert from 'node:assert/strict';
import { OfficeMockObject } from 'office-addin-mock';
import { ExcelApi, insertFormula } from '../../src/taskpane/insert';

/** An Excel stand-in (office-addin-mock): a workbook whose selected range is A1. */
function excelMock() {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        range: { address: 'Sheet1!A1', formulas: [['']] },
        getSelectedRange: function () {
          return (this as { range: unknown }).range;
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<void>) {
      await callback((this as { context: unknown }).context);
    },
  });
  return mock as unknown as ExcelApi & { context: { workbook: { range: { formulas: unknown[][] } } } };
}

describe('Task pane: Insert formula (office-addin-mock)', () => {
  it('writes the formula into the selected cell with Excel.run', async () => {
    const excel = excelMock();
    await insertFormula('=BPI.RATE(3,"CC3",1)', excel);
    assert.deepEqual(excel.context.workbook.range.formulas, [['=BPI.RATE(3,"CC3",1)']]);
  });

  it('uses the global Excel when none is given, and fails clearly without one', async () => {
    const g = globalThis as { Excel?: unknown };
    const excel = excelMock();
    g.Excel = excel;
    try {
      await insertFormula('=BPI.RATE(3,BPI.CATEGORY("BB-",3),1)');
      assert.deepEqual(excel.context.workbook.range.formulas, [['=BPI.RATE(3,BPI.CATEGORY("BB-",3),1)']]);
    } finally {
      delete g.Excel;
    }
    await assert.rejects(insertFormula('=1'), /Excel is not available/);
  });
});
