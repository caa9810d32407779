/**
 * Where the pricing inputs are in a book: header names as RATE's parameters, case-insensitive and trimmed.
 * `score` stands in for `debtor` (priced through CATEGORY). Other columns are passed through.
 */
export interface Columns {
  country: number;
  /** The debtor category column, or -1 when the book gives a score instead. */
  debtor: number;
  /** The score column, or -1. */
  score: number;
  x: number;
  type: number;
  options: number;
  amount: number;
  /** The share of the premium financed in the credit (TRUE/FALSE or a share), or -1: none. */
  financed: number;
}

/** A problem with how the command was called or with the file itself: exit code 2, nothing written. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The message ends with a pointer to --help (for the columns and options). */
    readonly help = false,
  ) {
    super(message);
  }
}

/** The columns of a book; `added` are those bpi-price writes (rate, error…), which the book may not have. */
export function findColumns(header: readonly string[], added: readonly string[] = ['rate', 'premium', 'error']): Columns {
  const names = header.map((h) => h.trim().toLowerCase());
  const at = (name: string) => {
    const first = names.indexOf(name);
    if (first >= 0 && names.indexOf(name, first + 1) >= 0) {
      throw new UsageError(`the header has two "${name}" columns (columns ${first + 1} and ${names.indexOf(name, first + 1) + 1})`);
    }
    return first;
  };
  const columns: Columns = {
    country: at('country'),
    debtor: at('debtor'),
    score: at('score'),
    x: at('x'),
    type: at('type'),
    options: at('options'),
    amount: at('amount'),
    financed: at('financed'),
  };
  const missing = [
    columns.country < 0 ? 'country' : null,
    columns.debtor < 0 && columns.score < 0 ? 'debtor (or score)' : null,
    columns.x < 0 ? 'x' : null,
  ].filter((m): m is string => m !== null);
  if (missing.length > 0) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing[missing.length - 1]}`;
    throw new UsageError(
      `missing required column${missing.length > 1 ? 's' : ''} ${list}; the header has ${header.map((h) => JSON.stringify(h)).join(', ')}`,
      true,
    );
  }
  for (const name of added) {
    if (names.includes(name)) throw new UsageError(`the header already has a "${name}" column, which bpi-price writes`);
  }
  return columns;
}
