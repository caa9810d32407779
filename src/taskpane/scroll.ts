import { h } from './dom';

/**
 * A wide table in a region that scrolls sideways on a narrow pane, from the keyboard too (tabindex), with
 * a visible cue: shadows at the edges that hide more columns (CSS), and a "scroll →" line shown only while
 * the table is wider than the region (a ResizeObserver sets data-overflow).
 */
export function scrollable(label: string, t: HTMLTableElement): HTMLElement {
  const region = h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': label }, t);
  const hint = h('p', { class: 'scroll-hint', 'aria-hidden': 'true' }, 'Scroll sideways for more columns →');
  const wrap = h('div', { class: 'scroll-wrap' }, hint, region);
  const check = () => wrap.setAttribute('data-overflow', String(region.scrollWidth > region.clientWidth + 1));
  if (typeof ResizeObserver !== 'undefined') {
    const ro = new ResizeObserver(check);
    ro.observe(region);
    ro.observe(t);
  }
  return wrap;
}
