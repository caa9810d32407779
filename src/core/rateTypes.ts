import { valueError } from './errors';
import { CellValue, asciiName, isBlank } from './numbers';
import { INTERRUPTION_TABLE } from './tables/interruption';
import { NONPAYMENT_TABLE } from './tables/nonpayment';
import type { CoefficientTable } from './tables/types';

/** What each risk type prices on (SPEC §3, the `type` table). */
export interface RateType {
  readonly name: RateTypeName;
  readonly section: string;
  readonly table: CoefficientTable;
  /** x' = max(x, 0.25): terms up to 3 months price as 3 months. */
  readonly floorQuarter: boolean;
  /** Priced on the interruption table: II-A takes 90 % of the sovereign rate. */
  readonly interruptionTable: boolean;
  /** The II-B mitigation techniques apply (non-payment types NONPAYMENT, ENVELOPE, LC, CASH). */
  readonly mitigable: boolean;
  readonly xMeans: string;
}

export const RATE_TYPE_NAMES = ['NONPAYMENT', 'INTERRUPTION', 'ENVELOPE', 'BOND', 'LC', 'CASH', 'CLAIMS'] as const;
export type RateTypeName = (typeof RATE_TYPE_NAMES)[number];

function rateType(name: RateTypeName, section: string, floorQuarter: boolean, mitigable: boolean, xMeans: string): RateType {
  const interruptionTable = name === 'INTERRUPTION' || name === 'BOND';
  const table = interruptionTable ? INTERRUPTION_TABLE : NONPAYMENT_TABLE;
  return { name, section, table, floorQuarter, interruptionTable, mitigable, xMeans };
}

export const RATE_TYPES: Record<RateTypeName, RateType> = {
  NONPAYMENT: rateType('NONPAYMENT', 'I-C', false, true, 'credit term'),
  INTERRUPTION: rateType('INTERRUPTION', 'I-B-1', false, false, 'execution period'),
  ENVELOPE: rateType('ENVELOPE', 'I-B-2', true, true, 'time from invoicing to due date'),
  BOND: rateType('BOND', 'I-D', false, false, 'validity of the bond'),
  LC: rateType('LC', 'II-D', true, true, 'time from handing over documents to payment'),
  CASH: rateType('CASH', 'II-F', true, true, 'time from invoicing to due date'),
  CLAIMS: rateType('CLAIMS', 'II-H a)', true, false, 'time from invoicing to due date'),
};

const TYPE_NAMES = new Map<string, RateType>(Object.entries(RATE_TYPES));

/** The risk type; blank is NONPAYMENT. */
export function readRateType(v: CellValue, arg = 'type'): RateType {
  if (isBlank(v)) return RATE_TYPES.NONPAYMENT;
  if (typeof v === 'string') {
    const found = TYPE_NAMES.get(v) ?? TYPE_NAMES.get(asciiName(arg, v));
    if (found) return found;
  }
  throw valueError('oneOf', { arg, choices: RATE_TYPE_NAMES.join(', '), got: v });
}
