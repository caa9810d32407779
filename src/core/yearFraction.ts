import { numError, valueError } from './errors';
import { CellValue, isBlank, readExact, readInteger, scanNumber } from './numbers';
import * as X from './exact';

/**
 * Excel's YEARFRAC on whole days, as an exact fraction: a date is an Excel date serial (the 1900 date
 * system: serial 61 is 1 March 1900), times of day are dropped as YEARFRAC drops them, and each basis is
 * the day count Excel applies (its rules for US 30/360 and actual/actual as Excel computes them, not the
 * textbook conventions of the same names).
 */

/** 1 March 1900: below it Excel's calendar holds the 29 February 1900 that never was. */
export const FIRST_SERIAL = 61;
/** 31 December 9999, Excel's last date. */
export const LAST_SERIAL = 2_958_465;
/** Days from 1970-01-01 to Excel's day 0 of the 1900 system counted from 1 March 1900 on (1899-12-30). */
const UNIX_OFFSET = 25_569;

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

/** The calendar date of a serial (from FIRST_SERIAL on), by the days-to-civil algorithm of the Gregorian calendar. */
export function civilDate(serial: number): CivilDate {
  const z = serial - UNIX_OFFSET + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The serial of a calendar date (the inverse of civilDate). */
export function serialOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468 + UNIX_OFFSET;
}

/** A date as messages write it: ISO "2026-01-15" (French shows 15/01/2026, src/i18n/errors.ts). */
export function isoDate(serial: number): string {
  const d = civilDate(serial);
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * A date cell's value as a whole-day serial: a number (or numeric text) from 1 March 1900 to 31 December
 * 9999, its time of day dropped. Text that is not a number ("2026-01-15") is #VALUE!: a text date would be
 * read in some locale, and the date cell the user meant gives its serial.
 */
export function readDate(arg: string, v: CellValue): number {
  if (typeof v === 'boolean' || (typeof v === 'string' && !isBlank(v) && scanNumber(v) === null)) throw valueError('notDate', { arg, got: v });
  const whole = X.floor(readExact(arg, v).fixed);
  if (whole < BigInt(FIRST_SERIAL) || whole > BigInt(LAST_SERIAL)) throw numError('dateRange', { arg, got: v });
  return Number(whole);
}

/** Day-count basis codes, as YEARFRAC's: 0 US 30/360, 1 actual/actual, 2 actual/360, 3 actual/365, 4 European 30/360. */
export type DayCountBasis = 0 | 1 | 2 | 3 | 4;

/** The basis argument: an integer 0–4; blank is `blankDefault`. */
export function readBasis(arg: string, v: CellValue, blankDefault: DayCountBasis): DayCountBasis {
  return isBlank(v) ? blankDefault : (readInteger(arg, v, 0, 4) as DayCountBasis);
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const lastOfFebruary = (d: CivilDate) => d.month === 2 && d.day === (isLeap(d.year) ? 29 : 28);

/** 30/360 day count: US as Excel's YEARFRAC basis 0 (its end-of-month rules), or European (basis 4). */
function days360(a: CivilDate, b: CivilDate, european: boolean): number {
  let d1 = a.day;
  let d2 = b.day;
  if (european) {
    d1 = Math.min(d1, 30);
    d2 = Math.min(d2, 30);
  } else if (d1 === 31) {
    d1 = 30;
    if (d2 === 31) d2 = 30;
  } else if (d1 === 30 && d2 === 31) {
    d2 = 30;
  } else if (lastOfFebruary(a)) {
    // The last day of February counts as the 30th; so does the end date then, if it is one too.
    d1 = 30;
    if (lastOfFebruary(b)) d2 = 30;
  }
  return 360 * (b.year - a.year) + 30 * (b.month - a.month) + (d2 - d1);
}

/** Whether a 29 February lies between a and b, both included (a and b at most a year apart). */
function includesLeapDay(a: CivilDate, b: CivilDate, start: number, end: number): boolean {
  for (const y of a.year === b.year ? [a.year] : [a.year, b.year]) {
    if (!isLeap(y)) continue;
    const leapDay = serialOf(y, 2, 29);
    if (start <= leapDay && leapDay <= end) return true;
  }
  return false;
}

/**
 * Excel's actual/actual (basis 1): the days over 365 or 366. Within one calendar year, that year's length;
 * dates that look at most a year apart (the next year, on or before the same day and month), 366 if a
 * 29 February lies between them, else 365; further apart, the average length of the calendar years
 * spanned, first and last included: days × n / (days in those n years).
 */
function actualActual(start: number, end: number): X.Ratio {
  const a = civilDate(start);
  const b = civilDate(end);
  const days = BigInt(end - start);
  if (a.year === b.year) return { num: days, den: isLeap(a.year) ? 366n : 365n };
  const withinAYear = a.year + 1 === b.year && (a.month > b.month || (a.month === b.month && a.day >= b.day));
  if (withinAYear) return { num: days, den: includesLeapDay(a, b, start, end) ? 366n : 365n };
  const years = BigInt(b.year - a.year + 1);
  return { num: days * years, den: BigInt(serialOf(b.year + 1, 1, 1) - serialOf(a.year, 1, 1)) };
}

/** YEARFRAC(start, end, basis) for whole-day serials, start ≤ end, exactly. */
export function yearFraction(start: number, end: number, basis: DayCountBasis): X.Ratio {
  switch (basis) {
    case 0:
      return { num: BigInt(days360(civilDate(start), civilDate(end), false)), den: 360n };
    case 1:
      return actualActual(start, end);
    case 2:
      return { num: BigInt(end - start), den: 360n };
    case 3:
      return { num: BigInt(end - start), den: 365n };
    case 4:
      return { num: BigInt(days360(civilDate(start), civilDate(end), true)), den: 360n };
  }
}
