/**
 * The character encoding of a book, read from its bytes, and the strict decoding of it: UTF-8 (with or
 * without a byte order mark), UTF-16 with a BOM, and otherwise Windows-1252, which French Excel writes for
 * its "CSV (séparateur : point-virgule)". The decoding is iconv-lite's (Node's own validator for UTF-8);
 * a byte the encoding cannot decode stops the run with its line, never a replacement character.
 * Whatever comes in, the parser reads UTF-8, and the book is written back in the encoding it came in.
 */
import { isAscii, isUtf8 } from 'node:buffer';
import { Transform, TransformCallback } from 'node:stream';
import iconv from 'iconv-lite';
import { UsageError } from './columns';

export type EncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface Encoding {
  name: EncodingName;
  /** The input began with a byte order mark; the output gets one too. */
  bom: boolean;
  /** How the encoding was chosen, for the messages. */
  from: 'bom' | 'option' | 'content';
}

const BOMS: ReadonlyArray<[EncodingName, readonly number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

/** The encoding a byte order mark at the start names, and its length; null without one. */
export function bomAt(start: Buffer): { name: EncodingName; length: number } | null {
  for (const [name, bytes] of BOMS) {
    if (start.length >= bytes.length && bytes.every((b, i) => start[i] === b)) return { name, length: bytes.length };
  }
  return null;
}

/** --encoding's names, in the spellings people use. */
const NAMES: Readonly<Record<string, EncodingName>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  utf16le: 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  win1252: 'windows-1252',
};

export function encodingOption(text: string): EncodingName {
  const name = NAMES[text.trim().toLowerCase()];
  if (name === undefined) throw new UsageError(`--encoding must be utf-8, utf-16le, utf-16be or windows-1252, got ${JSON.stringify(text)}`);
  return name;
}

export const ENCODING_LABEL: Readonly<Record<EncodingName, string>> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'Windows-1252',
};

const ICONV_NAME: Readonly<Record<Exclude<EncodingName, 'utf-8'>, string>> = {
  'utf-16le': 'utf16le',
  'utf-16be': 'utf16be',
  'windows-1252': 'win1252',
};

/** The length of buf without an incomplete UTF-8 sequence at its end (which the next chunk completes). */
function completeLength(buf: Buffer): number {
  const n = buf.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const b = buf[i];
    if (b < 0x80) return n;
    if (b >= 0xc0) return i + (b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2) <= n ? n : i;
  }
  return n;
}

/** How far past the first non-ASCII byte the bytes are looked at to tell UTF-8 from Windows-1252. */
const GUESS_WINDOW = 64 << 10;

/**
 * Without a BOM: null while all is ASCII (both encodings read it alike). From the first non-ASCII byte,
 * UTF-8 unless no non-ASCII byte there starts a valid UTF-8 sequence: Windows-1252 text (é is the byte
 * E9) almost never does, and UTF-8 with a stray byte still reads as UTF-8, so that the stray byte stops the
 * run with its line rather than the whole book being misread.
 */
export function guessEncoding(bytes: Buffer): 'utf-8' | 'windows-1252' | null {
  if (isAscii(bytes)) return null;
  let i = 0;
  while (bytes[i] < 0x80) i++;
  const window = bytes.subarray(i, i + GUESS_WINDOW);
  for (let j = 0; j < window.length; j++) {
    const b = window[j];
    if (b < 0xc2 || b > 0xf4) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    if (j + length <= window.length && isUtf8(window.subarray(j, j + length))) return 'utf-8';
  }
  return 'windows-1252';
}

/** Counts line ends (CRLF, LF, CR) across chunks, for the line a decoding error is on. */
class LineCounter {
  /** The line the next byte is on. */
  line = 1;
  private pendingCR = false;

  /** The line of buf[offset] (buf being the next chunk), without counting it. */
  lineAt(buf: Buffer, offset: number): number {
    return this.line + this.ends(buf, offset).ends;
  }

  add(buf: Buffer): void {
    const { ends, pendingCR } = this.ends(buf, buf.length);
    this.line += ends;
    this.pendingCR = pendingCR;
  }

