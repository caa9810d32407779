/**
 * The OECD Arrangement on Officially Supported Export Credits, Annex VI: k of the percentage-of-cover factor
 * PCF, per country risk category 1 to 7, as published. BPI.MPR prices with it. It is the note's k (Premium
 * calculation, March 2018, II-I) in every category but 2: the OECD publishes 0.00337, the note 0.0037, so
 * BPI.CHECK uses category 2's to recognise a rate computed with the OECD's figure (never for the note's
 * pricing). test/core/oecdMpr.test.ts compares the two rows.
 */
export const OECD_COVER_K = {
  source: 'OECD Arrangement on Officially Supported Export Credits, Annex VI',
  k: { '1': '0', '2': '0.00337', '3': '0.00489', '4': '0.01639', '5': '0.03657', '6': '0.05878', '7': '0.08598' },
} as const;
