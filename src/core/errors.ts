/** The Excel error a domain failure becomes (SPEC §7). */
export type ExcelErrorCode = '#VALUE!' | '#NUM!' | '#N/A';

/**
 * A failure the user can act on: an Excel error code and a message that names the argument, the value
 * received and what is allowed. The core throws only these; the Excel layer turns them into
 * CustomFunctions.Error and the task pane shows the message.
 */
export class BpiError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    message: string,
    /** The argument the failure is about ("x", "options"…), set by whoever read it; the task pane marks that field. */
    public arg?: string,
  ) {
    super(message);
    this.name = 'BpiError';
  }
}

/** e, tagged with the argument it is about if it has none yet (rethrow it). */
export function aboutArgument(e: unknown, arg: string): unknown {
  if (e instanceof BpiError && e.arg === undefined) e.arg = arg;
  return e;
}

/** Wrong kind of value: text where a number is needed, unknown name, malformed option. */
export function valueError(message: string): BpiError {
  return new BpiError('#VALUE!', message);
}

/** A number outside what the note prices. */
export function numError(message: string): BpiError {
  return new BpiError('#NUM!', message);
}

/** The note publishes nothing for this case. */
export function notAvailable(message: string): BpiError {
  return new BpiError('#N/A', message);
}

const MAX_SHOWN = 60;

/** How a received value is quoted in a message: text in quotes (shortened), numbers as Excel shows them. */
export function describe(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'a blank';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Object.is(value, -0) ? '0' : String(value);
  if (Array.isArray(value)) return 'a range';
  return `a value of type ${typeof value}`;
}
