/**
 * The OECD minimum premium rate of a deal priced by BPI.RATE, for showing it beside the note's rate (the
 * task pane's calculator): the same country and debtor categories, x as HOR, the standard product, the
 * deal's covers and the mitigations the Arrangement also has. What maps and what does not:
 * - COVER, PCP, PCC as given; POLITICAL (political causes of loss only) is PCC = 0 %;
 * - LOCALCCY, ASSIGNMENT, MOBILE, FIXED, LOCALESCROW at the deal's levels (the note's II-B maxima are the
 *   Arrangement's, so every level the deal accepts the Arrangement accepts);
 * - ESCROW (escrow overseas, which the note prices one country category lower) has no factor in the
 *   formula: left out, and listed in `leftOut` so the reader can say so;
 * - INTERRUPTION and BOND (pre-shipment risk) have no minimum: #N/A; country category 0 neither (#N/A).
 */
import { notAvailable } from './errors';
import * as X from './exact';
import { MprSteps, mprSteps, planMpr } from './mpr';
import { CellValue, Exact } from './numbers';
import type { MprOptions } from './options';
import { readRate } from './pricing';

export interface DealMpr {
  /** The MPR's steps (steps.mpr is the minimum as a fraction, as BPI.MPR returns it). */
  readonly steps: MprSteps;
  /** The options of the deal the Arrangement has no factor for (ESCROW). */
  readonly leftOut: readonly string[];
  /** The options text BPI.MPR takes for the same minimum ("" when none), e.g. for a formula. */
  readonly optionsText: string;
}

const PCC_NONE = Exact.ofNumber(0);

/** A fraction as a percentage in an options text, exactly ("0.975" → "97.5"). */
const percentText = (f: X.Fixed) => X.fixedToString(X.mul(f, X.fixed(100n)));

/** The deal's OECD minimum; the deal's own errors first (as BPI.RATE gives them), then the MPR's #N/A. */
export function mprOfDeal(country: CellValue, debtor: CellValue, x: CellValue, type: CellValue, options: CellValue): DealMpr {
  const { plan, x: hor } = readRate(country, debtor, x, type, options);
  const { request } = plan;
  if (request.type.interruptionTable) throw notAvailable('mprPreShipment', { arg: 'type', type: request.type.name });
  const o = request.options;
  const political = o.POLITICAL === true;
  const mapped: MprOptions = {
    COVER: political ? undefined : o.COVER,
    PCP: political ? (o.COVER ?? o.PCP) : o.PCP,
    PCC: political ? PCC_NONE : o.PCC,
    LOCALCCY: o.LOCALCCY,
    ASSIGNMENT: o.ASSIGNMENT,
    MOBILE: o.MOBILE,
    FIXED: o.FIXED,
    LOCALESCROW: o.LOCALESCROW,
  };
  const steps = mprSteps(planMpr(request.country, request.debtor, mapped), hor.fixed);
  const parts = Object.entries(mapped)
    .filter(([, v]) => v !== undefined)
    .map(([name, v]) => (v === 'MAX' ? name : `${name}=${percentText((v as Exact).fixed)}%`));
  return { steps, leftOut: o.ESCROW === true ? ['ESCROW'] : [], optionsText: parts.join('; ') };
}
