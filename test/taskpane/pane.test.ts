import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ARTIFACTS, openPane, Pane, price, showCalculator, showDocs, useBrowser, withAxe } from './browser';

describe('Task pane in headless Chromium (dist/taskpane.html)', function () {
  const session = useBrowser({ pane: true });

  it('opens with no page error, no console error and no request leaving the machine but Office.js', async () => {
    await session.pane.page.waitForLoadState('networkidle');
    assert.deepEqual(session.pane.errors, []);
    assert.deepEqual(session.pane.offMachine, []);
    assert.ok(session.pane.officeFiles.includes('office.js'), `Office.js was requested: ${session.pane.officeFiles.join(', ')}`);
  });

  it('runs under its Content-Security-Policy with no violation', async () => {
    const csp = await session.pane.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(csp ?? '', /script-src 'self' https:\/\/appsforoffice\.microsoft\.com;/);
    assert.doesNotMatch(csp ?? '', /unsafe-inline|unsafe-eval/);
    await session.pane.page.getByTestId('x').fill('7'); // exercise the page a little first
    assert.deepEqual(await session.pane.cspViolations(), []);
  });

  it('reports no host outside Office: the Insert formula button stays hidden', async () => {
    assert.equal(await session.pane.page.evaluate(async () => (await Office.onReady()).host), null);
    assert.equal(await session.pane.page.getByTestId('insert').isVisible(), false);
  });

  it('has the documentation: functions, rounding, categories, options, readings, edition March 2018', async () => {
    await showDocs(session.pane.page);
    const headings = await session.pane.page.locator('h2').allTextContents();
    for (const h of [
      'Calculator',
      'Functions',
      'Rounding',
      'Country and debtor categories',
      'Options',
      'Readings of the note',
      'Errors',
      'Edition: March 2018',
    ]) {
      assert.ok(headings.includes(h), `heading "${h}" in ${JSON.stringify(headings)}`);
    }
    const fns = await session.pane.page.locator('article.fn h3').allTextContents();
    for (const n of [
      'RATE',
      'EXPLAIN',
      'CATEGORY',
      'COEF',
      'COVERADJ',
      'HORIZON',
      'EQUIVTERM',
      'PREMIUM',
      'CLAIMSPREMIUM',
      'REVISEDBASIS',
      'SHARES',
      'RETAINED',
      'EKFPREMIUM',
      'EKFELIGIBLE',
    ]) {
      assert.ok(
        fns.some((t) => t.startsWith(`BPI.${n}(`)),
        `BPI.${n} documented`,
      );
    }
    const rounding = await session.pane.page.getByTestId('rounding-examples').innerText();
    assert.match(rounding, /Exactly half way[^%]*Unrounded\s+1\.005%\s+Binary spreadsheet\s+1\.00%\s+BPI\.RATE\s+1\.01%/);
    assert.match(rounding, /COVER=97\.5%[^%]*Unrounded\s+1\.365%\s+Binary spreadsheet\s+1\.36%\s+BPI\.RATE\s+1\.37%/);
    const readings = await session.pane.page.locator('#readings').innerText();
    assert.match(readings, /0\.0037/);
    assert.match(readings, /indicative/);
    assert.match(await session.pane.page.locator('#errors').innerText(), /#NUM! from a BPI function shows no message in Excel/);
    assert.match(await session.pane.page.getByTestId('options-table').innerText(), /MOBILE\s+0–25 % \(0–15 % in category 0\)/);
    await showCalculator(session.pane.page);
  });

  it('prices 3 / CC3 / 1 / NONPAYMENT at 1.01% (exactly half way)', async () => {
    assert.equal(await price(session.pane.page, '3', 'CC3', '1', 'NONPAYMENT'), '1.01%');
    const steps = await session.pane.page.getByTestId('steps').innerText();
    assert.match(steps, /Unrounded rate \(%\)\s+1\.005/);
    assert.equal(await session.pane.page.getByTestId('formula').textContent(), '=BPI.RATE(3,"CC3",1)');
  });

  it('prices 3 / CC2 / 5 / NONPAYMENT / COVER=100% at 3.35%, and a premium to the cent', async () => {
    assert.equal(await price(session.pane.page, '3', 'CC2', '5', 'NONPAYMENT', 'COVER=100%'), '3.35%');
    assert.match(await session.pane.page.getByTestId('steps').innerText(), /PC coefficient[^\n]*\s+1\.00489/);
    await session.pane.page.locator('#in-amount').fill('1234567.89');
    assert.equal(await session.pane.page.getByTestId('premium').textContent(), '41,358.02'); // 1,234,567.89 × 3.35 % = 41,358.024…
    await session.pane.page.locator('#in-amount').fill('');
  });

  it('shows the Excel code and the message of an error (role="alert"), the #NUM! Excel would not show', async () => {
    await price(session.pane.page, '3', 'CC1', '-1', 'NONPAYMENT');
    const alert = session.pane.page.getByRole('alert');
    assert.equal((await alert.innerText()).trim(), '#NUM! x must be a term in years from 0 to 100, got -1');
    assert.equal(await session.pane.page.getByTestId('rate').textContent(), '—');
    assert.equal(await session.pane.page.getByTestId('x').getAttribute('aria-invalid'), 'true');
    // No "Steps" heading over an empty table under the alert: the steps are hidden.
    assert.equal(await session.pane.page.getByTestId('steps').isVisible(), false);
    assert.equal(await session.pane.page.locator('[data-testid="steps"] tbody tr').count(), 0);
    await price(session.pane.page, '3', 'CC2', '1', 'NONPAYMENT', 'MOBILE=30%');
    assert.match(await alert.innerText(), /^#NUM! options: MOBILE/);
    // What the user can do instead: the debtor categories the note prices in country category 6 (I-C
    // non-payment table, row 6: SOV+ … CC3 printed, CC4 and CC5 "-").
    await price(session.pane.page, '6', 'CC5', '1', 'NONPAYMENT');
    assert.equal(
      (await alert.innerText()).trim(),
      '#N/A the note publishes no non-payment coefficient for debtor CC5 in country category 6; it prices SOV+, SOV/CCO, CC1, CC2, CC3 there',
    );
    assert.equal(await session.pane.page.getByTestId('steps').isVisible(), false);
  });

  it('turns a score into a debtor category (BB- in country 3 → CC3) and prices it', async () => {
    assert.equal(await price(session.pane.page, '3', 'BB-', '1', 'NONPAYMENT'), '1.01%');
    assert.match(await session.pane.page.getByTestId('notes').innerText(), /Score BB- in country category 3 → debtor category CC3/);
    assert.equal(await session.pane.page.getByTestId('formula').textContent(), '=BPI.RATE(3,BPI.CATEGORY("BB-",3),1)');
    assert.equal(await session.pane.page.getByRole('alert').innerText(), '');
  });

  it('updates on input, from the keyboard alone', async () => {
    await price(session.pane.page, '3', 'CC3', '1', 'NONPAYMENT');
    await session.pane.page.locator('body').focus();
    await session.pane.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    let focused = '';
    for (let i = 0; i < 30 && focused !== 'x'; i++) {
      await session.pane.page.keyboard.press('Tab');
      focused = await session.pane.page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
    }
    assert.equal(focused, 'x', 'x is reachable with Tab');
    await session.pane.page.keyboard.press('Control+A');
    await session.pane.page.keyboard.type('5');
    assert.equal(await session.pane.page.getByTestId('rate').textContent(), '3.65%'); // 0.660 × 5 + 0.345 = 3.645
    await session.pane.page.keyboard.press('Tab'); // the type <select>
    assert.equal(await session.pane.page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'type');
    await session.pane.page.keyboard.press('ArrowDown'); // INTERRUPTION: 0.130 × 5 + 0.384 = 1.034
    assert.equal(await session.pane.page.getByTestId('rate').textContent(), '1.03%');
    await session.pane.page.keyboard.press('Enter');
    assert.equal(await session.pane.page.getByTestId('rate').textContent(), '1.03%');
  });

  it('has no accessibility violation at all (axe-core), pickers and scrolling tables included, both views, at 400 and 320 px', async () => {
    for (const width of [400, 320]) {
      await withAxe(session, { width }, async (page, check) => {
        // The states a user meets: a score note, an error, a tie.
        await price(page, '3', 'BB-', '1', 'NONPAYMENT');
        await check('score');
        await price(page, '6', 'CC5', '1', 'NONPAYMENT');
        await check('error');
        await price(page, '1', 'SOV/CCO', '10.9', 'NONPAYMENT', 'COVER=97.5%');
        await check('tie');
        await showDocs(page);
        await check('documentation');
      });
    }
  });

  it('still documents and calculates when Office.js is blocked', async () => {
    const blocked = await openPane(session.browser, session.served, { blockOffice: true });
    try {
      assert.equal(await blocked.page.evaluate(() => typeof (window as { Office?: unknown }).Office), 'undefined');
      assert.equal(await price(blocked.page, '3', 'CC3', '1', 'NONPAYMENT'), '1.01%');
      await showDocs(blocked.page);
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
    const excel = await openPane(session.browser, session.served, { officeScript });
    try {
      const insert = excel.page.getByTestId('insert');
      await insert.waitFor({ state: 'visible' });
      await price(excel.page, '3', 'CC2', '5', 'NONPAYMENT', 'COVER=100%');
      await insert.click();
      await excel.page.getByText('Inserted =BPI.RATE').waitFor();
      assert.deepEqual(await excel.page.evaluate(() => (window as unknown as { written: unknown }).written), [
        [['=BPI.RATE(3,"CC2",5,"NONPAYMENT","COVER=100%")']],
      ]);
      await price(excel.page, '3', 'CC2', '-5', 'NONPAYMENT');
      assert.equal(await insert.isDisabled(), true, 'nothing to insert while the inputs are in error');
      assert.deepEqual(excel.errors, []);
      assert.deepEqual(await excel.cspViolations(), []);
    } finally {
      await excel.close();
    }
  });

  it('shows every step as the exact decimal it is: the tie 1 / SOV/CCO / 10.9 / COVER=97.5% → 1.37%', async () => {
    // I-C, row 0/1, SOV/CCO: a = 0.090, b = 0.349, so S = T = 0.090 × 10.9 + 0.349 = 1.33;
    // the share factor is 97.5 %/95 % = 39/38 (k = 0 in category 1), so R = 1.33 × 39/38 = 1.365 exactly → 1.37 %.
    assert.equal(await price(session.pane.page, '1', 'SOV/CCO', '10.9', 'NONPAYMENT', 'COVER=97.5%'), '1.37%');
    const steps = await session.pane.page.getByTestId('steps').innerText();
    assert.match(steps, /Sovereign rate S = a·x' \+ b \(%\)\s+1\.33\n/);
    assert.match(steps, /Percentage of cover, political \(PCP\) \(%\)\s+97\.5\n/);
    assert.match(steps, /Country risk share factor\s+39\/38 = 1\.0263157894…/);
    assert.match(steps, /Unrounded rate \(%\)\s+1\.365\n/);
    assert.doesNotMatch(steps, /\d\.\d{13,}/, 'no 13-or-more-digit fraction (a double’s noise)');
    // 3 / CC2 / 5 / COVER=100%: R = 3.165 × 1.00489 / 0.95 = 3.18047685 / 0.95 = 3.34787036842105…, not terminating.
    await price(session.pane.page, '3', 'CC2', '5', 'NONPAYMENT', 'COVER=100%');
    const wide = await session.pane.page.getByTestId('steps').innerText();
    assert.match(wide, /Unrounded rate \(%\)\s+3\.3478703684…/);
    assert.match(wide, /Percentage of cover, commercial \(PCC\) \(%\)\s+100\n/);
    assert.doesNotMatch(wide, /\d\.\d{13,}/);
    // The "Value" header sits over the values: both aligned right.
    const align = await session.pane.page.evaluate(() => {
      const t = document.querySelector('[data-testid="steps"]')!;
      return [getComputedStyle(t.querySelector('thead th:last-child')!).textAlign, getComputedStyle(t.querySelector('tbody td.num')!).textAlign];
    });
    assert.deepEqual(align, ['right', 'right']);
  });

  it('offers pickers: country categories 0–7 with their meaning, debtor categories in a list that still takes a score', async () => {
    const countries = await session.pane.page.getByTestId('country').locator('option').allTextContents();
    assert.equal(countries.length, 8);
    assert.deepEqual(
      await session.pane.page
        .getByTestId('country')
        .locator('option')
        .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value)),
      ['0', '1', '2', '3', '4', '5', '6', '7'],
    );
    assert.match(countries[0], /indicative/);
    assert.match(countries[0], /0\/1/);
    assert.match(await session.pane.page.locator('#in-country-hint').innerText(), /former category 0/);
    const listId = await session.pane.page.getByTestId('debtor').getAttribute('list');
    const debtors = await session.pane.page.locator(`datalist#${listId} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    assert.deepEqual(debtors, ['SOV+', 'SOV/CCO', 'CC1', 'CC2', 'CC3', 'CC4', 'CC5']);
    assert.equal(await price(session.pane.page, '3', 'Ba3', '1', 'NONPAYMENT'), '1.01%'); // Ba3 in category 3 → CC3: 0.660 + 0.345 = 1.005
    // From the keyboard: the country picker moves with the arrow keys and the rate follows.
    await session.pane.page.getByTestId('country').focus();
    await session.pane.page.keyboard.press('ArrowDown'); // 3 → 4: Ba3 (BB-) in 4 is CC2 (I-A); I-C row 4 CC2: 0.770 × 1 + 0.344 = 1.114
    assert.equal(await session.pane.page.getByTestId('country').inputValue(), '4');
    assert.equal(await session.pane.page.getByTestId('rate').textContent(), '1.11%');
  });

  it('holds from 320 to 1200 px: no page scroll sideways, wide tables in a scrolling region, no break inside a number (screenshots in test/artifacts/)', async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    const shot = (p: Pane, name: string) => p.page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${name}.png`) });
    for (const width of [320, 450, 1200]) {
      // Office.js blocked: its telemetry frame, on a long session, is Office's, not the page's (CSP tested above).
      const p = await openPane(session.browser, session.served, { width, height: 1000, blockOffice: true });
      try {
        await p.page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        const states: [string, () => Promise<unknown>][] = [
          [
            'price',
            async () => {
              await price(p.page, '3', 'CC2', '5', 'NONPAYMENT', 'COVER=100%');
              await p.page.locator('#in-amount').fill('1000000');
            },
          ],
          ['tie', () => price(p.page, '1', 'SOV/CCO', '10.9', 'NONPAYMENT', 'COVER=97.5%')],
          ['error', () => price(p.page, '6', 'CC5', '1', 'NONPAYMENT')],
        ];
        for (const [state, act] of states) {
          await act();
          await p.page.evaluate(() => window.scrollTo(0, 0));
          const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          assert.equal(overflow, 0, `no horizontal page scroll at ${width}px (${state})`);
          await shot(p, `${width}-calculator-${state}`);
          if (state === 'error') {
            assert.equal(await p.page.getByTestId('steps').isVisible(), false, 'steps hidden after an error');
            continue;
          }
          assert.doesNotMatch(await p.page.getByTestId('steps').innerText(), /\d\.\d{13,}/);
          await p.page.getByTestId('steps').screenshot({ path: path.join(ARTIFACTS, `taskpane-${width}-steps-${state}.png`) });
        }
        // The rest in the documentation view.
        await showDocs(p.page);
        assert.equal(
          await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
          0,
          `no horizontal page scroll at ${width}px (documentation)`,
        );
        // Every table wider than the box around it sits in a region that scrolls sideways.
        const unscrolled = await p.page.evaluate(() =>
          [...document.querySelectorAll('table')]
            .filter((t) => t.getClientRects().length > 0)
            .filter((t) => {
              const region = t.closest('.scroll');
              const box = (region?.parentElement ?? t.parentElement)!;
              const wider = t.getBoundingClientRect().width > box.getBoundingClientRect().width + 0.5;
              return wider && !(region && getComputedStyle(region).overflowX === 'auto');
            })
            .map((t) => t.closest('section')?.id ?? t.outerHTML.slice(0, 80)),
        );
        assert.deepEqual(unscrolled, [], `tables wider than their box outside a scrolling region at ${width}px`);
        // A scrolling table says so: its "scroll" line is shown exactly when it overflows (set by a
        // ResizeObserver, which has run once a frame has been drawn).
        await p.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        const cues = await p.page.evaluate(() =>
          [...document.querySelectorAll('.scroll-wrap')]
            .filter((w) => w.getClientRects().length > 0)
            .map((w) => {
              const r = w.querySelector('.scroll')!;
              return {
                over: r.scrollWidth > r.clientWidth + 1,
                hint: getComputedStyle(w.querySelector('.scroll-hint')!).display !== 'none',
                tabStop: r.getAttribute('tabindex') === '0',
              };
            }),
        );
        for (const c of cues) {
          assert.equal(c.hint, c.over, `scroll cue at ${width}px`);
          assert.equal(c.tabStop, c.over, `a scrolling region is a tab stop (keyboard scrolling) at ${width}px`);
        }
        if (width === 320)
          assert.ok(
            cues.some((c) => c.over),
            'at 320 px the coefficient tables scroll',
          );
        // No formula argument (a number such as 97.5%) broken over two lines.
        const broken = await p.page.evaluate(() =>
          [...document.querySelectorAll('.tok')].filter((t) => t.getClientRects().length > 1).map((t) => t.textContent),
        );
        assert.deepEqual(broken, [], `formula tokens broken at ${width}px`);
        for (const part of ['functions', 'fn-rate', 'fn-ekfeligible', 'rounding', 'categories', 'options', 'readings', 'errors', 'edition']) {
          await p.page.locator(`#${part}`).screenshot({ path: path.join(ARTIFACTS, `taskpane-${width}-${part}.png`) });
        }
        assert.deepEqual(
          p.errors.filter((e) => !/Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/.test(e)),
          [],
        );
      } finally {
        await p.close();
      }
    }
  });
});
