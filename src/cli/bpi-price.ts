/*
 * bpi-price INPUT.csv [-o OUTPUT.csv] [--allow-errors]: prices every row of a CSV book with BPI.RATE (and
 * BPI.PREMIUM when the book has amounts), streaming: a read stream, csv-parse, the pricer, csv-stringify and
 * the output, under stream.pipeline's back-pressure, so memory stays flat whatever the file's size.
 * Exit codes: 0 every row priced, 1 some rows have an error (0 with --allow-errors), 2 a usage problem.
 */
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { Transform } from 'node:stream';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { stringify } from 'csv-stringify';
import { Columns, findColumns, UsageError } from './columns';
import { detectDialect, Dialect } from './dialect';
import { priceRow } from './priceRow';
import { progressBar } from './progress';

const USAGE = `Usage: bpi-price INPUT.csv [-o OUTPUT.csv] [--allow-errors]

Prices each row of INPUT.csv as BPI.RATE does (and BPI.PREMIUM when there is an amount column).
Columns (header names, any case): country, debtor (or score), x, and optionally type, options, amount.
Other columns are passed through. Added: rate, premium (with amount), error.
Comma-separated files use a decimal point; ";"-separated files (French Excel) a decimal comma.

  -o, --output FILE   write there instead of to standard output
  --allow-errors      exit 0 even when some rows have an error
  -h, --help          show this help

Exit codes: 0 all rows priced, 1 some rows have an error, 2 usage problem.`;

/** Enough of the file to hold its header line (the dialect and the columns are read from it). */
const HEADER_PROBE_BYTES = 1 << 20;
/** Files from this size get a progress bar (on a terminal). */
const PROGRESS_FROM_BYTES = 16 << 20;

interface Options {
  input: string;
  output: string | undefined;
  allowErrors: boolean;
}

function readOptions(argv: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        output: { type: 'string', short: 'o' },
        'allow-errors': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (parsed.values.help) return 'help';
  if (parsed.positionals.length !== 1) {
    throw new UsageError(parsed.positionals.length === 0 ? 'no input file given' : `one input file expected, got ${parsed.positionals.length}`);
  }
  return { input: parsed.positionals[0], output: parsed.values.output, allowErrors: parsed.values['allow-errors'] ?? false };
}

/** The start of the input, for its dialect and header; an unreadable file is a usage error that says why. */
function readStart(input: string): { start: string; size: number } {
  let fd: number;
  try {
    fd = fs.openSync(input, 'r');
  } catch (e) {
    throw new UsageError(`cannot read ${input}: ${reason(e)}`);
  }
  try {
    const { size } = fs.fstatSync(fd);
    const buffer = Buffer.alloc(Math.min(HEADER_PROBE_BYTES, Math.max(size, 1)));
    const n = fs.readSync(fd, buffer, 0, buffer.length, 0);
    return { start: buffer.subarray(0, n).toString('utf8'), size };
  } catch (e) {
    throw new UsageError(`cannot read ${input}: ${reason(e)}`);
  } finally {
    fs.closeSync(fd);
  }
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT': return 'no such file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'it is a directory';
    default: return err.message;
  }
}

function readHeader(start: string, dialect: Dialect, input: string): string[] {
  if (start.replace(/^\ufeff/, '').trim() === '') throw new UsageError(`${input} is empty: a header row is needed`);
  try {
    const [header] = parseSync(start, { delimiter: dialect.delimiter, bom: true, to: 1, relax_column_count: true }) as string[][];
    return header;
  } catch (e) {
    throw new UsageError(`cannot read the header row of ${input}: ${(e as Error).message}`);
  }
}

interface Counts {
  priced: number;
  errors: number;
}

/**
 * The pricer: the header gets the added columns, every other record its rate, premium and error, appended
 * in place (the parser makes a new array per record). A Transform rather than csv-parse's on_record hook,
 * which builds an info object per record and costs more than the stream stage.
 */
