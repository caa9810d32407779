/*
 * Child process of the benchmark (figure 8): builds 1,000,000 rows with per-row options texts and, in
 * mode "plain" or "formatted", prices them in one BPI.RATE call through the built bundle, in a host without
 * formatted values or one with them (ExcelApi 1.19, CustomFunctionsRuntime 1.4); prints the peak RSS as JSON.
 * The columns hold what Excel's custom-functions runtime hands over, and no more: columns sized up front,
 * one [value] array per cell, a flat string per options cell (each row its own text object; JSON.parse, by
 * which the runtime receives the cells, makes the same), the short debtor and type names shared (V8's JSON
 * reader shares strings of up to 10 characters). The garbage of building them (row tuples, text pieces) is
 * collected as it goes and before the spill: it is the harness's, not Excel's.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { dealRows } from '../test/harness/deals';
import { loadWorkbook, officeStandIn } from '../test/harness/excel';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const N = 1_000_000;
const BLOCK = 10_000;
const mode = process.argv[2] ?? 'formatted';
/** A flat copy of a string built by concatenation (a rope of several objects until flattened). */
const flat = (s: string) => Buffer.from(s, 'latin1').toString('latin1');
const cols: unknown[][][] = Array.from({ length: 5 }, () => new Array<unknown[]>(N));
for (let start = 0; start < N; start += BLOCK) {
  dealRows(BLOCK, 8 + start).forEach((r, k) => {
    const i = start + k;
    const type = r[3] ?? 'NONPAYMENT';
    const mitigable = type === 'NONPAYMENT' || type === 'ENVELOPE' || type === 'LC' || type === 'CASH';
    cols[0][i] = [r[0]];
    cols[1][i] = [r[1]];
    cols[2][i] = [r[2]];
    cols[3][i] = [type];
    cols[4][i] = [flat(`COVER=${((800 + (i % 201)) / 10).toFixed(1)}%${mitigable && i % 2 === 1 ? '; MOBILE=10%' : ''}`)];
  });
  if ((start / BLOCK) % 20 === 19) gc();
}
const wb = loadWorkbook(undefined, mode === 'formatted' ? { office: officeStandIn({ CustomFunctionsRuntime: '1.4', ExcelApi: '1.19' }) } : {});
gc();
const inputsMB = process.memoryUsage().heapUsed / 1048576;
const t0 = Date.now();
let numbers = 0;
if (mode !== 'inputs') {
  // The result as the bundle returns it to Excel's runtime (the harness's copy into this realm is not Excel's).
  const out = wb.raw('RATE', ...cols) as unknown[][];
  for (const c of out) if (typeof c[0] === 'number' || (typeof c[0] === 'object' && c[0] !== null && 'basicValue' in c[0])) numbers++;
}
const ms = Date.now() - t0;
console.log(JSON.stringify({ maxRssMB: process.resourceUsage().maxRSS / 1024, ms, numbers, inputsHeapMB: Math.round(inputsMB) }));
