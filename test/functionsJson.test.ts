/*
 * Snapshot of what Excel sees: the generated functions.json (names, parameter shapes, descriptions).
 * A change here must be deliberate: review it, then run `UPDATE_SNAPSHOT=1 npm test` and commit
 * test/snapshots/functions.json.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, ROOT } from './harness/paths';

const SNAPSHOT = path.join(ROOT, 'test', 'snapshots', 'functions.json');

describe('functions.json snapshot', () => {
  it('matches the committed snapshot', () => {
    const built = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8'));
    if (process.env.UPDATE_SNAPSHOT === '1') fs.writeFileSync(SNAPSHOT, `${JSON.stringify(built, null, 2)}\n`);
    const expected = JSON.parse(fs.readFileSync(SNAPSHOT, 'utf8'));
    assert.deepEqual(built, expected, 'functions.json changed: review the difference, then UPDATE_SNAPSHOT=1 npm test');
  });

  it('declares every parameter as a matrix, so that any argument may be a range (SPEC §3)', () => {
    const built = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8'));
    for (const f of built.functions) {
      for (const p of f.parameters) assert.equal(p.dimensionality, 'matrix', `${f.name}(${p.name})`);
      assert.ok(f.description.length > 20, `${f.name} has a description`);
    }
  });
});
