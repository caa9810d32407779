/*
 * A clean install on the README's Node: every package of package-lock.json accepts the project's Node floor
 * (so `npm ci` prints no EBADENGINE warning on it), every dependency is pinned exactly, and the tools
 * `npm start` uses are installed ones, not fetched at run time.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { ROOT } from './harness/paths';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
/** The lowest Node the project supports: the floor of package.json's engines (">=20.19" → 20.19.0). */
const FLOOR = semver.minVersion(pkg.engines.node)!.version;

/** The installed packages whose declared Node range excludes `node`, as "path range". */
function refusing(packages: Record<string, { engines?: { node?: string } }>, node: string): string[] {
  return Object.entries(packages)
    .filter(([where, p]) => where !== '' && p.engines?.node && !semver.satisfies(node, p.engines.node, { includePrerelease: true }))
    .map(([where, p]) => `${where} ${p.engines!.node}`);
}

describe('a clean install', () => {
  it(`on Node ${FLOOR}, the README's floor: no installed package asks for a later Node`, () => {
    assert.equal(FLOOR, '20.19.0');
    assert.match(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8'), /\*\*Node\.js 20\.19\+\*\*/);
    assert.ok(Object.keys(lock.packages).length > 100);
    assert.deepEqual(refusing(lock.packages, FLOOR), []);
  });

  it('the check refuses a package that declares Node 22 or later (as excelts 6 and later do)', () => {
    assert.deepEqual(refusing({ 'node_modules/x': { engines: { node: '>=22.0.0' } }, 'node_modules/y': { engines: { node: '>=18' } } }, FLOOR), [
      'node_modules/x >=22.0.0',
    ]);
  });

  it('pins every dependency to one exact version', () => {
    for (const deps of [pkg.dependencies, pkg.devDependencies]) {
      for (const [name, range] of Object.entries(deps as Record<string, string>)) assert.ok(semver.valid(range), `${name}@${range} is not an exact version`);
    }
  });

  it('npm start sideloads with the installed office-addin-debugging (no npx, no download)', () => {
    assert.ok(pkg.devDependencies['office-addin-debugging']);
    assert.ok(fs.existsSync(path.join(ROOT, 'node_modules', 'office-addin-debugging', 'cli.js')));
    const start = fs.readFileSync(path.join(ROOT, 'scripts', 'start.mjs'), 'utf8');
    assert.match(start, /resolve\('office-addin-debugging\/cli\.js'\)/);
    assert.doesNotMatch(start, /\bnpx\b/);
  });
});
