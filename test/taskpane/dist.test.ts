import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST } from '../harness/paths';

/**
 * No network at run time except Office.js (SPEC §9): the built task pane and functions contain no URL
 * but Office.js's origin and localhost. Each other URL allowed here is listed with why it is harmless.
 */
const ALLOWED: [RegExp, string][] = [
  [/^https:\/\/appsforoffice\.microsoft\.com(\/|$)/, 'Office.js itself (and its origin in the CSP), the one script loaded from outside the add-in'],
  [/^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?\//, 'the development server'],
];

describe('Task pane: the built files name no off-machine URL but Office.js', () => {
  for (const file of ['taskpane.html', 'taskpane.js', 'functions.js', 'taskpane.css']) {
    it(`dist/${file}`, () => {
      const text = fs.readFileSync(path.join(DIST, file), 'utf8');
      const urls = [...new Set(text.match(/(?:https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}(?::\d+)?[^\s"'`)<>;]*/gi) ?? [])];
      const unexpected = urls.filter((u) => !ALLOWED.some(([re]) => re.test(u)));
      assert.deepEqual(unexpected, []);
    });
  }

  it('loads Office.js from its published URL in the page, and nothing else from outside', () => {
    const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
    const srcs = [...html.matchAll(/<(?:script|link)[^>]*(?:src|href)=["']?([^"' >]+)/g)].map((m) => m[1]);
    assert.deepEqual(
      srcs.filter((s) => /^(https?:)?\/\//.test(s)),
      ['https://appsforoffice.microsoft.com/lib/1/hosted/office.js'],
    );
  });
});
