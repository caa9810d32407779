import { ErrorKey, ErrorParams, KeyedMessage, describeValue, errorText } from '../i18n/errors';

/** The Excel error a domain failure becomes (SPEC §7). */
export type ExcelErrorCode = '#VALUE!' | '#NUM!' | '#N/A';

/**
 * A failure the user can act on: an Excel error code and a keyed message (src/i18n/errors.ts) that names
 * the argument, the value received and what is allowed. The core throws only these; each layer renders the
 * message in its user's language (errorText): the Excel layer in Office's display language, the task pane
 * in the pane's. `message` is the English text (the CLI, the library and logs read it).
 */
export class BpiError extends Error implements KeyedMessage {
  readonly key: ErrorKey;
  readonly params: Readonly<Record<string, unknown>>;
  constructor(
    readonly code: ExcelErrorCode,
    message: KeyedMessage,
    /** The argument the failure is about ("x", "options"…), set by whoever read it; the task pane marks that field. */
    public arg?: string,
  ) {
    super(errorText(message, 'en'));
    this.key = message.key;
    this.params = message.params;
    this.name = 'BpiError';
  }
}

/**
 * A failure as a value: what a BpiError carries (a BpiError is one), without being an Error: no stack
 * captured, no message rendered. What a spill's rows report where a bad column repeats a failure per row.
 */
export interface Failure extends KeyedMessage {
  readonly code: ExcelErrorCode;
  readonly arg?: string;
}

/** Whether e is a Failure: a BpiError, or one made as a value (failure()). */
export function isFailure(e: unknown): e is Failure {
  return e instanceof BpiError || (typeof e === 'object' && e !== null && FAILURE in e);
}
const FAILURE = Symbol('failure');

/** A #NUM! failure as a value, about `arg`: what numError(key, params) throws, made without an Error. */
export function numFailure<K extends ErrorKey>(key: K, params: ErrorParams<K>, arg: string): Failure {
  return { code: '#NUM!', key, params, arg, [FAILURE]: true } as Failure;
}

/** A keyed message, its values typed by the key's placeholders. */
export function keyed<K extends ErrorKey>(key: K, params: ErrorParams<K>): KeyedMessage {
  return { key, params };
}

/** e, tagged with the argument it is about if it has none yet (rethrow it). */
export function aboutArgument(e: unknown, arg: string): unknown {
  if (e instanceof BpiError && e.arg === undefined) e.arg = arg;
  return e;
}

/** Wrong kind of value: text where a number is needed, unknown name, malformed option. */
export function valueError<K extends ErrorKey>(key: K, params: ErrorParams<K>): BpiError {
  return new BpiError('#VALUE!', { key, params });
}

/** A number outside what the note prices. */
export function numError<K extends ErrorKey>(key: K, params: ErrorParams<K>): BpiError {
  return new BpiError('#NUM!', { key, params });
}

/** The note publishes nothing for this case. */
export function notAvailable<K extends ErrorKey>(key: K, params: ErrorParams<K>): BpiError {
  return new BpiError('#N/A', { key, params });
}

/** How a received value is quoted in an English message (text in quotes, shortened; numbers as Excel shows them). */
export function describe(value: unknown): string {
  return describeValue(value, 'en');
}

/**
 * e as a #VALUE! that quotes `to` where it quoted the received value `from`: what the user typed, where the
 * core read a normalised form of it (an option value with its decimal comma made a point).
 */
export function requote(e: BpiError, from: unknown, to: unknown): BpiError {
  const isReceived = (name: string) => name === 'got' || name.endsWith('Got');
  const params = Object.fromEntries(Object.entries(e.params).map(([k, v]) => [k, isReceived(k) && v === from ? to : v]));
  return new BpiError('#VALUE!', { key: e.key, params });
}
