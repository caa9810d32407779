/**
 * The task pane's third edition (issue 23), in French and in English, at 320, 450 and 1200 px: inputs that
 * wait for the user (no error while a number is being typed), errors at their field, grouped amounts, the
 * financed premium, the x hint per type, the term helper, copy and print, the two views, focus in every
 * state (forced colors included), pickers whose texts show whole, a pane that renders while Office.js hangs
 * and keeps what was typed when Office answers in another language. Screenshots in test/artifacts/
 * (taskpane-behaviour-*.png).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ERROR_PAUSE_MS } from '../../src/taskpane/calculator';
import { ARTIFACTS, fillCalculator, openPane, Pane, price, showDocs, useBrowser } from './browser';

type Tag = 'fr' | 'en';
const LOCALES: readonly (readonly [string, Tag])[] = [
  ['fr-FR', 'fr'],
  ['en-US', 'en'],
];
const WIDTHS = [320, 450, 1200] as const;

/** Visible text with no-break spaces as spaces, for matching. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const errorText = async (page: Page) => plain((await page.getByTestId('error').innerText()).trim());

/** Types into a field key by key (each key an input event, as a person types), after emptying it. */
async function typeInto(page: Page, testid: string, text: string, after?: (typed: string) => Promise<void>): Promise<void> {
  const input = page.getByTestId(testid);
  await input.fill('');
  await input.focus();
  for (let i = 1; i <= text.length; i++) {
    await page.keyboard.type(text[i - 1]);
    await after?.(text.slice(0, i));
  }
}

/** Where the error is, relative to the field it names. */
async function errorPlacement(page: Page, testid: string) {
  return page.evaluate((id) => {
    const input = document.querySelector(`[data-testid="${id}"]`) as HTMLInputElement;
    const error = document.querySelector('[data-testid="error"]') as HTMLElement;
    const a = input.getBoundingClientRect();
    const e = error.getBoundingClientRect();
    return {
      sameField: input.closest('.field') === error.closest('.field'),
      gap: e.top - a.bottom,
      invalid: input.getAttribute('aria-invalid'),
      describedBy: (input.getAttribute('aria-describedby') ?? '').split(/\s+/),
      errorId: error.id,
    };
  }, testid);
}

