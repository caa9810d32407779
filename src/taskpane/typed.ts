import type { Lang } from '../i18n/lang';

/**
 * Numbers as people type them into the pane (not into a cell: Excel passes cells as numbers). The pane
 * writes amounts with groups of thousands ("1,000,000.00"; French "1 000 000,00", narrow no-break spaces),
 * so it reads them back that way: in English a comma between groups of three digits, in French a space, a
 * no-break space or a narrow no-break space, and a decimal comma (or point). A trailing decimal separator is
 * what a cell accepts too ("10," is 10). Anything else is left exactly as typed, for the core to read or
 * refuse with a message quoting it.
 */

/** French grouping: a space, a no-break space (U+00A0) or a narrow no-break space (U+202F). */
const FR_GROUP = '[ \\u00a0\\u202f]';
const SPACES = '[\\s\\u00a0\\u202f]*';

const NUMBER: Readonly<Record<Lang, RegExp>> = {
  en: /^([+-]?)(\d{1,3}(?:,\d{3})+|\d*)(?:\.(\d*))?\s*(%?)$/,
  fr: new RegExp(`^([+-]?)(\\d{1,3}(?:${FR_GROUP}\\d{3})+|\\d*)(?:[.,](\\d*))?${SPACES}(%?)$`),
};

/** The number typed, as the plain numeric text the core reads ("1 000 000,5" → "1000000.5"), or null. */
function plainNumber(typed: string, lang: Lang): string | null {
  const m = NUMBER[lang].exec(typed.trim());
  if (!m) return null;
  const [, sign, whole, decimals, percent] = m;
  if (whole === '' && !decimals) return null; // no digit at all: "-", ".", "%"
  const digits = whole.replace(/[^\d]/g, '') || '0';
  return `${sign}${digits}${decimals ? `.${decimals}` : ''}${percent}`;
}

/** The number typed, as the plain numeric text the core reads ("1 000 000,5" → "1000000.5"); else the text unchanged. */
export function paneNumber(typed: string, lang: Lang): string {
  return plainNumber(typed, lang) ?? typed;
}

/**
 * A number typed in one language's form, written in another's, when the pane switches language (Office
 * ready in another display language): the same number ("7,5" in French is "7.5" in English), so what was
 * typed keeps its meaning. Anything that is not a number is carried exactly as typed.
 */
export function carryNumber(typed: string, from: Lang, to: Lang): string {
  const plain = from === to ? null : plainNumber(typed, from);
  if (plain === null) return typed;
  return to === 'fr' ? plain.replace('.', ',') : plain;
}

const PREFIX: Readonly<Record<Lang, RegExp>> = {
  en: /^[+-]?[\d,]*(?:\.\d*)?\s*%?$/,
  fr: new RegExp(`^[+-]?[\\d \\u00a0\\u202f]*(?:[.,]\\d*)?${SPACES}%?$`),
};

/**
 * Whether the text may be a number still being typed ("", "-", "10,", "1.", "1 00"): the pane shows no error
 * for it until the user leaves the field or presses Enter.
 */
export function isNumberPrefix(typed: string, lang: Lang): boolean {
  return PREFIX[lang].test(typed.trim());
}
