import type { StepRow } from './steps';

/**
 * "Copy the steps": the steps as tab-separated rows (a header, then step and value), which paste into a
 * sheet as two columns. The values are the pane's text (in French with the decimal comma, so a French Excel
 * reads the terminating ones as numbers).
 */
export function stepsTable(stepHeader: string, valueHeader: string, rows: readonly StepRow[]): string {
  const cell = (s: string) => s.replace(/[\t\r\n]+/g, ' ');
  return [[stepHeader, valueHeader], ...rows.map((r) => [r.label, r.text])].map((r) => r.map(cell).join('\t')).join('\r\n') + '\r\n';
}

/** Puts text on the clipboard: the Clipboard API where the page may use it, else a selected textarea and copy. */
export async function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return;
    } catch {
      // Office's webviews may refuse the Clipboard API without a permission prompt: fall back below.
    }
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'offscreen';
  document.body.append(area);
  area.select();
  const done = document.execCommand('copy');
  area.remove();
  if (!done) throw new Error('the browser refused to copy');
}
