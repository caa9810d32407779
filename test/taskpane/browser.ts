/**
 * Headless Chromium over the built dist/, served from 127.0.0.1 on a random port. Office.js's URL is
 * answered from node_modules/@microsoft/office-js/dist (or aborted, to stand for a blocked Office.js);
 * every other request that would leave the machine is aborted and recorded, so a test can assert there
 * was none.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Browser, BrowserContext, Page, chromium } from 'playwright-core';
import { DIST, ROOT } from '../harness/paths';
import { findBrowser } from './findBrowser';

export const OFFICE_ORIGIN = 'https://appsforoffice.microsoft.com';
const OFFICE_HOSTED = `${OFFICE_ORIGIN}/lib/1/hosted/`;
const OFFICE_DIST = path.join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
};

export interface Served {
  readonly base: string;
  close(): Promise<void>;
}

/** A static server for dist/ on 127.0.0.1, random port. */
export async function serveDist(): Promise<Served> {
  const server = http.createServer((req, res) => {
    const rel = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(DIST, path.normalize(rel === '/' ? '/taskpane.html' : rel));
    if (!file.startsWith(DIST + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { base: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: findBrowser(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface PaneOptions {
  readonly width?: number;
  readonly height?: number;
  /** Abort Office.js's URL, as when it is blocked or offline. */
  readonly blockOffice?: boolean;
  /** Answer Office.js's URL with this script instead (a stand-in for Office.js inside Excel). */
  readonly officeScript?: string;
  /** For injecting test tools (axe) as script tags; the CSP itself is tested with this off. */
  readonly bypassCSP?: boolean;
  /** The browser's language (navigator.language), e.g. 'fr-FR'; Chromium's default (en-US) otherwise. */
  readonly locale?: string;
  /**
   * Hold Office.js's request unanswered, as an address that hangs: the pane opens without waiting for the
   * window's load event, and releaseOffice(script) answers it later (with officeScript's kind of stand-in).
   */
  readonly holdOffice?: boolean;
  /** Install Playwright's fake clock before the page loads (timers advance only with page.clock.runFor). */
  readonly clock?: boolean;
}

export interface Pane {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Uncaught exceptions and console errors. */
  readonly errors: string[];
  /** Requests that would have left the machine (aborted). */
  readonly offMachine: string[];
  /** Office.js files answered from node_modules. */
  readonly officeFiles: string[];
  /** CSP violations reported by the page (securitypolicyviolation events). */
  cspViolations(): Promise<string[]>;
  /** With holdOffice: answers the held Office.js request with this script. */
  releaseOffice(script: string): Promise<void>;
  close(): Promise<void>;
}

export async function openPane(browser: Browser, served: Served, o: PaneOptions = {}): Promise<Pane> {
  const context = await browser.newContext({ viewport: { width: o.width ?? 400, height: o.height ?? 900 }, bypassCSP: o.bypassCSP ?? false, locale: o.locale });
  const errors: string[] = [];
  const offMachine: string[] = [];
  const officeFiles: string[] = [];
  let release: (script: string) => void = () => {};
  const held = new Promise<string>((resolve) => (release = resolve));
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(served.base)) return route.continue();
    if (url === `${OFFICE_HOSTED}office.js` && o.holdOffice) {
      officeFiles.push('office.js (held)');
      const script = await held;
      return route.fulfill({ body: script, contentType: 'text/javascript; charset=utf-8' });
    }
    if (url === `${OFFICE_HOSTED}office.js` && o.officeScript !== undefined) {
      officeFiles.push('office.js (stand-in)');
      return route.fulfill({ body: o.officeScript, contentType: 'text/javascript; charset=utf-8' });
    }
    if (url.startsWith(OFFICE_HOSTED) && !o.blockOffice) {
      const rel = new URL(url).pathname.slice('/lib/1/hosted/'.length);
      const file = path.join(OFFICE_DIST, path.normalize(rel));
      if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file)) {
        officeFiles.push(rel);
        return route.fulfill({ path: file, contentType: 'text/javascript; charset=utf-8' });
      }
    }
    if (!(url.startsWith(OFFICE_ORIGIN) && o.blockOffice)) offMachine.push(url);
    return route.abort('blockedbyclient');
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
  if (o.clock) await context.clock.install();
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${served.base}taskpane.html`, { waitUntil: o.holdOffice ? 'domcontentloaded' : 'load' });
  await page.getByTestId('rate').waitFor();
  return {
    page,
    context,
    errors,
    offMachine,
    officeFiles,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
    releaseOffice: async (script) => release(script),
    close: () => context.close(),
  };
}

/** A served dist/ and one browser for a describe block: started in its before hook, closed in its after hook. */
export interface Session {
  browser: Browser;
  served: Served;
  /** With useBrowser({ pane: true }): a pane with the default options, open for the whole suite. */
  pane: Pane;
}
export function useBrowser(o: { pane?: boolean } = {}): Session {
  const s = {} as Session;
  before(async () => {
    s.served = await serveDist();
    s.browser = await launch();
    if (o.pane) s.pane = await openPane(s.browser, s.served);
  });
  after(async () => {
    await s.pane?.close();
    await s.browser?.close();
    await s.served?.close();
  });
  return s;
}

/**
 * Opens a pane, injects axe-core (the CSP bypassed for its script tag), opens every <details>, runs `visit`
 * with a check that asserts no violation at all (any impact) in the page's current state, in the view shown
 * (the documentation view is checked with showDocs), and closes it.
 */
export async function withAxe(session: Session, o: PaneOptions, visit: (page: Page, check: (state: string) => Promise<void>) => Promise<void>): Promise<void> {
  const a11y = await openPane(session.browser, session.served, { ...o, bypassCSP: true });
  try {
    await a11y.page.addScriptTag({ path: path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js') });
    await a11y.page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await visit(a11y.page, async (state) => {
      const results = await a11y.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        return (await axe.run()).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      assert.deepEqual(results, [], `${o.locale ?? ''} ${o.width ?? 400}px, ${state}`);
    });
  } finally {
    await a11y.close();
  }
}

/** Shows the documentation view (its link in the header), or the calculator view. */
export async function showDocs(page: Page): Promise<void> {
  await page.locator('[data-view-link="docs"]').click();
  await page.locator('#docs').waitFor();
}
export async function showCalculator(page: Page): Promise<void> {
  await page.locator('[data-view-link="calculator"]').click();
  await page.getByTestId('rate').waitFor();
}

/** Fills the calculator through the test contract's data-testids. */
export async function fillCalculator(page: Page, country: string, debtor: string, x: string, type: string, options = ''): Promise<void> {
  await page.getByTestId('country').selectOption(country);
  await page.getByTestId('debtor').fill(debtor);
  await page.getByTestId('x').fill(x);
  await page.getByTestId('type').selectOption(type);
  await page.getByTestId('options').fill(options);
}

/** Fills the calculator, clicks Calculate and gives the rate shown. */
export async function price(page: Page, country: string, debtor: string, x: string, type: string, options = ''): Promise<string> {
  await fillCalculator(page, country, debtor, x, type, options);
  await page.getByTestId('calculate').click();
  return (await page.getByTestId('rate').textContent()) ?? '';
}
