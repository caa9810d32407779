/*
 * Child process of the benchmark (figure 8): builds 1,000,000 rows with per-row options texts and, in
 * mode "spill", prices them in one BPI.RATE call through the built bundle; prints the peak RSS as JSON.
 * The columns are built directly (no row tuples), as Excel hands them over: one [value] array per cell.
 */
import { dealRows } from '../test/harness/deals';
import { loadWorkbook } from '../test/harness/excel';

const N = 1_000_000;
const BLOCK = 10_000;
const mode = process.argv[2] ?? 'spill';
const cols: unknown[][][] = [[], [], [], [], []];
for (let start = 0; start < N; start += BLOCK) {
  dealRows(BLOCK, 8 + start).forEach((r, k) => {
    const i = start + k;
    const type = r[3] ?? 'NONPAYMENT';
    const mitigable = type === 'NONPAYMENT' || type === 'ENVELOPE' || type === 'LC' || type === 'CASH';
    const options = `COVER=${((800 + (i % 201)) / 10).toFixed(1)}%${mitigable && i % 2 === 1 ? '; MOBILE=10%' : ''}`;
    cols[0].push([r[0]]);
    cols[1].push([r[1]]);
    cols[2].push([r[2]]);
    cols[3].push([type]);
    cols[4].push([options]);
  });
}
const wb = loadWorkbook();
const t0 = Date.now();
let numbers = 0;
if (mode === 'spill') {
  const out = wb.grid('RATE', ...cols);
  for (const c of out) if (typeof c[0] === 'number') numbers++;
}
const ms = Date.now() - t0;
console.log(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, ms, numbers }));
