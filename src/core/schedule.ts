import { numError, valueError } from './errors';
import { CellValue, isBlank, readNonNegative, toExcelNumber } from './numbers';
import * as X from './exact';
import { DayCountBasis, isoDate, readBasis, readDate, yearFraction } from './yearFraction';
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
 * Two lists paired by position, each up to its last non-blank value; an empty list or lists of different
 * lengths are #VALUE! with the message of the function's own terms.
 */
export function pairedLists(
  first: readonly CellValue[],
  second: readonly CellValue[],
  check: (firstLength: number, secondLength: number) => void,
): [readonly CellValue[], readonly CellValue[]] {
  const a = filledPart(first);
  const b = filledPart(second);
  check(a.length, b.length);
  return [a, b];
}

/**
 * II-K: the term of the standard (straight-line, half-yearly) credit with the same weighted average life
 * as the schedule: WAL = Σ tᵢ·aᵢ / Σ aᵢ, x = max(0, 2·WAL − 0.5). `times` are years from the starting
 * point of repayment, `amounts` the principal repaid at each, paired by position. Blanks after the last
 * value of a list are ignored; a blank before it is an error (a gap in a schedule is more likely a mistake
 * than an unused row).
 */
export function equivalentTerm(times: readonly CellValue[], amounts: readonly CellValue[]): number {
  const [t, a] = pairedLists(times, amounts, (nt, na) => {
    if (nt === 0) throw valueError('emptyTimes', { arg: 'times' });
    if (na === 0) throw valueError('emptyAmounts', { arg: 'amounts' });
    if (nt !== na) throw valueError('scheduleLengths', { timesArg: 'times', amountsArg: 'amounts', times: nt, amounts: na });
  });
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

// --- BPI.SCHEDULETERM (issue 21): II-J and II-K from the deal's own dates --------------------------------

/** Blank basis: actual/365, the plain reading of "in years or an unrounded fraction of a year" (docs/readings.md). */
export const SCHEDULE_DEFAULT_BASIS: DayCountBasis = 3;

/**
 * x = 0.5 × yf(first drawdown, starting point) + max(0, 2 × WAL − 0.5), WAL = Σ aₖ·yf(starting point, dₖ)
 * / Σ aₖ, yf Excel's YEARFRAC for `basis` on whole days. Every yf is a fraction of integers, so x is one
 * fraction, rounded once to the nearest double. Dates are checked in order: the starting point not before
 * the first drawdown, no repayment before the starting point.
 */
export function scheduleTerm(
  firstDrawdown: CellValue,
  startingPoint: CellValue,
  repaymentDates: readonly CellValue[],
  amounts: readonly CellValue[],
  basis: CellValue,
): number {
  const drawdown = readDate('first_drawdown', firstDrawdown);
  const start = readDate('starting_point', startingPoint);
  if (start < drawdown) {
    throw numError('dateBefore', { arg: 'starting_point', otherArg: 'first_drawdown', otherDate: isoDate(drawdown), gotDate: isoDate(start) });
  }
  const b = readBasis('day_count', basis, SCHEDULE_DEFAULT_BASIS);
  const [d, a] = pairedLists(repaymentDates, amounts, (nd, na) => {
    if (nd === 0) throw valueError('emptyDates', { arg: 'repayment_dates' });
    if (na === 0) throw valueError('emptyAmounts', { arg: 'amounts' });
    if (nd !== na) throw valueError('scheduleDateLengths', { datesArg: 'repayment_dates', amountsArg: 'amounts', dates: nd, amounts: na }, 'amounts');
  });
  let weighted: X.Ratio = { num: 0n, den: 1n }; // Σ aₖ·yfₖ
  let total = X.ZERO; // Σ aₖ
  for (let i = 0; i < d.length; i++) {
    const arg = `repayment_dates item ${i + 1}`;
    const di = readDate(arg, d[i]);
    if (di < start) throw numError('dateBefore', { arg, otherArg: 'starting_point', otherDate: isoDate(start), gotDate: isoDate(di) });
    const ai = readNonNegative(`amounts item ${i + 1}`, a[i], 'amount');
    weighted = X.addRatio(weighted, X.mulRatio(X.ratioOf(ai), yearFraction(start, di, b)));
    total = X.add(total, ai);
  }
  if (total.n === 0n) throw numError('scheduleRepaysNothing', { arg: 'amounts' });
  // 2·WAL − 0.5 = (4·weighted − total) / (2·total), never below 0 (as EQUIVTERM); plus half the drawdown period.
  const sum = X.ratioOf(total);
  const term = X.divRatio(X.addRatio(X.mulRatio(weighted, { num: 4n, den: 1n }), { num: -sum.num, den: sum.den }), X.mulRatio(sum, { num: 2n, den: 1n }));
  const waiting = X.mulRatio(yearFraction(drawdown, start, b), { num: 1n, den: 2n });
  return toExcelNumber(term.num > 0n ? X.addRatio(waiting, term) : waiting);
}
