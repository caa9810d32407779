/*
 * Excel's YEARFRAC on whole days, exactly (src/core/yearFraction.ts): hand-worked day counts, and every
 * basis against HyperFormula's YEARFRAC (which implements Excel's) on generated pairs of dates.
 */
import assert from 'node:assert/strict';
import { HyperFormula } from 'hyperformula';
import { DayCountBasis, civilDate, serialOf, yearFraction } from '../../src/core/yearFraction';
import { ratioToNumber } from '../../src/core/exact';
import { seededRandom } from '../harness/deals';
import { LICENSE_KEY } from '../harness/hyperformula';

/** The Excel serial of a date, from JavaScript's own calendar (independent of the code under test). */
export const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
const yf = (a: number, b: number, basis: DayCountBasis) => ratioToNumber(yearFraction(a, b, basis));

describe('core: Excel date serials', () => {
  it('maps serials to calendar dates and back as Excel does from 1 March 1900 on', () => {
    assert.equal(serialOf(1900, 3, 1), 61);
    assert.equal(serialOf(9999, 12, 31), 2_958_465);
    assert.equal(serialOf(2026, 1, 15), 46_037);
    for (let s = 61; s < 2_958_466; s += 997) {
      const d = new Date((s - 25_569) * 86_400_000);
      assert.deepEqual(civilDate(s), { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() }, String(s));
      assert.equal(serialOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), s);
    }
  });
});

describe('core: yearFraction (YEARFRAC on whole days)', () => {
  it('basis 1 within one calendar year: the days over that year’s length (2024 is a leap year)', () => {
    // 2024-01-01 → 2024-07-01: 31 + 29 + 31 + 30 + 31 + 30 = 182 days, over 366
    assert.deepEqual(yearFraction(serial(2024, 1, 1), serial(2024, 7, 1), 1), { num: 182n, den: 366n });
    // 2025-01-01 → 2025-07-01: 181 days over 365
    assert.deepEqual(yearFraction(serial(2025, 1, 1), serial(2025, 7, 1), 1), { num: 181n, den: 365n });
  });

  it('basis 1 across a year end, at most a year apart: 366 only if a 29 February lies between', () => {
    // 2023-12-01 → 2024-06-01: 31 + 31 + 29 + 31 + 30 + 31 = 183 days, 29 Feb 2024 inside: 183/366 = 0.5
    assert.equal(yf(serial(2023, 12, 1), serial(2024, 6, 1), 1), 0.5);
    // 2023-07-01 → 2024-01-01: 31 + 31 + 30 + 31 + 30 + 31 = 184 days, no 29 February: 184/365
    assert.equal(yf(serial(2023, 7, 1), serial(2024, 1, 1), 1), 184 / 365);
  });

  it('basis 1 over more than a year: the average length of the calendar years spanned', () => {
    // 2023-03-01 → 2025-03-01: 731 days; years 2023, 2024, 2025 hold 365 + 366 + 365 = 1096 days, so the
    // average year is 1096/3 days and yf = 731 × 3 / 1096 = 2193/1096
    assert.deepEqual(yearFraction(serial(2023, 3, 1), serial(2025, 3, 1), 1), { num: 2193n, den: 1096n });
  });

  it('basis 3 is days over 365 in any year, basis 2 over 360', () => {
    // 2024-01-01 → 2024-07-01: 182 days
    assert.equal(yf(serial(2024, 1, 1), serial(2024, 7, 1), 3), 182 / 365);
    assert.equal(yf(serial(2024, 1, 1), serial(2024, 7, 1), 2), 182 / 360);
  });

  it('basis 0 (US 30/360) with Excel’s end-of-month rules, basis 4 (European) without the February one', () => {
    // 31 Jan → 31 Jul: both 31sts count as 30ths: 6 months = 180 days = 0.5
    assert.equal(yf(serial(2025, 1, 31), serial(2025, 7, 31), 0), 0.5);
    // 29 Feb 2024 (last of February) counts as the 30th; 31 Aug stays 31 (the start was not a 30th or 31st):
    // 6 × 30 + (31 − 30) = 181 days
    assert.equal(yf(serial(2024, 2, 29), serial(2024, 8, 31), 0), 181 / 360);
    // European: 29 stays 29, 31 becomes 30: 6 × 30 + (30 − 29) = 181 days too; 28 Feb → 31 Mar 2025:
    // US: 30 (end of Feb) → 31 (kept): 30 + 1 = 31 days; European: 28 → 30: 30 + 2 = 32 days
    assert.equal(yf(serial(2024, 2, 29), serial(2024, 8, 31), 4), 181 / 360);
    assert.equal(yf(serial(2025, 2, 28), serial(2025, 3, 31), 0), 31 / 360);
    assert.equal(yf(serial(2025, 2, 28), serial(2025, 3, 31), 4), 32 / 360);
    // both ends the last of February: 28 Feb 2025 → 29 Feb 2028, both 30ths: 3 × 360 = 1080 days = 3
    assert.equal(yf(serial(2025, 2, 28), serial(2028, 2, 29), 0), 3);
  });

  it('agrees with HyperFormula’s YEARFRAC on 2,000 generated pairs, every basis', () => {
    const random = seededRandom(21);
    const day = (y: number, m: number) => {
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      const pick = [1, 15, 28, 29, 30, 31, last, 1 + Math.floor(random() * last)][Math.floor(random() * 8)];
      return Math.min(pick, last);
    };
    const rows: unknown[][] = [];
    const pairs: [number, number, DayCountBasis][] = [];
    for (let i = 0; i < 2000; i++) {
      const y = 2000 + Math.floor(random() * 60);
      const m = 1 + Math.floor(random() * 12);
      const a = serial(y, m, day(y, m));
      const span = [0, 1, 2, 5, 40][Math.floor(random() * 5)];
      const y2 = y + Math.floor(random() * (span + 1));
      const m2 = 1 + Math.floor(random() * 12);
      const b = Math.max(a, serial(y2, m2, day(y2, m2)));
      const basis = (i % 5) as DayCountBasis;
      pairs.push([a, b, basis]);
      rows.push([a, b, basis, `=YEARFRAC(A${i + 1},B${i + 1},C${i + 1})`]);
    }
    const hf = HyperFormula.buildFromArray(rows as never, { licenseKey: LICENSE_KEY, smartRounding: false });
    try {
      pairs.forEach(([a, b, basis], i) => {
        const theirs = hf.getCellValue({ sheet: 0, row: i, col: 3 }) as number;
        const ours = yf(a, b, basis);
        const where = `YEARFRAC(${a}, ${b}, ${basis})`;
        // Bases 0, 2, 3, 4 and basis 1 within a year are one division of integers in both: the same double.
        // Basis 1 over years divides by a rounded average year in HyperFormula: a few ulps.
        if (basis === 1 && civilDate(b).year - civilDate(a).year >= 1)
          assert.ok(Math.abs(ours - theirs) <= 4e-16 * Math.max(1, theirs), `${where}: ${ours} vs ${theirs}`);
        else assert.equal(ours, theirs, where);
      });
    } finally {
      hf.destroy();
    }
  });
});
