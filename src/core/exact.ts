/**
 * Exact arithmetic for every result (rates, amounts, splits, terms): a decimal as a BigInt scaled by a power
 * of ten (n·10^−s), and the few rational steps (÷ 0.95, ÷ (1 − rate), ÷ a total) decided by integer
 * comparison, never by a long division.
 * Every input is a finite decimal (a printed coefficient, a cell's shortest decimal, numeric text of any
 * length), sums and products of finite decimals are finite decimals, so nothing before the one division is
 * ever rounded; the division itself only has to be rounded once, which is an integer floor.
 */

/** n·10^−s, s ≥ 0. */
export interface Fixed {
  readonly n: bigint;
  readonly s: number;
}

const POW10: bigint[] = [1n];
/**
 * 10^s as a BigInt, memoised for the few small scales the pipeline uses; a large one (text such as
 * "1e99999") is computed directly, not by memoising every power below it.
 */
export function pow10(s: number): bigint {
  if (s > 64) return 10n ** BigInt(s);
  while (POW10.length <= s) POW10.push(POW10[POW10.length - 1] * 10n);
  return POW10[s];
}

export const fixed = (n: bigint, s = 0): Fixed => ({ n, s });
export const ZERO: Fixed = fixed(0n);
export const ONE: Fixed = fixed(1n);

function align(a: Fixed, b: Fixed): [bigint, bigint, number] {
  if (a.s === b.s) return [a.n, b.n, a.s];
  return a.s > b.s ? [a.n, b.n * pow10(a.s - b.s), a.s] : [a.n * pow10(b.s - a.s), b.n, b.s];
}

export function add(a: Fixed, b: Fixed): Fixed {
  const [x, y, s] = align(a, b);
  return fixed(x + y, s);
}
export function sub(a: Fixed, b: Fixed): Fixed {
  const [x, y, s] = align(a, b);
  return fixed(x - y, s);
}
export function mul(a: Fixed, b: Fixed): Fixed {
  return fixed(a.n * b.n, a.s + b.s);
}
export function cmp(a: Fixed, b: Fixed): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}
export const max = (a: Fixed, b: Fixed) => (cmp(a, b) >= 0 ? a : b);
export const min = (a: Fixed, b: Fixed) => (cmp(a, b) <= 0 ? a : b);
export const sign = (a: Fixed) => (a.n > 0n ? 1 : a.n < 0n ? -1 : 0);

/** 1/a where it is a finite decimal (1/0.05 = 20); anything else is a programming error. */
export function inverse(a: Fixed): Fixed {
  for (let s = 0; s <= 30; s++) {
    const num = pow10(a.s + s);
    if (num % a.n === 0n) return fixed(num / a.n, s);
  }
  throw new Error(`1/${a.n}e-${a.s} is not a short decimal`);
}

/** The largest integer ≤ a. */
export function floor(a: Fixed): bigint {
  const d = pow10(a.s);
  const q = a.n / d; // toward zero
  return a.n < 0n && q * d !== a.n ? q - 1n : q;
}

/** Reads plain decimal text as printed in the tables ("0.564", "-1.2e-3"): trusted, already validated text. */
export function parseFixed(text: string): Fixed {
  let t = text;
  let exp = 0;
  const e = t.search(/[eE]/);
  if (e >= 0) {
    exp = Number(t.slice(e + 1));
    t = t.slice(0, e);
  }
  const dot = t.indexOf('.');
  if (dot >= 0) {
    exp -= t.length - dot - 1;
    t = t.slice(0, dot) + t.slice(dot + 1);
  }
  const n = BigInt(t);
  return exp >= 0 ? fixed(n * pow10(exp), 0) : fixed(n, -exp);
}

/** The decimal a double shows (its shortest round-trip text), exactly. */
export const fixedOfNumber = (v: number): Fixed => parseFixed(String(v));

/** Plain decimal text, exact (for messages and EXPLAIN). */
export function fixedToString(a: Fixed): string {
  const neg = a.n < 0n;
  let digits = (neg ? -a.n : a.n).toString();
  if (a.s > 0) {
    digits = digits.padStart(a.s + 1, '0');
    // Trailing zeros of the decimals go, by a scan (a regular expression would be quadratic on long zeros).
    let end = digits.length;
    while (end > digits.length - a.s && digits.charCodeAt(end - 1) === 48) end--;
    const cut = digits.length - a.s;
    digits = end === cut ? digits.slice(0, cut) : `${digits.slice(0, cut)}.${digits.slice(cut, end)}`;
  }
  return neg ? `-${digits}` : digits;
}

/** The double nearest to a (JavaScript's decimal reading is correctly rounded). */
export const fixedToNumber = (a: Fixed): number => (a.s === 0 ? Number(a.n) : Number(`${a.n}e-${a.s}`));

