import { Dec } from '../core/numbers';
import type { Lang } from '../i18n/lang';
import { NBSP, NNBSP } from '../i18n/typography';

/**
 * A rate as the core returns it (a fraction, 0.0101) shown as a percentage with two decimals ("1.01%";
 * in French "1,01 %", decimal comma and a no-break space before %). The fraction is read as the decimal
 * it prints as (the core returns hundredths / 10 000), so this is a change of unit, not a second rounding.
 */
export function formatRate(fraction: number, lang: Lang = 'en'): string {
  const text = new Dec(String(fraction)).mul(100).toFixed(2);
  return lang === 'fr' ? `${text.replace('.', ',')}${NBSP}%` : `${text}%`;
}

/** An amount to the cent with thousands separators: 10100 → "10,100.00" (French: "10 100,00", narrow no-break spaces). */
export function formatAmount(amount: number, lang: Lang = 'en'): string {
  const [int, cents] = new Dec(String(amount)).toFixed(2).split('.');
  const [group, decimal] = lang === 'fr' ? [NNBSP, ','] : [',', '.'];
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${decimal}${cents}`;
}
