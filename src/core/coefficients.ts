import { CountryCategory, countryRow, noCoefficient } from './categories';
import { Fixed, parseFixed } from './exact';
import { COVER_K } from './tables/coverK';
import { INTERRUPTION_TABLE } from './tables/interruption';
import { NONPAYMENT_TABLE } from './tables/nonpayment';
import { COUNTRY_ROWS, CoefficientTable, DEBTOR_CATEGORIES, DebtorCategory } from './tables/types';

export interface Coefficients {
  /** As printed, e.g. "0.564". */
  readonly aText: string;
  readonly bText: string;
  /** Exact, and as doubles for the fast path. */
  readonly a: Fixed;
  readonly b: Fixed;
  readonly aNumber: number;
  readonly bNumber: number;
}

/** Every published cell read once, at load (a few hundred small objects): a look-up is two array indexes. */
const READ = new Map<CoefficientTable, (Coefficients | null)[][]>();
function readTable(table: CoefficientTable): (Coefficients | null)[][] {
  let rows = READ.get(table);
  if (rows === undefined) {
    rows = COUNTRY_ROWS.map((r) =>
      DEBTOR_CATEGORIES.map((_, j) => {
        const aText = table.a[r][j];
        const bText = table.b[r][j];
        if (aText === null || bText === null) return null;
        return { aText, bText, a: parseFixed(aText), b: parseFixed(bText), aNumber: Number(aText), bNumber: Number(bText) };
      }),
    );
    READ.set(table, rows);
  }
  return rows;
}
const NONPAYMENT_READ = readTable(NONPAYMENT_TABLE);
const INTERRUPTION_READ = readTable(INTERRUPTION_TABLE);

/** The published a and b for a country category and debtor category; #N/A where the note prints "-". */
export function lookupCoefficients(table: CoefficientTable, country: CountryCategory, debtor: DebtorCategory, reportedCountry = country): Coefficients {
  const found = readTable(table)[country <= 1 ? 0 : country - 1][DEBTOR_CATEGORIES.indexOf(debtor)];
  if (found === null) throw noCoefficient(table.name, reportedCountry, debtor, country, pricedDebtors(table, country));
  return found;
}

/** As lookupCoefficients, null where the note prints "-" (the fast path's look-up: the plan reports it). */
export function findCoefficients(table: CoefficientTable, country: CountryCategory, debtor: DebtorCategory): Coefficients | null {
  // Per row: the two published tables without a Map look-up; the debtor's column by identity among seven.
  const rows = table === NONPAYMENT_TABLE ? NONPAYMENT_READ : table === INTERRUPTION_TABLE ? INTERRUPTION_READ : readTable(table);
  return rows[country <= 1 ? 0 : country - 1][DEBTOR_CATEGORIES.indexOf(debtor)];
}

/** The debtor categories the note prices in a country category (the row's cells other than "-"), in column order. */
export function pricedDebtors(table: CoefficientTable, country: CountryCategory): DebtorCategory[] {
  const row = countryRow(country);
  return DEBTOR_CATEGORIES.filter((_, i) => table.a[row][i] !== null && table.b[row][i] !== null);
}

/** k of the percentage-of-cover rule (II-I) as printed, for a country category; category 0 takes category 1's (0). */
export function coverKText(country: CountryCategory): string {
  const key = String(Math.max(country, 1)) as keyof typeof COVER_K.k;
  return COVER_K.k[key];
}
