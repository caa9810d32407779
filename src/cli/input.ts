/**
 * The book coming in, from a file or from standard input ("-"): its encoding and its dialect, read from its
 * first bytes and its header line (read whole, whatever its length), then all of its bytes from the first,
 * as a stream.
 */
import fs from 'node:fs';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { UsageError } from './columns';
import { Dialect, HeaderScanner } from './dialect';
import { bomAt, Encoding, EncodingName, guessEncoding } from './encoding';

/** csv-parse's bound on a record (and ours on the header line): far above any real row, so a broken file stops early. */
export const MAX_RECORD_BYTES = 16 << 20;
/** From standard input, the encoding is guessed from this much of the start (a file is looked at whole). */
const STDIN_GUESS_BYTES = 1 << 20;

export interface Input {
  /** The book's bytes from its first, BOM included. */
  bytes: Readable;
  encoding: Encoding;
  bomLength: number;
  dialect: Dialect;
  /** The file's size in bytes (0 for standard input). */
  size: number;
  /** The file's identity, to refuse it as the output. */
  stat: fs.Stats | null;
  /** LF is the only line end in the book (a file without a CR byte); otherwise CRLF, LF and CR all are. */
  lfOnly: boolean;
}

export function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    default:
      return err.message;
  }
}

/**
 * One pass over the file, before it is read for good: its encoding when no BOM says it (its first non-ASCII
 * bytes), and whether it holds a CR at all. Without one, LF is the only record end there can be, and the
 * parser is told so: it then tests one record delimiter a byte instead of three.
 */
function scanFile(fd: number, guessing: boolean): { guess: 'utf-8' | 'windows-1252' | null; hasCR: boolean } {
  const buffer = Buffer.alloc(1 << 20);
  let guess: 'utf-8' | 'windows-1252' | null = null;
  let hasCR = false;
  for (let position = 0; ;) {
    const n = fs.readSync(fd, buffer, 0, buffer.length, position);
    if (n === 0) return { guess, hasCR };
    const chunk = buffer.subarray(0, n);
    if (guessing && guess === null) guess = guessEncoding(chunk);
    hasCR ||= chunk.includes(0x0d);
    if (hasCR && (guess !== null || !guessing)) return { guess, hasCR };
    position += n;
  }
}

export async function openInput(name: string, forced: EncodingName | undefined): Promise<Input> {
  const stdin = name === '-';
  let source: Readable;
  let stat: fs.Stats | null = null;
  let fd = -1;
  if (stdin) {
    source = process.stdin;
  } else {
    try {
      fd = fs.openSync(name, 'r');
      stat = fs.fstatSync(fd);
      if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    } catch (e) {
      if (fd >= 0) fs.closeSync(fd);
      throw new UsageError(`cannot read ${name}: ${reason(e)}`);
    }
    source = fs.createReadStream('', { fd, highWaterMark: 1 << 16 });
  }
  const where = stdin ? 'standard input' : name;
  source.on('error', () => {}); // reported where the chunks are read

  // The first chunks, kept to be read again: enough for the BOM, the header line, and from standard input the encoding.
  const chunks: Buffer[] = [];
  let buffered = 0;
  const pull = source[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const more = async (): Promise<boolean> => {
    let next;
    try {
      next = await pull.next();
    } catch (e) {
      throw new UsageError(`cannot read ${where}: ${reason(e)}`);
    }
    if (next.done) return false;
    chunks.push(next.value);
    buffered += next.value.length;
    return true;
  };
  let ended = false;
  while (buffered < 4 && !ended) ended = !(await more());
  const start = Buffer.concat(chunks);
  if (start.length === 0) throw new UsageError(`${where} is empty: a header row is needed`);

  const bom = bomAt(start);
  const scan = stdin ? null : scanFile(fd, forced === undefined && bom === null);
  let chosen: EncodingName;
  let from: Encoding['from'];
  if (forced !== undefined) [chosen, from] = [forced, 'option'];
  else if (bom !== null) [chosen, from] = [bom.name, 'bom'];
  else {
    let guess: ReturnType<typeof guessEncoding>;
    if (scan === null) {
      guess = guessEncoding(start);
      while (guess === null && buffered < STDIN_GUESS_BYTES && !ended) {
        ended = !(await more());
        guess = guessEncoding(chunks[chunks.length - 1]); // the earlier chunks are ASCII
      }
    } else guess = scan.guess;
    [chosen, from] = [guess ?? 'utf-8', 'content'];
  }
  const bomLength = bom !== null && bom.name === chosen ? bom.length : 0;
  const encoding: Encoding = { name: chosen, bom: bomLength > 0, from };

  // The header line, read as text (Windows-1252 and UTF-8 alike: its separators and quotes are ASCII).
  const header = new HeaderScanner();
  const sniff = chosen === 'utf-16le' || chosen === 'utf-16be' ? iconv.getDecoder(chosen === 'utf-16le' ? 'utf16le' : 'utf16be', { stripBOM: false }) : null;
  const text = (chunk: Buffer) => (sniff === null ? chunk.toString('latin1') : sniff.write(chunk));
  let seen = 0;
  let done = false;
  for (let i = 0; !done; i++) {
    if (i === chunks.length && (ended || !(await more()))) {
      ended = true;
      break;
    }
    let chunk = chunks[i];
    if (seen < bomLength) chunk = chunk.subarray(Math.min(chunk.length, bomLength - seen));
    seen += chunks[i].length;
    done = header.feed(text(chunk));
    if (!done && header.length > MAX_RECORD_BYTES) {
      throw new UsageError(
        `line 1: the header row is over ${MAX_RECORD_BYTES >> 20} MiB with no end${header.unclosedQuote ? ' (a quote that is never closed?)' : ''}`,
      );
    }
  }
  if (!done && header.unclosedQuote) throw new UsageError(`line 1: a quote in the header row is never closed`);

  const replay = chunks.slice();
  const bytes = Readable.from(
    (async function* () {
      yield* replay;
      for (;;) {
        const next = await pull.next();
        if (next.done) return;
        yield next.value;
      }
    })(),
    { objectMode: false },
  );
  return { bytes, encoding, bomLength, dialect: header.dialect(), size: stat?.size ?? 0, stat, lfOnly: scan !== null && !scan.hasCR };
}
