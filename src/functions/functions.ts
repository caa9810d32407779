/*
 * The BPI custom functions: what Excel sees (names, parameters, descriptions) is generated from the JSDoc
 * below by custom-functions-metadata into functions.json. Each function is a few lines over the core:
 * argument names for messages, broadcasting over ranges, per-cell Excel errors.
 * Every parameter is declared any[][] so that any argument may be a range (SPEC §3).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import * as core from '../core/pricing';
import * as schedule from '../core/schedule';
import * as premiums from '../core/amounts';
import * as cooperation from '../core/cooperation';
import * as spreads from '../core/spread';
import * as minimum from '../core/mpr';
import { checkRate } from '../core/check';
import { checkExplanation } from '../i18n/check';
import { Arg, broadcast, broadcastNumbers, hasRange, throwingRows, optional, readBlock, readList, required, singleValues } from './broadcast';
import { cellFormat, hostShape, withNumberFormat } from './cellValues';
import { excelRuntime, toExcelError } from './runtime';
import { explainRowsIn } from './explainRows';
import { currentLanguage } from '../i18n/lang';

// The metadata plugin appends CustomFunctions.associate(...) calls to this file; they go to Excel's
// runtime, or to a stand-in where the page runs outside Excel.
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by those appended calls
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
  // A spill of its own: the rows report their errors instead of throwing them (core.RateRows).
  return broadcastNumbers(rateArgs(country, debtor, x, type, options), new core.RateRows(), 10_000, cellFormat('rate'));
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
    // Labels in Office's display language (French in a French Excel), values the same in every language.
    return explainRowsIn(currentLanguage(), singleValues(rateArgs(country, debtor, x, type, options)));
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
  return [required('country', country), required('debtor', debtor), required('x', x), optional('type', type), optional('options', options)];
}

/**
 * Credit term x with a waiting period (II-J): repayment term + 0.5 × time from the first drawdown to the start of repayment.
 * @customfunction HORIZON
 * @param {any[][]} repayment_years Repayment term in years, unrounded (straight-line, half-yearly).
 * @param {any[][]} [drawdown_years] Years from the first drawdown to the starting point of repayment; blank is 0.
 * @returns {any[][]} x in years, unrounded, for BPI.RATE; one per row when ranges are given.
 */
export function horizon(repayment_years: any[][], drawdown_years?: any[][]): any[][] {
  const args = [required('repayment_years', repayment_years), optional('drawdown_years', drawdown_years)];
  return broadcast(args, (v) => schedule.horizon(v[0], v[1]));
}

/**
 * Credit term x for a non-standard repayment schedule (II-K): the straight-line half-yearly term with the same weighted average life, 2 × WAL - 0.5.
 * @customfunction EQUIVTERM
 * @param {any[][]} times Repayment times in years from the starting point of repayment: one row or column.
 * @param {any[][]} amounts Principal repaid at each time: a row or column as long as times. Blanks after the last value are ignored.
 * @returns {any[][]} x in years, unrounded, never below 0.
 */
export function equivterm(times: any[][], amounts: any[][]): any[][] {
  return withExcelErrors(() => [[schedule.equivalentTerm(readList(required('times', times)), readList(required('amounts', amounts)))]]);
}

/**
 * Premium amount: basis × rate rounded to cents; with a share s of the premium financed in the credit, that part is in its own basis (I-C-2): basis × rate / (1 - s × rate).
 * @customfunction PREMIUM
 * @param {any[][]} basis Premium basis (an amount, at least 0).
 * @param {any[][]} rate Premium rate as a fraction, e.g. BPI.RATE(...) or 1.01%; from 0 to below 100%.
 * @param {any[][]} [financed] Share of the premium financed in the credit: TRUE (all), FALSE (none) or 0-100%; blank is FALSE.
 * @returns {any[][]} The premium, rounded half up to cents; one per row when ranges are given.
 */
export function premium(basis: any[][], rate: any[][], financed?: any[][]): any[][] {
  const args = [required('basis', basis), required('rate', rate), optional('financed', financed)];
  return broadcast(args, (v) => premiums.premium(v[0], v[1], v[2]), 1, cellFormat('amount'));
}

