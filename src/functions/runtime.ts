import { ExcelErrorCode, isFailure } from '../core/errors';
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
  const [code, text] = errorParts(e, lang);
  return makeError(code, text);
}

function errorParts(e: unknown, lang: Lang): [ExcelErrorCode, string] {
  if (isFailure(e)) return [e.code, errorText(e, lang)];
  const detail = e instanceof Error ? e.message : String(e);
  return ['#VALUE!', errorText({ key: 'internal', params: { detail } }, lang)];
}

function makeError(code: ExcelErrorCode, text: string): CustomFunctions.Error {
  const { CustomFunctions: cf } = globalThis as unknown as { CustomFunctions: typeof CustomFunctions };
  return new cf.Error(asErrorCode(code), text);
}

/** What ErrorCells' one-entry memory holds before the call's first error. */
const NO_FAILURE = Symbol('none');

/**
 * The error cells of one call: a failure's message rendered once, and one CustomFunctions.Error per
 * distinct code and message, shared by every cell that shows it (a column of 100,000 rows with the same bad
 * debtor makes one error, not 100,000, each capturing a stack). Excel's runtime reads a returned error,
 * it never writes to it, so cells may share one.
 */
export class ErrorCells {
  private readonly byFailure = new Map<unknown, CustomFunctions.Error>();
  /** Per code, by message. */
  private readonly byMessage = new Map<ExcelErrorCode, Map<string, CustomFunctions.Error>>();
  /** The runtime's Error, looked up at the call's first error, once (a global read per error costs more than the error in some hosts). */
  private ExcelError: typeof CustomFunctions.Error | undefined = undefined;
  private last: unknown = NO_FAILURE;
  private lastError: CustomFunctions.Error | undefined = undefined;
  constructor(private readonly lang: Lang = currentLanguage()) {}

  of(e: unknown): CustomFunctions.Error {
    // A column of one bad value repeats one failure: the last one answers without a look-up.
    if (e === this.last) return this.lastError!;
    let error = this.byFailure.get(e);
    if (error === undefined) {
      const [code, text] = errorParts(e, this.lang);
      let messages = this.byMessage.get(code);
      if (messages === undefined) this.byMessage.set(code, (messages = new Map()));
      error = messages.get(text);
      if (error === undefined) {
        this.ExcelError ??= (globalThis as unknown as { CustomFunctions: typeof CustomFunctions }).CustomFunctions.Error;
        messages.set(text, (error = new this.ExcelError(asErrorCode(code), text)));
      }
      this.byFailure.set(e, error);
    }
    this.last = e;
    this.lastError = error;
    return error;
  }
}
