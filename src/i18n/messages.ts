/**
 * The add-in's own words in English and French, by key. Each language is a complete catalogue (the French
 * one is typed against the English keys, so a missing translation does not compile). Parameters are
 * written {name} and filled by t().
 */
import { currentLanguage, Lang } from './lang';

const EN = {
  'insert.noExcel': 'Excel is not available',
  'insert.failed': 'Could not insert the formula: {reason}',
} as const;

export type MessageKey = keyof typeof EN;

const FR: Record<MessageKey, string> = {
  'insert.noExcel': 'Excel n’est pas disponible',
  'insert.failed': 'Impossible d’insérer la formule : {reason}',
};

export const CATALOGUES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = { en: EN, fr: FR };

export type MessageParams = Readonly<Record<string, string | number>>;

/** The text of `key` in `lang` (by default the user's), with its {parameters} filled in. */
export function t(key: MessageKey, params: MessageParams = {}, lang: Lang = currentLanguage()): string {
  return CATALOGUES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
