/*
 * What ships: the built dist/ and the runtime dependencies. The add-in ships its own code only (its exact
 * arithmetic is BigInt, src/core/exact.ts), nothing that is only for tests. The command line (src/cli, dist/cli) adds the CSV parser and writer,
 * and iconv-lite (to read and write Windows-1252 and UTF-16 books), required at run time from node_modules; they never reach
 * the add-in's bundles.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, ROOT } from './harness/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function sourceFiles(dir: string, names = /\.(ts|js)$/): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p, names) : names.test(e.name) ? [p] : [];
  });
}

describe('what ships', () => {
  it('has csv-parse, csv-stringify, iconv-lite (the command line) as its only runtime dependencies, pinned', () => {
    assert.deepEqual(Object.keys(pkg.dependencies ?? {}).sort(), ['csv-parse', 'csv-stringify', 'iconv-lite']);
    for (const [name, version] of Object.entries(pkg.dependencies as Record<string, string>)) assert.match(version, /^\d+\.\d+\.\d+$/, name);
    assert.equal(pkg.optionalDependencies, undefined);
  });

  it('src/ imports only its own modules; src/cli also the CSV library, iconv-lite and Node built-ins', () => {
    const files = sourceFiles(path.join(ROOT, 'src'));
    assert.ok(files.length > 10);
    const cli = path.join(ROOT, 'src', 'cli') + path.sep;
    for (const f of files) {
      const specifiers = [
        ...fs
          .readFileSync(f, 'utf8')
          .matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g),
      ].map((m) => m[1] ?? m[2] ?? m[3]);
      for (const s of specifiers) {
        const allowed = s.startsWith('.') || (f.startsWith(cli) && /^(node:|csv-parse(\/sync)?$|csv-stringify(\/sync)?$|iconv-lite$)/.test(s));
        assert.ok(allowed, `${path.relative(ROOT, f)} imports ${s}`);
      }
    }
  });

  it('the CSV library and iconv-lite are in the command line only, required from node_modules, not in the add-in', () => {
    const cli = fs.readFileSync(path.join(DIST, 'cli', 'bpi-price.js'), 'utf8');
    assert.match(cli, /require\("csv-parse"\)/);
    assert.match(cli, /require\("csv-stringify\/sync"\)/);
    assert.match(cli, /require\("iconv-lite"\)/);
    for (const f of ['functions.js', 'taskpane.js']) {
      const text = fs.readFileSync(path.join(DIST, f), 'utf8');
      // csv-parse's and csv-stringify's own identifiers and messages
      for (const m of ['csv-parse', 'csv-stringify', 'CsvError', 'CSV_INVALID', 'quote_record_delimiter', 'iconv-lite', 'win1252']) {
        assert.ok(!text.includes(m), `dist/${f} contains "${m}"`);
      }
    }
  });

  it('the core uses neither Office nor the DOM', () => {
    for (const f of sourceFiles(path.join(ROOT, 'src', 'core'))) {
      const code = fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ''); // comments may name them
      assert.doesNotMatch(code, /\b(Office|Excel|CustomFunctions|document|window)\s*\./, path.relative(ROOT, f));
    }
  });

  it('dist/ contains none of the test-only packages', () => {
    const built = sourceFiles(DIST, /\.(js|html)$/).map((f) => path.relative(DIST, f));
    assert.ok(built.includes('functions.js') && built.includes('taskpane.html'));
    assert.ok(built.includes(path.join('cli', 'bpi-price.js')) && built.includes(path.join('lib', 'index.js')));
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
