import type { Lang } from '../i18n/lang';
import { paneText } from '../i18n/pane';
import { h } from './dom';

/**
 * A wide table in a region that scrolls sideways on a narrow pane, with a visible cue: shadows at the edge
 * that hides more columns (CSS), and a "scroll →" line shown only while the table is wider than the region.
 * While it overflows, the region is a tab stop (so it scrolls from the keyboard); when everything fits it is
 * not, so a wide pane has no extra tab stops. A ResizeObserver keeps both up to date.
 */
export function scrollable(label: string, t: HTMLTableElement, lang: Lang = 'en'): HTMLElement {
  const region = h('div', { class: 'scroll', role: 'region', 'aria-label': label }, t);
  const hint = h('p', { class: 'scroll-hint', 'aria-hidden': 'true' }, paneText(lang).scrollHint);
  const wrap = h('div', { class: 'scroll-wrap' }, hint, region);
  const check = () => {
    const over = region.scrollWidth > region.clientWidth + 1;
    wrap.setAttribute('data-overflow', String(over));
    if (over) region.setAttribute('tabindex', '0');
    else region.removeAttribute('tabindex');
  };
  if (typeof ResizeObserver !== 'undefined') {
    const ro = new ResizeObserver(check);
    ro.observe(region);
    ro.observe(t);
  }
  return wrap;
}