/** A fraction num/den as an exact rational, den > 0. */
export interface Ratio {
  readonly num: bigint;
  readonly den: bigint;
}
export const ratio = (a: Fixed, den: Fixed): Ratio => {
  // (a.n·10^−a.s) / (den.n·10^−den.s)
  const [num, d] = align(a, den);
  return d < 0n ? { num: -num, den: -d } : { num, den: d };
};

/** a as the fraction a.n / 10^a.s. */
export const ratioOf = (a: Fixed): Ratio => ratio(a, ONE);

/** r × 10^k, exactly. */
const times10 = (r: Ratio, k: number): Ratio => (k >= 0 ? { num: r.num * pow10(k), den: r.den } : { num: r.num, den: r.den * pow10(-k) });

export type Rounding = 'HALF_UP' | 'DOWN' | 'HALF_EVEN';

/** num/den rounded to an integer: HALF_UP away from zero at .5 (the note's rule), DOWN toward zero, HALF_EVEN. */
export function roundRatio(r: Ratio, mode: Rounding = 'HALF_UP'): bigint {
  const neg = r.num < 0n;
  const num = neg ? -r.num : r.num;
  const q = num / r.den;
  const twiceRem = 2n * (num - q * r.den);
  let out = q;
  if (mode === 'HALF_UP' && twiceRem >= r.den) out = q + 1n;
  if (mode === 'HALF_EVEN' && (twiceRem > r.den || (twiceRem === r.den && q % 2n === 1n))) out = q + 1n;
  return neg ? -out : out;
}

/** a half up to whole cents (the note's rounding of amounts), as a number of cents. */
export const halfUpCents = (a: Fixed): bigint => roundRatio(ratioOf(mul(a, fixed(100n))));

/**
 * r in exponential notation with `decimals` decimals, rounded half up ("1.235e+308"): the form of
 * Number's toExponential, but of the exact value (for messages about results too large for a double).
 */
export function ratioToExponential(r: Ratio, decimals: number): string {
  const neg = r.num < 0n;
  const v: Ratio = { num: neg ? -r.num : r.num, den: r.den };
  let e = 0;
  if (v.num !== 0n) {
    // 10^(e−1) < v < 10^(e+1) from the digit counts; one comparison decides which power v is above.
    e = v.num.toString().length - v.den.toString().length;
    const p = times10(v, -e);
    if (p.num < p.den) e--;
  }
  let m = roundRatio(times10(v, decimals - e));
  if (m === pow10(decimals + 1)) {
    m = pow10(decimals); // 9.9995e5 → 1.000e+6
    e++;
  }
  const digits = m.toString();
  const mantissa = decimals > 0 ? `${digits[0]}.${digits.slice(1)}` : digits;
  return `${neg ? '-' : ''}${mantissa}e${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

/**
 * The double nearest to num/den (round half to even, as IEEE 754), by integer division with a sticky bit:
 * a 55-bit-or-more quotient keeps a guard bit and the remainder decides exact halves, so the result is the
 * correctly rounded one, also for subnormals.
 */
export function ratioToNumber(r: Ratio): number {
  if (r.num === 0n) return 0;
  const neg = r.num < 0n;
  const num = neg ? -r.num : r.num;
  const shift = 56 - (bits(num) - bits(r.den)); // quotient of 55–57 bits
  let q = shift >= 0 ? (num << BigInt(shift)) / r.den : num / (r.den << BigInt(-shift));
  const exact = shift >= 0 ? (num << BigInt(shift)) % r.den === 0n : num % (r.den << BigInt(-shift)) === 0n;
  // value = (q + sticky) · 2^−shift; keep 53 bits, or fewer below the smallest normal exponent.
  let drop = bits(q) - 53;
  const lowestExp = -1074;
  if (-shift + drop < lowestExp) drop = lowestExp + shift;
  if (drop > 0) {
    const half = 1n << BigInt(drop - 1);
    const rem = q & ((1n << BigInt(drop)) - 1n);
    q >>= BigInt(drop);
    if (rem > half || (rem === half && (!exact || (q & 1n) === 1n))) q += 1n;
  } else drop = 0;
  const v = Number(q) * 2 ** (-shift + drop);
  return neg ? -v : v;
}

function bits(n: bigint): number {
  return n.toString(2).length;
}

// --- Fractions in lowest terms (the dated schedules of issue 21 sum fractions of differing denominators) ---

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
/** r in lowest terms. */
export function reduced(r: Ratio): Ratio {
  const g = gcd(r.num, r.den);
  return g > 1n ? { num: r.num / g, den: r.den / g } : r;
}
export const addRatio = (a: Ratio, b: Ratio): Ratio =>
  a.den === b.den ? reduced({ num: a.num + b.num, den: a.den }) : reduced({ num: a.num * b.den + b.num * a.den, den: a.den * b.den });
export const mulRatio = (a: Ratio, b: Ratio): Ratio => reduced({ num: a.num * b.num, den: a.den * b.den });
/** a / b, b ≠ 0. */
export const divRatio = (a: Ratio, b: Ratio): Ratio => ratio(fixed(a.num * b.den), fixed(a.den * b.num));
