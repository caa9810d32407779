import { numError, valueError } from './errors';
import { CellValue, Dec, isBlank, readNonNegative, toExcelNumber } from './numbers';
import { DEAL_TERMS } from './tables/dealTerms';

/**
 * The credit term x for credits that are not a plain straight-line, half-yearly schedule from the first
 * drawdown: a waiting period (II-J) and a non-standard amortization (II-K). Results are x in years,
 * unrounded, ready for BPI.RATE.
 */

const WAITING_COEFFICIENT = new Dec(DEAL_TERMS.waitingPeriodCoefficient);
/** The term of a straight-line half-yearly credit with weighted average life W is 2W − 0.5 (its WAL is (T + 0.5)/2). */
const HALF_YEAR = new Dec('0.5');

/** II-J: x = repayment term + 0.5 × (first drawdown → start of repayment); blank drawdown is 0. */
export function horizon(repaymentYears: CellValue, drawdownYears: CellValue): number {
  const repayment = readNonNegative('repayment_years', repaymentYears, 'term');
  const waiting = isBlank(drawdownYears) ? new Dec(0) : readNonNegative('drawdown_years', drawdownYears, 'period');
  return toExcelNumber(repayment.add(waiting.mul(WAITING_COEFFICIENT)));
}

/** The values of a list up to its last non-blank one: trailing blanks are unused rows of the range. */
function filledPart(list: readonly CellValue[]): readonly CellValue[] {
  let end = list.length;
  while (end > 0 && isBlank(list[end - 1])) end--;
  return list.slice(0, end);
}

/**
 * II-K: the term of the standard (straight-line, half-yearly) credit with the same weighted average life
 * as the schedule: WAL = Σ tᵢ·aᵢ / Σ aᵢ, x = max(0, 2·WAL − 0.5). `times` are years from the starting
 * point of repayment, `amounts` the principal repaid at each, paired by position. Blanks after the last
 * value of a list are ignored; a blank before it is an error (a gap in a schedule is more likely a mistake
 * than an unused row).
 */
export function equivalentTerm(times: readonly CellValue[], amounts: readonly CellValue[]): number {
  const t = filledPart(times);
  const a = filledPart(amounts);
  if (t.length === 0) throw valueError('emptyTimes', { arg: 'times' });
  if (a.length === 0) throw valueError('emptyAmounts', { arg: 'amounts' });
  if (t.length !== a.length) {
    throw valueError('scheduleLengths', { timesArg: 'times', amountsArg: 'amounts', times: t.length, amounts: a.length });
  }
  let weighted = new Dec(0);
  let total = new Dec(0);
  for (let i = 0; i < t.length; i++) {
    const ti = readNonNegative(`times item ${i + 1}`, t[i], 'time');
    const ai = readNonNegative(`amounts item ${i + 1}`, a[i], 'amount');
    weighted = weighted.add(ti.mul(ai));
    total = total.add(ai);
  }
  if (total.isZero()) throw numError('scheduleRepaysNothing', { arg: 'amounts' });
  const wal = weighted.div(total);
  return toExcelNumber(Dec.max(0, wal.mul(2).sub(HALF_YEAR)));
}
