/**
 * Office.js, if it loaded: the host the page runs in. Outside Office, Office.onReady reports no host; when
 * Office.js could not load at all (blocked, offline), there is no Office object. Either way: null. Office.js
 * is loaded async (taskpane.html), so this first waits for its script to load or fail; while its address
 * hangs, this does not resolve and the page simply stays as it first rendered.
 */
type OfficeGlobal = { Office?: { onReady?: () => Promise<{ host: unknown }> } };

/** Resolves once Office.js's script has run or failed (the window's load event waits for async scripts). */
function officeScriptSettled(): Promise<void> {
  if ((globalThis as OfficeGlobal).Office || typeof document === 'undefined' || document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => {
    const script = document.querySelector('script[src*="appsforoffice.microsoft.com"]');
    script?.addEventListener('load', () => resolve(), { once: true });
    script?.addEventListener('error', () => resolve(), { once: true });
    window.addEventListener('load', () => resolve(), { once: true });
  });
}

export async function officeHost(): Promise<string | null> {
  await officeScriptSettled();
  const office = (globalThis as OfficeGlobal).Office;
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
