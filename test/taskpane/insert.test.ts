import assert from 'node:assert/strict';
import { OfficeMockObject } from 'office-addin-mock';
import { formulaLocale, INVARIANT_LOCALE, localizeFormula } from '../../src/taskpane/formula';
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

/** Office.js as far as insertFormula reads it: display language and ExcelApi 1.11 (or not). */
const office = (displayLanguage: string, excelApi111 = true) => ({
  context: {
    displayLanguage,
    requirements: { isSetSupported: (name: string, v = '1.1') => name === 'ExcelApi' && (excelApi111 || Number(v.split('.')[1]) < 11) },
  },
});

/** An Excel of a given culture (office-addin-mock): the selected cell A1 takes formulas or formulasLocal. */
function localizedExcelMock(culture: { decimal: string; excelDecimal?: string }) {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        range: { address: 'Sheet1!A1', formulas: [['']], formulasLocal: [['']] },
        application: {
          decimalSeparator: culture.excelDecimal ?? culture.decimal,
          useSystemSeparators: culture.excelDecimal === undefined,
          cultureInfo: { numberFormat: { numberDecimalSeparator: culture.decimal } },
        },
        getSelectedRange: function () {
          return (this as { range: unknown }).range;
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<void>) {
      await callback((this as { context: unknown }).context);
    },
  });
  return mock as unknown as ExcelApi & { context: { workbook: { range: { formulas: unknown[][]; formulasLocal: unknown[][] } } } };
}

/** A property of the selected cell the code under test did not write: the mock hands it out once loaded. */
async function loaded(excel: ReturnType<typeof localizedExcelMock>, property: 'formulas' | 'formulasLocal'): Promise<unknown> {
  const ctx = excel.context as unknown as { workbook: { range: { load(p: string): void } & Record<string, unknown> }; sync(): Promise<void> };
  ctx.workbook.range.load(property);
  await ctx.sync();
  return ctx.workbook.range[property];
}

describe('Task pane: Insert formula in the user’s language (formulasLocal)', () => {
  const english = '=BPI.RATE(3,"CC2",7.5,"NONPAYMENT","COVER=97.5%")';

  it('fr-FR: French function names, ";" between arguments, decimal comma; text literals as typed', async () => {
    const excel = localizedExcelMock({ decimal: ',' });
    await insertFormula(english, excel, office('fr-FR'));
    assert.deepEqual(excel.context.workbook.range.formulasLocal, [['=BPI.TAUXPRIME(3;"CC2";7,5;"NONPAYMENT";"COVER=97.5%")']]);
    assert.deepEqual(await loaded(excel, 'formulas'), [['']], 'formulas left alone');
  });

  it('fr-FR with a score: BPI.CATEGORIE inside BPI.TAUXPRIME', async () => {
    const excel = localizedExcelMock({ decimal: ',' });
    await insertFormula('=BPI.RATE(3,BPI.CATEGORY("BB-",3),10.9)', excel, office('fr-FR'));
    assert.deepEqual(excel.context.workbook.range.formulasLocal, [['=BPI.TAUXPRIME(3;BPI.CATEGORIE("BB-";3);10,9)']]);
  });

  it('en-US: the English form', async () => {
    const excel = localizedExcelMock({ decimal: '.' });
    await insertFormula(english, excel, office('en-US'));
    assert.deepEqual(excel.context.workbook.range.formulasLocal, [[english]]);
  });

  it('French display language with Excel’s own separators set to "." follows Excel, not the system', async () => {
    const excel = localizedExcelMock({ decimal: ',', excelDecimal: '.' });
    await insertFormula(english, excel, office('fr-FR'));
    assert.deepEqual(excel.context.workbook.range.formulasLocal, [['=BPI.TAUXPRIME(3,"CC2",7.5,"NONPAYMENT","COVER=97.5%")']]);
  });

  it('without ExcelApi 1.11: Range.formulas with English names', async () => {
    const excel = localizedExcelMock({ decimal: ',' });
    await insertFormula(english, excel, office('fr-FR', false));
    assert.deepEqual(excel.context.workbook.range.formulas, [[english]]);
    assert.deepEqual(await loaded(excel, 'formulasLocal'), [['']]);
  });
});

describe('localizeFormula', () => {
  const fr = formulaLocale('fr', ',');

  it('leaves text literals alone, doubled quotes and commas inside included', () => {
    assert.equal(localizeFormula('=BPI.RATE(1,"a,""b"".5",0.25)', fr), '=BPI.TAUXPRIME(1;"a,""b"".5";0,25)');
  });

  it('keeps names it does not know, and English names in an English locale with a decimal comma', () => {
    assert.equal(localizeFormula('=SUM(1.5,BPI.HORIZON(2.5,1))', fr), '=SUM(1,5;BPI.DUREECREDIT(2,5;1))');
    assert.equal(localizeFormula('=BPI.RATE(3,"CC2",7.5)', formulaLocale('en', ',')), '=BPI.RATE(3;"CC2";7,5)');
    assert.equal(localizeFormula('=BPI.RATE(3,"CC2",7.5)', INVARIANT_LOCALE), '=BPI.RATE(3,"CC2",7.5)');
  });
});
