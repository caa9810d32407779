/**
 * Writes a formula into the selected cell. Only used in Excel; the page never needs Office otherwise.
 *
 * Range.formulas takes English function names, and Excel is known to turn a custom function written that
 * way into #NAME? where the display language is not English (office-js issues 891 and 6614). So where the
 * host has ExcelApi 1.11, the formula goes in through Range.formulasLocal, in the user's form: names in
 * Office's display language (BPI.TAUXPRIME in French), the decimal separator Excel uses (Application:
 * its own when the system separators are overridden, else the system culture's) and the list separator
 * that goes with it. Older hosts get Range.formulas with the English form.
 */
import { languageOf } from '../i18n/lang';
import { t } from '../i18n/messages';
import { formulaLocale, localizeFormula } from './formula';

/** The part of Excel's API this needs (Excel.run with a request context). */
export interface ExcelApi {
  run(batch: (context: Excel.RequestContext) => Promise<void>): Promise<void>;
}

/** The part of Office.js this needs: the display language and the requirement sets. */
export interface OfficeApi {
  readonly context: {
    readonly displayLanguage?: string;
    readonly requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

const globals = globalThis as { Excel?: ExcelApi; Office?: OfficeApi };

function supportsLocalFormulas(office: OfficeApi | undefined): boolean {
  try {
    return office?.context?.requirements?.isSetSupported('ExcelApi', '1.11') === true;
  } catch {
    return false;
  }
}

/** Inserts `formula` (en-US form, as rateFormula writes it) into the selected cell, localized where possible. */
export async function insertFormula(
  formula: string,
  excel: ExcelApi | undefined = globals.Excel,
  office: OfficeApi | undefined = globals.Office,
): Promise<void> {
  if (!excel) throw new Error(t('insert.noExcel'));
  await excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    if (!supportsLocalFormulas(office)) {
      range.formulas = [[formula]];
      await context.sync();
      return;
    }
    const app = context.workbook.application;
    app.load('decimalSeparator,useSystemSeparators');
    const numbers = app.cultureInfo.numberFormat;
    numbers.load('numberDecimalSeparator');
    await context.sync();
    const decimal = app.useSystemSeparators ? numbers.numberDecimalSeparator : app.decimalSeparator;
    const locale = formulaLocale(languageOf(office?.context?.displayLanguage), decimal);
    range.formulasLocal = [[localizeFormula(formula, locale)]];
    await context.sync();
  });
}
