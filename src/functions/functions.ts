/*
 * The BPI custom functions: what Excel sees (names, parameters, descriptions) is generated from the JSDoc
 * below by custom-functions-metadata into functions.json. Each function is a few lines over the core:
 * argument names for messages, broadcasting over ranges, per-cell Excel errors.
 * Every parameter is declared any[][] so that any argument may be a range (SPEC §3).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as core from '../core/pricing';
import { explainRate } from '../core/explain';
import { Arg, broadcast, optional, required, singleValues } from './broadcast';
import { excelRuntime, toExcelError } from './runtime';

// The metadata plugin appends CustomFunctions.associate(...) calls to this file; they go to Excel's
// runtime, or to a stand-in where the page runs outside Excel.
const CustomFunctions = excelRuntime();

/**
 * Premium rate of Bpifrance export credit insurance, as a fraction (1.01% is 0.0101), rounded half up at the third decimal of the percentage as the note says.
 * @customfunction RATE
 * @param {any[][]} country OECD country category, an integer 0-7 (0 = former category 0, indicative).
 * @param {any[][]} debtor Debtor category: SOV+, SOV/CCO, CC1, CC2, CC3, CC4 or CC5 (for bank guarantees and L/C, the bank's).
 * @param {any[][]} x Term in years, unrounded: the credit term, execution period, bond validity or time to due date, depending on type.
 * @param {any[][]} [type] NONPAYMENT (default), INTERRUPTION, ENVELOPE, BOND, LC, CASH or CLAIMS.
 * @param {any[][]} [options] Options as "NAME=VALUE; ...": COVER, PCP, PCC, POLITICAL, CONSTRUCTION, CASHLC, ESCROW, LOCALCCY, ASSIGNMENT, MOBILE, FIXED, LOCALESCROW.
 * @returns {any[][]} The premium rate as a fraction; one per row when ranges are given.
 */
export function rate(country: any[][], debtor: any[][], x: any[][], type?: any[][], options?: any[][]): any[][] {
  return broadcast(rateArgs(country, debtor, x, type, options), (v) => core.rate(v[0], v[1], v[2], v[3], v[4]));
}

/**
 * Every step of a premium rate, from the coefficients looked up to the rounded rate, as label and value rows.
 * @customfunction EXPLAIN
 * @param {any[][]} country OECD country category, an integer 0-7.
 * @param {any[][]} debtor Debtor category: SOV+, SOV/CCO, CC1 ... CC5.
 * @param {any[][]} x Term in years, unrounded.
 * @param {any[][]} [type] NONPAYMENT (default), INTERRUPTION, ENVELOPE, BOND, LC, CASH or CLAIMS.
 * @param {any[][]} [options] Options as "NAME=VALUE; ..." (see BPI.RATE).
 * @returns {any[][]} Two columns: step and value; the last row is the rate BPI.RATE gives.
 */
export function explain(country: any[][], debtor: any[][], x: any[][], type?: any[][], options?: any[][]): any[][] {
  try {
    const v = singleValues(rateArgs(country, debtor, x, type, options));
    return explainRate(v[0], v[1], v[2], v[3], v[4]);
  } catch (e) {
    throw toExcelError(e);
  }
}

/**
 * Debtor category (CC1 to CC5) of a non-sovereign debtor from its score, by the note's matrix.
 * @customfunction CATEGORY
 * @param {any[][]} score Rating: S&P/Fitch (AAA ... C) or Moody's (Aaa ... C).
 * @param {any[][]} country OECD country category, an integer 0-7 (0 uses the column of category 1).
 * @returns {any[][]} CC1, CC2, CC3, CC4 or CC5.
 */
export function category(score: any[][], country: any[][]): any[][] {
  return broadcast([required('score', score), required('country', country)], (v) => core.category(v[0], v[1]));
}

/**
 * Published coefficients a and b of the premium formula T = a·x + b, in percentage points.
 * @customfunction COEF
 * @param {any[][]} country OECD country category, an integer 0-7 (0 and 1 share the row 0/1).
 * @param {any[][]} debtor Debtor category: SOV+, SOV/CCO, CC1 ... CC5.
 * @param {any[][]} [type] NONPAYMENT (default) or another type; INTERRUPTION and BOND use the interruption table.
 * @returns {any[][]} Two columns: a and b; one row per input row.
 */
export function coef(country: any[][], debtor: any[][], type?: any[][]): any[][] {
  const args = [required('country', country), required('debtor', debtor), optional('type', type)];
  return broadcast(args, (v) => core.coefficients(v[0], v[1], v[2]), 2);
}

/**
 * Percentage-of-cover factors (II-I): the factor applied to the country-risk share and to the debtor-risk share.
 * @customfunction COVERADJ
 * @param {any[][]} pc_political Percentage of cover for political causes of loss, e.g. 100% (above 0, at most 100%).
 * @param {any[][]} pc_commercial Percentage of cover for commercial causes of loss; leave blank for the same as pc_political.
 * @param {any[][]} country OECD country category, an integer 0-7.
 * @returns {any[][]} Two columns: country-risk share factor and debtor-risk share factor.
 */
export function coveradj(pc_political: any[][], pc_commercial: any[][], country: any[][]): any[][] {
  const args = [required('pc_political', pc_political), optional('pc_commercial', pc_commercial), required('country', country)];
  return broadcast(args, (v) => core.coverAdjustment(v[0], v[1], v[2]), 2);
}

function rateArgs(country: any[][], debtor: any[][], x: any[][], type?: any[][], options?: any[][]): Arg[] {
  return [
    required('country', country),
    required('debtor', debtor),
    required('x', x),
    optional('type', type),
    optional('options', options),
  ];
}

