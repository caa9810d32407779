import { CountryCategory } from './categories';
import { coverK } from './coefficients';
import { Dec } from './numbers';

export const STANDARD_COVER = new Dec('0.95');

/** The percentage-of-cover rule (II-I, following the OECD rule; SPEC §5 step 7). */
export interface CoverFactors {
  /** max(PCP, PCC), or PCP alone when there is no commercial cover. */
  readonly coverForCountry: Dec;
  readonly k: Dec;
  /** PC coefficient = 1 + ((P − 0.95) / 0.05) × k. */
  readonly coefficient: Dec;
  /** The two factors times 0.95 (P·C or P; PCC·C or PCC): the division by 0.95 is left to the caller, last. */
  readonly countryTimes95: Dec;
  readonly debtorTimes95: Dec;
}

/** pcc null: political causes of loss only (II-A), no commercial cover and so no debtor-share factor. */
export function coverFactors(pcp: Dec, pcc: Dec | null, country: CountryCategory): CoverFactors {
  const coverForCountry = pcc === null ? pcp : Dec.max(pcp, pcc);
  const k = coverK(country);
  // (P − 0.95) / 0.05 is exactly (P − 0.95) × 20.
  const coefficient = new Dec(1).add(coverForCountry.sub(STANDARD_COVER).mul(20).mul(k));
  const times95 = (pc: Dec) => (pc.greaterThan(STANDARD_COVER) ? pc.mul(coefficient) : pc);
  return {
    coverForCountry,
    k,
    coefficient,
    countryTimes95: times95(coverForCountry),
    debtorTimes95: pcc === null ? new Dec(0) : times95(pcc),
  };
}

/** Divides by 0.95 as × 20 / 19: the one non-terminating step, done last so exact ties stay exact. */
export function divideBy95(v: Dec): Dec {
  return v.mul(20).div(19);
}
