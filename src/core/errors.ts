/** The Excel error a domain failure becomes (SPEC §7). */
export type ExcelErrorCode = '#VALUE!' | '#NUM!' | '#N/A';

/**
 * Every error the add-in gives, by key, with the names of the values its message shows (its placeholders).
 * The texts are not here: src/i18n/errors.ts holds them in English and French, typed against this list, so
 * a key without its two texts, or a text whose {placeholders} are not exactly these names, does not
 * compile. A name says what its value is, and so how each language writes it:
 * - `arg`, or a name ending in `Arg`: an argument's English name ("country", "options: COVER", "shares
 *   item 2");
 * - `got`, or a name ending in `Got`: a value as the user gave it;
 * - `char`: one character of a value the user gave (named as it is, or by its code when it cannot be seen);
 * - `cause`: another keyed message;
 * - any other: a string shown as it is, a JS number, or an exact decimal (DecimalText).
 * Adding an error: a line here, then its English and French texts in src/i18n/errors.ts.
 */
export interface ErrorPlaceholders {
  // Reading numbers, texts and flags (numbers.ts)
  required: 'arg';
  notNumber: 'arg' | 'got';
  notNumberContains: 'arg' | 'got' | 'char';
  thousandsSeparators: 'arg' | 'got';
  decimalComma: 'arg' | 'got';
  tooManyDigitsOrExponent: 'arg' | 'got';
  notFinite: 'arg' | 'got';
  negativeAmount: 'arg' | 'got';
  negativeDays: 'arg' | 'got';
  negativeMonths: 'arg' | 'got';
  negativeTerm: 'arg' | 'got';
  negativePeriod: 'arg' | 'got';
  negativeTime: 'arg' | 'got';
  fractionFrom: 'arg' | 'min' | 'got';
  fractionAbove: 'arg' | 'min' | 'got';
  integerRange: 'arg' | 'min' | 'max' | 'got';
  notBoolean: 'arg' | 'got';
  notAscii: 'arg' | 'got' | 'char';
  notText: 'arg' | 'got';
  resultTooLarge: 'value';
  oneOf: 'arg' | 'choices' | 'got';

  // Categories and the note's coefficients (categories.ts, coefficients.ts)
  unknownDebtor: 'arg' | 'categories' | 'got';
  defaultRating: 'arg' | 'got';
  unknownRating: 'arg' | 'got';
  noCoefficient: 'table' | 'debtor' | 'country';
  noCoefficientPriced: 'table' | 'debtor' | 'country' | 'priced';
  noCoefficientLowered: 'table' | 'debtor' | 'country' | 'pricedAs';
  noCoefficientLoweredPriced: 'table' | 'debtor' | 'country' | 'pricedAs' | 'priced';

  // The options text (options.ts)
  optionsNotText: 'arg' | 'got';
  optionsTooLong: 'arg' | 'max' | 'count';
  unknownOption: 'arg' | 'got' | 'names';
  malformedOption: 'arg' | 'got' | 'names';
  optionTwice: 'arg' | 'name' | 'got';
  optionNeedsValue: 'arg' | 'name';
  optionNotPercentage: 'arg' | 'name' | 'got';
  optionNotFlag: 'arg' | 'name' | 'got';
  optionCoverRange: 'arg' | 'name' | 'got';
  optionLevelRange: 'arg' | 'name' | 'got';

  // Options against the deal (rate.ts)
  levelAboveMax: 'name' | 'max' | 'value';
  levelAboveMaxCategory0: 'name' | 'max' | 'other' | 'value';
  levelAboveMaxElsewhere: 'name' | 'max' | 'other' | 'value';
  interruptionOnly: 'name' | 'type';
  mitigationType: 'name' | 'type';
  politicalPrivateOnly: 'debtor';
  politicalWithPcc: never;
  coverWithPcpPcc: never;
  mobileWithFixed: never;
  escrowCountry: 'country';
  escrowWith: 'other';

  // BPI.MPR, the OECD minimum premium rate (options.ts, mpr.ts)
  optionNeedsValueExample: 'arg' | 'name' | 'example';
  optionChoice: 'arg' | 'name' | 'choices' | 'got';
  optionShareRange: 'arg' | 'name' | 'got';
  mprCategory0: 'arg';
  mprNoDebtor: 'debtor' | 'country' | 'categories';
  mprAboveMax: 'name' | 'max' | 'value';
  mprMobileWithFixed: never;
  mprPreShipment: 'arg' | 'type';

  // Terms, covers, amounts (pricing.ts, amounts.ts, schedule.ts, cooperation.ts)
  termRange: 'arg' | 'max' | 'got';
  rateRange: 'arg' | 'got';
  rateRangeWrite: 'arg' | 'got';
  amountAboveZero: 'arg' | 'got';
  claimsAboveShare: 'arg' | 'got' | 'contractGot' | 'share';
  sharesAboveTotal: 'arg' | 'sum';
  emptyTimes: 'arg';
  emptyAmounts: 'arg';
  scheduleLengths: 'timesArg' | 'amountsArg' | 'times' | 'amounts';
  scheduleRepaysNothing: 'arg';
  quotaRateRequired: 'arg' | 'min' | 'max';
  quotaRateRange: 'arg' | 'min' | 'max' | 'got';

