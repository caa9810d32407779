/**
 * The pane's two views, the calculator and the documentation, so that the calculator is one screen and not
 * the top of a long page. A view is a container with data-view; links with data-view-link switch to it, and
 * any link into a view (#rounding-h, #calculator-h) shows that view first, then its target. Plain links and
 * the location hash: the browser's back button, bookmarks and the skip link keep working.
 */
export type View = 'calculator' | 'docs';

function viewOf(hash: string): View {
  const target = hash.length > 1 ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
  return (target?.closest<HTMLElement>('[data-view]')?.dataset.view as View | undefined) ?? 'calculator';
}

export function currentView(): View {
  return (document.querySelector<HTMLElement>('[data-view]:not([hidden])')?.dataset.view as View | undefined) ?? 'calculator';
}

export function showView(view: View): void {
  for (const el of document.querySelectorAll<HTMLElement>('[data-view]')) el.hidden = el.dataset.view !== view;
  for (const a of document.querySelectorAll<HTMLElement>('[data-view-link]')) {
    if (a.dataset.viewLink === view) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

/** Shows the view the location's hash points into, and scrolls to the target once it is displayed. */
function follow(): void {
  showView(viewOf(location.hash));
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  target?.scrollIntoView();
}

export function mountViews(): void {
  window.addEventListener('hashchange', follow);
  if (location.hash.length > 1) follow();
  else showView('calculator');
}
