/**
 * Premium calculation, March 2018, I-A: the score range of each debtor risk category (CC1 to CC5) per
 * OECD country category (1 to 7), as printed; "-" where the note prints no range.
 */
export const DEBTOR_MATRIX = {
  edition: '2018-03',
  source: 'Premium calculation, March 2018, I-A',
  //      CC1                  CC2                  CC3                  CC4               CC5
  columns: {
    '1': ['From AAA to AA-', 'From A+ to A-', 'From BBB+ to BBB-', 'From BB+ to BB', 'BB- or below'],
    '2': ['From A+ to A-', 'From BBB+ to BBB-', 'From BB+ to BB', 'BB-', 'B+ or below'],
    '3': ['From BBB+ to BBB-', 'From BB+ to BB', 'BB-', 'B+', 'B or below'],
    '4': ['From BB+ to BB', 'BB-', 'B+', 'B', 'B- or below'],
    '5': ['BB-', 'B+', 'B', 'B- or below', '-'],
    '6': ['B+', 'B', 'B- or below', '-', '-'],
    '7': ['B', 'B- or below', '-', '-', '-'],
  } as Record<string, readonly string[]>,
} as const;
