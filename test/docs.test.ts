/*
 * The README and docs/ stand alone: they cite nothing outside the repository (the product's specification
 * and the source documents are not in it; the note is cited by its edition and section numbers), and
 * every relative link they make points at a file that exists.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './harness/paths';

const docs = [
  'README.md',
  ...fs
    .readdirSync(path.join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => path.join('docs', f)),
];
const OUTSIDE = ['SPEC §', '../shared', 'seeds/'];

describe('README and docs/ stand alone', () => {
  it('cite no file outside the repository', () => {
    assert.ok(docs.length >= 5 && docs.includes(path.join('docs', 'readings.md')));
    const found: string[] = [];
    for (const rel of docs) {
      fs.readFileSync(path.join(ROOT, rel), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          for (const bad of OUTSIDE) if (line.includes(bad)) found.push(`${rel}:${i + 1} cites "${bad}": ${line.trim()}`);
        });
    }
    assert.deepEqual(found, []);
  });

  it('link only to files that exist in the repository', () => {
    let links = 0;
    for (const rel of docs) {
      const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
        const file = path.resolve(ROOT, path.dirname(rel), target.split('#')[0]);
        assert.ok(file.startsWith(ROOT + path.sep), `${rel} links outside the repository: ${target}`);
        assert.ok(fs.existsSync(file), `${rel} links to a missing file: ${target}`);
        links++;
      }
    }
    assert.ok(links >= 5, `only ${links} relative links found`);
  });
});
