/**
 * The task pane in French and in English: French where the browser's language is French (outside Office)
 * or Office's display language is (inside Office), English otherwise; the same content, French numbers
 * (decimal comma, no-break space before %), axe clean in both, screenshots of both at 320 and 450 px in
 * test/artifacts/ (taskpane-fr-*.png, taskpane-en-*.png).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, openPane, Pane, price, showCalculator, showDocs, useBrowser, withAxe } from './browser';

const NBSP = '\u00a0';

/** The visible text of the page with no-break spaces as spaces, for matching. */
const text = async (page: Page, selector = 'body') => (await page.locator(selector).innerText()).replace(/[\u00a0\u202f]/g, ' ');

describe('Task pane language (fr-FR and en-US browsers, Office display language)', function () {
  const session = useBrowser();

  it('is in French in a fr-FR browser: lang="fr", calculator, pickers, result, steps, formula, documentation', async () => {
    const pane = await openPane(session.browser, session.served, { locale: 'fr-FR' });
    try {
      const page = pane.page;
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
      assert.equal(await page.title(), 'Prime BPI');
      const headings = (await page.locator('h2').allTextContents()).map((h) => h.replace(/\u00a0/g, ' '));
      for (const h of [
        'Calculateur',
        'Modèle d’opération',
        'Fonctions',
        'Arrondi',
        'Catégories de pays et de débiteur',
        'Options',
        'Interprétation de la note',
        'Erreurs',
        'Édition : mars 2018',
      ]) {
        assert.ok(headings.includes(h), `heading "${h}" in ${JSON.stringify(headings)}`);
      }
      assert.equal(await page.getByLabel('Catégorie de pays').count(), 1);
      assert.equal(await page.getByTestId('calculate').textContent(), 'Calculer');
      assert.match((await page.locator('#in-country option[value="0"]').textContent()) ?? '', /indicatif/);
      assert.match(await text(page, '#in-country-hint'), /la 0 est l’ancienne catégorie 0, tarifée sur la ligne 0\/1 à titre indicatif/);
      // The type picker in words, the codes kept as the values the formula takes.
      assert.equal(await page.locator('#in-type option[value="NONPAYMENT"]').textContent(), 'non-paiement (I-C)');
      assert.equal(await page.locator('#in-type option[value="LC"]').textContent(), 'crédit documentaire (II-D)');
      assert.equal(await page.locator('#debtor-list option[value="SOV+"]').getAttribute('label'), 'meilleur que le souverain');
      // 3 / CC3 / 1: 1.005 % exactly, rounded half up to 1,01 %.
      assert.equal(await price(page, '3', 'CC3', '1', 'NONPAYMENT'), `1,01${NBSP}%`);
      assert.equal(await page.getByTestId('formula').textContent(), '=BPI.TAUXPRIME(3;"CC3";1)');
      const steps = await text(page, '[data-testid="steps"]');
      assert.match(steps, /Taux non arrondi \(%\)\s+1,005/);
      assert.match(steps, /Quotité garantie politique \(PCP\) \(%\)\s+95/);
      assert.match(steps, /x \(années, la durée de crédit\)/);
      assert.match(steps, /Taux de prime \(fraction, comme BPI\.TAUXPRIME\)\s+0,0101/);
      assert.doesNotMatch(steps, /\d\.\d/, 'every number with the decimal comma');
      // A decimal comma is read as a French cell reads it; the premium is in French form.
      await price(page, '3', 'CC2', '7,5', 'NONPAYMENT', 'COVER=100%');
      await page.locator('#in-amount').fill('1000000,5');
      assert.match((await page.getByTestId('formula').textContent()) ?? '', /^=BPI\.TAUXPRIME\(3;"CC2";7,5;"NONPAYMENT";"COVER=100%"\)$/);
      assert.match((await page.getByTestId('premium').textContent()) ?? '', /^\d{1,3}(\u202f\d{3})*,\d\d$/);
      // Errors: Excel's code, the message in French (the argument by its French name, numbers the French way).
      await price(page, '6', 'CC5', '1', 'NONPAYMENT');
      assert.match(
        await text(page, '[data-testid="error"]'),
        /^#N\/A la note ne publie pas de coefficient de la grille non-paiement pour la catégorie de débiteur CC5 en catégorie de pays 6 ; elle y tarife SOV\+, SOV\/CCO, CC1, CC2, CC3$/,
      );
      await price(page, '3', 'ZZ', '1', 'NONPAYMENT');
      assert.match(
        await text(page, '[data-testid="error"]'),
        /^#VALEUR! catégorie_débiteur doit être l’une des catégories de débiteur SOV\+, SOV\/CCO, CC1, CC2, CC3, CC4, CC5 \(ou SOV, CCO\), reçu "ZZ" ; ou une notation de AAA à C/,
      );
      await price(page, '3', 'CC2', '100,5', 'NONPAYMENT');
      assert.equal(await text(page, '[data-testid="error"]'), '#NOMBRE! x doit être une durée en années de 0 à 100, reçu 100,5');
      await price(page, '3', 'CC2', '5', 'NONPAYMENT', 'MOBILE=30%');
      assert.equal(await text(page, '[data-testid="error"]'), '#NOMBRE! options : MOBILE doit être au plus 25 % (15 % en catégorie de pays 0), reçu 30 %');
      assert.equal(
        await page
          .getByTestId('error')
          .innerText()
          .then((t) => t.includes(`25${NBSP}%`)),
        true,
        'no-break space before %',
      );
      // No English left in the calculator's own words (the core's messages aside).
      const calculatorText = await text(page, 'main');
      // The documentation: French names with the English beside, French numbers.
      await showDocs(page);
      const fns = await page.locator('article.fn h3').allTextContents();
      for (const n of ['TAUXPRIME', 'EXPLIQUER', 'CATEGORIE', 'MONTANTPRIME', 'ELIGIBLEEKF'])
        assert.ok(
          fns.some((t) => t.startsWith(`BPI.${n}(`)),
          `BPI.${n} documented`,
        );
      assert.ok(
        fns.some((t) => t.startsWith('BPI.TAUXPRIME(catégorie_pays; catégorie_débiteur; x; [type]; [options])')),
        fns[0],
      );
      assert.match(await text(page, '#fn-rate'), /Nom anglais \(toutes langues\) : BPI\.RATE/);
      assert.match(await text(page, '#fn-rate'), /Exemple : =BPI\.TAUXPRIME\(3;"CC2";7;"NONPAYMENT";"MOBILE=25%; COVER=100%"\)/);
      const rounding = await text(page, '[data-testid="rounding-examples"]');
      assert.match(rounding, /Exactement à mi-chemin[^%]*Non arrondi\s+1,005 %\s+Tableur \(binaire\)\s+1,00 %\s+BPI\.TAUXPRIME\s+1,01 %/);
      assert.match(await text(page, '[data-testid="options-table"]'), /MOBILE\s+0–25 % \(0–15 % en catégorie 0\)/);
      assert.match(await text(page, '#readings'), /0,0037/);
      assert.match(await text(page, '[data-testid="score-matrix"]'), /De AAA à AA-[\s\S]*BB- ou moins/);
      assert.match(await text(page, '#categories'), /Coefficients a \/ b, grille non-paiement \(I-C-1\)/);
      // No English left in the page's own words (the core's messages aside).
      const all = `${calculatorText}\n${await text(page, 'main')}`;
      for (const en of [
        'Calculate',
        'Premium rate',
        'Scroll sideways',
        'Returns:',
        'Example:',
        'Readings of the note',
        'If left out',
        'Unrounded',
        'TRUE/FALSE',
        'Naive',
        'toFixed',
        'flottant',
        'Mismatch',
        'Copy',
        'Print',
      ]) {
        assert.ok(!new RegExp(`\\b${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(all), `"${en}" left in English`);
      }
      // French spacing: no ordinary space or none at all before « : ; % » in the page's prose (code aside).
      const prose = await page.evaluate(() => {
        const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
        const bad: string[] = [];
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          if (n.parentElement?.closest('code, .tok, [data-testid="error"], input, option')) continue;
          const m = /.{0,20}(?: [:;%»]|« ).{0,10}/.exec(n.textContent ?? '');
          if (m) bad.push(m[0]);
        }
        return bad;
      });
      assert.deepEqual(prose, []);
      assert.deepEqual(pane.errors, []);
      assert.deepEqual(await pane.cspViolations(), []);
    } finally {
      await pane.close();
    }
  });

  it('is in English in an en-US browser', async () => {
    const pane = await openPane(session.browser, session.served, { locale: 'en-US' });
    try {
      assert.equal(await pane.page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await pane.page.getByTestId('calculate').textContent(), 'Calculate');
      assert.equal(await price(pane.page, '3', 'CC3', '1', 'NONPAYMENT'), '1.01%');
      assert.equal(await pane.page.getByTestId('formula').textContent(), '=BPI.RATE(3,"CC3",1)');
      await price(pane.page, '3', 'ZZ', '1', 'NONPAYMENT');
      assert.match(
        await text(pane.page, '[data-testid="error"]'),
        /^#VALUE! debtor must be one of SOV\+, SOV\/CCO, CC1, CC2, CC3, CC4, CC5 \(or SOV, CCO\), got "ZZ"; or a score from AAA to C/,
      );
      assert.match(await text(pane.page, '#fn-rate'), /In a French Excel: BPI\.TAUXPRIME/);
      assert.ok(!(await text(pane.page, 'main')).includes('Calculer'));
    } finally {
      await pane.close();
    }
  });

  it('follows Office’s display language in Office, whatever the browser’s: fr-FR in an en-US browser is French, and Insert formula still writes the formula', async () => {
    const officeScript = (lang: string) => `
      window.written = [];
      window.Office = { context: { displayLanguage: '${lang}' }, onReady: () => Promise.resolve({ host: 'Excel', platform: 'OfficeOnline' }) };
      window.Excel = { run: async (batch) => {
        const range = { formulas: null };
        await batch({ workbook: { getSelectedRange: () => range }, sync: async () => { window.written.push(range.formulas); } });
      } };`;
    const fr = await openPane(session.browser, session.served, { locale: 'en-US', officeScript: officeScript('fr-FR') });
    try {
      const insert = fr.page.getByTestId('insert');
      await insert.waitFor({ state: 'visible' });
      assert.equal(await fr.page.evaluate(() => document.documentElement.lang), 'fr');
      assert.equal(await insert.textContent(), 'Insérer la formule du taux');
      await price(fr.page, '3', 'CC2', '5', 'NONPAYMENT', 'COVER=100%');
      await insert.click();
      await fr.page.getByText('insérée dans la cellule sélectionnée').waitFor();
      // No ExcelApi 1.11 in this stand-in: Range.formulas, in the en-US form (formulasLocal: insert.test.ts).
      assert.deepEqual(await fr.page.evaluate(() => (window as unknown as { written: unknown }).written), [
        [['=BPI.RATE(3,"CC2",5,"NONPAYMENT","COVER=100%")']],
      ]);
      assert.deepEqual(fr.errors, []);
    } finally {
      await fr.close();
    }
    const en = await openPane(session.browser, session.served, { locale: 'fr-FR', officeScript: officeScript('en-US') });
    try {
      await en.page.getByTestId('insert').waitFor({ state: 'visible' });
      assert.equal(await en.page.evaluate(() => document.documentElement.lang), 'en');
      assert.equal(await en.page.getByTestId('calculate').textContent(), 'Calculate');
    } finally {
      await en.close();
    }
  });

  it('has no accessibility violation at all (axe-core, landmark-unique included) in French or English, both views, at 1200, 450 and 320 px', async () => {
    for (const locale of ['fr-FR', 'en-US']) {
      for (const width of [1200, 450, 320]) {
        await withAxe(session, { width, locale }, async (page, check) => {
          await price(page, '3', 'BB-', '1', 'NONPAYMENT');
          await check('score');
          await price(page, '6', 'CC5', '1', 'NONPAYMENT');
          await check('error');
          await price(page, '3', 'CC3', '-1', 'NONPAYMENT');
          await check('error at a field');
          await price(page, '3', 'CC3', '1', 'NONPAYMENT');
          await page.getByTestId('amount').fill('1000000');
          await page.getByTestId('financed').fill('100%');
          await page.getByTestId('check').fill('1,00');
          await page.locator('.mpr details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
          await check('premium, financed, checked, OECD minimum steps open');
          await price(page, '1', 'SOV/CCO', locale === 'fr-FR' ? '10,9' : '10.9', 'NONPAYMENT', 'COVER=97.5%');
          await check('tie');
          await showDocs(page);
          await check('documentation');
        });
      }
    }
  });

  it('holds at 320 and 450 px in both languages: no page scroll sideways, no formula argument broken (screenshots in test/artifacts/)', async () => {
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    for (const [locale, tag] of [
      ['fr-FR', 'fr'],
      ['en-US', 'en'],
    ] as const) {
      for (const width of [320, 450]) {
        const p: Pane = await openPane(session.browser, session.served, { width, height: 1000, blockOffice: true, locale });
        try {
          await p.page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
          const x = tag === 'fr' ? '10,9' : '10.9';
          const states: [string, () => Promise<unknown>][] = [
            [
              'price',
              async () => {
                await price(p.page, '3', 'CC2', '5', 'NONPAYMENT', 'COVER=100%');
                await p.page.locator('#in-amount').fill('1000000');
              },
            ],
            ['tie', () => price(p.page, '1', 'SOV/CCO', x, 'NONPAYMENT', 'COVER=97.5%')],
            ['error', () => price(p.page, '6', 'CC5', '1', 'NONPAYMENT')],
          ];
          for (const [state, act] of states) {
            await act();
            await p.page.evaluate(() => window.scrollTo(0, 0));
            const overflow = await p.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            assert.equal(overflow, 0, `no horizontal page scroll at ${width}px, ${tag} (${state})`);
            await p.page.screenshot({ path: path.join(ARTIFACTS, `taskpane-${tag}-${width}-calculator-${state}.png`) });
            if (state !== 'error') await p.page.getByTestId('steps').screenshot({ path: path.join(ARTIFACTS, `taskpane-${tag}-${width}-steps-${state}.png`) });
          }
          await showDocs(p.page);
          const broken = await p.page.evaluate(() =>
            [...document.querySelectorAll('.tok')].filter((t) => t.getClientRects().length > 1).map((t) => t.textContent),
          );
          assert.deepEqual(broken, [], `formula tokens broken at ${width}px, ${tag}`);
          for (const part of ['functions', 'fn-rate', 'fn-ekfeligible', 'rounding', 'categories', 'options', 'readings', 'errors', 'edition']) {
            await p.page.locator(`#${part}`).screenshot({ path: path.join(ARTIFACTS, `taskpane-${tag}-${width}-${part}.png`) });
          }
          await showCalculator(p.page);
          await p.page.locator('#deal-model').screenshot({ path: path.join(ARTIFACTS, `taskpane-${tag}-${width}-deal-model.png`) });
          assert.deepEqual(
            p.errors.filter((e) => !/Failed to load resource: net::ERR_BLOCKED_BY_CLIENT/.test(e)),
            [],
          );
        } finally {
          await p.close();
        }
      }
    }
  });
});
