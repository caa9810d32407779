/*
 * Renders an evaluated sheet as an HTML table that looks like Excel's grid (column letters, row numbers,
 * the file's fills, bold and number formats, a red corner where a cell has a note), for a screenshot.
 * The number formats rendered are the few the deal model uses.
 */
import { DetailedCellError } from 'hyperformula';
import type { Worksheet } from '@cj-tech-master/excelts';

function formatValue(v: unknown, numFmt: string | undefined): string {
  if (v === null || v === undefined) return '';
  if (v instanceof DetailedCellError) return v.value;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v !== 'number') return String(v);
  const fixed = (n: number, min: number, max: number, grouping = false) =>
    n.toLocaleString('en-US', { minimumFractionDigits: min, maximumFractionDigits: max, useGrouping: grouping });
  switch (numFmt) {
    case '0.00%':
      return `${fixed(v * 100, 2, 2)}%`;
    case '0.000%':
      return `${fixed(v * 100, 3, 3)}%`;
    case 'yyyy-mm-dd':
      return new Date((v - 25_569) * 86_400_000).toISOString().slice(0, 10); // an Excel serial (from 1 March 1900)
    case '#,##0.00':
      return fixed(v, 2, 2, true);
    case '0.00##':
      return fixed(v, 2, 4);
    case '0':
      return fixed(v, 0, 0);
    default:
      return String(Number(v.toPrecision(10))); // Excel's General shows about 10 significant digits
  }
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sheetHtml(ws: Worksheet, values: unknown[][], title: string): string {
  const cols = 4;
  const widths = Array.from({ length: cols }, (_, c) => Math.round((ws.getColumn(c + 1).width ?? 10) * 7.2));
  const rows = values.length;
  let body = '';
  for (let r = 0; r < rows; r++) {
    let tr = `<th class="rh">${r + 1}</th>`;
    // As in Excel, a text runs on over empty cells to its right (here: only from and over unshaded cells).
    const blank = (c: number) => {
      const v = values[r]?.[c];
      return (v === null || v === undefined || v === '') && !(ws.getCell(r + 1, c + 1).fill as { fgColor?: unknown } | undefined)?.fgColor;
    };
    for (let c = 0; c < cols; c++) {
      const cell = ws.getCell(r + 1, c + 1);
      let span = 1;
      const runsOn = typeof values[r]?.[c] === 'string' && !(cell.fill as { fgColor?: unknown } | undefined)?.fgColor;
      while (runsOn && c + span < cols && blank(c + span)) span++;
      const fmt = typeof cell.numFmt === 'object' ? (cell.numFmt as { formatCode: string }).formatCode : cell.numFmt;
      const v = values[r]?.[c];
      const text = formatValue(v, fmt);
      const fill = (cell.fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
      const font = cell.font ?? {};
      const style = [
        fill ? `background:#${fill.slice(2)}` : '',
        font.bold ? 'font-weight:bold' : '',
        font.italic ? 'font-style:italic' : '',
        font.size ? `font-size:${Math.round((font.size / 11) * 13)}px` : '',
        font.color?.argb ? `color:#${font.color.argb.slice(2)}` : '',
        typeof v === 'number' || typeof v === 'boolean' ? 'text-align:right' : '',
        v instanceof DetailedCellError ? 'color:#c00' : '',
      ]
        .filter(Boolean)
        .join(';');
      const note = cell.note ? '<span class="note"></span>' : '';
      tr += `<td colspan="${span}" style="${style}">${note}${esc(text)}</td>`;
      c += span - 1;
    }
    body += `<tr>${tr}</tr>\n`;
  }
  const head = `<tr><th class="corner" style="width:30px"></th>${widths
    .map((_, i) => String.fromCharCode(65 + i))
    .map((l, i) => `<th style="width:${widths[i]}px">${l}</th>`)
    .join('')}</tr>`;
  const total = 30 + widths.reduce((a, b) => a + b, 0);
  return `<!doctype html><html><head><meta charset="utf-8"><title>${esc(title)}</title><style>
    body { margin: 0; font: 13px Calibri, Carlito, "Liberation Sans", Arial, sans-serif; background: #fff; }
    table { border-collapse: collapse; table-layout: fixed; width: ${total}px; }
    th { background: #f3f3f3; color: #444; font-weight: normal; border: 1px solid #d4d4d4; padding: 1px 4px; }
    th.rh { width: 30px; text-align: center; }
    td { border: 1px solid #e1e1e1; padding: 1px 4px; height: 18px; white-space: nowrap; overflow: hidden; position: relative; }
    .note { position: absolute; top: 0; right: 0; border-left: 6px solid transparent; border-top: 6px solid #d00; }
    caption { text-align: left; padding: 4px; color: #333; }
  </style></head><body><table><caption>${esc(title)}</caption><thead>${head}</thead><tbody>${body}</tbody></table></body></html>`;
}