/**
 * Premium on claims (II-H): up to 10% of the contract at the CLAIMS rate, the part from 10% to 20% at twice the unrounded rate, rounded once.
 * @customfunction CLAIMSPREMIUM
 * @param {any[][]} claims Guaranteed claim amount (at most 20% of the contract).
 * @param {any[][]} contract Amount of the insured commercial contract.
 * @param {any[][]} country OECD country category, an integer 0-7.
 * @param {any[][]} debtor Debtor category: SOV+, SOV/CCO, CC1 ... CC5.
 * @param {any[][]} x Years from invoicing to due date, unrounded (at least 0.25 is used).
 * @returns {any[][]} The premium, rounded half up to cents; one per row when ranges are given.
 */
export function claimspremium(claims: any[][], contract: any[][], country: any[][], debtor: any[][], x: any[][]): any[][] {
  const args = [required('claims', claims), required('contract', contract), required('country', country), required('debtor', debtor), required('x', x)];
  // Finite amounts, never NaN: a spill of numbers (unit 1).
  return broadcastNumbers(
    args,
    throwingRows((v) => premiums.claimsPremium(v[0], v[1], v[2], v[3], v[4])),
    1,
    cellFormat('amount'),
  );
}

/**
 * Supplier-credit premium basis of a revisable-price contract (II-G): basis × (1 + 5% × execution years), rounded to cents.
 * @customfunction REVISEDBASIS
 * @param {any[][]} basis Premium basis before revision (an amount).
 * @param {any[][]} execution_years Execution period of the contract in years, unrounded.
 * @returns {any[][]} The increased basis, rounded half up to cents.
 */
export function revisedbasis(basis: any[][], execution_years: any[][]): any[][] {
  return broadcast([required('basis', basis), required('execution_years', execution_years)], (v) => premiums.revisedBasis(v[0], v[1]), 1, cellFormat('amount'));
}

/**
 * Splits an amount by shares (co-insurance, reinsurance quotas): parts in cents that add up exactly to the rounded total.
 * @customfunction SHARES
 * @param {any[][]} amount The amount to split (a single value, at least 0).
 * @param {any[][]} shares The shares as fractions (e.g. 60%, 40%), each 0-100%, adding up to at most 100%. Blank cells give blank parts.
 * @returns {any[][]} One part per share, same shape as shares; largest remainders place the rounding cents.
 */
export function shares(amount: any[][], shares: any[][]): any[][] {
  return withExcelErrors(() => {
    const [total] = singleValues([required('amount', amount)]);
    const block = readBlock(required('shares', shares));
    return withNumberFormat('amount', block.reshape(premiums.splitShares(total, block.cells)));
  });
}

/**
 * Exposure a credit insurer keeps when reinsured by the State (Insurance Code R442-8-11).
 * @customfunction RETAINED
 * @param {any[][]} mode COMPLEMENTARY (State cover complements a primary guarantee) or WHOLE (State covers the whole guaranteed amount).
 * @param {any[][]} amount COMPLEMENTARY: the primary guarantee; WHOLE: the claims.
 * @returns {any[][]} The retained exposure (the primary guarantee, or 5% of the claims), rounded to cents.
 */
export function retained(mode: any[][], amount: any[][]): any[][] {
  return broadcast([required('mode', mode), required('amount', amount)], (v) => cooperation.retained(v[0], v[1]), 1, cellFormat('amount'));
}

/**
 * EKF reinsurance premium: QUOTA → turnover × rate (0.9%-1.4% by country risk category); TOPUP → proportionate turnover × max(0.50%, regular policy rate).
 * @customfunction EKFPREMIUM
 * @param {any[][]} cover QUOTA (Quota Share cover) or TOPUP (Top Up cover).
 * @param {any[][]} turnover Turnover (QUOTA) or the proportionate share of turnover (TOPUP).
 * @param {any[][]} [rate] QUOTA: the country risk category's rate, required, 0.9%-1.4%. TOPUP: the regular policy's rate; blank is 0.50%.
 * @returns {any[][]} The premium, rounded half up to cents.
 */
export function ekfpremium(cover: any[][], turnover: any[][], rate?: any[][]): any[][] {
  const args = [required('cover', cover), required('turnover', turnover), optional('rate', rate)];
  return broadcast(args, (v) => cooperation.ekfPremium(v[0], v[1], v[2]), 1, cellFormat('amount'));
}

