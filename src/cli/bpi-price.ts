/*
 * bpi-price INPUT.csv [-o OUTPUT.csv] [--allow-errors] [--escape-formulas] [--encoding NAME]: prices every
 * row of a CSV book with BPI.RATE (and BPI.PREMIUM when the book has amounts), streaming: the book's bytes,
 * the decoder (its encoding to UTF-8), csv-parse with the pricer, and the output, under stream.pipeline's
 * back-pressure, so memory stays flat whatever the file's size. Every record in is one record out, in order.
 * Exit codes: 0 every row priced, 1 some rows have an error (0 with --allow-errors), 2 a problem with the
 * call or the file (nothing written), 128 + the signal's number when interrupted (nothing written).
 */
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { BookPricer, Counts } from './book';
import { UsageError } from './columns';
import { Decoder, encoder, EncodingName, encodingOption, fitter } from './encoding';
import { openInput, reason } from './input';
import { Destination, openDestination } from './output';
import { progressBar } from './progress';

const USAGE = `Usage: bpi-price INPUT.csv [-o OUTPUT.csv] [--mpr] [--allow-errors] [--escape-formulas] [--encoding NAME]

Prices each row of INPUT.csv (- for standard input) as BPI.RATE does (and BPI.PREMIUM when there is an
amount column). Columns (header names, any case): country, debtor (or score), x, and optionally type,
options, amount, financed (TRUE/FALSE or the share of the premium financed in the credit). Other columns
are passed through as they came. Added: rate, premium (with amount), error.
Comma-separated files use a decimal point; ";"-separated files (French Excel) a decimal comma.
Every row in is one row out, in order: a blank line stays a blank row. The encoding is read from the file
(UTF-8, UTF-16 with a BOM, otherwise Windows-1252) and the book is written back in it.

  -o, --output FILE    write there instead of to standard output; FILE is replaced only once the
                       whole book is written, and left as it was if the run fails or is interrupted
  --mpr                add an mpr column after rate: the OECD minimum premium rate (BPI.MPR) for the
                       row's country, debtor and x as horizon, standard product, 95 % cover
  --allow-errors       exit 0 even when some rows have an error
  --escape-formulas    write cells that Excel would run as formulas (=, +, -, @, tab, CR first) with a
                       leading ' (for books of untrusted origin)
  --encoding NAME      utf-8, utf-16le, utf-16be or windows-1252, instead of reading it from the file
  -h, --help           show this help

Exit codes: 0 all rows priced, 1 some rows have an error, 2 a problem with the call or the file.`;

/** Files from this size get a progress bar (on a terminal). */
const PROGRESS_FROM_BYTES = 16 << 20;
const SIGNALS = { SIGHUP: 1, SIGINT: 2, SIGTERM: 15 } as const;

interface Options {
  input: string;
  output: string | undefined;
  allowErrors: boolean;
  escapeFormulas: boolean;
  mpr: boolean;
  encoding: EncodingName | undefined;
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
        'escape-formulas': { type: 'boolean' },
        mpr: { type: 'boolean' },
        encoding: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message, true);
  }
  const v = parsed.values;
  if (v.help) return 'help';
  if (parsed.positionals.length !== 1) {
    throw new UsageError(parsed.positionals.length === 0 ? 'no input file given' : `one input file expected, got ${parsed.positionals.length}`, true);
  }
  return {
    input: parsed.positionals[0],
    output: v.output,
    allowErrors: v['allow-errors'] ?? false,
    escapeFormulas: v['escape-formulas'] ?? false,
    mpr: v.mpr ?? false,
    encoding: v.encoding === undefined ? undefined : encodingOption(v.encoding),
  };
}

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** On SIGINT, SIGTERM or SIGHUP: the temporary output goes, the target stays as it was, and the exit says which signal. */
function onSignals(destination: Destination): () => void {
  const handlers = Object.entries(SIGNALS).map(([signal, number]) => {
    const handler = () => {
      destination.abort();
      process.stderr.write(`bpi-price: interrupted (${signal}): ${destination.aborted}\n`);
      process.exit(128 + number);
    };
    process.on(signal, handler);
    return () => process.off(signal, handler);
  });
  return () => handlers.forEach((off) => off());
}

