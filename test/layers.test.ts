/*
 * The layers, one direction (core <- i18n <- functions, taskpane, cli, the library): read from the source
 * files' imports, as test/shipped.test.ts reads them for dependencies. The core compiles on its own, before
 * the metadata script has written src/generated, and writes no sentence.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness/paths';

const SRC = path.join(ROOT, 'src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : /\.(ts|js)$/.test(e.name) ? [p] : [];
  });
}

/** What a file imports, as paths inside src/ ("core/errors", "i18n/errors"); packages as they are named. */
function imports(file: string, code: string): string[] {
  const specifiers = [
    ...code.matchAll(
      /(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3] ?? m[4]);
  return specifiers.map((s) =>
    s.startsWith('.')
      ? path
          .relative(SRC, path.resolve(path.dirname(file), s))
          .split(path.sep)
          .join('/')
      : s,
  );
}

/** The layer a path inside src/ belongs to: its first folder, or the file itself ("index"). */
const layer = (inSrc: string) => inSrc.split('/')[0].replace(/\.(ts|js)$/, '');

/** Each layer and the layers it may import. */
const MAY_IMPORT: Readonly<Record<string, readonly string[]>> = {
  core: ['core'],
  i18n: ['core', 'i18n', 'generated'],
};

function violations(file: string, code: string): string[] {
  const own = layer(path.relative(SRC, file).split(path.sep).join('/'));
  const allowed = MAY_IMPORT[own];
  if (allowed === undefined) return [];
  return imports(file, code)
    .filter((target) => !allowed.includes(layer(target)))
    .map((target) => `${path.relative(ROOT, file)} imports ${target}`);
}

describe('layers: core <- i18n <- functions, taskpane, cli, library', () => {
  it('src/core imports only src/core (no i18n, no generated metadata, no package); src/i18n nothing above it', () => {
    const files = sourceFiles(SRC).filter((f) => ['core', 'i18n'].includes(layer(path.relative(SRC, f))));
    assert.ok(files.filter((f) => f.includes(`${path.sep}core${path.sep}tables${path.sep}`)).length >= 5, 'the tables are checked too');
    assert.deepEqual(
      files.flatMap((f) => violations(f, fs.readFileSync(f, 'utf8'))),
      [],
    );
  });

  it('catches each kind of import that breaks the rule (the check can fail)', () => {
    const core = path.join(SRC, 'core', 'tables', 'x.ts');
    const i18n = path.join(SRC, 'i18n', 'x.ts');
    assert.deepEqual(violations(core, "import { a } from '../../i18n/errors';"), ['src/core/tables/x.ts imports i18n/errors']);
    assert.deepEqual(violations(core, "import type { A } from '../exact';\nimport names from '../../generated/names.fr.json';"), [
      'src/core/tables/x.ts imports generated/names.fr.json',
    ]);
    assert.deepEqual(violations(core, "export { b } from '../../functions/runtime';"), ['src/core/tables/x.ts imports functions/runtime']);
    assert.deepEqual(violations(core, "const m = import('../../taskpane/calc');"), ['src/core/tables/x.ts imports taskpane/calc']);
    assert.deepEqual(violations(core, "import 'node:fs';"), ['src/core/tables/x.ts imports node:fs']);
    assert.deepEqual(violations(i18n, "import { x } from '../cli/priceRow';\nimport { y } from '../index';\nimport { z } from '../core/errors';"), [
      'src/i18n/x.ts imports cli/priceRow',
      'src/i18n/x.ts imports index',
    ]);
  });
});
