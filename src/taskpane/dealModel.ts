/**
 * "New deal model": inserts the deal model sheet (deal-model.xlsx, built from templates/dealModel.ts and
 * served beside taskpane.html) into the open workbook, and puts the cursor on its first input. Inserting a
 * sheet from a file needs ExcelApi 1.13 (Workbook.insertWorksheetsFromBase64); where Excel lacks it, and
 * outside Excel, the pane offers the file for download instead.
 */
import type { Lang } from '../i18n/lang';
import { paneText } from '../i18n/pane';
import { h } from './dom';

/** The built file, relative to taskpane.html (same origin: the CSP's connect-src 'self'). */
export const DEAL_MODEL_FILE = 'deal-model.xlsx';
/** The sheet-scoped name of the model's first input (templates/dealModel.ts FIRST_INPUT; a test checks they agree). */
export const FIRST_INPUT = 'CountryCategory';

/** The parts of Office.js this needs. */
export interface OfficeApi {
  context?: { requirements?: { isSetSupported(name: string, version?: string): boolean } };
}
export interface ExcelApi {
  run(batch: (context: Excel.RequestContext) => Promise<void>): Promise<void>;
}
type Fetch = (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/** insert: the host can insert the sheet; unsupported: Excel without ExcelApi 1.13; outside: not in Excel. */
export type DealModelMode = 'insert' | 'unsupported' | 'outside';

export function dealModelMode(host: string | null, office: OfficeApi | undefined = (globalThis as { Office?: OfficeApi }).Office): DealModelMode {
  if (host !== 'Excel') return 'outside';
  return office?.context?.requirements?.isSetSupported('ExcelApi', '1.13') === true ? 'insert' : 'unsupported';
}

/** Base64 of the file's bytes, as insertWorksheetsFromBase64 takes it (in chunks: no huge argument lists). */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Fetches the model, inserts its sheet at the end of the workbook, activates it and selects the first input. */
export async function insertDealModel(
  excel: ExcelApi | undefined = (globalThis as { Excel?: ExcelApi }).Excel,
  fetchFile: Fetch = (u) => fetch(u),
): Promise<void> {
  if (!excel) throw new Error('Excel is not available');
  const response = await fetchFile(DEAL_MODEL_FILE);
  if (!response.ok) throw new Error(`${DEAL_MODEL_FILE} could not be loaded (HTTP ${response.status})`);
  const base64 = toBase64(new Uint8Array(await response.arrayBuffer()));
  await excel.run(async (context) => {
    const ids = context.workbook.insertWorksheetsFromBase64(base64, { positionType: 'End' });
    await context.sync();
    const sheet = context.workbook.worksheets.getItem(ids.value[0]);
    sheet.activate();
    sheet.names.getItem(FIRST_INPUT).getRange().select();
    await context.sync();
  });
}

/** The pane's section: the button in Excel with ExcelApi 1.13, else why not and a download link. */
export function dealModelSection(mode: DealModelMode, insert: () => Promise<void> = () => insertDealModel(), lang: Lang = 'en'): HTMLElement {
  const t = paneText(lang).dealModel;
  const download = h('a', { href: DEAL_MODEL_FILE, download: DEAL_MODEL_FILE, 'data-testid': 'deal-model-download' }, t.download(DEAL_MODEL_FILE));
  const about = h('p', {}, t.about);
  if (mode !== 'insert') {
    const why = mode === 'unsupported' ? t.unsupported : t.outside;
    return h('div', { class: 'deal-model' }, about, h('p', { 'data-testid': 'deal-model-status' }, why), h('p', {}, download));
  }
  const status = h('p', { 'data-testid': 'deal-model-status', role: 'status' });
  const button = h('button', { type: 'button', 'data-testid': 'deal-model-insert' }, t.button);
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = t.inserting;
    insert()
      .then(
        () => (status.textContent = t.inserted),
        (e: unknown) => (status.textContent = t.failed(e instanceof Error ? e.message : String(e))),
      )
      .finally(() => (button.disabled = false));
  });
  return h('div', { class: 'deal-model' }, about, h('p', {}, button), status);
}
