import { h } from './dom';

/**
 * A formula (or a signature) as an element that wraps only between its arguments: each argument is a
 * nowrap token and a line may break after the list separator ("," or, in French, ";"), never inside a
 * number such as 97.5% or 7,5, nor inside a text argument ("MOBILE=25%; COVER=100%" stays on one line).
 * textContent is the formula unchanged.
 */
export function formulaCode(formula: string, attrs: Record<string, string> = {}, listSeparator = ',', afterParen = false): HTMLElement {
  const el = h('code', { class: 'formula-code', ...attrs });
  for (const piece of breakPoints(formula, listSeparator, afterParen)) {
    el.append(h('span', { class: 'tok' }, piece), document.createElement('wbr'));
  }
  el.lastChild?.remove();
  return el;
}

/**
 * Splits after each top-level list separator (outside quotes); with afterParen, also after a "(" (a
 * signature's long name, BPI.FACTEURSQUOTITE(, apart from its first argument). A quoted text is never cut.
 */
export function breakPoints(formula: string, listSeparator = ',', afterParen = false): string[] {
  const pieces: string[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (c === '"') quoted = !quoted; // a doubled quote toggles twice: still right
    const cut = !quoted && (c === listSeparator || (afterParen && c === '('));
    if (cut) {
      let end = i + 1;
      while (formula[end] === ' ') end++;
      pieces.push(formula.slice(start, end));
      start = end;
      i = end - 1;
    }
  }
  pieces.push(formula.slice(start));
  return pieces.filter((p) => p !== '');
}
