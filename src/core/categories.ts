import { notAvailable, valueError } from './errors';
import { CellValue, asciiName, readInteger } from './numbers';
import { DEBTOR_MATRIX } from './tables/debtorMatrix';
import { CountryRow, DEBTOR_CATEGORIES, DebtorCategory } from './tables/types';

export type CountryCategory = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** OECD country category, an integer 0–7 (0 = former category 0, market benchmarks). */
export function readCountry(v: CellValue, arg = 'country'): CountryCategory {
  return readInteger(arg, v, 0, 7) as CountryCategory;
}

/** The published row a country category prices on: 0 and 1 share "0/1". */
export function countryRow(country: CountryCategory): CountryRow {
  return country <= 1 ? '0/1' : (String(country) as CountryRow);
}

/** Every accepted spelling, upper-case: the categories, and SOV and CCO for SOV/CCO. */
const DEBTOR_NAMES = new Map<string, DebtorCategory>([...DEBTOR_CATEGORIES.map((c) => [c, c] as const), ['SOV', 'SOV/CCO'], ['CCO', 'SOV/CCO']]);

/** Debtor risk category, case-insensitive (ASCII) and trimmed; SOV and CCO stand for SOV/CCO. */
export function readDebtor(v: CellValue, arg = 'debtor'): DebtorCategory {
  if (typeof v === 'string') {
    const found = DEBTOR_NAMES.get(v) ?? DEBTOR_NAMES.get(asciiName(arg, v));
    if (found) return found;
  }
  throw valueError('unknownDebtor', { arg, categories: DEBTOR_CATEGORIES.join(', '), got: v });
}

export function isPrivate(debtor: DebtorCategory): boolean {
  return debtor !== 'SOV+' && debtor !== 'SOV/CCO';
}

/** The S&P/Fitch scale, best first; a score's index is its rank. */
export const SP_SCALE = [
  'AAA',
  'AA+',
  'AA',
  'AA-',
  'A+',
  'A',
  'A-',
  'BBB+',
  'BBB',
  'BBB-',
  'BB+',
  'BB',
  'BB-',
  'B+',
  'B',
  'B-',
  'CCC+',
  'CCC',
  'CCC-',
  'CC',
  'C',
] as const;
/** Moody's equivalents, rank for rank. */
export const MOODYS_SCALE = [
  'Aaa',
  'Aa1',
  'Aa2',
  'Aa3',
  'A1',
  'A2',
  'A3',
  'Baa1',
  'Baa2',
  'Baa3',
  'Ba1',
  'Ba2',
  'Ba3',
  'B1',
  'B2',
  'B3',
  'Caa1',
  'Caa2',
  'Caa3',
  'Ca',
  'C',
] as const;

const RANK = new Map<string, number>();
SP_SCALE.forEach((s, i) => RANK.set(s.toUpperCase(), i));
MOODYS_SCALE.forEach((s, i) => RANK.set(s.toUpperCase(), i));
const DEFAULTED = new Set(['D', 'SD', 'RD']);

/** Rank of a score on the scale (0 = AAA/Aaa … 20 = C). */
export function readScore(v: CellValue, arg = 'score'): number {
  if (typeof v === 'string') {
    const t = asciiName(arg, v);
    const rank = RANK.get(t);
    if (rank !== undefined) return rank;
    if (DEFAULTED.has(t)) {
      throw valueError('defaultRating', { arg, got: v });
    }
  }
  throw valueError('unknownRating', { arg, got: v });
}

/** The rank a printed matrix cell starts at ("From BB+ to BB" → BB+, "B- or below" → B-), or null for "-". */
function cellStartRank(cell: string): number | null {
  if (cell === '-') return null;
  const m = /^(?:From (\S+) to \S+|(\S+) or below|(\S+))$/.exec(cell);
  const start = m && (m[1] ?? m[2] ?? m[3]);
  const rank = start ? RANK.get(start.toUpperCase()) : undefined;
  if (rank === undefined) throw new Error(`unreadable debtor matrix cell "${cell}"`);
  return rank;
}

/** Per country column (1–7), the first rank of CC1…CC5 (null where no range is printed). */
const CLASS_STARTS: Record<string, (number | null)[]> = Object.fromEntries(
  Object.entries(DEBTOR_MATRIX.columns).map(([col, cells]) => [col, cells.map(cellStartRank)]),
);

const PRIVATE_CLASSES = ['CC1', 'CC2', 'CC3', 'CC4', 'CC5'] as const;

/**
 * The debtor category of a non-sovereign debtor from its score and the country category (I-A): the worst
 * class whose range starts at or above the score. Better than the best range is CC1; "or below" runs to C;
 * category 0 uses column 1.
 */
export function categoryFromScore(scoreRank: number, country: CountryCategory): DebtorCategory {
  const starts = CLASS_STARTS[String(Math.max(country, 1))];
  let found: DebtorCategory = 'CC1';
  starts.forEach((start, i) => {
    if (start !== null && scoreRank >= start) found = PRIVATE_CLASSES[i];
  });
  return found;
}

/** Checks that a row/column pair is published; the message names the pair. */
export function noCoefficient(
  table: string,
  country: CountryCategory,
  debtor: DebtorCategory,
  pricedAs: CountryCategory | undefined,
  priced: readonly DebtorCategory[],
) {
  const lowered = pricedAs !== undefined && pricedAs !== country;
  // Say what the user can do: the debtor categories the note does price there.
  const pair = { table, debtor, country };
  // About the debtor: the category the note does not price there (the user changes it, or the country).
  if (priced.length === 0)
    return lowered ? notAvailable('noCoefficientLowered', { ...pair, pricedAs }, 'debtor') : notAvailable('noCoefficient', pair, 'debtor');
  const list = priced.join(', ');
  return lowered
    ? notAvailable('noCoefficientLoweredPriced', { ...pair, pricedAs, priced: list }, 'debtor')
    : notAvailable('noCoefficientPriced', { ...pair, priced: list }, 'debtor');
}
