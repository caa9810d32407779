/*
 * Runs the built command line (dist/cli/bpi-price.js) on books written into a temporary directory.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { DIST } from '../harness/paths';

export const CLI = path.join(DIST, 'cli', 'bpi-price.js');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A fresh temporary directory, removed by the returned cleanup. */
export function tempDir(): { dir: string; file: (name: string, content?: string | Buffer) => string; remove: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bpi-price-'));
  return {
    dir,
    file(name, content) {
      const p = path.join(dir, name);
      if (content !== undefined) fs.writeFileSync(p, content);
      return p;
    },
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export function bpiPrice(...args: string[]): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A CSV text as records (the same library the command uses, with the dialect given explicitly). */
export function records(text: string, delimiter = ','): string[][] {
  return parse(text, { delimiter, bom: true, relax_column_count: true }) as string[][];
}

/** The records as objects by header name. */
export function rows(text: string, delimiter = ','): Record<string, string>[] {
  const [header, ...body] = records(text, delimiter);
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}