  // Dated schedules, financed shares and spreads (yearFraction.ts, schedule.ts, amounts.ts, spread.ts; issue 21).
  // A name ending in `Date` is a day as ISO text ("2026-01-15"), which French writes 15/01/2026.
  notDate: 'arg' | 'got';
  dateRange: 'arg' | 'got';
  dateBefore: 'arg' | 'otherArg' | 'otherDate' | 'gotDate';
  emptyDates: 'arg';
  scheduleDateLengths: 'datesArg' | 'amountsArg' | 'dates' | 'amounts';
  financedShare: 'arg' | 'got';
  emptyPeriods: 'arg';
  emptyOutstanding: 'arg';
  periodLengths: 'timesArg' | 'outstandingArg' | 'times' | 'outstanding';
  firstTimeAboveZero: 'arg' | 'got';
  timesIncreasing: 'arg' | 'previous' | 'got';
  nothingOutstanding: 'arg';
  discountRateRange: 'arg' | 'got';
  discountOutOfRange: 'arg' | 'timesArg' | 'got';

  // Ranges (the Excel layer, src/functions/broadcast.ts)
  emptyRange: 'arg';
  notRectangular: 'arg';
  differentShapes: 'fromArg' | 'fromShape' | 'arg' | 'shape';
  singleColumnRanges: 'width' | 'shape';
  singleValue: 'arg' | 'shape';
  singleRowOrColumn: 'arg' | 'shape';
  internal: 'detail';

  // The task pane
  debtorOrScore: 'cause';
}

export type ErrorKey = keyof ErrorPlaceholders;

/** An exact decimal a message writes ("100.0000000001", "1.235e+309"): each language puts its decimal mark. */
export interface DecimalText {
  readonly decimal: string;
}
export const decimalText = (decimal: string): DecimalText => ({ decimal });

/** A keyed message: what BpiError carries and the layers render. */
export interface KeyedMessage {
  readonly key: ErrorKey;
  readonly params: Readonly<Record<string, unknown>>;
}

type ParamType<P extends string> = P extends 'arg' | `${string}Arg`
  ? string
  : P extends 'got' | `${string}Got`
    ? unknown
    : P extends 'cause'
      ? KeyedMessage
      : P extends 'char'
        ? string
        : string | number | DecimalText;

/** The values a key's message needs, by placeholder, typed by what each is. */
export type ErrorParams<K extends ErrorKey> = { readonly [P in ErrorPlaceholders[K]]: ParamType<P> };

/**
 * The parameter an argument name is about: "options: COVER" and "shares item 2" are about options and
 * shares (the field the task pane marks, the library's `argument`).
 */
export function parameterOf(arg: string): string {
  const m = /^(\w+)(?:: | item \d)/.exec(arg);
  return m ? m[1] : arg;
}

/** Language-neutral text for logs and stack traces; users read the message a layer renders (src/i18n). */
function diagnostic(code: ExcelErrorCode, m: KeyedMessage): string {
  let params: string;
  try {
    params = JSON.stringify(m.params, (_, v: unknown) => (typeof v === 'bigint' ? String(v) : v));
  } catch {
    params = '{…}';
  }
  return `${code} ${m.key} ${params}`;
}

/**
 * A failure the user can act on: an Excel error code, a message key and its values (the argument, the value
 * received, what is allowed), and the parameter it is about. The core throws only these and never writes a
 * sentence: each layer renders the message (src/i18n/errors.ts, errorText) in its user's language, English in
 * the CLI and the library, Office's display language in the cells, the pane's in the pane.
 */
export class BpiError extends Error implements KeyedMessage {
  readonly key: ErrorKey;
  readonly params: Readonly<Record<string, unknown>>;
  /**
   * The parameter the failure is about ("x", "options"…), set where the error is made: by default the one
   * its `arg` value names; undefined only where no argument is at fault (a result beyond Excel's range).
   */
  readonly arg: string | undefined;
  constructor(
    readonly code: ExcelErrorCode,
    message: KeyedMessage,
    arg?: string,
  ) {
    super(diagnostic(code, message));
    this.key = message.key;
    this.params = message.params;
    const named = message.params.arg;
    this.arg = arg ?? (typeof named === 'string' ? parameterOf(named) : undefined);
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

/** Wrong kind of value: text where a number is needed, unknown name, malformed option. */
export function valueError<K extends ErrorKey>(key: K, params: ErrorParams<K>, arg?: string): BpiError {
  return new BpiError('#VALUE!', { key, params }, arg);
}

/** A number outside what the note prices. */
export function numError<K extends ErrorKey>(key: K, params: ErrorParams<K>, arg?: string): BpiError {
  return new BpiError('#NUM!', { key, params }, arg);
}

/** The note publishes nothing for this case. */
export function notAvailable<K extends ErrorKey>(key: K, params: ErrorParams<K>, arg?: string): BpiError {
  return new BpiError('#N/A', { key, params }, arg);
}

/**
 * e as a #VALUE! that quotes `to` where it quoted the received value `from`: what the user typed, where the
 * core read a normalised form of it (an option value with its decimal comma made a point).
 */
export function requote(e: BpiError, from: unknown, to: unknown): BpiError {
  const isReceived = (name: string) => name === 'got' || name.endsWith('Got');
  const params = Object.fromEntries(Object.entries(e.params).map(([k, v]) => [k, isReceived(k) && v === from ? to : v]));
  return new BpiError('#VALUE!', { key: e.key, params }, e.arg);
}
