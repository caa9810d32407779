import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, fillCalculator, useBrowser } from './browser';

describe('Task pane: "Check a rate" in headless Chromium', function () {
  const session = useBrowser({ pane: true });

  it('checks a typed rate against the calculator: 3 / CC3 / 1, "1,00 %" → mismatch, TRUNCATED (1.005 % → 1.01 %)', async () => {
    const page = session.pane.page;
    await fillCalculator(page, '3', 'CC3', '1', 'NONPAYMENT');
    assert.equal(await page.getByTestId('check-result').isVisible(), false);
    await page.getByTestId('check').fill('1,00 %');
    const shown = await page.getByTestId('check-result').innerText();
    // The cause in words in the pane; its code, what BPI.CHECK's cell shows, on the element.
    assert.match(shown, /Mismatch \(expected 1\.01%\) — cause: rate truncated/);
    assert.equal(await page.locator('[data-testid="check-result"] [data-cause]').getAttribute('data-cause'), 'TRUNCATED');
    assert.match(shown, /rounded down \(truncated\) at the last step/);
    await page.locator('#calculator').screenshot({ path: path.join(ARTIFACTS, 'check-a-rate.png') });
    await page.getByTestId('check').fill('1.01');
    assert.match(await page.getByTestId('check-result').innerText(), /^Correct\n/);
    await page.getByTestId('check').fill('1 %%');
    assert.match(await page.getByTestId('check-result').innerText(), /Type a rate in percent/);
    assert.equal(await page.getByTestId('check').getAttribute('aria-invalid'), 'true');
    assert.match((await page.getByTestId('check').getAttribute('aria-describedby')) ?? '', /in-check-error/, 'the message is tied to the field');
    // Inputs in error (Enter commits what was typed): nothing to check against.
    await page.getByTestId('x').fill('-1');
    await page.getByTestId('x').press('Enter');
    assert.equal(await page.getByTestId('check-result').isVisible(), false);
    await page.getByTestId('x').fill('1');
    await page.getByTestId('check').fill('');
    assert.deepEqual(session.pane.errors, []);
  });
});
