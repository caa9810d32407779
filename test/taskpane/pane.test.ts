import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../harness/paths';
import { ARTIFACTS, Pane, Served, launch, openPane, serveDist } from './browser';

/** Fills the calculator through the test contract's data-testids and clicks Calculate. */
async function price(page: Page, country: string, debtor: string, x: string, type: string, options = ''): Promise<string> {
  await page.getByTestId('country').fill(country);
  await page.getByTestId('debtor').fill(debtor);
  await page.getByTestId('x').fill(x);
  await page.getByTestId('type').selectOption(type);
  await page.getByTestId('options').fill(options);
  await page.getByTestId('calculate').click();
  return (await page.getByTestId('rate').textContent()) ?? '';
}

describe('Task pane in headless Chromium (dist/taskpane.html)', function () {
  let browser: Browser;
  let served: Served;
  let pane: Pane;

  before(async () => {
    served = await serveDist();
    browser = await launch();
    pane = await openPane(browser, served);
  });
  after(async () => {
    await pane?.close();
    await browser?.close();
    await served?.close();
  });

  it('opens with no page error, no console error and no request leaving the machine but Office.js', async () => {
    await pane.page.waitForLoadState('networkidle');
    assert.deepEqual(pane.errors, []);
    assert.deepEqual(pane.offMachine, []);
    assert.ok(pane.officeFiles.includes('office.js'), `Office.js was requested: ${pane.officeFiles.join(', ')}`);
  });

  it('runs under its Content-Security-Policy with no violation', async () => {
    const csp = await pane.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp ?? '', /script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    assert.doesNotMatch(csp ?? '', /unsafe-inline|unsafe-eval/);
    await pane.page.getByTestId('x').fill('7'); // exercise the page a little first
    assert.deepEqual(await pane.cspViolations(), []);
  });

  it('reports no host outside Office: the Insert formula button stays hidden', async () => {
    assert.equal(await pane.page.evaluate(async () => (await Office.onReady()).host), null);
    assert.equal(await pane.page.getByTestId('insert').isVisible(), false);
  });

  it('has the documentation: functions, rounding, categories, options, readings, edition March 2018', async () => {
    const headings = await pane.page.locator('h2').allTextContents();
    for (const h of ['Calculator', 'Functions', 'Rounding', 'Country and debtor categories', 'Options', 'Readings of the note', 'Errors', 'Edition: March 2018']) {
      assert.ok(headings.includes(h), `heading "${h}" in ${JSON.stringify(headings)}`);
    }
    const fns = await pane.page.locator('article.fn h3').allTextContents();
    for (const n of ['RATE', 'EXPLAIN', 'CATEGORY', 'COEF', 'COVERADJ', 'HORIZON', 'EQUIVTERM', 'PREMIUM', 'CLAIMSPREMIUM', 'REVISEDBASIS', 'SHARES', 'RETAINED', 'EKFPREMIUM', 'EKFELIGIBLE']) {
      assert.ok(fns.some((t) => t.startsWith(`BPI.${n}(`)), `BPI.${n} documented`);
    }
    const rounding = await pane.page.getByTestId('rounding-examples').innerText();
    assert.match(rounding, /Exactly half way[^%]*Unrounded\s+1\.005%\s+Naive float\s+1\.00%\s+BPI\.RATE\s+1\.01%/);
    assert.match(rounding, /COVER=97\.5%[^%]*Unrounded\s+1\.365%\s+Naive float\s+1\.36%\s+BPI\.RATE\s+1\.37%/);
    const readings = await pane.page.locator('#readings').innerText();
    assert.match(readings, /0\.0037/);
    assert.match(readings, /indicative/);
    assert.match(await pane.page.locator('#errors').innerText(), /#NUM! from a BPI function shows no message in Excel/);
    assert.match(await pane.page.getByTestId('options-table').innerText(), /MOBILE\s+0–25 % \(0–15 % in category 0\)/);
  });

  it('prices 3 / CC3 / 1 / NONPAYMENT at 1.01% (exactly half way)', async () => {
    assert.equal(await price(pane.page, '3', 'CC3', '1', 'NONPAYMENT'), '1.01%');
    const steps = await pane.page.getByTestId('steps').innerText();
    assert.match(steps, /Unrounded rate \(%\)\s+1\.005/);
    assert.equal(await pane.page.getByTestId('formula').textContent(), '=BPI.RATE(3,"CC3",1)');
  });

  it('prices 3 / CC2 / 5 / NONPAYMENT / COVER=100% at 3.35%, and a premium to the cent', async () => {
    assert.equal(await price(pane.page, '3', 'CC2', '5', 'NONPAYMENT', 'COVER=100%'), '3.35%');
    assert.match(await pane.page.getByTestId('steps').innerText(), /PC coefficient[^\n]*\s+1\.00489/);
    await pane.page.locator('#in-amount').fill('1234567.89');
    assert.equal(await pane.page.getByTestId('premium').textContent(), '41,358.02'); // 1,234,567.89 × 3.35 % = 41,358.024…
    await pane.page.locator('#in-amount').fill('');
  });

  it('shows the Excel code and the message of an error (role="alert"), the #NUM! Excel would not show', async () => {
    await price(pane.page, '8', 'CC1', '1', 'NONPAYMENT');
    const alert = pane.page.getByRole('alert');
    assert.equal((await alert.innerText()).trim(), '#NUM! country must be an integer 0–7, got 8');
    assert.equal(await pane.page.getByTestId('rate').textContent(), '—');
    assert.equal(await pane.page.getByTestId('country').getAttribute('aria-invalid'), 'true');
    await price(pane.page, '3', 'CC2', '1', 'NONPAYMENT', 'MOBILE=30%');
    assert.match(await alert.innerText(), /^#NUM! options: MOBILE/);
    await price(pane.page, '5', 'CC5', '1', 'NONPAYMENT');
    assert.match(await alert.innerText(), /^#N\/A the note publishes no/);
  });

  it('turns a score into a debtor category (BB- in country 3 → CC3) and prices it', async () => {
    assert.equal(await price(pane.page, '3', 'BB-', '1', 'NONPAYMENT'), '1.01%');
    assert.match(await pane.page.getByTestId('notes').innerText(), /Score BB- in country category 3 → debtor category CC3/);
    assert.equal(await pane.page.getByTestId('formula').textContent(), '=BPI.RATE(3,BPI.CATEGORY("BB-",3),1)');
    assert.equal(await pane.page.getByRole('alert').innerText(), '');
  });

  it('updates on input, from the keyboard alone', async () => {
    await price(pane.page, '3', 'CC3', '1', 'NONPAYMENT');
    await pane.page.locator('body').focus();
    await pane.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'x'; i++) {
      await pane.page.keyboard.press('Tab');
      focused = await pane.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    }
    assert.equal(focused, 'x', 'x is reachable with Tab');
    await pane.page.keyboard.press('Control+A');
    await pane.page.keyboard.type('5');
    assert.equal(await pane.page.getByTestId('rate').textContent(), '3.65%'); // 0.660 × 5 + 0.345 = 3.645
    await pane.page.keyboard.press('Tab'); // the type <select>
    assert.equal(await pane.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'type');
    await pane.page.keyboard.press('ArrowDown'); // INTERRUPTION: 0.130 × 5 + 0.384 = 1.034
    assert.equal(await pane.page.getByTestId('rate').textContent(), '1.03%');
    await pane.page.keyboard.press('Enter');
    assert.equal(await pane.page.getByTestId('rate').textContent(), '1.03%');
  });

  it('has no serious or critical accessibility violation (axe-core)', async () => {
    const a11y = await openPane(browser, served, { bypassCSP: true }); // to inject axe as a script tag
    try {
      await a11y.page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
      // The page with an error showing and a score note too: the states a user meets.
      await price(a11y.page, '3', 'BB-', '1', 'NONPAYMENT');
      const results = await a11y.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      const bad = results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      assert.deepEqual(bad, [], JSON.stringify(results));
    } finally {
      await a11y.close();
    }
  });

  it('still documents and calculates when Office.js is blocked', async () => {
    const blocked = await openPane(browser, served, { blockOffice: true });
    try {
      assert.equal(await blocked.page.evaluate(() => typeof (window as { Office?: unknown }).Office), 'undefined');
      assert.equal(await price(blocked.page, '3', 'CC3', '1', 'NONPAYMENT'), '1.01%');
      assert.ok(await blocked.page.locator('#functions').isVisible());
      const errors = blocked.errors.filter((e) => !/Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/.test(e));
      assert.deepEqual(errors, []);
      assert.deepEqual(blocked.offMachine, []);
      assert.equal(await blocked.page.getByTestId('insert').isVisible(), false);
    } finally {
      await blocked.close();
    }
  });

  it('in Excel (Office.onReady reports host Excel), shows Insert formula, which writes the formula into the selected cell', async () => {
    // A stand-in for Office.js inside Excel: onReady reports Excel; Excel.run records what is written.
    const officeScript = `
      window.written = [];
      window.Office = { onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }) };
      window.Excel = { run: async (batch) => {
        const range = { formulas: null };
        await batch({ workbook: { getSelectedRange: () => range }, sync: async () => { window.written.push(range.formulas); } });
      } };`;
    const excel = await openPane(browser, served, { officeScript });
    try {
      const insert = excel.page.getByTestId('insert');
      await insert.waitFor({ state: 'visible' });
      await price(excel.page, '3', 'CC2', '5', 'NONPAYMENT', 'COVER=100%');
      await insert.click();
      await excel.page.getByText('Inserted =BPI.RATE').waitFor();
      assert.deepEqual(await excel.page.evaluate(() => (window as unknown as { written: unknown }).written), [[['=BPI.RATE(3,"CC2",5,"NONPAYMENT","COVER=100%")']]]);
      await price(excel.page, '8', 'CC2', '5', 'NONPAYMENT');
      assert.equal(await insert.isDisabled(), true, 'nothing to insert while the inputs are in error');
      assert.deepEqual(excel.errors, []);
      assert.deepEqual(await excel.cspViolations(), []);
    } finally {
      await excel.close();
    }
  });

  it('is readable at 320 and 450 px (screenshots in test/artifacts/) with no horizontal scrolling', async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const width of [320, 450]) {
      const p = await openPane(browser, served, { width, height: 1000 });
      try {
        await price(p.page, '3', 'CC2', '5', 'NONPAYMENT', 'COVER=100%');
        await p.page.locator('#in-amount').fill('1000000');
        const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0, `no horizontal scroll at ${width}px`);
        await p.page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${width}.png`) });
        await p.page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${width}-full.png`), fullPage: true });
        for (const part of ['steps', 'fn-rate', 'rounding', 'categories', 'options', 'readings']) {
          const el = part === 'steps' ? p.page.getByTestId('steps') : p.page.locator(`#${part}`);
          await el.screenshot({ path: path.join(ARTIFACTS, `taskpane-${width}-${part}.png`) });
        }
        await price(p.page, '8', 'CC2', '5', 'NONPAYMENT');
        await p.page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${width}-error.png`) });
        assert.deepEqual(p.errors, []);
      } finally {
        await p.close();
      }
    }
  });
});
