/*
 * Task pane entry: the calculator and the documentation, built on the core, in the user's language.
 * Office.js is used for the "Insert formula" button in Excel and for Office's display language; everything
 * else works in a plain browser, and when Office.js is blocked.
 */
import { Lang, languageOf } from '../i18n/lang';
import { PaneText, paneText } from '../i18n/pane';
import { mountCalculator } from './calculator';
import { dealModelSection, dealModelMode } from './dealModel';
import { renderDocs } from './docs';
import { insertFormula } from './insert';
import { EXCEL_HOST, officeHost } from './office';

/**
 * The pane's language: Office's display language inside Office (known once Office.onReady has reported
 * a host), else the browser's. English for anything but French.
 */
export function paneLanguage(host: string | null, g: { Office?: { context?: { displayLanguage?: string } }; navigator?: { language?: string } } = globalThis): Lang {
  let office: string | undefined;
  if (host) {
    try {
      office = g.Office?.context?.displayLanguage;
    } catch {
      office = undefined;
    }
  }
  return languageOf(office || g.navigator?.language);
}

/** The static texts of taskpane.html (data-i18n, data-i18n-label) and the document's language. */
function applyStatic(lang: Lang): void {
  const html = paneText(lang).html;
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) {
    const text = html[el.dataset.i18n as keyof PaneText['html']];
    if (text !== undefined) el.textContent = text;
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-i18n-label]')) {
    const text = html[el.dataset.i18nLabel as keyof PaneText['html']];
    if (text !== undefined) el.setAttribute('aria-label', text);
  }
}

interface Mounted {
  readonly lang: Lang;
  readonly calculator: ReturnType<typeof mountCalculator>;
}

/** Renders everything in `lang`, replacing what was there. */
function render(lang: Lang): Mounted {
  applyStatic(lang);
  const calculator = mountCalculator(lang);
  const section = document.getElementById('calculator');
  section?.querySelector(':scope > :not(h2)')?.remove();
  section?.append(calculator.element);
  document.getElementById('docs')?.replaceChildren(...renderDocs(lang));
  return { lang, calculator };
}

function start(): void {
  // The browser's language at once, so the page is usable before (or without) Office.js.
  let mounted = render(paneLanguage(null));
  void officeHost().then((host) => {
    // In Office, Office's display language wins; re-render only if it differs from the browser's.
    const lang = paneLanguage(host);
    if (lang !== mounted.lang) mounted = render(lang);
    if (host === EXCEL_HOST) mounted.calculator.enableInsert((formula) => insertFormula(formula));
    document.getElementById('deal-model')?.append(dealModelSection(dealModelMode(host), undefined, lang));
  });
}

start();