function pricer(header: readonly string[], columns: Columns, dialect: Dialect, counts: Counts): Transform {
  let first = true;
  const width = header.length;
  const withPremium = columns.amount >= 0;
  return new Transform({
    objectMode: true,
    transform(record: string[], _encoding, done) {
      done(null, priceRecord(record));
    },
  });

  function priceRecord(record: string[]): string[] {
    if (first) {
      first = false;
      if (withPremium) record.push('rate', 'premium', 'error');
      else record.push('rate', 'error');
      return record;
    }
    let priced;
    if (record.length !== width) {
      // Kept aligned with the header: a short row is padded with blanks; a long row's extra fields are
      // not written, and the error says so.
      const extra = record.length > width ? ` (only the first ${width} are written)` : '';
      priced = { rate: '', premium: '', error: `#VALUE! the row has ${record.length} fields, the header ${width}${extra}` };
      if (record.length > width) record.length = width;
      else while (record.length < width) record.push('');
    } else {
      priced = priceRow(record, columns, dialect);
    }
    if (priced.error === '') counts.priced++;
    else counts.errors++;
    if (withPremium) record.push(priced.rate, priced.premium, priced.error);
    else record.push(priced.rate, priced.error);
    return record;
  }
}

function openOutput(output: string | undefined, input: string): NodeJS.WritableStream {
  if (output === undefined) return process.stdout;
  // Opening the output truncates it: never the book being read.
  const same = (() => {
    try {
      const a = fs.statSync(input);
      const b = fs.statSync(output);
      return a.dev === b.dev && a.ino === b.ino;
    } catch {
      return false; // the output does not exist yet
    }
  })();
  if (same) throw new UsageError(`the output ${output} is the input file; write to another file`);
  try {
    return fs.createWriteStream('', { fd: fs.openSync(output, 'w') });
  } catch (e) {
    throw new UsageError(`cannot write ${output}: ${reason(e)}`);
  }
}

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

async function main(argv: string[]): Promise<number> {
  const started = process.hrtime.bigint();
  const options = readOptions(argv);
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { start, size } = readStart(options.input);
  const dialect = detectDialect(start);
  const header = readHeader(start, dialect, options.input);
  const columns = findColumns(header);
  const output = openOutput(options.output, options.input);

  const counts: Counts = { priced: 0, errors: 0 };
  const progress = progressBar(size, process.stderr, PROGRESS_FROM_BYTES);
  const input = fs.createReadStream(options.input);
  input.on('data', (chunk) => {
    progress.advance(chunk.length);
    progress.rows(counts.priced + counts.errors);
  });
  try {
    await pipeline(
      input,
      parse({ delimiter: dialect.delimiter, bom: true, relax_column_count: true, skip_empty_lines: true }),
      pricer(header, columns, dialect, counts),
      stringify({
        delimiter: dialect.delimiter,
        record_delimiter: dialect.recordDelimiter === '\r\n' ? 'windows' : 'unix',
        quote_record_delimiter: true, // a field with a line break inside is quoted whatever the record delimiter
        bom: dialect.bom,
      }),
      output,
    );
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EPIPE') return 0; // the reader of stdout stopped reading (| head)
    if (typeof err.code === 'string' && err.code.startsWith('CSV_')) throw new UsageError(`${options.input} is not valid CSV: ${err.message}`);
    throw e;
  } finally {
    progress.stop();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(`${plural(counts.priced, 'row priced', 'rows priced')}, ${plural(counts.errors, 'error', 'errors')}, in ${seconds.toFixed(1)} s\n`);
  if (process.env.BPI_PRICE_REPORT_RSS) process.stderr.write(`peak RSS ${process.resourceUsage().maxRSS} KB\n`);
  return counts.errors > 0 && !options.allowErrors ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`bpi-price: ${e.message}\n${e.message.startsWith('cannot') || e.message.includes('CSV') ? '' : 'Run bpi-price --help for the columns and options.\n'}`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`bpi-price: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 3;
  },
);
