/*
 * A small CSV reader of the tests' own (RFC 4180 with CRLF, LF and CR all ending a record), so that
 * bpi-price's output is checked by other code than the csv-parse it is read and written with. It also
 * says how each record ended, for the line-end checks.
 */

export interface Read {
  records: string[][];
  /** The line end after each record ('' for a last record with none). */
  ends: string[];
}

export function readCsv(text: string, delimiter = ','): Read {
  const records: string[][] = [];
  const ends: string[] = [];
  let i = text.startsWith('\ufeff') ? 1 : 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error(`unclosed quote in test CSV at ${i}`);
          if (text[i] === '"') {
            if (text[i + 1] === '"') {
              field += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field += text[i++];
        }
      } else {
        while (i < text.length && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') {
          if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}: ${JSON.stringify(text.slice(i - 10, i + 10))}`);
          field += text[i++];
        }
      }
      record.push(field);
      if (text[i] === delimiter) {
        i++;
        continue;
      }
      break;
    }
    records.push(record);
    const end = text.startsWith('\r\n', i) ? '\r\n' : text[i] === '\n' || text[i] === '\r' ? text[i] : '';
    if (end === '' && i < text.length) throw new Error(`garbage after a field at ${i}`);
    ends.push(end);
    i += end.length;
  }
  return { records, ends };
}

/** The records as objects by header name. */
export function rowsOf(text: string, delimiter = ','): Record<string, string>[] {
  const [header, ...body] = readCsv(text, delimiter).records;
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
