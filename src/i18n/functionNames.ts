/** A BPI function's name as Excel shows it in a language (ids are the English names). */
// The names alone (build-generated from functions.fr.ts), not the descriptions: the functions bundle stays small.
import FRENCH_NAMES from '../generated/names.fr.json';
import type { Lang } from './lang';

export function functionName(id: string, lang: Lang): string {
  return lang === 'fr' ? ((FRENCH_NAMES.functions as Record<string, string>)[id] ?? id) : id;
}

/** Whether `id` is one of the BPI functions the French table knows. */
export function isBpiFunction(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(FRENCH_NAMES.functions, id);
}
