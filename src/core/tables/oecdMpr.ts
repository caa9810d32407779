/**
 * The OECD Arrangement on Officially Supported Export Credits, Annex VI ("Calculation of the minimum premium
 * rates for country risk category 1–7 transactions"), as reproduced in Regulation (EU) No 1233/2011, Annex II
 * (consolidated text of 31 December 2023): the coefficients and factors of the minimum premium rate
 *
 *   MPR = {[(a·HOR + b)·max(PCC, PCP)/0.95]·(1 − LCF) + [c·PCC/0.95·HOR·(1 − CEF)]}·QPF·PCF·BTSF·(1 − TERM)
 *
 * as text (read as exact decimals), in percentage points like the note's coefficients. k of PCF is in
 * oecdCoverK.ts. The coefficients were transcribed from a public calculator (github.com/khue-tram/ECA-Premium-Rate,
 * eca_premium_calculator.py), not from a primary copy; test/core/oecdMpr.test.ts derives every one of the
 * note's 86 non-payment coefficients (Premium calculation, March 2018, I-C-1) from them, which corroborates
 * both transcriptions cell by cell.
 */
import type { DebtorCategory } from './types';

/** The country risk categories the Arrangement prices by formula (category 0 is priced on market benchmarks). */
export const OECD_COUNTRIES = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type OecdCountry = (typeof OECD_COUNTRIES)[number];

/** The product qualities of QPF, worst first. */
export const QUALITIES = ['BELOW', 'STANDARD', 'ABOVE'] as const;
export type Quality = (typeof QUALITIES)[number];

/** The buyer categories with a buyer risk coefficient c, in column order; SOV+ and SOV/CCO have c = 0. */
export const OECD_BUYER_COLUMNS = ['CC1', 'CC2', 'CC3', 'CC4', 'CC5'] as const satisfies readonly DebtorCategory[];

export const OECD_MPR = {
  source: 'OECD Arrangement on Officially Supported Export Credits, Annex VI (Regulation (EU) No 1233/2011, Annex II)',
  edition: 'consolidated text of 2023-12-31',
  /** a_i, the country risk coefficient (percentage points per year of HOR). */
  a: { '1': '0.090', '2': '0.200', '3': '0.350', '4': '0.550', '5': '0.740', '6': '0.900', '7': '1.100' },
  /** b_i, the constant (percentage points). */
  b: { '1': '0.350', '2': '0.350', '3': '0.350', '4': '0.350', '5': '0.750', '6': '1.200', '7': '1.800' },
  /** c_in, the buyer risk coefficient of CC1 … CC5; null where the category has no such buyer category. */
  c: {
    //   CC1      CC2      CC3      CC4      CC5
    '1': ['0.110', '0.200', '0.270', '0.405', '0.630'],
    '2': ['0.120', '0.212', '0.320', '0.459', '0.675'],
    '3': ['0.110', '0.223', '0.320', '0.495', '0.720'],
    '4': ['0.100', '0.234', '0.350', '0.540', '0.810'],
    '5': ['0.100', '0.246', '0.380', '0.621', null],
    '6': ['0.100', '0.258', '0.480', null, null],
    '7': ['0.125', '0.271', null, null, null],
  } as Readonly<Record<OecdCountry, readonly (string | null)[]>>,
  /**
   * QPF_i, the quality-of-product factor, as [below standard, standard, above standard]: below standard is
   * insurance without cover of interest during the claims waiting period, standard insurance with it (or
   * direct lending), above standard an unconditional guarantee.
   */
  qpf: {
    '1': ['0.9965', '1', '1.0035'],
    '2': ['0.9935', '1', '1.0065'],
    '3': ['0.9850', '1', '1.0150'],
    '4': ['0.9825', '1', '1.0175'],
    '5': ['0.9825', '1', '1.0175'],
    '6': ['0.9800', '1', '1.0200'],
    '7': ['0.9800', '1', '1.0200'],
  } as Readonly<Record<OecdCountry, readonly [string, string, string]>>,
  /** BTSF, the better-than-sovereign factor of SOV+ (1 for every other buyer). */
  betterThanSovereign: '0.9',
  /** The percentage of cover the rates are for, and the step of PCF: PCF = 1 + ((max(PCC, PCP) − 0.95)/0.05)·k above it. */
  standardCover: '0.95',
  coverStep: '0.05',
  /** LCF at most: local currency, on the country part only. */
  localCurrencyMax: '0.20',
  /** The credit enhancements on the buyer part, each at most (asset-based and fixed-asset security not together). */
  enhancementMax: { ASSIGNMENT: '0.10', MOBILE: '0.25', FIXED: '0.15', LOCALESCROW: '0.10' },
  /** CEF, their sum, at most. */
  enhancementCap: '0.35',
  /** TERM, the term adjustment factor (2023), at most. */
  termMax: '0.15',
} as const;
