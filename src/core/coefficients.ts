import { CountryCategory, countryRow, noCoefficient } from './categories';
import { Dec } from './numbers';
import { COVER_K } from './tables/coverK';
import { CoefficientTable, DEBTOR_CATEGORIES, DebtorCategory } from './tables/types';

export interface Coefficients {
  /** As printed, e.g. "0.564". */
  readonly aText: string;
  readonly bText: string;
  readonly a: Dec;
  readonly b: Dec;
}

/** The published a and b for a country category and debtor category; #N/A where the note prints "-". */
export function lookupCoefficients(table: CoefficientTable, country: CountryCategory, debtor: DebtorCategory, reportedCountry = country): Coefficients {
  const row = countryRow(country);
  const col = DEBTOR_CATEGORIES.indexOf(debtor);
  const aText = table.a[row][col];
  const bText = table.b[row][col];
  if (aText === null || bText === null) throw noCoefficient(table.name, reportedCountry, debtor, country, pricedDebtors(table, country));
  return { aText, bText, a: new Dec(aText), b: new Dec(bText) };
}

/** The debtor categories the note prices in a country category (the row's cells other than "-"), in column order. */
export function pricedDebtors(table: CoefficientTable, country: CountryCategory): DebtorCategory[] {
  const row = countryRow(country);
  return DEBTOR_CATEGORIES.filter((_, i) => table.a[row][i] !== null && table.b[row][i] !== null);
}

/** k of the percentage-of-cover rule (II-I) for a country category; category 0 takes category 1's (0). */
export function coverK(country: CountryCategory): Dec {
  const key = String(Math.max(country, 1)) as keyof typeof COVER_K.k;
  return new Dec(COVER_K.k[key]);
}
