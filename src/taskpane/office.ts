/**
 * Office.js, if it loaded: the host the page runs in. Outside Office, Office.onReady reports no host; when
 * Office.js could not load at all (blocked, offline), there is no Office object. Either way: null.
 */
export async function officeHost(): Promise<string | null> {
  const office = (globalThis as { Office?: { onReady?: () => Promise<{ host: unknown }> } }).Office;
  if (typeof office?.onReady !== 'function') return null;
  try {
    const info = await office.onReady();
    return info?.host ? String(info.host) : null;
  } catch {
    return null;
  }
}

/** Office.HostType.Excel, as a string so that the check does not need Office.js to have loaded. */
export const EXCEL_HOST = 'Excel';
