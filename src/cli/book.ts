/**
 * The book, record by record: csv-parse reads it, each record is priced as it comes and written back
 * with csv-stringify, in batches. Every input record is one output record, in order, with its own
 * fields as they came: a blank line comes back as a blank row, a row whose required inputs are all blank
 * gets empty results, a row longer than the header keeps its extra fields (after the added ones).
 *
 * The pricing runs inside the parser's push, where csv-parse's `info.lines` is the line the record ends
 * on: so each record knows its line, and there is no object stream between parsing and pricing.
 */
import { CsvError, Parser } from 'csv-parse';
import { stringify } from 'csv-stringify/sync';
import { Columns, findColumns, UsageError } from './columns';
import type { Dialect } from './dialect';
import { MAX_RECORD_BYTES } from './input';
import { isBlankRow, priceRow } from './priceRow';

export interface Counts {
  rows: number;
  priced: number;
  blank: number;
  errors: number;
  /** Cells of the book that Excel would read as a formula, and the line of the first. */
  formulas: number;
  firstFormulaLine: number;
}

export interface BookOptions {
  dialect: Dialect;
  /** Text to the output's bytes (the book's encoding). */
  encode: (text: string) => string | Buffer;
  /** Added text (error messages) made writable in the book's encoding. */
  fit: (text: string) => string;
  /** The output starts with a byte order mark. */
  bom: boolean;
  /** Write formula-looking cells with a leading ' (OWASP's advice against CSV injection). */
  escapeFormulas: boolean;
  /** Add an mpr column: the OECD minimum premium rate, standard product. */
  mpr: boolean;
  /** The book holds no CR: LF is its only record end. */
  lfOnly: boolean;
}

/** Records written per csv-stringify call, at most: the output goes out in chunks of about this many. */
const BATCH = 256;

/**
 * Excel reads a cell beginning with =, +, -, @ as a formula (tab and CR too, through DDE). A plain number
 * (-5, +1,5, -1E3) is read as the number it is: it runs nothing, and a quote would make it text, which is
 * why csv-stringify's escape_formulas (which quotes "-5") is not used.
 */
