/*
 * Deal rows for the sheet tests and the benchmark: a realistic book (countries 0–7, debtors whose cell
 * the note publishes, every type, x from 0 to 15 years with 2–4 decimals as YEARFRAC gives, a few options)
 * and hand-derived cases whose expected rate is worked out in the comment from the note's tables.
 */
import { NONPAYMENT_TABLE } from '../../src/core/tables/nonpayment';
import { INTERRUPTION_TABLE } from '../../src/core/tables/interruption';
import { COUNTRY_ROWS, DEBTOR_CATEGORIES } from '../../src/core/tables/types';

/** country, debtor, x, type (null = NONPAYMENT), options (null = none): the arguments of BPI.RATE. */
export type DealRow = [country: number, debtor: string, x: number, type: string | null, options: string | null];

export interface HandCase {
  readonly row: DealRow;
  readonly rate: number;
  readonly why: string;
}

/** Worked by hand from the note's tables (95 % cover unless said otherwise). */
export const HAND_CASES: readonly HandCase[] = [
  { row: [3, 'CC3', 1, null, null], rate: 0.0101, why: 'T = 0.660·1 + 0.345 = 1.005 % → 1.01 %' },
  {
    row: [3, 'CC2', 5, 'NONPAYMENT', 'COVER=100%'],
    rate: 0.0335,
    why: 'S = 0.345·5 + 0.345 = 2.07, T = 0.564·5 + 0.345 = 3.165, C = 1 + ((1 − 0.95)/0.05)·0.00489 = 1.00489, R = 3.165·(1/0.95)·1.00489 = 3.3478… → 3.35 %',
  },
  { row: [1, 'SOV/CCO', 10.9, null, 'COVER=97.5%'], rate: 0.0137, why: '(0.090·10.9 + 0.349)·0.975/0.95 = 1.33·39/38 = 1.365 % exactly → 1.37 %' },
  { row: [1, 'CC3', 1, null, null], rate: 0.0071, why: 'T = 0.359·1 + 0.349 = 0.708 % → 0.71 %' },
  { row: [3, 'CC2', 2, 'INTERRUPTION', null], rate: 0.0063, why: 'interruption table: 0.125·2 + 0.384 = 0.634 % → 0.63 %' },
  { row: [4, 'CC1', 0.1, 'ENVELOPE', null], rate: 0.005, why: "x' = 0.25: 0.639·0.25 + 0.344 = 0.50375 % → 0.50 %" },
  { row: [2, 'SOV/CCO', 2, null, null], rate: 0.0075, why: 'T = 0.199·2 + 0.348 = 0.746 % → 0.75 %' },
];

const TYPES = ['NONPAYMENT', 'NONPAYMENT', 'NONPAYMENT', 'INTERRUPTION', 'ENVELOPE', 'BOND', 'LC', 'CASH', 'CLAIMS'] as const;
const OPTIONS = [null, null, null, null, null, 'COVER=100%', 'MOBILE=25%', 'COVER=100%; MOBILE=25%', 'PCC=97.5%', 'LOCALCCY=20%'];
const MITIGABLE = new Set(['NONPAYMENT', 'ENVELOPE', 'LC', 'CASH']);

/** A small deterministic generator (LCG), so every run prices the same book. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** n realistic rows: only published cells, options only where the type allows them. */
export function dealRows(n: number, seed = 42): DealRow[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const rows: DealRow[] = [];
  while (rows.length < n) {
    const country = Math.floor(random() * 8);
    const type = pick(TYPES);
    const table = type === 'INTERRUPTION' || type === 'BOND' ? INTERRUPTION_TABLE : NONPAYMENT_TABLE;
    const row = COUNTRY_ROWS[Math.max(country - 1, 0)];
    const published = DEBTOR_CATEGORIES.filter((_, j) => table.a[row][j] !== null);
    const decimals = 2 + Math.floor(random() * 3);
    const x = Number((random() * 15).toFixed(decimals));
    const option = MITIGABLE.has(type) ? pick(OPTIONS) : pick([null, 'COVER=100%']);
    const mobileTooHigh = country === 0 && option?.includes('MOBILE');
    rows.push([country, pick(published), x, type === 'NONPAYMENT' && random() < 0.5 ? null : type, mobileTooHigh ? null : option]);
  }
  return rows;
}
