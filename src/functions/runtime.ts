import { BpiError, ExcelErrorCode } from '../core/errors';
import { errorText } from '../i18n/errors';
import { Lang, currentLanguage } from '../i18n/lang';

/** The part of Excel's custom functions runtime this add-in uses. */
export interface Runtime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

/**
 * Excel's CustomFunctions runtime, or a stand-in whose associate does nothing where there is none (the
 * task pane page opened in a plain browser also loads functions.js, and must not fail there).
 */
export function excelRuntime(): Runtime {
  const g = globalThis as { CustomFunctions?: Runtime };
  return g.CustomFunctions ?? { associate: () => undefined };
}

/** CustomFunctions.ErrorCode's values are the codes Excel shows ("#VALUE!", …), as ExcelErrorCode. */
const asErrorCode = (code: ExcelErrorCode) => code as CustomFunctions.ErrorCode;

/**
 * The Excel error a cell shows for a failure, its message in Office's display language (read at each call,
 * not once at load: the runtime may start before Office.js has initialised; a spill reads it once and
 * passes it for each of its cells); anything that is not a BpiError is a bug, still shown as #VALUE!.
 */
export function toExcelError(e: unknown, lang: Lang = currentLanguage()): CustomFunctions.Error {
  const { CustomFunctions: cf } = globalThis as unknown as { CustomFunctions: typeof CustomFunctions };
  if (e instanceof BpiError) return new cf.Error(asErrorCode(e.code), errorText(e, lang));
  const detail = e instanceof Error ? e.message : String(e);
  return new cf.Error(asErrorCode('#VALUE!'), errorText({ key: 'internal', params: { detail } }, lang));
}
