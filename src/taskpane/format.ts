import { Fixed, fixed, fixedOfNumber, halfUpCents, mul } from '../core/exact';
import type { Lang } from '../i18n/lang';
import { NBSP, NNBSP } from '../i18n/typography';

/** An exact value half up to two decimals, as [whole part, two decimals]: 1234.565 → ["1234", "57"]. */
function twoDecimals(v: Fixed): [string, string] {
  const cents = halfUpCents(v);
  const digits = (cents < 0n ? -cents : cents).toString().padStart(3, '0');
  return [`${v.n < 0n ? '-' : ''}${digits.slice(0, -2)}`, digits.slice(-2)];
}

/**
 * A rate as the core returns it (a fraction, 0.0101) shown as a percentage with two decimals ("1.01%";
 * in French "1,01 %", decimal comma and a no-break space before %). The fraction is read as the decimal
 * it prints as (the core returns hundredths / 10 000), so this is a change of unit, not a second rounding.
 */
export function formatRate(fraction: number, lang: Lang = 'en'): string {
  const [int, decimals] = twoDecimals(mul(fixedOfNumber(fraction), fixed(100n)));
  return lang === 'fr' ? `${int},${decimals}${NBSP}%` : `${int}.${decimals}%`;
}

/** An amount to the cent with thousands separators: 10100 → "10,100.00" (French: "10 100,00", narrow no-break spaces). */
export function formatAmount(amount: number, lang: Lang = 'en'): string {
  const [int, cents] = twoDecimals(fixedOfNumber(amount));
  const [group, decimal] = lang === 'fr' ? [NNBSP, ','] : [',', '.'];
  return `${int.replace(/\B(?=(\d{3})+(?!\d))/g, group)}${decimal}${cents}`;
}

/** Hundredths (an exact integer) as a number with two decimals, a percentage if `percent`: 123n → "1.23%" ("1,23 %"), "1.23". */
export function formatHundredths(hundredths: bigint, lang: Lang = 'en', percent = false): string {
  const digits = (hundredths < 0n ? -hundredths : hundredths).toString().padStart(3, '0');
  const text = `${hundredths < 0n ? '-' : ''}${digits.slice(0, -2)}${lang === 'fr' ? ',' : '.'}${digits.slice(-2)}`;
  return percent ? (lang === 'fr' ? `${text}${NBSP}%` : `${text}%`) : text;
}