/**
 * Whether EKF's reinsurance scheme can apply: TRUE, or the text of the first condition that fails.
 * @customfunction EKFELIGIBLE
 * @param {any[][]} term_days Credit term in days (at most 180).
 * @param {any[][]} buyer_amount_dkk Reinsurance amount on the buyer in DKK (at most 50 million).
 * @param {any[][]} months_since_default Months since the buyer's last registered payment default; blank for none (under 6 fails).
 * @param {any[][]} [declined] TRUE when the private insurer declined the cover or covered it partly; blank is TRUE.
 * @param {any[][]} [country_covered] TRUE when the buyer's country is covered by the reinsurance agreement; blank is TRUE.
 * @param {any[][]} [impending_loss] TRUE when there is an impending risk of loss (not eligible); blank is FALSE.
 * @returns {any[][]} TRUE, or the text of the first failed condition.
 */
export function ekfeligible(
  term_days: any[][],
  buyer_amount_dkk: any[][],
  months_since_default: any[][],
  declined?: any[][],
  country_covered?: any[][],
  impending_loss?: any[][],
): any[][] {
  const args = [
    required('term_days', term_days),
    required('buyer_amount_dkk', buyer_amount_dkk),
    required('months_since_default', months_since_default),
    optional('declined', declined),
    optional('country_covered', country_covered),
    optional('impending_loss', impending_loss),
  ];
  return broadcast(args, (v) => cooperation.ekfEligible(v[0], v[1], v[2], v[3], v[4], v[5]));
}

/** For the list functions (not broadcast): the whole call's result, or one Excel error for the call. */
function withExcelErrors(compute: () => any[][]): any[][] {
  try {
    return compute();
  } catch (e) {
    throw toExcelError(e);
  }
}

// --- BPI.CHECK (issue 14) ----------------------------------------------------------------------------

/**
 * Checks a premium rate someone computed: whether it is the note's, and if not, which known mistake gives it (percent units, rounding, floor, table, cover, k).
 * @customfunction CHECK
 * @param {any[][]} given The rate to check, as a fraction like BPI.RATE's result (1.01% or 0.0101), a number or numeric text.
 * @param {any[][]} country OECD country category, an integer 0-7.
 * @param {any[][]} debtor Debtor category: SOV+, SOV/CCO, CC1 ... CC5.
 * @param {any[][]} x Term in years, unrounded.
 * @param {any[][]} [type] NONPAYMENT (default), INTERRUPTION, ENVELOPE, BOND, LC, CASH or CLAIMS.
 * @param {any[][]} [options] Options as "NAME=VALUE; ..." (see BPI.RATE).
 * @returns {any[][]} Single values: five label/value rows (verdict, expected, difference, cause, explanation). Ranges: one row per input row with verdict, expected, difference and cause.
 */
export function check(given: any[][], country: any[][], debtor: any[][], x: any[][], type?: any[][], options?: any[][]): any[][] {
  const args = [required('given', given), ...rateArgs(country, debtor, x, type, options)];
  const shape = hostShape();
  const expected = cellFormat('rate', shape);
  if (!hasRange(args)) {
    try {
      const v = singleValues(args);
      const r = checkRate(v[0], v[1], v[2], v[3], v[4], v[5]);
      return [
        ['verdict', r.verdict],
        ['expected', expected(r.expected)],
        ['difference', r.difference],
        ['cause', r.cause],
        ['explanation', checkExplanation(r.cause)],
      ];
    } catch (e) {
      throw toExcelError(e);
    }
  }
  const rows = broadcast(
    args,
    (v) => {
      const r = checkRate(v[0], v[1], v[2], v[3], v[4], v[5]);
      return [r.verdict, r.expected, r.difference, r.cause];
    },
    4,
  );
  return shape === 'plain' ? rows : rows.map(([verdict, rate, difference, cause]) => [verdict, expected(rate), difference, cause]);
}

// --- BPI.SCHEDULETERM, BPI.SPREAD (issue 21) ---------------------------------------------------------

