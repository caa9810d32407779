/**
 * The OECD Arrangement on Officially Supported Export Credits, Annex VI: k of the percentage-of-cover rule
 * where it differs from the one the note prints (Premium calculation, March 2018, II-I). Only country
 * category 2 differs: the OECD publishes 0.00337, the note 0.0037. Used by BPI.CHECK to recognise a rate
 * computed with the OECD's figure; never for pricing.
 */
export const OECD_COVER_K = {
  source: 'OECD Arrangement on Officially Supported Export Credits, Annex VI',
  k: { '2': '0.00337' },
} as const;
