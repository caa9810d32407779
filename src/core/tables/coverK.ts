/**
 * Premium calculation, March 2018, II-I: the coefficient k of the percentage-of-cover rule, per country
 * category as printed (1 to 7). Category 0 prices on the 0/1 row, so it takes category 1's k.
 * Note: the note prints 0.0037 for category 2 where the OECD Arrangement publishes 0.00337; the product
 * prices as Bpifrance does (SPEC §6).
 */
export const COVER_K = {
  edition: '2018-03',
  source: 'Premium calculation, March 2018, II-I',
  k: { '1': '0', '2': '0.0037', '3': '0.00489', '4': '0.01639', '5': '0.03657', '6': '0.05878', '7': '0.08598' },
} as const;
