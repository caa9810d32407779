/**
 * Exact decimal text for results held as whole numbers of their last unit (a rate in hundredths of a
 * percent, a premium in cents): integer digits only, so no binary floating-point digits can show.
 */

/** units / 10^scale as plain decimal text with `scale` decimals, e.g. (101, 4) → "0.0101", (-5, 2) → "-0.05". */
export function scaledText(units: number, scale: number, decimalMark: string): string {
  if (!Number.isSafeInteger(units)) throw new RangeError(`${units} is not a safe integer`);
  const digits = String(Math.abs(units)).padStart(scale + 1, '0');
  const cut = digits.length - scale;
  return `${units < 0 ? '-' : ''}${digits.slice(0, cut)}${decimalMark}${digits.slice(cut)}`;
}

/**
 * The whole number of units a double result holds, when it is exactly the double nearest to units / 10^scale
 * (as the core returns rates and premiums); otherwise null.
 */
export function wholeUnits(value: number, scale: number): number | null {
  const factor = 10 ** scale;
  const units = Math.round(value * factor);
  return Number.isSafeInteger(units) && units / factor === value ? units : null;
}

/** As scaledText without trailing zeros: (100, 4) → "0.01", (0, 4) → "0" (a rate is written as its exact value). */
export function trimmedScaledText(units: number, scale: number, decimalMark: string): string {
  const text = scaledText(units, scale, decimalMark);
  // 0.0100 is written 0.01, 0.0000 is 0: the exact value, without trailing zeros.
  const trimmed = text.replace(/0+$/, '');
  return trimmed.endsWith(decimalMark) ? trimmed.slice(0, -1) : trimmed;
}
