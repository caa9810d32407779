import { Fixed, Ratio, pow10 } from './exact';

/**
 * Exact values as text for a reader who redoes the arithmetic by hand: a terminating decimal with all its
 * digits, never a binary double's 17 digits; a value that does not terminate (anything divided by 0.95 =
 * 19/20) as a stated number of decimals, truncated, then "…", or as its fraction when that is short.
 * Pure: no DOM, no I/O. Works on the pipeline's own exact values (src/core/exact.ts): a decimal (Fixed)
 * or a fraction (Ratio).
 */

/** Decimals shown for a value that does not terminate (before the "…"). */
export const NON_TERMINATING_DECIMALS = 10;

const abs = (n: bigint) => (n < 0n ? -n : n);

function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** num/den in lowest terms, den > 0. */
export function rational(num: bigint, den: bigint): Ratio {
  if (den === 0n) throw new RangeError('rational: zero denominator');
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den) || 1n;
  return { num: (sign * num) / g, den: (sign * den) / g };
}

/** The number of decimals of a terminating value in lowest terms (den = 2^i·5^j), or null if it does not terminate. */
function terminatingDecimals(r: Ratio): number | null {
  let den = r.den;
  let twos = 0;
  let fives = 0;
  while (den % 2n === 0n) {
    den /= 2n;
    twos++;
  }
  while (den % 5n === 0n) {
    den /= 5n;
    fives++;
  }
  return den === 1n ? Math.max(twos, fives) : null;
}

/** |r| truncated to `decimals` decimals, as digits with the point placed. */
function digits(r: Ratio, decimals: number): string {
  const scaled = (abs(r.num) * 10n ** BigInt(decimals)) / r.den;
  const s = scaled.toString().padStart(decimals + 1, '0');
  return decimals === 0 ? s : `${s.slice(0, -decimals)}.${s.slice(-decimals)}`;
}

/** The value in lowest terms (a Fixed n·10^−s is n/10^s). */
const asRational = (v: Fixed | Ratio): Ratio => ('den' in v ? rational(v.num, v.den) : rational(v.n, pow10(v.s)));

/**
 * The value as a decimal: every digit if it terminates ("1.365", "3.18047685"); otherwise `decimals`
 * decimals, truncated, and "…" ("1.0263157894…", "1.3649999999…"). Truncation keeps the rounding decision
 * readable: the value lies between the digits shown and the next digit up, so 1.3649999999… is below
 * 1.365 and rounds down, where 1.365 exactly rounds up.
 */
export function decimalText(v: Fixed | Ratio, decimals = NON_TERMINATING_DECIMALS): string {
  const r = asRational(v);
  const sign = r.num < 0n ? '-' : '';
  const exact = terminatingDecimals(r);
  if (exact !== null) return sign + digits(r, exact);
  return `${sign}${digits(r, decimals)}…`;
}

/**
 * A factor such as 39/38: "39/38 = 1.0263157894…" when it does not terminate and its fraction is short
 * (denominator up to maxDenominator), else decimalText. A terminating value is only its decimal ("1.02625").
 */
export function fractionText(v: Fixed | Ratio, maxDenominator = 10_000n, decimals = NON_TERMINATING_DECIMALS): string {
  const r = asRational(v);
  const text = decimalText(r, decimals);
  if (terminatingDecimals(r) !== null || r.den > maxDenominator) return text;
  return `${r.num}/${r.den} = ${text}`;
}
