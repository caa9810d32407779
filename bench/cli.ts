/*
 * Figure 5 of npm run bench: bpi-price over a 1,000,000-row book vs a plain csv-parse → csv-stringify pass
 * of the same file, interleaved in the same run (so both see the same machine load), and bpi-price's peak RSS.
 * `tsx bench/cli.ts BOOK.csv [ROWS]` only writes the book (for profiling the command by hand).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { dealRows } from '../test/harness/deals';
import { DIST, ROOT } from '../test/harness/paths';
import { Line, fmt } from './report';

const ROWS = 1_000_000;
/** Targets of issue 26: within 1.5× the plain pass, under 150 MB. */
const MAX_RATIO = 1.5;
const MAX_RSS_MB = 150;

/**
 * The plain pass: the CSV library reading and writing the same file with its usual options (the record
 * delimiter found from the file, blank lines skipped), nothing else: the cost of reading and writing CSV.
 */
const CSV_PASS = `
const fs = require('fs'); const { pipeline } = require('stream/promises');
const { parse } = require('csv-parse'); const { stringify } = require('csv-stringify');
pipeline(fs.createReadStream(process.argv[1]),
  parse({ delimiter: ',', bom: true, relax_column_count: true, skip_empty_lines: true }),
  stringify({ delimiter: ',', record_delimiter: 'unix', quote_record_delimiter: true, bom: false }),
  fs.createWriteStream(process.argv[2]));`;

/** A seeded book of deals: every type, some options, amounts with cents, a quoted reference with a comma. */
export function writeBook(file: string, rows: number): void {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, 'id,country,debtor,x,type,options,amount,reference\n');
  const CHUNK = 50_000;
  for (let done = 0; done < rows; done += CHUNK) {
    const lines = dealRows(Math.min(CHUNK, rows - done), 1000 + done).map(([country, debtor, x, type, options], i) => {
      const amount = (((done + i) * 7919) % 100_000_000) / 100; // up to 999,999.99 with cents
      return `${done + i + 1},${country},${debtor},${x},${type ?? ''},${options === null ? '' : `"${options}"`},${amount},"Deal ${done + i + 1}, book A"`;
    });
    fs.writeSync(fd, `${lines.join('\n')}\n`);
  }
  fs.closeSync(fd);
}

const MB = (bytes: number) => `${fmt(bytes / 1048576, 1)} MB`;

export function cliBookLines(): Line[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bpi-bench-'));
  try {
    const book = path.join(dir, 'book.csv');
    writeBook(book, ROWS);
    const timed = (args: string[], env: NodeJS.ProcessEnv = process.env) => {
      const t0 = process.hrtime.bigint();
      const r = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
      return { ms, stderr: r.stderr };
    };
    const cli = path.join(DIST, 'cli', 'bpi-price.js');
    const load = os.loadavg()[0];
    let plain = Infinity;
    let priced = Infinity;
    let peakKB = 0;
    let summaryLine = '';
    // Interleaved, best of 3 each: the two are measured under the same machine load.
    for (let rep = 0; rep < 3; rep++) {
      plain = Math.min(plain, timed(['-e', CSV_PASS, book, path.join(dir, 'plain.csv')]).ms);
      const run = timed([cli, book, '-o', path.join(dir, 'priced.csv')], { ...process.env, BPI_PRICE_REPORT_RSS: '1' });
      priced = Math.min(priced, run.ms);
      peakKB = Math.max(peakKB, Number(/peak RSS (\d+) KB/.exec(run.stderr)?.[1] ?? NaN));
      summaryLine = run.stderr.split('\n')[0];
    }
    const MBytes = fs.statSync(book).size / 1048576;
    const ratio = priced / plain;
    console.log(
      `5. bpi-price: ${fmt(ROWS)} rows (${fmt(MBytes, 1)} MB) in ${fmt(priced / 1000, 2)} s vs ${fmt(plain / 1000, 2)} s ` +
        `for a plain csv-parse/csv-stringify pass: ${fmt(ratio, 2)}×; peak RSS ${MB(peakKB * 1024)}; load ${fmt(load, 1)} ` +
        `(its summary: ${summaryLine})`,
    );
    return [
      {
        figure: '5. bpi-price 1M rows',
        value: `${fmt(priced / 1000, 2)} s`,
        baseline: `plain CSV pass ${fmt(plain / 1000, 2)} s`,
        ratio: `${fmt(ratio, 2)}×`,
        target: `≤ ${MAX_RATIO}×`,
        pass: ratio <= MAX_RATIO,
      },
      {
        figure: '5. bpi-price peak RSS',
        value: MB(peakKB * 1024),
        baseline: `target ${MAX_RSS_MB} MB`,
        ratio: `${fmt(peakKB / 1024 / MAX_RSS_MB, 2)} of ${MAX_RSS_MB} MB`,
        target: `< ${MAX_RSS_MB} MB`,
        pass: peakKB * 1024 < MAX_RSS_MB * 1048576,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module && process.argv[2]) writeBook(process.argv[2], Number(process.argv[3] ?? ROWS));