/**
 * Credit term x from the deal's dates (II-J and II-K): 0.5 × YEARFRAC(first drawdown, starting point) + max(0, 2 × WAL - 0.5), WAL the weighted average life of the repayments from the starting point.
 * @customfunction SCHEDULETERM
 * @param {any[][]} first_drawdown Date of the first drawdown (a date cell).
 * @param {any[][]} starting_point Starting point of credit (a date cell), not before the first drawdown.
 * @param {any[][]} repayment_dates Repayment dates, not before the starting point: one row or column.
 * @param {any[][]} amounts Principal repaid at each date: a row or column as long as repayment_dates. Blanks after the last value are ignored.
 * @param {any[][]} [day_count] Day-count basis as in YEARFRAC: 0 US 30/360, 1 actual/actual, 2 actual/360, 3 actual/365, 4 European 30/360; blank is 3.
 * @returns {any[][]} x in years, unrounded, for BPI.RATE.
 */
export function scheduleterm(first_drawdown: any[][], starting_point: any[][], repayment_dates: any[][], amounts: any[][], day_count?: any[][]): any[][] {
  return withExcelErrors(() => {
    const [drawdown, start, basis] = singleValues([
      required('first_drawdown', first_drawdown),
      required('starting_point', starting_point),
      optional('day_count', day_count),
    ]);
    const dates = readList(required('repayment_dates', repayment_dates));
    return [[schedule.scheduleTerm(drawdown, start, dates, readList(required('amounts', amounts)), basis)]];
  });
}

/**
 * Margin per annum on the outstanding principal whose present value equals an upfront premium: premium / sum of outstanding × period length × (1 + r)^-t.
 * @customfunction SPREAD
 * @param {any[][]} premium The upfront premium (an amount, at least 0), e.g. BPI.PREMIUM(...).
 * @param {any[][]} times End of each period in years from the payment of the premium, increasing, the first above 0: one row or column.
 * @param {any[][]} outstanding Principal outstanding during each period (at least 0, not all 0): a row or column as long as times.
 * @param {any[][]} [discount_rate] Annual discount rate, above -100%; blank is 0.
 * @returns {any[][]} The margin per annum as a fraction, unrounded.
 */
export function spread(premium: any[][], times: any[][], outstanding: any[][], discount_rate?: any[][]): any[][] {
  return withExcelErrors(() => {
    const [p, r] = singleValues([required('premium', premium), optional('discount_rate', discount_rate)]);
    const m = spreads.spread(p, readList(required('times', times)), readList(required('outstanding', outstanding)), r);
    return withNumberFormat('rate', [[m]]);
  });
}

// --- BPI.MPR, the OECD minimum premium rate (issue 22) ---------------------------------------------------

/**
 * OECD minimum premium rate (Arrangement, Annex VI) for country risk categories 1-7, as a fraction of the principal (9.36% is 0.0936), unrounded.
 * @customfunction MPR
 * @param {any[][]} country OECD country risk category, an integer 1-7 (category 0 has no formula minimum: #N/A).
 * @param {any[][]} debtor Debtor (buyer) category: SOV+, SOV/CCO, CC1 ... CC5, where the Arrangement has it in the country category.
 * @param {any[][]} hor Horizon of risk in years, 0-100: half the drawdown period plus the repayment period (BPI.HORIZON gives it, BPI.SCHEDULETERM from the deal's dates).
 * @param {any[][]} [options] Options as "NAME=VALUE; ...": COVER, PCP, PCC, QUALITY (BELOW, STANDARD or ABOVE), LOCALCCY, ASSIGNMENT, MOBILE, FIXED, LOCALESCROW, TERM.
 * @returns {any[][]} The minimum premium rate as a fraction, unrounded; one per row when ranges are given.
 */
export function mpr(country: any[][], debtor: any[][], hor: any[][], options?: any[][]): any[][] {
  const args = [required('country', country), required('debtor', debtor), required('hor', hor), optional('options', options)];
  // Finite fractions, never NaN: a spill of numbers (unit 1), as CLAIMSPREMIUM's.
  return broadcastNumbers(
    args,
    throwingRows((v) => minimum.mpr(v[0], v[1], v[2], v[3])),
    1,
    cellFormat('unroundedRate'),
  );
}
