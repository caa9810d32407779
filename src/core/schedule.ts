import { numError, valueError } from './errors';
import { CellValue, isBlank, readNonNegative, toExcelNumber } from './numbers';
import * as X from './exact';
import { DEAL_TERMS } from './tables/dealTerms';

/**
 * The credit term x for credits that are not a plain straight-line, half-yearly schedule from the first
 * drawdown: a waiting period (II-J) and a non-standard amortization (II-K). Results are x in years,
 * unrounded, ready for BPI.RATE.
 */

const WAITING_COEFFICIENT = X.parseFixed(DEAL_TERMS.waitingPeriodCoefficient);

/** II-J: x = repayment term + 0.5 × (first drawdown → start of repayment); blank drawdown is 0. */
export function horizon(repaymentYears: CellValue, drawdownYears: CellValue): number {
  const repayment = readNonNegative('repayment_years', repaymentYears, 'term');
  const waiting = isBlank(drawdownYears) ? X.ZERO : readNonNegative('drawdown_years', drawdownYears, 'period');
  return toExcelNumber(X.add(repayment, X.mul(waiting, WAITING_COEFFICIENT)));
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
  let weighted = X.ZERO;
  let total = X.ZERO;
  for (let i = 0; i < t.length; i++) {
    const ti = readNonNegative(`times item ${i + 1}`, t[i], 'time');
    const ai = readNonNegative(`amounts item ${i + 1}`, a[i], 'amount');
    weighted = X.add(weighted, X.mul(ti, ai));
    total = X.add(total, ai);
  }
  if (total.n === 0n) throw numError('scheduleRepaysNothing', { arg: 'amounts' });
  // The term of a straight-line half-yearly credit with weighted average life W is 2W − 0.5 (its WAL is
  // (T + 0.5)/2). With W = weighted / total, 2W − 0.5 = (4·weighted − total) / (2·total): one fraction of
  // exact decimals, rounded once, to the nearest double (W itself need not terminate: times 1, 2, 3 repaid
  // 1, 3, 2 give W = 13/6).
  const numerator = X.sub(X.mul(weighted, X.fixed(4n)), total);
  if (X.sign(numerator) <= 0) return 0; // x is never below 0
  return toExcelNumber(X.ratio(numerator, X.mul(total, X.fixed(2n))));
}
