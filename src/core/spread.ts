import { decimalText, numError, valueError } from './errors';
import { CellValue, isBlank, readExact, readNonNegative, toExcelNumber } from './numbers';
import * as X from './exact';
import { discountCurve } from './discount';
import { pairedLists } from './schedule';

/**
 * BPI.SPREAD: the margin per annum on the outstanding principal whose present value equals an upfront
 * premium, m = premium / Σₖ Oₖ·(tₖ − tₖ₋₁)·(1 + r)^−tₖ, t₀ = 0: the comparison deal teams and the export
 * credit agencies' calculators make between a premium paid upfront and one spread over the credit.
 *
 * With r = 0 m is one fraction of exact decimals, rounded once. Otherwise (1 + r)^−t is irrational in
 * general: m is enclosed with integer arithmetic (src/core/discount.ts) and the double returned is the one
 * both ends of the enclosure round to, so the nearest double to m, at 128 bits and more where needed.
 */

/** Precisions tried, in bits: the first decides but within a hair of a rounding boundary. */
const PRECISIONS = [128, 256, 512, 1024, 2048, 4096];
/** Discount factors beyond 2^±2^20 would make integers of millions of bits: refused as out of range. */
const MAX_EXPONENT = 1n << 20n;

export function spread(premium: CellValue, times: readonly CellValue[], outstanding: readonly CellValue[], discountRate: CellValue): number {
  const p = readNonNegative('premium', premium, 'amount');
  const [t, o] = pairedLists(times, outstanding, (nt, no) => {
    if (nt === 0) throw valueError('emptyPeriods', { arg: 'times' });
    if (no === 0) throw valueError('emptyOutstanding', { arg: 'outstanding' });
    if (nt !== no) throw valueError('periodLengths', { timesArg: 'times', outstandingArg: 'outstanding', times: nt, outstanding: no }, 'outstanding');
  });
  const ends: X.Fixed[] = [];
  const weights: X.Fixed[] = []; // Oₖ·(tₖ − tₖ₋₁)
  let previous = X.ZERO;
  for (let i = 0; i < t.length; i++) {
    const arg = `times item ${i + 1}`;
    const ti = readExact(arg, t[i]).fixed;
    if (X.cmp(ti, previous) <= 0) {
      throw i === 0
        ? numError('firstTimeAboveZero', { arg, got: t[i] })
        : numError('timesIncreasing', { arg, previous: decimalText(X.fixedToString(previous)), got: t[i] });
    }
    const oi = readNonNegative(`outstanding item ${i + 1}`, o[i], 'amount');
    ends.push(ti);
    weights.push(X.mul(oi, X.sub(ti, previous)));
    previous = ti;
  }
  if (weights.every((w) => w.n === 0n)) throw numError('nothingOutstanding', { arg: 'outstanding' });
  const r = isBlank(discountRate) ? X.ZERO : readExact('discount_rate', discountRate).fixed;
  if (X.cmp(r, X.fixed(-1n)) <= 0) throw numError('discountRateRange', { arg: 'discount_rate', got: discountRate });

  if (p.n === 0n) return 0;
  if (r.n === 0n) return toExcelNumber(X.ratio(p, weights.reduce(X.add, X.ZERO)));
  return discountedSpread(p, ends, weights, r, discountRate);
}

const bits = (n: bigint): number => (n === 0n ? 0 : n.toString(2).length);

/** m for r ≠ 0, by Ziv's strategy over PRECISIONS. */
function discountedSpread(p: X.Fixed, ends: readonly X.Fixed[], weights: readonly X.Fixed[], r: X.Fixed, rateGot: CellValue): number {
  // The weights on one decimal scale: Σ Cₖ·fₖ / 10^s.
  const s = Math.max(...weights.map((w) => w.s));
  const c = weights.map((w) => w.n * X.pow10(s - w.s));
  let mid: X.Ratio = { num: 0n, den: 1n };
  for (const F of PRECISIONS) {
    const curve = discountCurve(r, F);
    const terms = ends
      .map((tk, k) => {
        const f = curve.factor(tk); // f.m · 2^(f.e − F), relative error ≤ f.err · 2^−F
        if (f.e > MAX_EXPONENT || f.e < -MAX_EXPONENT) {
          throw numError('discountOutOfRange', { arg: 'discount_rate', timesArg: `times item ${k + 1}`, got: rateGot });
        }
        return { v: c[k] * f.m, e: f.e, err: f.err };
      })
      .filter((term) => term.v > 0n);
    // Terms more than F + 64 bits below the largest add less than one unit of 2^−F together: dropped.
    const size = (term: { v: bigint; e: bigint }) => BigInt(bits(term.v)) + term.e;
    const largest = terms.reduce((m, term) => (size(term) > m ? size(term) : m), size(terms[0]));
    const kept = terms.filter((term) => size(term) >= largest - BigInt(F + 64));
    const emin = kept.reduce((m, term) => (term.e < m ? term.e : m), kept[0].e);
    const sum = kept.reduce((acc, term) => acc + (term.v << (term.e - emin)), 0n); // S ≈ sum · 2^(emin − F) / 10^s
    const err = kept.reduce((m, term) => (term.err > m ? term.err : m), 0n) + 2n;
    // m = p / S = p.n · 10^s · 2^F / (10^p.s · sum · 2^emin), within a relative err · 2^−F.
    let num = (p.n * X.pow10(s)) << BigInt(F);
    let den = X.pow10(p.s) * sum;
    if (emin < 0n) num <<= -emin;
    else den <<= emin;
    mid = { num, den };
    const one = 1n << BigInt(F);
    const lo = X.ratioToNumber({ num: num * (one - err), den: den * one });
    const hi = X.ratioToNumber({ num: num * (one + err), den: den * one });
    if (lo === hi) break;
  }
  return toExcelNumber(mid); // decided, or (an exact tie between two doubles) the nearest to the last estimate
}