/** A failure of the pipeline as the user reads it: what could not be read or written, and why. */
function failure(e: unknown, where: string, destination: Destination): Error {
  if (e instanceof UsageError) return new UsageError(`${where}: ${e.message}`);
  const err = e as NodeJS.ErrnoException;
  if (typeof err?.code === 'string' && typeof err.syscall === 'string') {
    const reading = err.syscall === 'read' || err.syscall === 'open';
    return new UsageError(reading ? `cannot read ${where}: ${reason(err)}` : `cannot write ${destination.name}: ${reason(err)}`);
  }
  return e as Error;
}

async function main(argv: string[]): Promise<number> {
  const started = process.hrtime.bigint();
  const options = readOptions(argv);
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const where = options.input === '-' ? 'standard input' : options.input;
  const input = await openInput(options.input, options.encoding);
  const destination = openDestination(options.output, input.stat);
  const offSignals = onSignals(destination);

  const counts: Counts = { rows: 0, priced: 0, blank: 0, errors: 0, formulas: 0, firstFormulaLine: 0 };
  const book = new BookPricer(
    {
      dialect: input.dialect,
      encode: encoder(input.encoding.name),
      fit: fitter(input.encoding.name),
      bom: input.encoding.bom,
      escapeFormulas: options.escapeFormulas,
      mpr: options.mpr,
      lfOnly: input.lfOnly,
    },
    counts,
  );
  const progress = progressBar(input.size, process.stderr, PROGRESS_FROM_BYTES);
  if (progress.active) {
    input.bytes.on('data', (chunk: Buffer) => {
      progress.advance(chunk.length);
      progress.rows(counts.rows);
    });
  }
  try {
    await pipeline(input.bytes, new Decoder(input.encoding, input.bomLength), book, destination.stream);
    destination.commit();
  } catch (e) {
    destination.abort();
    const err = e as NodeJS.ErrnoException;
    if (err?.code === 'EPIPE' && options.output === undefined) return 0; // the reader of stdout stopped reading (| head)
    const f = failure(e, where, destination);
    if (f instanceof UsageError) f.message += `\n${options.output === undefined ? 'nothing more was written to standard output' : destination.aborted}`;
    throw f;
  } finally {
    progress.stop();
    offSignals();
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stderr.write(
    `${count(counts.rows, 'row')} in: ${counts.priced.toLocaleString('en')} priced, ${counts.blank.toLocaleString('en')} blank, ` +
      `${counts.errors.toLocaleString('en')} in error, in ${seconds.toFixed(1)} s\n`,
  );
  if (counts.formulas > 0) {
    const cells = count(counts.formulas, 'cell');
    process.stderr.write(
      options.escapeFormulas
        ? `bpi-price: ${cells} beginning with =, +, -, @, tab or CR written with a leading ' (the first on line ${counts.firstFormulaLine})\n`
        : `bpi-price: warning: ${cells} of the book begin${counts.formulas === 1 ? 's' : ''} with =, +, -, @, tab or CR (the first on line ${counts.firstFormulaLine}): ` +
            `Excel may run ${counts.formulas === 1 ? 'it as a formula' : 'them as formulas'} when it opens the book; --escape-formulas writes them with a leading '\n`,
    );
  }
  if (process.env.BPI_PRICE_REPORT_RSS) process.stderr.write(`peak RSS ${process.resourceUsage().maxRSS} KB\n`);
  return counts.errors > 0 && !options.allowErrors ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`bpi-price: ${e.message.replace(/\n/g, '\nbpi-price: ')}\n${e.help ? 'Run bpi-price --help for the columns and options.\n' : ''}`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`bpi-price: internal error: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 3;
  },
);
