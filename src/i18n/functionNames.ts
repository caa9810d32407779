/** A BPI function's name as Excel shows it in a language (ids are the English names). */
import { FUNCTIONS_FR } from './functions.fr';
import type { Lang } from './lang';

export function functionName(id: string, lang: Lang): string {
  return lang === 'fr' ? (FUNCTIONS_FR[id]?.name ?? id) : id;
}

/** Whether `id` is one of the BPI functions the French table knows. */
export function isBpiFunction(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(FUNCTIONS_FR, id);
}
