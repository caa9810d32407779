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
  /** The input began with a UTF-8 byte order mark (Excel's "CSV UTF-8"); the output gets one too. */
  bom: boolean;
  /** The record delimiter of the header line, written back for every record. */
  recordDelimiter: '\r\n' | '\n';
}

const BOM = '\ufeff';

/**
 * Reads the dialect from the start of the file (at least its header line). Separators inside quotes do not
 * count; the header is ";"-separated when it has more ";" than "," outside quotes.
 */
export function detectDialect(start: string): Dialect {
  const bom = start.startsWith(BOM);
  const text = bom ? start.slice(1) : start;
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  let recordDelimiter: Dialect['recordDelimiter'] = '\n';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted; // a doubled quote toggles twice: still inside
    else if (quoted) continue;
    else if (ch === ';') semicolons++;
    else if (ch === ',') commas++;
    else if (ch === '\n') {
      recordDelimiter = i > 0 && text[i - 1] === '\r' ? '\r\n' : '\n';
      break;
    }
  }
  const delimiter = semicolons > commas ? ';' : ',';
  return { delimiter, decimalMark: delimiter === ';' ? ',' : '.', bom, recordDelimiter };
}