describe('Task pane, third edition: behaviour in both languages and at every width', function () {
  const session = useBrowser();

  for (const [locale, tag] of LOCALES) {
    for (const width of WIDTHS) {
      it(`${tag} ${width}px: no error while a number is typed; an error on leaving the field, at the field, tied to it; grouped amounts price`, async () => {
        const p = await openPane(session.browser, session.served, { width, height: 900, blockOffice: true, locale });
        try {
          const page = p.page;
          await fillCalculator(page, '3', 'CC3', '1', 'NONPAYMENT');
          // A decimal number typed key by key: no error at any prefix ("1", "10", "10," or "10.", "10,9").
          const x = tag === 'fr' ? '10,9' : '10.9';
          await typeInto(page, 'x', x, async (typed) => assert.equal(await errorText(page), '', `no error at "${typed}"`));
          // 3 / CC3 / 10.9: I-C row 3, CC3: a = 0.660, b = 0.345: 0.660 × 10.9 + 0.345 = 7.539 → 7.54 %.
          assert.equal(plain((await page.getByTestId('rate').textContent()) ?? ''), tag === 'fr' ? '7,54 %' : '7.54%');
          // "-" may become a number: nothing while typing; leaving the field shows the error at the field.
          await typeInto(page, 'x', '-', async () => assert.equal(await errorText(page), ''));
          await page.keyboard.press('Tab');
          assert.match(await errorText(page), tag === 'fr' ? /^#VALEUR! x / : /^#VALUE! x /);
          const at = await errorPlacement(page, 'x');
          assert.ok(at.sameField, 'the message is in the x field');
          assert.ok(at.gap >= 0 && at.gap < 24, `right under the input (gap ${at.gap}px)`);
          assert.equal(at.invalid, 'true');
          assert.ok(at.describedBy.includes(at.errorId), `aria-describedby ${at.describedBy.join(' ')} includes the message`);
          await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-behaviour-${tag}-${width}-field-error.png`) });
          // Enter commits too; a whole number out of range is an error at once on Enter.
          await page.getByTestId('x').fill('100,5'.replace(',', tag === 'fr' ? ',' : '.'));
          await page.getByTestId('x').press('Enter');
          assert.match(
            await errorText(page),
            tag === 'fr' ? /^#NOMBRE! x doit être une durée en années de 0 à 100, reçu 100,5$/ : /^#NUM! x must be a term in years from 0 to 100, got 100\.5$/,
          );
          // Corrected: the error goes, the field is valid again and described by its hint only.
          await page.getByTestId('x').fill('1');
          assert.equal(await errorText(page), '');
          assert.equal(await page.getByTestId('x').getAttribute('aria-invalid'), null);
          assert.equal(await page.getByTestId('x').getAttribute('aria-describedby'), 'in-x-hint');
          // Amounts grouped as the pane writes them: 1,000,000 × 1.01 % = 10,100.00.
          const grouped = tag === 'fr' ? ['1 000 000', '1\u00a0000\u00a0000', '1\u202f000\u202f000', '1 000 000,00'] : ['1,000,000', '1,000,000.00'];
          for (const amount of grouped) {
            await typeInto(page, 'amount', amount, async (typed) => assert.equal(await errorText(page), '', `no error at amount "${typed}"`));
            await page.keyboard.press('Tab');
            assert.equal(plain((await page.getByTestId('premium').textContent()) ?? ''), tag === 'fr' ? '10 100,00' : '10,100.00', amount);
          }
          // The French error codes in the French pane, each at its field: #N/A (no coefficient) above the buttons.
          await price(page, '6', 'CC5', '1', 'NONPAYMENT');
          assert.match(await errorText(page), /^#N\/A /);
          await price(page, '3', 'ZZ', '1', 'NONPAYMENT');
          assert.match(await errorText(page), tag === 'fr' ? /^#VALEUR! catégorie_débiteur / : /^#VALUE! debtor /);
          assert.ok((await errorPlacement(page, 'debtor')).sameField);
          // Office.js blocked: its request fails, nothing else.
          assert.deepEqual(
            p.errors.filter((e) => !/ERR_BLOCKED_BY_CLIENT/.test(e)),
            [],
          );
        } finally {
          await p.close();
        }
      });
    }

    it(`${tag}: an error about what is being typed shows after a pause (fake clock), never for a number still being typed`, async () => {
      const p = await openPane(session.browser, session.served, { width: 450, blockOffice: true, locale, clock: true });
      try {
        const page = p.page;
        await typeInto(page, 'x', 'abc');
        assert.equal(await errorText(page), '', 'no error while typing');
        assert.equal(await page.getByTestId('result').getAttribute('data-pending'), 'true', 'the last result is marked as not current');
        await page.clock.runFor(ERROR_PAUSE_MS + 100);
        assert.match(await errorText(page), tag === 'fr' ? /^#VALEUR! x / : /^#VALUE! x /);
        // A number not yet whole waits for the user, however long the pause.
        await typeInto(page, 'x', tag === 'fr' ? '1 0' : '1,0');
        await page.clock.runFor(ERROR_PAUSE_MS * 5);
        assert.equal(await errorText(page), '');
        await typeInto(page, 'x', tag === 'fr' ? '10,' : '10.');
        await page.clock.runFor(ERROR_PAUSE_MS * 5);
        assert.equal(await errorText(page), '');
        // "10," is 10, as a cell reads it: 0.660 × 10 + 0.345 = 6.945 → 6.95 %.
        assert.equal(plain((await page.getByTestId('rate').textContent()) ?? ''), tag === 'fr' ? '6,95 %' : '6.95%');
      } finally {
        await p.close();
      }
    });

    it(`${tag}: the financed premium, its formula, and Insert formula for the rate and the premium`, async () => {
      const officeScript = `
        window.written = [];
        window.Office = { context: { displayLanguage: '${locale}' }, onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }) };
        window.Excel = { run: async (batch) => {
          const range = { formulas: null };
          await batch({ workbook: { getSelectedRange: () => range }, sync: async () => { window.written.push(range.formulas); } });
        } };`;
      const p = await openPane(session.browser, session.served, { width: 450, locale, officeScript });
      try {
        const page = p.page;
        await page.getByTestId('insert-premium').waitFor({ state: 'visible' });
        await price(page, '3', 'CC2', '5', 'NONPAYMENT', 'COVER=100%');
        await page.getByTestId('amount').fill(tag === 'fr' ? '1 000 000' : '1,000,000');
        await page.getByTestId('financed').fill(tag === 'fr' ? '100 %' : '100%');
        await page.getByTestId('calculate').click();
        // 3.35 %, all financed: 1,000,000 × 0.0335 / (1 − 0.0335) = 33,500 / 0.9665 = 34,661.148… → 34,661.15.
        assert.equal(plain((await page.getByTestId('premium').textContent()) ?? ''), tag === 'fr' ? '34 661,15' : '34,661.15');
        assert.equal(
          await page.getByTestId('premium-formula').textContent(),
          tag === 'fr'
            ? '=BPI.MONTANTPRIME(1000000;BPI.TAUXPRIME(3;"CC2";5;"NONPAYMENT";"COVER=100%");1)'
            : '=BPI.PREMIUM(1000000,BPI.RATE(3,"CC2",5,"NONPAYMENT","COVER=100%"),1)',
        );
        await page.getByTestId('insert-premium').click();
        await page.getByTestId('insert-status').filter({ hasText: /BPI\./ }).waitFor();
        await page.getByTestId('insert').click();
        await page.waitForFunction(() => (window as unknown as { written: unknown[] }).written.length === 2);
        // No ExcelApi 1.11 in this stand-in: Range.formulas, in the en-US form.
        assert.deepEqual(await page.evaluate(() => (window as unknown as { written: unknown }).written), [
          [['=BPI.PREMIUM(1000000,BPI.RATE(3,"CC2",5,"NONPAYMENT","COVER=100%"),1)']],
          [['=BPI.RATE(3,"CC2",5,"NONPAYMENT","COVER=100%")']],
        ]);
        // Half financed: 33,500 / (1 − 0.5 × 0.0335) = 33,500 / 0.98325 = 34,070.683956… → 34,070.68.
        await page.getByTestId('financed').fill(tag === 'fr' ? '50 %' : '50%');
        assert.equal(plain((await page.getByTestId('premium').textContent()) ?? ''), tag === 'fr' ? '34 070,68' : '34,070.68');
        assert.match((await page.getByTestId('premium-formula').textContent()) ?? '', tag === 'fr' ? /;0,5\)$/ : /,0\.5\)$/);
        assert.match(plain(await page.getByTestId('financed-note').innerText()), tag === 'fr' ? /50,00 %/ : /50\.00%/);
        // None financed: amount × rate, 1,000,000 × 3.35 % = 33,500.00; the formula without financed.
        await page.getByTestId('financed').fill('0');
        assert.equal(plain((await page.getByTestId('premium').textContent()) ?? ''), tag === 'fr' ? '33 500,00' : '33,500.00');
        assert.doesNotMatch((await page.getByTestId('premium-formula').textContent()) ?? '', /[;,]1\)$/);
        // A financed share that is not a number: the error at the financed field.
        await page.getByTestId('financed').fill('half');
        await page.getByTestId('financed').press('Enter');
        assert.ok((await errorPlacement(page, 'financed')).sameField);
        assert.deepEqual(p.errors, []);
      } finally {
        await p.close();
      }
    });

    it(`${tag}: the OECD minimum under the note's rate, the gap, why, and its steps; none in category 0 or for pre-shipment risk`, async () => {
      const p = await openPane(session.browser, session.served, { width: 450, blockOffice: true, locale });
      try {
        const page = p.page;
        await price(page, '3', 'CC3', '1', 'NONPAYMENT');
        // 3 / CC3 / 1: MPR = (0.350 × 1 + 0.350) + 0.320 × 1 = 1.02 % (standard product, 95 % cover); the note's
        // 1.01 % is 0.01 point below it.
        assert.equal(plain(await page.getByTestId('mpr-rate').innerText()), tag === 'fr' ? '1,02 %' : '1.02%');
        assert.equal(
          plain(await page.getByTestId('mpr-gap').innerText()),
          tag === 'fr' ? 'le taux de la note lui est inférieur de 0,01 point.' : 'the note’s rate is 0.01 percentage points below it.',
        );
        assert.match(plain(await page.getByTestId('mpr').innerText()), tag === 'fr' ? /produit standard/ : /standard product/);
        await page.locator('.mpr details summary').click();
        const steps = plain(await page.getByTestId('mpr-steps').innerText());
        assert.match(steps, tag === 'fr' ? /a·HOR \+ b \(%\)\s+0,7\n/ : /a·HOR \+ b \(%\)\s+0\.7\n/);
        assert.equal(await page.getByTestId('mpr-formula').textContent(), tag === 'fr' ? '=BPI.PRIMEMINOCDE(3;"CC3";1)' : '=BPI.MPR(3,"CC3",1)');
        await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-behaviour-${tag}-450-mpr.png`), fullPage: true });
        // The disclosure stays open as the deal changes.
        await price(page, '3', 'CC2', '5', 'NONPAYMENT', 'COVER=100%; ESCROW=FALSE');
        assert.equal(await page.getByTestId('mpr-steps').isVisible(), true);
        await price(page, '0', 'CC3', '1', 'NONPAYMENT');
        assert.match(
          plain(await page.getByTestId('mpr').innerText()),
          tag === 'fr' ? /Pas de minimum OCDE en catégorie de pays 0/ : /No OECD minimum in country category 0/,
        );
        await price(page, '3', 'CC3', '1', 'BOND');
        assert.match(plain(await page.getByTestId('mpr').innerText()), tag === 'fr' ? /risque de fabrication/ : /pre-shipment risk/);
        assert.deepEqual(
          p.errors.filter((e) => !/ERR_BLOCKED_BY_CLIENT/.test(e)),
          [],
        );
      } finally {
        await p.close();
      }
    });

    it(`${tag}: the x hint follows the type; the term helper puts x = repayment + ½ × drawdown into x`, async () => {
      const p = await openPane(session.browser, session.served, { width: 320, blockOffice: true, locale });
      try {
        const page = p.page;
        const hint = async () => plain(await page.locator('#in-x-hint').innerText());
        const expected: Record<Tag, Record<string, RegExp>> = {
          en: {
            NONPAYMENT: /credit term/,
            INTERRUPTION: /execution period/,
            BOND: /validity of the bond/,
            LC: /handing over documents.*at least 0\.25/,
            CLAIMS: /invoicing to due date.*at least 0\.25/,
          },
          fr: {
            NONPAYMENT: /durée de crédit/,
            INTERRUPTION: /période d’exécution/,
            BOND: /validité de la caution/,
            LC: /remise des documents.*0,25 au minimum/,
            CLAIMS: /facturation et l’échéance.*0,25 au minimum/,
          },
        };
        for (const [type, re] of Object.entries(expected[tag])) {
          await page.getByTestId('type').selectOption(type);
          assert.match(await hint(), re, type);
        }
        assert.equal(await page.getByTestId('x').getAttribute('aria-describedby'), 'in-x-hint');
        await page.getByTestId('type').selectOption('NONPAYMENT');
        // 18 months of drawdown, 60 of repayment: x = 60/12 + ½ × 18/12 = 5 + 0.75 = 5.75.
        await page.locator('details.term summary').click();
        await page.getByTestId('term-repayment').fill('60');
        await page.getByTestId('term-drawdown').fill('18');
        await page.getByTestId('term-unit').selectOption('months');
        await page.getByTestId('term-use').click();
        assert.equal(await page.getByTestId('x').inputValue(), tag === 'fr' ? '5,75' : '5.75');
        // 3 / CC3 / 5.75: 0.660 × 5.75 + 0.345 = 4.14 → 4.14 %.
        assert.equal(plain((await page.getByTestId('rate').textContent()) ?? ''), tag === 'fr' ? '4,14 %' : '4.14%');
        // In years: 1.5 and 5 → 5 + 0.75.
        await page.getByTestId('term-unit').selectOption('years');
        await page.getByTestId('term-repayment').fill(tag === 'fr' ? '5' : '5');
        await page.getByTestId('term-drawdown').fill(tag === 'fr' ? '1,5' : '1.5');
        await page.getByTestId('term-use').click();
        assert.equal(await page.getByTestId('x').inputValue(), tag === 'fr' ? '5,75' : '5.75');
        await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-behaviour-${tag}-320-term.png`) });
        // A period that is not a number: the core's message, tied to the field; x is left as it was.
        await page.getByTestId('term-drawdown').fill('-1');
        await page.getByTestId('term-use').click();
        assert.equal(await page.getByTestId('term-drawdown').getAttribute('aria-invalid'), 'true');
        assert.equal(await page.getByTestId('term-drawdown').getAttribute('aria-describedby'), 'term-status');
        assert.match(plain(await page.getByTestId('term-status').innerText()), /drawdown_years|durée_tirage|tirage/);
        assert.equal(await page.getByTestId('x').inputValue(), tag === 'fr' ? '5,75' : '5.75');
      } finally {
        await p.close();
      }
    });

    it(`${tag}: copies the steps as two tab-separated columns, and prints the inputs, result and steps only`, async () => {
      const p = await openPane(session.browser, session.served, { width: 450, blockOffice: true, locale });
      try {
        const page = p.page;
        await p.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.served.base.replace(/\/$/, '') });
        await price(page, '3', 'CC3', '1', 'NONPAYMENT');
        await page.getByTestId('copy-steps').click();
        await page.getByTestId('copy-status').filter({ hasText: /./ }).waitFor();
        const copied = await page.evaluate(() => navigator.clipboard.readText());
        const rows = copied
          .trimEnd()
          .split(/\r\n/)
          .map((r) => r.split('\t'));
        assert.ok(
          rows.every((r) => r.length === 2),
          'every row is two columns',
        );
        assert.deepEqual(rows[0], tag === 'fr' ? ['Étape', 'Valeur'] : ['Step', 'Value']);
        const shown = await page.locator('[data-testid="steps"] tbody tr').count();
        assert.equal(rows.length, shown + 1, 'a header and every step');
        // 3 / CC3 / 1: the unrounded rate is 0.660 + 0.345 = 1.005.
        assert.ok(
          rows.some(([label, value]) => /^(Unrounded rate|Taux non arrondi) \(%\)$/.test(label) && value === (tag === 'fr' ? '1,005' : '1.005')),
          JSON.stringify(rows),
        );
        // The rounded rate: 1.005 → 1.01.
        assert.ok(rows.some(([label, value]) => /^(Rounded rate|Taux arrondi) /.test(label) && value === (tag === 'fr' ? '1,01' : '1.01')));
        // Print: the inputs, the result and the steps; not the documentation, the navigation or the buttons.
        await page.emulateMedia({ media: 'print' });
        const visible = async (selector: string) => page.locator(selector).first().isVisible();
        for (const s of ['[data-testid="x"]', '[data-testid="country"]', '[data-testid="rate"]', '[data-testid="steps"]'])
          assert.ok(await visible(s), `${s} printed`);
        for (const s of ['nav.views', '[data-testid="calculate"]', '[data-testid="copy-steps"]', '#deal-model', '#functions', '[data-testid="check"]'])
          assert.ok(!(await visible(s)), `${s} not printed`);
        await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-behaviour-${tag}-print.png`), fullPage: true });
        await page.emulateMedia({ media: 'screen' });
        // The print button calls the browser's print.
        await page.evaluate(() => {
          (window as unknown as { printed: number }).printed = 0;
          window.print = () => void (window as unknown as { printed: number }).printed++;
        });
        await page.getByTestId('print').click();
        assert.equal(await page.evaluate(() => (window as unknown as { printed: number }).printed), 1);
      } finally {
        await p.close();
      }
    });

    it(`${tag}: two views; the calculator's inputs and result fit one 900 px screen at 450 px; pickers show their texts whole at 320 px`, async () => {
      const p = await openPane(session.browser, session.served, { width: 450, height: 900, blockOffice: true, locale });
      try {
        const page = p.page;
        assert.equal(await page.locator('#functions').isVisible(), false, 'the documentation is its own view');
        // The rate, its formula and the OECD minimum beside it are on the first screen.
        for (const id of ['rate', 'formula', 'mpr-gap']) {
          const bottom = await page.evaluate((t) => document.querySelector(`[data-testid="${t}"]`)!.getBoundingClientRect().bottom + window.scrollY, id);
          assert.ok(bottom <= 900, `${id} is on the first screen (it ends at ${bottom}px)`);
        }
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        assert.ok(height < 4000, `the calculator view is ${height}px tall, not a 13,000 px column`);
        await page.screenshot({ path: path.join(ARTIFACTS, `taskpane-behaviour-${tag}-450-screen.png`) });
        await showDocs(page);
        assert.ok(await page.locator('#functions').isVisible());
        assert.equal(await page.locator('[data-testid="rate"]').isVisible(), false);
        assert.equal(await page.locator('[data-view-link="docs"]').getAttribute('aria-current'), 'page');
        // A link into the documentation (the skip link goes the other way) opens the right view.
        await page.locator('.skip').focus();
        await page.keyboard.press('Enter');
        await page.getByTestId('rate').waitFor({ state: 'visible' }); // the skip link shows the calculator
        assert.equal(await page.locator('#functions').isVisible(), false);
        await page.setViewportSize({ width: 320, height: 900 });
        // Each picker's longest option text fits its box (text width + padding + arrow ≤ the select's width).
        const cut = await page.evaluate(() => {
          const canvas = document.createElement('canvas').getContext('2d')!;
          return [...document.querySelectorAll<HTMLSelectElement>('form select')].flatMap((s) => {
            const st = getComputedStyle(s);
            canvas.font = `${st.fontWeight} ${st.fontSize} ${st.fontFamily}`;
            const room = s.clientWidth - parseFloat(st.paddingLeft) - parseFloat(st.paddingRight) - 20; // the arrow
            return [...s.options].filter((o) => canvas.measureText(o.text).width > room).map((o) => `${s.name}: ${o.text}`);
          });
        });
        assert.deepEqual(cut, []);
      } finally {
        await p.close();
      }
    });

    it(`${tag}: every field shows focus, in error too, and in forced-colors mode`, async () => {
      const p = await openPane(session.browser, session.served, { width: 450, blockOffice: true, locale });
      try {
        const page = p.page;
        await page.locator('details.term').evaluate((d) => ((d as HTMLDetailsElement).open = true));
        const look = (selector: string) =>
          page.locator(selector).evaluate((el) => {
            const s = getComputedStyle(el);
            return `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor} | ${s.borderColor} ${s.borderStyle} | ${s.boxShadow}`;
          });
        const controls = await page
          .locator('form input:visible, form select:visible, form button:visible')
          .evaluateAll((els) => els.map((e) => `#${e.id || ''}[data-testid="${e.getAttribute('data-testid')}"]`.replace(/^#\[/, '[')));
        assert.ok(controls.length >= 10, controls.join(' '));
        for (const forced of [false, true]) {
          await page.emulateMedia({ forcedColors: forced ? 'active' : 'none' });
          for (const state of ['valid', 'invalid']) {
            if (state === 'invalid') {
              await page.getByTestId('x').fill('-1');
              await page.getByTestId('x').press('Enter');
              assert.equal(await page.getByTestId('x').getAttribute('aria-invalid'), 'true');
            }
            for (const c of state === 'invalid' ? ['[data-testid="x"]'] : controls) {
              await page.locator('body').click({ position: { x: 1, y: 1 } });
              const unfocused = await look(c);
              await page.locator(c).focus();
              await page.keyboard.press('Shift'); // keyboard modality, for :focus-visible on buttons
              const focused = await look(c);
              assert.notEqual(focused, unfocused, `${c} shows focus (${state}, forced colors ${forced})`);
              assert.match(focused, /^solid [2-9]/, `${c}: a solid outline of 2 px or more (${state}, forced colors ${forced}): ${focused}`);
            }
          }
          await page.getByTestId('x').fill('1');
          await page.getByTestId('x').press('Enter');
        }
      } finally {
        await p.close();
      }
    });
  }

  it('renders at once while Office.js hangs, in the browser’s language; when Office answers in another language, keeps inputs, focus, selection and scroll', async () => {
    for (const [locale, other] of [
      ['en-US', 'fr-FR'],
      ['fr-FR', 'en-US'],
    ] as const) {
      const p: Pane = await openPane(session.browser, session.served, { width: 450, height: 700, locale, holdOffice: true });
      try {
        const page = p.page;
        // Office.js has not answered: the calculator is there, priced, in the browser's language.
        await page.getByTestId('rate').waitFor();
        assert.equal(await page.evaluate(() => typeof (window as { Office?: unknown }).Office), 'undefined');
        assert.equal(await page.evaluate(() => document.documentElement.lang), locale.slice(0, 2));
        assert.match((await page.getByTestId('rate').textContent()) ?? '', /^1[.,]01/);
        // What the user does meanwhile.
        await page.getByTestId('country').selectOption('4');
        await page.getByTestId('options').fill('COVER=100%');
        await page.getByTestId('amount').fill('250000');
        await page.getByTestId('x').fill(locale === 'fr-FR' ? '7,5' : '7.5');
        await page.getByTestId('x').evaluate((el) => (el as HTMLInputElement).setSelectionRange(1, 2));
        await page.evaluate(() => window.scrollTo(0, 120));
        const before = await page.evaluate(() => window.scrollY);
        // Office answers: Excel, in the other language.
        await p.releaseOffice(
          `window.Office = { context: { displayLanguage: '${other}' }, onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }) };`,
        );
        await page.waitForFunction((l) => document.documentElement.lang === l, other.slice(0, 2));
        await page.getByTestId('insert').waitFor({ state: 'visible' });
        assert.equal(await page.getByTestId('country').inputValue(), '4');
        assert.equal(await page.getByTestId('options').inputValue(), 'COVER=100%');
        assert.equal(await page.getByTestId('amount').inputValue(), '250000');
        // The same number, in the new language's form (7,5 in French is 7.5 in English).
        assert.equal(await page.getByTestId('x').inputValue(), other === 'fr-FR' ? '7,5' : '7.5');
        assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'x', 'focus kept');
        assert.deepEqual(
          await page.getByTestId('x').evaluate((el) => [(el as HTMLInputElement).selectionStart, (el as HTMLInputElement).selectionEnd]),
          [1, 2],
        );
        assert.equal(await page.evaluate(() => window.scrollY), before, 'scroll kept');
        assert.equal(await page.getByTestId('error').innerText(), '');
        // 4 / CC3 / 7.5 / COVER=100% is priced again in the new language (the comma x read as typed in French).
        // Priced again: a rate with two decimals, in the new language's form.
        assert.match(plain((await page.getByTestId('rate').textContent()) ?? ''), other === 'fr-FR' ? /^\d+,\d\d %$/ : /^\d+\.\d\d%$/);
        assert.deepEqual(p.errors, []);
      } finally {
        await p.close();
      }
    }
  });

  before(() => fs.mkdirSync(ARTIFACTS, { recursive: true }));
});
