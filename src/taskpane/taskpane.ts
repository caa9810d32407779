/*
 * Task pane entry: the calculator and the documentation, built on the core, in the user's language.
 * Office.js is used for the "Insert formula" buttons in Excel and for Office's display language; everything
 * else works in a plain browser, and when Office.js is blocked or its address hangs (it loads async).
 */
import { Lang, languageOf } from '../i18n/lang';
import { PaneText, paneText } from '../i18n/pane';
import { CalculatorState, mountCalculator } from './calculator';
import { dealModelSection, dealModelMode } from './dealModel';
import { renderDocs } from './docs';
import { insertFormula } from './insert';
import { EXCEL_HOST, officeHost } from './office';
import { mountViews } from './views';

/**
 * The pane's language: Office's display language inside Office (known once Office.onReady has reported
 * a host), else the browser's. English for anything but French.
 */
export function paneLanguage(
  host: string | null,
  g: { Office?: { context?: { displayLanguage?: string } }; navigator?: { language?: string } } = globalThis,
): Lang {
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

/** Renders everything in `lang`, replacing what was there; the calculator starts from `state` if given. */
function render(lang: Lang, state?: CalculatorState): Mounted {
  applyStatic(lang);
  const calculator = mountCalculator(lang, state);
  const section = document.getElementById('calculator');
  section?.querySelector(':scope > :not(h2)')?.remove();
  section?.append(calculator.element);
  document.getElementById('docs')?.replaceChildren(...renderDocs(lang));
  return { lang, calculator };
}

/** Where the user is: the focused field, its selection, the scroll position. */
interface Place {
  readonly focus: string | null;
  readonly selection: readonly [number | null, number | null] | null;
  readonly scroll: readonly [number, number];
}

function place(): Place {
  const active = document.activeElement as HTMLInputElement | null;
  const typed = active instanceof HTMLInputElement && active.type === 'text';
  return { focus: active?.id || null, selection: typed ? [active.selectionStart, active.selectionEnd] : null, scroll: [window.scrollX, window.scrollY] };
}

function restore(p: Place): void {
  const el = p.focus ? (document.getElementById(p.focus) as HTMLInputElement | null) : null;
  el?.focus({ preventScroll: true });
  if (el && p.selection && p.selection[0] !== null) el.setSelectionRange(p.selection[0], p.selection[1]);
  window.scrollTo(p.scroll[0], p.scroll[1]);
}

function start(): void {
  // The browser's language at once, so the page is usable before (or without) Office.js.
  let mounted = render(paneLanguage(null));
  mountViews();
  void officeHost().then((host) => {
    // In Office, Office's display language wins: render again in it, with what was typed, where it was.
    const lang = paneLanguage(host);
    if (lang !== mounted.lang) {
      const here = place();
      mounted = render(lang, mounted.calculator.state());
      restore(here);
    }
    if (host === EXCEL_HOST) mounted.calculator.enableInsert((formula) => insertFormula(formula));
    document.getElementById('deal-model')?.append(dealModelSection(dealModelMode(host), undefined, lang));
  });
}

start();