function looksLikeFormula(cell: string): boolean {
  const c = cell.charCodeAt(0);
  if (c === 61 || c === 64 || c === 9 || c === 13) return true;
  if (c === 43 || c === 45) return !PLAIN_NUMBER.test(cell);
  // Full-width = + - @, which Apple Numbers reads as their ASCII forms (csv-stringify's escape_formulas list).
  return c >= 0xff0b && (c === 0xff1d || c === 0xff0b || c === 0xff0d || c === 0xff20);
}
const PLAIN_NUMBER = /^[+-](?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

export class BookPricer extends Parser {
  private columns: Columns | null = null;
  private width = 0;
  private added: string[] = [];
  private withPremium = false;
  private batch: string[][] = [];
  /** The line where the record being read starts (the one after the last record's end). */
  private nextLine = 1;
  private failed = false;
  private started = false;
  private readonly stringifyOptions: Parameters<typeof stringify>[1];

  constructor(
    private readonly book: BookOptions,
    readonly counts: Counts,
  ) {
    super({
      delimiter: book.dialect.delimiter,
      // Each is a record end wherever it appears, so mixed line ends never glue two rows or leave a \r behind
      // (in a book without a CR, LF is the only one there can be).
      record_delimiter: book.lfOnly ? ['\n'] : ['\r\n', '\n', '\r'],
      relax_column_count: true,
      max_record_size: MAX_RECORD_BYTES,
    });
    this.stringifyOptions = {
      delimiter: book.dialect.delimiter,
      record_delimiter: book.dialect.recordDelimiter,
      quote_record_delimiter: true, // a field with a line break inside is quoted whatever the record delimiter
    };
  }

  override push(record: string[] | null): boolean {
    if (this.failed) return false;
    if (record === null) {
      this.flushBatch();
      return super.push(null);
    }
    const line = this.nextLine;
    this.nextLine = this.info.lines + 1;
    try {
      this.batch.push(this.columns === null ? this.header(record) : this.row(record, line));
    } catch (e) {
      this.failed = true;
      this.destroy(e as Error);
      return false;
    }
    if (this.batch.length >= BATCH) this.flushBatch();
    return true;
  }

  override _transform(chunk: Buffer, encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    super._transform(chunk, encoding, (error?: Error | null) => {
      if (!error) this.flushBatch();
      done(error && this.located(error));
    });
  }

  override _flush(done: (error?: Error | null) => void): void {
    super._flush((error?: Error | null) => done(error && this.located(error)));
  }

  private flushBatch(): void {
    if (this.batch.length === 0 || this.failed) return;
    let text = stringify(this.batch, this.stringifyOptions);
    if (!this.started && this.book.bom) text = `\ufeff${text}`;
    this.started = true;
    this.batch = [];
    super.push(this.book.encode(text));
  }

  private header(record: string[]): string[] {
    const columns = findColumns(record, ['rate', ...(this.book.mpr ? ['mpr'] : []), 'premium', 'error']);
    this.columns = columns;
    this.width = record.length;
    this.withPremium = columns.amount >= 0;
    this.added = ['rate', ...(this.book.mpr ? ['mpr'] : []), ...(this.withPremium ? ['premium'] : []), 'error'];
    this.scanFormulas(record, 1);
    record.push(...this.added);
    return record;
  }

  private row(record: string[], line: number): string[] {
    const counts = this.counts;
    counts.rows++;
    const width = this.width;
    if (record.length === 1 && record[0] === '') {
      // A blank line: a blank row, as wide as the others.
      counts.blank++;
      record.length = width + this.added.length;
      return record.fill('');
    }
    this.scanFormulas(record, line);
    let rate = '';
    let mpr = '';
    let premium = '';
    let error = '';
    if (record.length !== width) {
      error = `#VALUE! the row has ${record.length} fields, the header ${width}`;
      if (record.length > width) error += ': the extra fields are written after the error column';
    } else if (isBlankRow(record, this.columns!)) {
      counts.blank++;
    } else {
      const priced = priceRow(record, this.columns!, this.book.dialect, this.book.mpr);
      ({ rate, mpr, premium } = priced);
      error = priced.error === '' ? '' : this.book.fit(priced.error);
    }
    if (error !== '') counts.errors++;
    else if (rate !== '') counts.priced++;
    const extra = record.length > width ? record.splice(width) : null;
    while (record.length < width) record.push('');
    record.push(rate);
    if (this.book.mpr) record.push(this.book.fit(mpr));
    if (this.withPremium) record.push(premium);
    record.push(error);
    if (extra !== null) record.push(...extra);
    return record;
  }

  /** Counts the book's formula-looking cells (and escapes them with --escape-formulas); the added cells are not looked at. */
  private scanFormulas(record: string[], line: number): void {
    for (let i = 0; i < record.length; i++) {
      const cell = record[i];
      if (cell.length === 0 || !looksLikeFormula(cell)) continue;
      if (this.counts.formulas++ === 0) this.counts.firstFormulaLine = line;
      if (this.book.escapeFormulas) record[i] = `'${cell}`;
    }
  }

  /** csv-parse's errors with the line where the problem starts, as a UsageError (exit 2). */
  private located(error: Error): Error {
    if (!(error instanceof CsvError)) return error;
    const e = error as CsvError & { lines?: number; column?: number };
    // The quote opened in the record being read: on the line it starts, plus the line breaks in its
    // fields read so far (the state csv-parse keeps of it).
    const fields = (this as unknown as { state?: { record?: unknown } }).state?.record;
    const breaks = Array.isArray(fields) ? fields.reduce((n: number, f) => n + (typeof f === 'string' ? lineBreaks(f) : 0), 0) : 0;
    const opened = this.nextLine + breaks;
    const field = typeof e.column === 'number' ? ` (field ${e.column + 1})` : '';
    switch (e.code as string) {
      case 'CSV_QUOTE_NOT_CLOSED':
        return new UsageError(`line ${opened}: a quote opened there${field} is never closed`);
      case 'CSV_MAX_RECORD_SIZE':
        return new UsageError(
          `line ${this.nextLine}: the row that starts there is over ${MAX_RECORD_BYTES >> 20} MiB (a quote opened on line ${opened} that is never closed?)`,
        );
      case 'INVALID_OPENING_QUOTE':
      case 'CSV_INVALID_OPENING_QUOTE':
        return new UsageError(
          `line ${e.lines}: a quote inside a field that does not begin with one${field}; write the field in quotes with its quote doubled, as "12"" pipe"`,
        );
      case 'CSV_INVALID_CLOSING_QUOTE':
        return new UsageError(`line ${e.lines}: a quoted field${field} goes on after its closing quote; a quote inside a quoted field is doubled ("")`);
      default:
        return new UsageError(`line ${e.lines ?? this.nextLine}: ${e.message}`);
    }
  }
}

function lineBreaks(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}
