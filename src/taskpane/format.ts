import { Dec } from '../core/numbers';

/**
 * A rate as the core returns it (a fraction, 0.0101) shown as a percentage with two decimals ("1.01%").
 * The fraction is read as the decimal it prints as (the core returns hundredths / 10 000), so this is a
 * change of unit, not a second rounding.
 */
export function formatRate(fraction: number): string {
  return `${new Dec(String(fraction)).mul(100).toFixed(2)}%`;
}

/** An amount to the cent with thousands separators: 10100 → "10,100.00". */
export function formatAmount(amount: number): string {
  const [int, cents] = new Dec(String(amount)).toFixed(2).split('.');
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}
