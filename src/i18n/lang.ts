/**
 * The user's language, for what the add-in says (messages, pane) and writes (localized formulas). Office's
 * display language where Office.js runs (the shared runtime and the pane in Excel), the browser's language
 * outside Office; English for anything but French.
 */
export type Lang = 'en' | 'fr';

/** 'fr-FR', 'fr-CA', 'fr' → 'fr'; anything else (or nothing) → 'en'. */
export function languageOf(tag: string | null | undefined): Lang {
  return typeof tag === 'string' && /^fr(?:[-_]|$)/i.test(tag.trim()) ? 'fr' : 'en';
}

interface LanguageSources {
  readonly Office?: { context?: { displayLanguage?: string } };
  readonly navigator?: { language?: string };
}

/**
 * Office.context.displayLanguage when Office.js has initialised (it is read at each call: the runtime may
 * start before Office.onReady), else navigator.language, else English.
 */
export function currentLanguage(from: LanguageSources = globalThis as LanguageSources): Lang {
  let office: string | undefined;
  try {
    office = from.Office?.context?.displayLanguage;
  } catch {
    office = undefined; // Office.context throws before Office.js has initialised
  }
  return languageOf(office || from.navigator?.language);
}
