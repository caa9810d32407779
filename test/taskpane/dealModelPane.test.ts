import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from '../harness/paths';
import { openPane, useBrowser } from './browser';

/** A stand-in for Office.js inside Excel; isSetSupported answers `supported`; Excel.run records the calls. */
const excelHost = (supported: boolean) => `
  window.calls = [];
  window.Office = {
    onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }),
    context: { requirements: { isSetSupported: (name, version) => ${supported} && name === 'ExcelApi' && version === '1.13' } },
  };
  window.Excel = { run: async (batch) => {
    const sheet = { activate: () => window.calls.push('activate'),
      names: { getItem: (n) => ({ getRange: () => ({ select: () => window.calls.push('select ' + n) }) }) } };
    await batch({ sync: async () => {}, workbook: {
      insertWorksheetsFromBase64: (b64, options) => { window.calls.push({ b64, options }); return { value: ['{S}'] }; },
      worksheets: { getItem: () => sheet },
    } });
  } };`;

describe('Task pane in headless Chromium: New deal model', function () {
  const session = useBrowser();
  const built = () => fs.readFileSync(path.join(DIST, 'deal-model.xlsx'));

  it('in Excel with ExcelApi 1.13: the button fetches deal-model.xlsx (CSP connect-src self) and inserts it', async () => {
    const pane = await openPane(session.browser, session.served, { officeScript: excelHost(true) });
    try {
      await pane.page.getByTestId('deal-model-insert').click();
      await pane.page.getByText('Inserted the sheet "Deal"').waitFor();
      const calls = (await pane.page.evaluate(() => (window as unknown as { calls: unknown[] }).calls)) as [{ b64: string; options: unknown }, ...string[]];
      assert.ok(Buffer.from(calls[0].b64, 'base64').equals(built()), 'the payload is the built file');
      assert.deepEqual(calls[0].options, { positionType: 'End' });
      assert.deepEqual(calls.slice(1), ['activate', 'select CountryCategory']);
      assert.equal(await pane.page.getByTestId('deal-model-download').count(), 0);
      assert.deepEqual(pane.errors, []);
      assert.deepEqual(await pane.cspViolations(), []);
    } finally {
      await pane.close();
    }
  });

  it('in Excel without ExcelApi 1.13: says so and offers the file, served beside taskpane.html', async () => {
    const pane = await openPane(session.browser, session.served, { officeScript: excelHost(false) });
    try {
      const link = pane.page.getByTestId('deal-model-download');
      await link.waitFor();
      assert.match((await pane.page.getByTestId('deal-model-status').textContent()) ?? '', /cannot insert a sheet.*ExcelApi 1\.13/);
      assert.equal(await pane.page.getByTestId('deal-model-insert').count(), 0);
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      assert.equal(href, `${session.served.base}deal-model.xlsx`);
      const bytes = await pane.page.evaluate(async (u) => Array.from(new Uint8Array(await (await fetch(u)).arrayBuffer())), href);
      assert.ok(Buffer.from(bytes).equals(built()));
      assert.deepEqual(pane.errors, []);
    } finally {
      await pane.close();
    }
  });

  it('outside Excel: offers the download', async () => {
    const pane = await openPane(session.browser, session.served);
    try {
      await pane.page.getByTestId('deal-model-download').waitFor();
      assert.match((await pane.page.getByTestId('deal-model-status').textContent()) ?? '', /Outside Excel/);
    } finally {
      await pane.close();
    }
  });
});
