import { BpiError } from '../core/errors';
import * as X from '../core/exact';
import { mprOfDeal } from '../core/mprDeal';
import type { CellValue } from '../core/numbers';
import { RATE_TYPES, RateTypeName } from '../core/rateTypes';
import { errorText } from '../i18n/errors';
import type { Lang } from '../i18n/lang';
import type { Failure } from './calc';
import { excelText } from './formula';
import { StepRow, mprStepRows } from './steps';

/**
 * The OECD minimum (BPI.MPR) for the calculator's deal, under the note's rate: the standard product (MPR's
 * default quality), the same country, debtor and x (the note's x is the Arrangement's horizon of risk), and
 * of the options those the Arrangement has, as core/mprDeal.ts maps them (POLITICAL is PCC = 0 %; ESCROW is
 * left out and named). No minimum in country category 0 (market
 * benchmarks, case by case) nor for pre-shipment risk (INTERRUPTION, BOND). Every figure is exact: the MPR in
 * % from the core's step record, and the gap to the note's rate from the rate's hundredths.
 */
export type OecdMinimum =
  | { readonly kind: 'none'; readonly reason: 'category0' | 'preShipment' }
  | { readonly kind: 'error'; readonly failure: Failure }
  | {
      readonly kind: 'mpr';
      /** The MPR in hundredths of a percent, half up (for display; the steps have it exact). */
      readonly hundredths: bigint;
      /** The note's rate minus the MPR, in hundredths of a percentage point, half up away from zero. */
      readonly gapHundredths: bigint;
      /** The exact sign of the gap: 1 the note's rate is above the minimum, −1 below, 0 equal. */
      readonly sign: -1 | 0 | 1;
      /** The option names the Arrangement does not have, left out. */
      readonly omitted: readonly string[];
      readonly steps: readonly StepRow[];
      /** =BPI.MPR(...) in en-US form. */
      readonly formula: string;
    };

export function oecdMinimum(
  deal: { country: number; debtor: string; x: CellValue; xText: string; type: string; options: string; rateHundredths: number },
  lang: Lang,
): OecdMinimum {
  if (RATE_TYPES[deal.type as RateTypeName]?.interruptionTable) return { kind: 'none', reason: 'preShipment' };
  if (deal.country === 0) return { kind: 'none', reason: 'category0' };
  try {
    const { steps: record, leftOut: omitted, optionsText: kept } = mprOfDeal(deal.country, deal.debtor, deal.x, deal.type, deal.options);
    const p = record.percent; // MPR in %, exact: num/den
    const hundredths = X.roundRatio({ num: p.num * 100n, den: p.den });
    // note − MPR in hundredths of a point: (h/100 − num/den)·100 = (h·den − 100·num)/den.
    const gap = { num: BigInt(deal.rateHundredths) * p.den - 100n * p.num, den: p.den };
    const sign = gap.num > 0n ? 1 : gap.num < 0n ? -1 : 0;
    const args = [String(deal.country), excelText(deal.debtor), deal.xText, ...(kept === '' ? [] : [excelText(kept)])];
    return {
      kind: 'mpr',
      hundredths,
      gapHundredths: X.roundRatio(gap),
      sign,
      omitted,
      steps: mprStepRows(record, lang),
      formula: `=BPI.MPR(${args.join(',')})`,
    };
  } catch (e) {
    if (e instanceof BpiError) return { kind: 'error', failure: { code: e.code, message: errorText(e, lang), arg: e.arg } };
    throw e;
  }
}
