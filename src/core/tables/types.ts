/** Column order of the published coefficient tables (debtor risk categories). */
export const DEBTOR_CATEGORIES = ['SOV+', 'SOV/CCO', 'CC1', 'CC2', 'CC3', 'CC4', 'CC5'] as const;
export type DebtorCategory = (typeof DEBTOR_CATEGORIES)[number];

/** Row order of the published coefficient tables: country categories 0 and 1 share the row "0/1". */
export const COUNTRY_ROWS = ['0/1', '2', '3', '4', '5', '6', '7'] as const;
export type CountryRow = (typeof COUNTRY_ROWS)[number];

/**
 * A table of simplified coefficients exactly as printed: each cell is the printed decimal text, or
 * null where the note prints "-" (no coefficient published for that pair). Text, not numbers, so that
 * the decimal arithmetic starts from the printed digits and the transcription test compares text.
 */
export interface CoefficientTable {
  readonly name: string;
  /** Edition of the note the table comes from. */
  readonly edition: string;
  /** Section of the note that prints the table. */
  readonly source: string;
  readonly a: Readonly<Record<CountryRow, readonly (string | null)[]>>;
  readonly b: Readonly<Record<CountryRow, readonly (string | null)[]>>;
}
