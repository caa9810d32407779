/*
 * BPI.SCHEDULETERM and BPI.SPREAD in a sheet, against the same quantities written with the engine's own
 * functions: HyperFormula's YEARFRAC (which implements Excel's, every basis) in a SUMPRODUCT for x, and
 * the discounted sum of outstanding-years in a SUMPRODUCT for the margin. A few hundred generated
 * schedules each; the engine computes in doubles, the add-in exactly, so they agree to a few ulps.
 */
import assert from 'node:assert/strict';
import { DetailedCellError } from 'hyperformula';
import { seededRandom } from '../harness/deals';
import { buildBpiEngine, BpiEngine } from '../harness/hyperformula';

const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
const colName = (c: number): string => (c < 26 ? String.fromCharCode(65 + c) : colName(Math.floor(c / 26) - 1) + String.fromCharCode(65 + (c % 26)));
const MAX = 24; // repayments per schedule (columns), the unused ones blank

const close = (ours: unknown, theirs: unknown, where: string) => {
  assert.equal(typeof ours, 'number', `${where}: ${ours instanceof DetailedCellError ? ours.message : String(ours)}`);
  assert.equal(typeof theirs, 'number', `${where}: reference ${String(theirs)}`);
  const a = ours as number;
  const b = theirs as number;
  assert.ok(Math.abs(a - b) <= 1e-12 * Math.max(1, Math.abs(b)), `${where}: ${a} vs ${b}`);
};

describe('BPI.SCHEDULETERM against YEARFRAC and SUMPRODUCT in HyperFormula', () => {
  const N = 300;
  const random = seededRandom(2101);
  // Row: A first drawdown, B starting point, C basis, D.. dates (MAX), then amounts (MAX), then the two formulas.
  const DATES = 3;
  const AMOUNTS = DATES + MAX;
  const OURS = AMOUNTS + MAX;
  const REF = OURS + 1;
  const rows: unknown[][] = [];
  for (let i = 0; i < N; i++) {
    const y = 2000 + Math.floor(random() * 50);
    const m = 1 + Math.floor(random() * 12);
    const endOfMonth = random() < 0.3;
    const day = (yy: number, mm: number) => (endOfMonth ? new Date(Date.UTC(yy, mm, 0)).getUTCDate() : 1 + Math.floor(random() * 28));
    const drawdown = serial(y, m, day(y, m));
    const wait = Math.floor(random() * 36);
    const start = Math.max(drawdown, serial(y, m + wait, day(y, m + wait)));
    const n = 1 + Math.floor(random() * MAX);
    const step = [1, 3, 6, 12][Math.floor(random() * 4)];
    const dates: number[] = [];
    for (let k = 1; k <= n; k++) dates.push(Math.max(start, serial(y, m + wait + step * k, day(y, m + wait + step * k)) + (random() < 0.1 ? 0.5 : 0)));
    const kind = random();
    const amounts = dates.map((_, k) => (kind < 0.4 ? 1000 : kind < 0.7 ? Math.round(random() * 1e8) / 100 : k === n - 1 ? 5000 : 100)); // straight, irregular, balloon
    const basis = i % 6 === 5 ? null : i % 5;
    const r = i + 1;
    const range = (first: number) => `${colName(first)}${r}:${colName(first + MAX - 1)}${r}`;
    const b = basis === null ? 3 : `C${r}`;
    const row: unknown[] = [drawdown, start, basis];
    for (let k = 0; k < MAX; k++) row[DATES + k] = k < n ? dates[k] : null;
    for (let k = 0; k < MAX; k++) row[AMOUNTS + k] = k < n ? amounts[k] : null;
    row[OURS] = `=BPI.SCHEDULETERM(A${r},B${r},${range(DATES)},${range(AMOUNTS)},C${r})`;
    // x = 0.5 × YEARFRAC(drawdown, start) + MAX(0, 2 × SUMPRODUCT(a, YEARFRAC(start, d)) / SUM(a) − 0.5) over the n filled rows.
    const filled = (first: number) => `${colName(first)}${r}:${colName(first + n - 1)}${r}`;
    row[REF] = `=0.5*YEARFRAC(A${r},B${r},${b})+MAX(0,2*SUMPRODUCT(${filled(AMOUNTS)},YEARFRAC(B${r},${filled(DATES)},${b}))/SUM(${filled(AMOUNTS)})-0.5)`;
    rows.push(row);
  }

  let e: BpiEngine;
  before(() => {
    e = buildBpiEngine({ Schedules: rows }, { useArrayArithmetic: true });
  });
  after(() => e.destroy());

  it(`agrees on ${N} generated schedules (every basis, end-of-month dates, times of day, blank basis = 3)`, () => {
    for (let i = 0; i < N; i++) close(e.hf.getCellValue({ sheet: 0, row: i, col: OURS }), e.hf.getCellValue({ sheet: 0, row: i, col: REF }), `row ${i + 1}`);
  });
});

describe('BPI.SPREAD against the discounted SUMPRODUCT in HyperFormula', () => {
  const N = 300;
  const random = seededRandom(2102);
  // Row: A premium, B discount rate, C 0 (t₀), D.. times (MAX), then outstanding (MAX), then the two formulas.
  const TIMES = 3;
  const OUT = TIMES + MAX;
  const OURS = OUT + MAX;
  const REF = OURS + 1;
  const rows: unknown[][] = [];
  for (let i = 0; i < N; i++) {
    const n = 1 + Math.floor(random() * MAX);
    const step = [0.25, 0.5, 1][Math.floor(random() * 3)];
    const times = Array.from({ length: n }, (_, k) => (k + 1) * step + (random() < 0.2 ? Math.round(random() * 100) / 1000 : 0));
    for (let k = 1; k < n; k++) if (times[k] <= times[k - 1]) times[k] = times[k - 1] + 0.125;
    const principal = Math.round(random() * 1e9) / 100;
    const outstanding = times.map((_, k) => Math.round(((principal * (n - k)) / n) * 100) / 100);
    const rate = i % 4 === 0 ? null : Math.round((random() * 0.25 - 0.05) * 10_000) / 10_000;
    const premium = Math.round(random() * principal * 5) / 100;
    const r = i + 1;
    const row: unknown[] = [premium, rate, 0];
    for (let k = 0; k < MAX; k++) row[TIMES + k] = k < n ? times[k] : null;
    for (let k = 0; k < MAX; k++) row[OUT + k] = k < n ? outstanding[k] : null;
    const span = (first: number, len: number) => `${colName(first)}${r}:${colName(first + len - 1)}${r}`;
    row[OURS] = `=BPI.SPREAD(A${r},${span(TIMES, MAX)},${span(OUT, MAX)},B${r})`;
    // m = premium / SUMPRODUCT(O, t − t_prev, (1 + r)^−t) over the n filled periods.
    row[REF] = `=A${r}/SUMPRODUCT(${span(OUT, n)},${span(TIMES, n)}-${span(TIMES - 1, n)},(1+B${r})^(-${span(TIMES, n)}))`;
    rows.push(row);
  }

  let e: BpiEngine;
  before(() => {
    e = buildBpiEngine({ Spreads: rows }, { useArrayArithmetic: true });
  });
  after(() => e.destroy());

  it(`agrees on ${N} generated schedules (quarterly to yearly, broken periods, rates −5 % to 20 %, blank rate = 0)`, () => {
    for (let i = 0; i < N; i++) close(e.hf.getCellValue({ sheet: 0, row: i, col: OURS }), e.hf.getCellValue({ sheet: 0, row: i, col: REF }), `row ${i + 1}`);
  });
});
