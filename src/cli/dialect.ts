/**
 * The CSV dialect of a book, read from its header line: comma-separated with a decimal point (what most
 * systems export), or semicolon-separated with a decimal comma (what Excel writes in French and other
 * locales whose list separator is ";"). The output is written in the dialect of the input.
 */
export interface Dialect {
  /** The field separator. */
  delimiter: ',' | ';';
  /** The decimal mark of numbers in cells: "," in the ";" dialect, "." otherwise. */
  decimalMark: '.' | ',';
  /** The header line's end, written back for every record (CRLF, LF and CR all end a record on input). */
  recordDelimiter: '\r\n' | '\n' | '\r';
}

/**
 * Reads the header line as it arrives, in pieces of text, however long it is. Separators inside quotes do
 * not count; the header is ";"-separated when it has more ";" than "," outside quotes.
 */
export class HeaderScanner {
  private semicolons = 0;
  private commas = 0;
  private quoted = false;
  private pendingCR = false;
  private lineEnd: Dialect['recordDelimiter'] | null = null;
  /** Characters of the header seen so far (for its size limit). */
  length = 0;

  /** Reads the next piece of text; true once the header line has ended. */
  feed(text: string): boolean {
    for (let i = 0; i < text.length && this.lineEnd === null; i++, this.length++) {
      const ch = text[i];
      if (this.pendingCR) {
        this.lineEnd = ch === '\n' ? '\r\n' : '\r';
        break;
      }
      if (ch === '"')
        this.quoted = !this.quoted; // a doubled quote toggles twice: still inside
      else if (this.quoted) continue;
      else if (ch === ';') this.semicolons++;
      else if (ch === ',') this.commas++;
      else if (ch === '\n') this.lineEnd = '\n';
      else if (ch === '\r') this.pendingCR = true;
    }
    return this.lineEnd !== null;
  }

  /** The dialect, once the header has ended or the input has (a header alone with no line end: LF). */
  dialect(): Dialect {
    const delimiter = this.semicolons > this.commas ? ';' : ',';
    const recordDelimiter = this.lineEnd ?? (this.pendingCR ? '\r' : '\n');
    return { delimiter, decimalMark: delimiter === ';' ? ',' : '.', recordDelimiter };
  }

  /** The input ended inside a quoted header field. */
  get unclosedQuote(): boolean {
    return this.quoted;
  }
}

/** The dialect of a whole header text (tests, and callers that have it). */
export function detectDialect(start: string): Dialect {
  const scanner = new HeaderScanner();
  scanner.feed(start.replace(/^\ufeff/, ''));
  return scanner.dialect();
}