  private ends(buf: Buffer, end: number): { ends: number; pendingCR: boolean } {
    let ends = 0;
    if (this.pendingCR && end > 0 && buf[0] !== 0x0a) ends++;
    for (let i = buf.indexOf(0x0a); i !== -1 && i < end; i = buf.indexOf(0x0a, i + 1)) ends++;
    let pendingCR = this.pendingCR && end === 0;
    for (let i = buf.indexOf(0x0d); i !== -1 && i < end; i = buf.indexOf(0x0d, i + 1)) {
      if (i === end - 1)
        pendingCR = true; // the next byte tells whether it is a CRLF
      else if (buf[i + 1] !== 0x0a) ends++;
    }
    return { ends, pendingCR };
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Bytes of the book in, UTF-8 out, the BOM left out; a byte that does not decode is a UsageError naming
 * its line. UTF-8 is only validated (Node's isUtf8) and passed on as it is.
 */
export class Decoder extends Transform {
  private readonly lines = new LineCounter();
  private carry: Buffer | null = null;
  private skipBom: number;
  private readonly decoder: iconv.DecoderStream | null;
  private oddByte = false;

  constructor(
    private readonly encoding: Encoding,
    bomLength: number,
  ) {
    super();
    this.skipBom = bomLength;
    this.decoder = encoding.name === 'utf-8' ? null : iconv.getDecoder(ICONV_NAME[encoding.name], { stripBOM: false });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.skipBom > 0) {
      const skip = Math.min(this.skipBom, chunk.length);
      this.skipBom -= skip;
      chunk = chunk.subarray(skip);
    }
    try {
      const out = this.decoder === null ? this.utf8(chunk) : this.decoded(chunk);
      this.lines.add(out);
      done(null, out);
    } catch (e) {
      done(e as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      if (this.carry !== null) this.fail(this.carry, 0, `the file ends inside a UTF-8 character (byte ${hex(this.carry[0])})`);
      if (this.decoder !== null) {
        const rest = this.decoder.end() ?? '';
        if (this.oddByte) throw new UsageError(`line ${this.lines.line}: the file ends with half a UTF-16 character (an odd number of bytes)`);
        if (rest !== '') done(null, this.text(rest, Buffer.alloc(0)));
        else done();
      } else done();
    } catch (e) {
      done(e as Error);
    }
  }

  private utf8(chunk: Buffer): Buffer {
    let buf = this.carry === null ? chunk : Buffer.concat([this.carry, chunk]);
    this.carry = null;
    const cut = completeLength(buf);
    if (cut < buf.length) {
      this.carry = Buffer.from(buf.subarray(cut));
      buf = buf.subarray(0, cut);
    }
    if (!isUtf8(buf)) {
      const at = badUtf8Offset(buf);
      const hint = this.encoding.from === 'option' ? '' : '; if the book is in Windows-1252, run with --encoding windows-1252';
      this.fail(buf, at, `byte ${hex(buf[at])} is not UTF-8${hint}`);
    }
    return buf;
  }

  private decoded(chunk: Buffer): Buffer {
    if (this.encoding.name !== 'windows-1252') this.oddByte = (chunk.length % 2 === 1) !== this.oddByte;
    return this.text(this.decoder!.write(chunk), chunk);
  }

  /** Decoded text as UTF-8, once checked: Windows-1252 leaves 5 bytes undefined, UTF-16 pairs its surrogates. */
  private text(text: string, chunk: Buffer): Buffer {
    if (this.encoding.name === 'windows-1252') {
      const at = text.indexOf('\ufffd'); // one character a byte: at is the byte's offset
      if (at >= 0) this.fail(chunk, at, `byte ${hex(chunk[at])} is not a Windows-1252 character`);
    } else if (!(text as unknown as { isWellFormed(): boolean }).isWellFormed()) {
      const at = LONE_SURROGATE.exec(text)!.index;
      const before = Buffer.from(text.slice(0, at));
      throw new UsageError(
        `line ${this.lines.lineAt(before, before.length)}: invalid UTF-16 (a lone surrogate U+${text.charCodeAt(at).toString(16).toUpperCase()})`,
      );
    }
    return Buffer.from(text);
  }

  private fail(buf: Buffer, at: number, what: string): never {
    throw new UsageError(`line ${this.lines.lineAt(buf, at)}: ${what}`);
  }
}

/** The offset of the first byte in buf that does not start a valid UTF-8 sequence (buf is not valid UTF-8). */
function badUtf8Offset(buf: Buffer): number {
  const text = buf.toString('utf8');
  // Node's decoder replaces each bad sequence with U+FFFD; a U+FFFD the book holds is the bytes EF BF BD.
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) {
    const at = Buffer.byteLength(text.slice(0, i));
    if (!(buf[at] === 0xef && buf[at + 1] === 0xbf && buf[at + 2] === 0xbd)) return at;
  }
  return 0;
}

/** Text out in the book's encoding: UTF-8 as it is, the others through iconv-lite. */
export function encoder(name: EncodingName): (text: string) => string | Buffer {
  if (name === 'utf-8') return (text) => text;
  const iconvName = ICONV_NAME[name];
  return (text) => iconv.encode(text, iconvName);
}

/**
 * The text bpi-price adds (error messages), made writable in the book's encoding: in Windows-1252 a
 * character it lacks (≤, →) is written as its ASCII stand-in, or "?". The book's own cells came in that
 * encoding and go back as they came.
 */
export function fitter(name: EncodingName): (text: string) => string {
  if (name !== 'windows-1252') return (text) => text;
  const STAND_INS: Readonly<Record<string, string>> = { '≤': '<=', '≥': '>=', '→': '->', '−': '-', '⁻': '-' };
  const fits = new Map<string, boolean>();
  const fit = (c: string) => {
    let ok = fits.get(c);
    if (ok === undefined) fits.set(c, (ok = iconv.decode(iconv.encode(c, 'win1252'), 'win1252') === c));
    return ok;
  };
  return (text) => {
    if (!/[^\p{ASCII}\xa0-\xff]/u.test(text)) return text; // ASCII and Latin-1's letters: all in Windows-1252
    return Array.from(text, (c) => (fit(c) ? c : (STAND_INS[c] ?? '?'))).join('');
  };
}
