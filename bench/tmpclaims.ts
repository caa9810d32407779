import { loadWorkbook } from '../test/harness/excel';
import { dealRows } from '../test/harness/deals';
import { NONPAYMENT_TABLE } from '../src/core/tables/nonpayment';
import { COUNTRY_ROWS, DEBTOR_CATEGORIES } from '../src/core/tables/types';
const rows = dealRows(100000, 12).map((r) => [r[0], r[1], r[2], r[3] ?? 'NONPAYMENT', null]);
const claimsRows = rows.map((r, i) => {
  const contract = 1_000_000 + (i % 977) * 1000;
  const claims = Math.round(contract * ((i % 200) / 1000) * 100) / 100;
  const debtorOk = NONPAYMENT_TABLE.a[COUNTRY_ROWS[Math.max((r[0] as number) - 1, 0)]][DEBTOR_CATEGORIES.indexOf(r[1] as never)] !== null;
  return [claims, contract, r[0], debtorOk ? r[1] : 'SOV/CCO', r[2]];
});
const cols = (rs: unknown[][], n: number) => Array.from({ length: n }, (_, j) => rs.map((r) => [r[j]]));
const wb = loadWorkbook();
const cc = cols(claimsRows, 5), pc = cols(rows, 5);
let best = [Infinity, Infinity];
for (let k = 0; k < 15; k++) {
  let t = performance.now(); wb.grid('CLAIMSPREMIUM', ...cc); const a = performance.now() - t;
  t = performance.now(); if (!process.env.ONLY) wb.grid('RATE', ...pc); const b = performance.now() - t;
  best = [Math.min(best[0], a), Math.min(best[1], b)];
}
console.log('claims', best[0].toFixed(1), 'rate', best[1].toFixed(1), (best[0] / best[1]).toFixed(2));
