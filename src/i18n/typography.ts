/**
 * French typography for the add-in's French texts: a no-break space before « : ; ? ! % » and after « (so a
 * line never starts with a colon or a percent sign), a narrow no-break space between thousands. Text between
 * backticks (code: formulas, option texts such as `COVER=97.5%; MOBILE=25%`) is left exactly as written,
 * since it is what the user types.
 */

export const NBSP = '\u00a0';
/** Espace fine insécable, between groups of thousands (as Intl's fr-FR). */
export const NNBSP = '\u202f';

/** One French text: plain spaces before « : ; ? ! % » and after « become no-break spaces, outside `code`. */
export function frenchSpaces(text: string): string {
  return text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/ ([:;?!%»])/g, `${NBSP}$1`).replace(/« /g, `«${NBSP}`)))
    .join('`');
}

/** The same over a catalogue: every string, and every string a function of it returns, deep. */
export function frenchCatalogue<T>(value: T): T {
  if (typeof value === 'string') return frenchSpaces(value) as T;
  if (typeof value === 'function') {
    const f = value as unknown as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => frenchCatalogue(f(...args))) as T;
  }
  if (Array.isArray(value)) return value.map((v) => frenchCatalogue(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, frenchCatalogue(v)])) as T;
  }
  return value;
}

/** A number as text ("1.365", "-0.25", "39/38 = 1.0263157894…") with the decimal comma in French. */
export function localNumber(text: string, lang: 'en' | 'fr'): string {
  return lang === 'fr' ? text.replace(/(\d)\.(\d)/g, '$1,$2') : text;
}
