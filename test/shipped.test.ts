/*
 * What ships: the built dist/ and the runtime dependencies. The add-in ships decimal.js and its own code,
 * nothing that is only for tests, and src/ imports nothing else.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, ROOT } from './harness/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|js)$/.test(e.name) ? [p] : [];
  });
}

describe('what ships', () => {
  it('has decimal.js as its only runtime dependency (npm audit --omit=dev covers just that)', () => {
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}), ['decimal.js']);
    assert.equal(pkg.optionalDependencies, undefined);
  });

  it('src/ imports only decimal.js and its own modules', () => {
    const files = sourceFiles(path.join(ROOT, 'src'));
    assert.ok(files.length > 10);
    for (const f of files) {
      const specifiers = [...fs.readFileSync(f, 'utf8').matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3]);
      for (const s of specifiers) assert.ok(s === 'decimal.js' || s.startsWith('.'), `${path.relative(ROOT, f)} imports ${s}`);
    }
  });

  it('the core uses neither Office nor the DOM', () => {
    for (const f of sourceFiles(path.join(ROOT, 'src', 'core'))) {
      const code = fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''); // comments may name them
      assert.doesNotMatch(code, /\b(Office|Excel|CustomFunctions|document|window)\s*\./, path.relative(ROOT, f));
    }
  });

  it('dist/ contains none of the test-only packages', () => {
    const built = fs.readdirSync(DIST).filter((f) => /\.(js|html)$/.test(f));
    assert.ok(built.includes('functions.js') && built.includes('taskpane.html'));
    const markers = ['hyperformula', 'HyperFormula', 'playwright', 'fast-check', 'fc.assert', 'axe-core', 'office-addin-mock', 'mocha', 'xmldom', 'excelts'];
    for (const f of built) {
      const text = fs.readFileSync(path.join(DIST, f), 'utf8');
      for (const m of markers) assert.ok(!text.includes(m), `dist/${f} contains "${m}"`);
    }
  });

  it('functions.js stays small (minified; the bench reports the exact size)', () => {
    assert.ok(fs.statSync(path.join(DIST, 'functions.js')).size <= 100 * 1024);
  });
});
