import { BpiError } from '../core/errors';
import * as X from '../core/exact';
import { explainMpr } from '../core/mpr';
import type { CellValue } from '../core/numbers';
import { MPR_OPTION_NAMES } from '../core/options';
import { RATE_TYPES, RateTypeName } from '../core/rateTypes';
import { errorText } from '../i18n/errors';
import type { Lang } from '../i18n/lang';
import type { Failure } from './calc';
import { excelText } from './formula';
import { StepRow, mprStepRows } from './steps';

/**
 * The OECD minimum (BPI.MPR) for the calculator's deal, under the note's rate: the standard product (MPR's
 * default quality), the same country, debtor and x (the note's x is the Arrangement's horizon of risk), and
 * of the options those the Arrangement has (cover, local currency, the credit enhancements); the others
 * (POLITICAL, CONSTRUCTION, CASHLC, ESCROW) are left out and named. No minimum in country category 0 (market
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

/**
 * The parts of a RATE options text the Arrangement has, and the names of the others. POLITICAL (political
 * causes of loss only) is the Arrangement's PCC = 0 %, unless PCC is given; POLITICAL=FALSE is no option.
 */
export function mprOptions(text: string): { kept: string; omitted: string[] } {
  const names = MPR_OPTION_NAMES as readonly string[];
  const parts = text
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const nameOf = (part: string) => part.split('=')[0].trim().toUpperCase();
  const kept: string[] = [];
  const omitted: string[] = [];
  for (const part of parts) {
    const name = nameOf(part);
    if (names.includes(name)) kept.push(part);
    else if (name !== 'POLITICAL') omitted.push(name);
    else if (!/=\s*(FALSE|0)\s*$/i.test(part) && !parts.some((p) => nameOf(p) === 'PCC')) kept.push('PCC=0%');
  }
  return { kept: kept.join('; '), omitted };
}

export function oecdMinimum(
  deal: { country: number; debtor: string; x: CellValue; xText: string; type: string; options: string; rateHundredths: number },
  lang: Lang,
): OecdMinimum {
  if (RATE_TYPES[deal.type as RateTypeName]?.interruptionTable) return { kind: 'none', reason: 'preShipment' };
  if (deal.country === 0) return { kind: 'none', reason: 'category0' };
  const { kept, omitted } = mprOptions(deal.options);
  try {
    const record = explainMpr(deal.country, deal.debtor, deal.x, kept);
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
