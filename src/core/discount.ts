import * as X from './exact';

/**
 * (1 + r)^−t for decimals r > −1 and t, as a binary fixed-point value with a proven error bound: what
 * BPI.SPREAD needs to return the double nearest to an irrational result (Ziv's strategy: evaluate with F
 * bits, and if the two ends of the enclosure round to the same double, that double is the nearest one;
 * else evaluate again with more bits). Integer arithmetic only, so the bound holds on every platform.
 */

/** value = m · 2^(e − F), m ≥ 0, with |value − exact| ≤ exact · err · 2^−F. */
export interface Enclosed {
  readonly m: bigint;
  readonly e: bigint;
  /** Relative error bound in units of 2^−F. */
  readonly err: bigint;
}

const bits = (n: bigint): number => (n < 0n ? -n : n).toString(2).length;

/** floor(num / den · 2^F) for den > 0 (error below 1 unit). */
const toFixedPoint = (num: bigint, den: bigint, F: number): bigint => {
  const q = (num << BigInt(F)) / den;
  return num < 0n && q * den !== num << BigInt(F) ? q - 1n : q;
};

/** 2·atanh(u) = ln((1 + u)/(1 − u)) for |u| ≤ 1/3, u = num/den, in F-bit fixed point; returns [value, error in units]. */
function twiceAtanh(num: bigint, den: bigint, F: number): [bigint, bigint] {
  const one = 1n << BigInt(F);
  const u = toFixedPoint(num, den, F);
  const u2 = (u * u) / one; // BigInt division truncates toward 0, so a negative series ends at 0 too
  let term = u;
  let sum = 0n;
  let n = 0n;
  for (let j = 1n; term !== 0n; j += 2n) {
    sum += term / j;
    term = (term * u2) / one;
    n++;
  }
  // Each of the n terms is off by at most 3 units (the truncated power, its carried error shrunk by u² ≤ 1/9,
  // and the division), u by 1 unit (its effect below 9/8 unit: the derivative of atanh at |u| ≤ 1/3), the
  // series' tail below 1 unit; doubled, with room to spare.
  return [2n * sum, 2n * (4n * n + 4n)];
}

/** ln(p/q) for p, q > 0 in F-bit fixed point, with its error in units. */
function ln(p: bigint, q: bigint, F: number, ln2: [bigint, bigint]): [bigint, bigint] {
  // p/q = 2^k · z with z = p / (q·2^k) in (1/2, 2), so that u = (z − 1)/(z + 1) is within ±1/3.
  const k = bits(p) - bits(q);
  const qk = k >= 0 ? q << BigInt(k) : q;
  const pk = k >= 0 ? p : p << BigInt(-k);
  const [lz, ez] = twiceAtanh(pk - qk, pk + qk, F);
  const kk = BigInt(k);
  return [kk * ln2[0] + lz, (kk < 0n ? -kk : kk) * ln2[1] + ez];
}

/** e^(v · 2^−F) as m · 2^(e − F), v in fixed point with `errV` units of error; relative error bound. */
function exp(v: bigint, errV: bigint, F: number, ln2: [bigint, bigint]): Enclosed {
  // v = k·ln2 + w with |w| < ln2 (k truncated toward 0): e^v = 2^k · e^w, e^w by its Taylor series.
  const k = v / ln2[0];
  const w = v - k * ln2[0];
  const errW = errV + (k < 0n ? -k : k) * ln2[1] + 1n;
  const one = 1n << BigInt(F);
  let sum = one;
  let term = one;
  let n = 0n;
  for (let i = 1n; term !== 0n; i++) {
    term = (term * w) / one / i;
    sum += term;
    n++;
  }
  // Each term is off by at most 3 units (2 truncations, plus the carried error shrunk by |w|/i < 0.7: at
  // most 2/(1 − 0.35) in all), w by errW, which moves e^w by at most 2·errW (e^w < 2); e^w > 1/2 makes
  // that a relative error of twice as many units.
  return { m: sum, e: k, err: 2n * (3n * n + 3n + 2n * errW) + 8n };
}

/** The natural logarithm of 2 and ln(1 + r), computed once per precision for a list of times. */
export interface DiscountCurve {
  readonly F: number;
  factor(t: X.Fixed): Enclosed;
}

/** (1 + r)^−t at F bits for r = rate (> −1). */
export function discountCurve(rate: X.Fixed, F: number): DiscountCurve {
  const ln2 = twiceAtanh(1n, 3n, F); // ln 2 = 2·atanh(1/3)
  const q = X.pow10(rate.s);
  const [L, errL] = ln(q + rate.n, q, F, ln2);
  return {
    F,
    factor(t: X.Fixed): Enclosed {
      // v = −t·L: t exact, L off by errL units, so v is off by |t|·errL + 1 units.
      const scale = X.pow10(t.s);
      const v = -(t.n * L) / scale;
      const errV = ((t.n < 0n ? -t.n : t.n) * errL) / scale + errL + 1n;
      return exp(v, errV, F, ln2);
    },
  };
}
