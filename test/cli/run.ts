/*
 * Runs the built command line (dist/cli/bpi-price.js) on books written into a temporary directory.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST } from '../harness/paths';
import { readCsv, rowsOf } from './csv';

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
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The command with bytes on standard input and its standard output as bytes. */
export function bpiPriceBytes(args: string[], input?: Buffer | string): { status: number | null; stdout: Buffer; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

/** A CSV text as records, read by the tests' own reader (test/cli/csv.ts), not the command's csv-parse. */
export function records(text: string, delimiter = ','): string[][] {
  return readCsv(text, delimiter).records;
}

/** The records as objects by header name. */
export const rows = rowsOf;
