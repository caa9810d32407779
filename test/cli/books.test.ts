/*
 * bpi-price on the books people actually have (issue 26): every record in is one record out, in order, its
 * own fields as they came, whatever the line ends, the encoding, blank lines, a stray comma or the header's
 * width; a broken book or an interruption leaves an existing output as it was. Each output is read back
 * with the tests' own CSV reader (test/cli/csv.ts) and compared record by record with the input.
 *
 * Rates worked by hand (country category 3, 95 % cover, non-payment table, R = a·x + b):
 *   CC3, x = 1: 0.660·1 + 0.345 = 1.005 % → 1.01 % = 0.0101
 *   CC3, x = 2: 0.660·2 + 0.345 = 1.665 % → 1.67 % = 0.0167
 *   CC2, x = 2: 0.564·2 + 0.345 = 1.473 % → 1.47 % = 0.0147
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { readCsv } from './csv';
import { bpiPrice, bpiPriceBytes, CLI, tempDir } from './run';

let tmp: ReturnType<typeof tempDir>;
before(() => {
  tmp = tempDir();
});
after(() => tmp.remove());

const SUMMARY = /^(\d[\d,]*) rows? in: (\d[\d,]*) priced, (\d[\d,]*) blank, (\d[\d,]*) in error, in \d+\.\d s$/m;
const summary = (stderr: string) =>
  SUMMARY.exec(stderr)
    ?.slice(1)
    .map((n) => Number(n.replace(/,/g, '')));

/**
 * The output is the input, record by record: as many records, in order, each with its own fields first
 * (a blank line as a blank row as wide as the others), then the `added` cells, then a long row's extra fields.
 */
function assertSameBook(input: string[][], output: string[][], added: number): void {
  assert.equal(output.length, input.length, 'one record out for each record in');
  const width = input[0].length;
  for (let i = 0; i < input.length; i++) {
    const [inp, out] = [input[i], output[i]];
    const at = `record ${i + 1}`;
    if (inp.length === 1 && inp[0] === '') {
      assert.deepEqual(out, new Array(width + added).fill(''), `${at}: a blank line is a blank row`);
      continue;
    }
    assert.equal(out.length, Math.max(width, inp.length) + added, `${at}: width`);
    assert.deepEqual(out.slice(0, Math.min(width, inp.length)), inp.slice(0, width), `${at}: its own fields`);
    assert.deepEqual(out.slice(width + added), inp.slice(width), `${at}: its extra fields, after the added ones`);
    for (const cell of out) assert.ok(!/\r(?!\n)/.test(cell) || inp.includes(cell), `${at}: no field gains a \\r`);
  }
}

/** The column `name` of each data record of an output. */
const column = (output: string[][], name: string) => output.slice(1).map((r) => r[output[0].indexOf(name)]);

/**
 * Windows-1252 by the code page's table, for the few characters of 0x80–0x9F used here (not iconv-lite;
 * and not Node's TextDecoder, which reads "windows-1252" as Latin-1); the other bytes are Latin-1.
 */
const CP1252: Record<string, number> = { '€': 0x80, '’': 0x92, '–': 0x96, '—': 0x97, œ: 0x9c };
const CP1252_CHARS = new Map(Object.entries(CP1252).map(([c, b]) => [b, c]));
function windows1252(text: string): Buffer {
  return Buffer.from(Array.from(text, (c) => CP1252[c] ?? (c.charCodeAt(0) < 0x80 || c.charCodeAt(0) >= 0xa0 ? c.charCodeAt(0) : assert.fail(c))));
}
function decode1252(bytes: Buffer): string {
  return Array.from(bytes, (b) => (b >= 0x80 && b < 0xa0 ? (CP1252_CHARS.get(b) ?? assert.fail(`byte ${b}`)) : String.fromCharCode(b))).join('');
}

describe('bpi-price: line ends as they come', () => {
  const cases = [
    { name: 'a CRLF header with LF rows', book: 'ref,country,debtor,x\r\na,3,CC3,1\nb,3,CC3,2\n"c\nd",3,CC2,2\n', end: '\r\n' },
    { name: 'an LF header with CRLF rows', book: 'ref,country,debtor,x\na,3,CC3,1\r\nb,3,CC3,2\r\n"c\r\nd",3,CC2,2\r\n', end: '\n' },
    { name: 'CR alone (old Mac files), mixed with the others', book: 'ref,country,debtor,x\ra,3,CC3,1\r\nb,3,CC3,2\n"c\rd",3,CC2,2\r', end: '\r' },
  ];
  for (const { name, book, end } of cases) {
    it(`${name}: each line end ends a record, none stays in a field, the output uses the header's`, () => {
      const r = bpiPrice(tmp.file('ends.csv', book));
      assert.equal(r.status, 0, r.stderr);
      const input = readCsv(book).records;
      const output = readCsv(r.stdout);
      assert.deepEqual(
        input.map((rec) => rec.length),
        [4, 4, 4, 4],
        'the test reader reads the book as meant',
      );
      assertSameBook(input, output.records, 2);
      assert.deepEqual(output.ends, [end, end, end, end]);
      assert.deepEqual(column(output.records, 'rate'), ['0.0101', '0.0167', '0.0147']);
      assert.deepEqual(column(output.records, 'error'), ['', '', '']);
    });
  }
});

describe('bpi-price: encodings as they come', () => {
  // What French Excel's "CSV (séparateur : point-virgule)" writes: Windows-1252, ";", CRLF, no BOM.
  const FRENCH =
    [
      'Réf;Débiteur;country;debtor;x;amount;Commentaire',
      'F-1;Société Générale;3;CC3;1;1000,5;première',
      'F-2;Crédit — œuvres;3;CC2;2;;prix en €',
      'F-3;L’Oréal;3;CC3;2;250;"à revoir; vite"',
    ].join('\r\n') + '\r\n';

  it('a Windows-1252 ";" book with accents comes back in Windows-1252, every cell as it was', () => {
    const r = bpiPriceBytes([tmp.file('fr-1252.csv', windows1252(FRENCH))]);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(!r.stdout.includes(Buffer.from('é')), 'no UTF-8 in the output');
    assert.ok(r.stdout.includes(windows1252('Société Générale')));
    const input = readCsv(FRENCH, ';').records;
    const output = readCsv(decode1252(r.stdout), ';');
    assertSameBook(input, output.records, 3);
    assert.deepEqual(output.ends, ['\r\n', '\r\n', '\r\n', '\r\n']);
    assert.deepEqual(column(output.records, 'rate'), ['0,0101', '0,0147', '0,0167']);
    // 1,000.50 × 1.01 % = 10.10505 → 10.11 (half up); 250 × 1.67 % = 4.175 → 4.18
    assert.deepEqual(column(output.records, 'premium'), ['10,11', '', '4,18']);
  });

  it('an error message is written in Windows-1252 too', () => {
    const r = bpiPriceBytes([tmp.file('fr-1252-bad.csv', windows1252('Réf;country;debtor;x\r\nÉté;8;CC3;1\r\n'))]);
    assert.equal(r.status, 1);
    const [, row] = readCsv(decode1252(r.stdout), ';').records;
    assert.deepEqual(row, ['Été', '8', 'CC3', '1', '', '#NUM! country must be an integer 0–7, got 8']);
  });

  it('a byte Windows-1252 does not define is exit 2 naming its line, not a replacement character', () => {
    const bytes = Buffer.concat([windows1252('Réf;country;debtor;x\r\nA;3;CC3;1\r\nB'), Buffer.from([0x81]), Buffer.from(';3;CC3;1\r\n')]);
    const out = tmp.file('undefined-byte-out.csv');
    const r = bpiPriceBytes([tmp.file('fr-1252-0x81.csv', bytes), '-o', out]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /line 3: byte 0x81 is not a Windows-1252 character/);
    assert.ok(!fs.existsSync(out));
  });

  it('--encoding overrides: the same book read as UTF-8 stops on line 1, at its first é', () => {
    const r = bpiPriceBytes([tmp.file('fr-1252.csv'), '--encoding', 'utf-8']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /line 1: byte 0xE9 is not UTF-8/);
  });

  it("a UTF-8 book with a stray Windows-1252 byte stops on that byte's line, with the way out", () => {
    const bytes = Buffer.concat([Buffer.from('Réf,country,debtor,x\nA,3,CC3,1\nB,3,CC3,1\nCaf'), Buffer.from([0xe9]), Buffer.from(',3,CC3,1\n')]);
    const r = bpiPriceBytes([tmp.file('stray.csv', bytes)]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /line 4: byte 0xE9 is not UTF-8; if the book is in Windows-1252, run with --encoding windows-1252/);
  });

  const UTF16_BOOK = 'Réf,Débiteur,country,debtor,x\r\nU-1,Société Générale,3,CC3,1\r\nU-2,"Zoë, 😀",3,CC3,2\r\n';
  const swap = (b: Buffer) => Buffer.from(b).swap16();
  for (const [name, bytes, decode] of [
    ['UTF-16LE', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(UTF16_BOOK, 'utf16le')]), (b: Buffer) => new TextDecoder('utf-16le').decode(b)],
    ['UTF-16BE', Buffer.concat([Buffer.from([0xfe, 0xff]), swap(Buffer.from(UTF16_BOOK, 'utf16le'))]), (b: Buffer) => new TextDecoder('utf-16be').decode(b)],
  ] as const) {
    it(`a ${name} book with its BOM comes back in ${name} with the BOM`, () => {
      const r = bpiPriceBytes([tmp.file(`${name}.csv`, bytes)]);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual([...r.stdout.subarray(0, 2)], [...bytes.subarray(0, 2)]);
      const input = readCsv(UTF16_BOOK).records;
      const output = readCsv(decode(r.stdout)); // TextDecoder drops the BOM
      assertSameBook(input, output.records, 2);
      assert.deepEqual(column(output.records, 'rate'), ['0.0101', '0.0167']);
    });
  }

  it('a UTF-8 book with a BOM (Excel\'s "CSV UTF-8") keeps it', () => {
    const book = '\ufeffRéf,country,debtor,x\r\nÀ,3,CC3,1\r\n';
    const r = bpiPrice(tmp.file('utf8-bom.csv', book));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '\ufeffRéf,country,debtor,x,rate,error\r\nÀ,3,CC3,1,0.0101,\r\n');
  });
});

describe('bpi-price: rows never move', () => {
  it('blank lines come back as blank rows, spacer rows and rows with blank inputs get empty results, no error', () => {
    const book = 'id,country,debtor,x\n1,3,CC3,1\n\n2,3,CC3,2\n,,,\nsubtotal,,,\n\n3,3,CC2,2\n';
    const r = bpiPrice(tmp.file('blank.csv', book));
    assert.equal(r.status, 0, r.stderr);
    const output = readCsv(r.stdout).records;
    assertSameBook(readCsv(book).records, output, 2);
    assert.deepEqual(column(output, 'rate'), ['0.0101', '', '0.0167', '', '', '', '0.0147']);
    assert.deepEqual(column(output, 'error'), ['', '', '', '', '', '', '']);
    assert.deepEqual(summary(r.stderr), [7, 3, 4, 0]); // rows in, priced, blank, in error
  });

  it('the spacer row Excel writes for an empty row (",,") is a blank row, as BPI.RATE gives an empty cell', () => {
    const r = bpiPrice(tmp.file('spacer.csv', 'country,debtor,x\r\n3,CC3,1\r\n,,\r\n3,CC3,2\r\n'));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'country,debtor,x,rate,error\r\n3,CC3,1,0.0101,\r\n,,,,\r\n3,CC3,2,0.0167,\r\n');
  });

  it('a trailing comma or extra fields: kept after the added columns, and the error says so', () => {
    const book = 'country,debtor,x\n3,CC3,1,\n3,CC3,1,extra,"more, still"\n3,CC3,2\n';
    const r = bpiPrice(tmp.file('trailing.csv', book));
    assert.equal(r.status, 1);
    const output = readCsv(r.stdout).records;
    assertSameBook(readCsv(book).records, output, 2);
    assert.deepEqual(output[1], ['3', 'CC3', '1', '', '#VALUE! the row has 4 fields, the header 3: the extra fields are written after the error column', '']);
    assert.deepEqual(output[2].slice(5), ['extra', 'more, still']);
    assert.deepEqual(output[3], ['3', 'CC3', '2', '0.0167', '']);
    assert.deepEqual(summary(r.stderr), [3, 1, 0, 2]);
  });

  it("a short row is an error in that row, padded to the header's width", () => {
    const r = bpiPrice(tmp.file('short.csv', 'country,debtor,x,note\n3,CC3\n3,CC3,1,n\n'));
    assert.equal(r.status, 1);
    const output = readCsv(r.stdout).records;
    assert.deepEqual(output[1], ['3', 'CC3', '', '', '', '#VALUE! the row has 2 fields, the header 4']);
    assert.deepEqual(output[2], ['3', 'CC3', '1', 'n', '0.0101', '']);
  });

  it('a 2 MiB header is read whole: every row keeps its width and rate lands under "rate"', () => {
    const wide = 'w'.repeat(2 << 20);
    const book = `country,${wide},debtor,x,tail\n3,a,CC3,1,t1\n3,"b, c",CC3,2,t2\n`;
    const r = bpiPrice(tmp.file('wide.csv', book));
    assert.equal(r.status, 0, r.stderr);
    const output = readCsv(r.stdout).records;
    assertSameBook(readCsv(book).records, output, 2);
    assert.equal(output[0][1].length, 2 << 20);
    assert.deepEqual(column(output, 'rate'), ['0.0101', '0.0167']);
    assert.deepEqual(column(output, 'tail'), ['t1', 't2']);
  });
});

describe('bpi-price: a broken book is exit 2 naming the line, and nothing is written', () => {
  it('a quote inside an unquoted field (12" pipe)', () => {
    const out = tmp.file('quote-out.csv');
    const r = bpiPrice(tmp.file('quote.csv', 'id,country,debtor,x,item\n1,3,CC3,1,pipe\n2,3,CC3,1,12" pipe\n3,3,CC3,1,x\n'), '-o', out);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /quote\.csv: line 3: a quote inside a field that does not begin with one \(field 5\)/);
    assert.doesNotMatch(r.stderr, /internal error|at .*\.js:\d+/);
    assert.ok(!fs.existsSync(out));
  });

  it('an unclosed quote names the line where it opened, not the end of the file', () => {
    const r = bpiPrice(tmp.file('unclosed.csv', 'country,debtor,x,note\n3,CC3,1,"two\nlines"\n3,CC3,1,"never closed\n3,CC3,1,a\n3,CC3,1,b\n'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /unclosed\.csv: line 4: a quote opened there \(field 4\) is never closed/);
  });

  it('the quote opened inside a row that began lines earlier', () => {
    const r = bpiPrice(tmp.file('unclosed-2.csv', 'country,debtor,x,note,more\n3,CC3,1,"two\nlines","never closed\n3,CC3,1,a\n'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /line 3: a quote opened there \(field 5\) is never closed/);
  });

  it('an unclosed quote in a large file stops at the record size bound, naming the line', () => {
    const rows = '3,CC3,1,"x\n'.padEnd(64, 'y') + 'y\n'.repeat((17 << 20) / 2);
    const r = bpiPrice(tmp.file('unclosed-big.csv', `country,debtor,x,note\n3,CC3,1,ok\n${rows}`));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /line 3: the row that starts there is over 16 MiB \(a quote opened on line 3 that is never closed\?\)/);
    fs.rmSync(tmp.file('unclosed-big.csv'));
  });
});

describe('bpi-price -o: all or nothing', () => {
  const PREVIOUS = 'a good priced book from an earlier run\n';
  const leftovers = (dir: string) => fs.readdirSync(dir).filter((f) => f.includes('.bpi-price-'));

  it('a run that fails on a broken row leaves the existing output as it was, and says so', () => {
    const dir = fs.mkdtempSync(path.join(tmp.dir, 'fail-'));
    const out = path.join(dir, 'priced.csv');
    fs.writeFileSync(out, PREVIOUS);
    const good = Array.from({ length: 3000 }, (_, i) => `${i},3,CC3,1`).join('\n');
    const r = bpiPrice(tmp.file('fails-late.csv', `id,country,debtor,x\n${good}\n9,3,CC3,"1\n`), '-o', out);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /line 3002: a quote opened there/);
    assert.match(r.stderr, /priced\.csv was left as it was/);
    assert.equal(fs.readFileSync(out, 'utf8'), PREVIOUS);
    assert.deepEqual(leftovers(dir), []);
  });

  it('a book that cannot be priced (no x column) leaves it too', () => {
    const dir = fs.mkdtempSync(path.join(tmp.dir, 'cols-'));
    const out = path.join(dir, 'priced.csv');
    fs.writeFileSync(out, PREVIOUS);
    const r = bpiPrice(tmp.file('nox.csv', 'country,debtor,term\n3,CC3,1\n'), '-o', out);
    assert.equal(r.status, 2);
    assert.equal(fs.readFileSync(out, 'utf8'), PREVIOUS);
    assert.deepEqual(leftovers(dir), []);
  });

  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    it(`${signal} mid-way leaves the existing output as it was, removes the temporary file, exit ${code}`, async () => {
      const dir = fs.mkdtempSync(path.join(tmp.dir, `${signal}-`));
      const out = path.join(dir, 'priced.csv');
      fs.writeFileSync(out, PREVIOUS);
      // The book comes on standard input and stops coming half-way (past the 1 MiB the encoding is read
      // from): the run is mid-way for sure.
      const child = spawn(process.execPath, [CLI, '-', '-o', out], { stdio: ['pipe', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdin.on('error', () => {}); // the rest of the book is never read
      child.stdin.write(`id,country,debtor,x\n${Array.from({ length: 120_000 }, (_, i) => `${i},3,CC3,1`).join('\n')}\n`);
      // Wait until rows are in the temporary file, then interrupt.
      for (let waited = 0; !leftovers(dir).some((f) => fs.statSync(path.join(dir, f)).size > 0); waited++) {
        if (waited > 600) assert.fail('no temporary output appeared');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const exited = new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
      child.kill(signal);
      assert.equal(await exited, code);
      assert.match(stderr, new RegExp(`interrupted \\(${signal}\\): .*priced\\.csv was left as it was`));
      assert.equal(fs.readFileSync(out, 'utf8'), PREVIOUS);
      assert.deepEqual(leftovers(dir), []);
      child.stdin.destroy();
    });
  }

  it('a full disk is exit 2 with a message, the existing output left as it was (a 256 KiB tmpfs; root only)', function () {
    const dir = fs.mkdtempSync(path.join(tmp.dir, 'full-'));
    if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', dir]).status !== 0) this.skip();
    try {
      const out = path.join(dir, 'priced.csv');
      fs.writeFileSync(out, PREVIOUS);
      const rows = Array.from({ length: 40_000 }, (_, i) => `${i},3,CC3,1`).join('\n'); // about 1 MB priced
      const r = bpiPrice(tmp.file('fills.csv', `id,country,debtor,x\n${rows}\n`), '-o', out);
      assert.equal(r.status, 2);
      assert.match(r.stderr, /cannot write .*priced\.csv: no space left on the device\nbpi-price: .*priced\.csv was left as it was/);
      assert.doesNotMatch(r.stderr, /internal error/);
      assert.equal(fs.readFileSync(out, 'utf8'), PREVIOUS);
      assert.deepEqual(leftovers(dir), []);
    } finally {
      spawnSync('umount', [dir]);
    }
  });

  it('a run that succeeds replaces the output whole, keeping its permissions', () => {
    const dir = fs.mkdtempSync(path.join(tmp.dir, 'ok-'));
    const out = path.join(dir, 'priced.csv');
    fs.writeFileSync(out, PREVIOUS);
    fs.chmodSync(out, 0o640);
    const r = bpiPrice(tmp.file('ok.csv', 'country,debtor,x\n3,CC3,1\n'), '-o', out);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(fs.readFileSync(out, 'utf8'), 'country,debtor,x,rate,error\n3,CC3,1,0.0101,\n');
    assert.equal(fs.statSync(out).mode & 0o777, 0o640);
    assert.deepEqual(leftovers(dir), []);
  });
});

describe('bpi-price: pipes', () => {
  const BOOK = 'ref,country,debtor,x\r\na,3,CC3,1\r\nb,3,CC2,2\r\n';

  it('"-" reads standard input, as the file would be read', () => {
    const piped = bpiPriceBytes(['-'], BOOK);
    assert.equal(piped.status, 0, piped.stderr);
    assert.equal(piped.stdout.toString('utf8'), bpiPrice(tmp.file('pipe.csv', BOOK)).stdout);
    assertSameBook(readCsv(BOOK).records, readCsv(piped.stdout.toString('utf8')).records, 2);
  });

  it('"-" with a Windows-1252 book on standard input', () => {
    const book = 'Réf;country;debtor;x\r\nÉté;3;CC3;1\r\n';
    const r = bpiPriceBytes(['-'], windows1252(book));
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout, windows1252('Réf;country;debtor;x;rate;error\r\nÉté;3;CC3;1;0,0101;\r\n'));
  });

  it('a closed standard output is exit 2 with a message, not a lost book', () => {
    const book = tmp.file('pipe.csv');
    const r = spawnSync('sh', ['-c', 'exec "$0" "$1" "$2" >&-', process.execPath, CLI, book], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /standard output is closed/);
  });

  it('a full standard output (/dev/full) is exit 2 with a message, no stack trace', () => {
    const r = spawnSync('sh', ['-c', 'exec "$0" "$1" "$2" > /dev/full', process.execPath, CLI, tmp.file('pipe.csv')], { encoding: 'utf8' });
    assert.equal(r.status, 2);
    assert.match(r.stderr, /cannot write standard output: no space left on the device/);
    assert.doesNotMatch(r.stderr, /internal error/);
  });

  it('a reader that stops early (| head) is not an error', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => `${i},3,CC3,1`).join('\n');
    const book = tmp.file('long.csv', `ref,country,debtor,x\n${rows}\n`);
    const r = spawnSync('bash', ['-c', 'set -o pipefail; "$0" "$1" "$2" | head -n 2', process.execPath, CLI, book], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'ref,country,debtor,x,rate,error\n0,3,CC3,1,0.0101,\n');
  });
});

describe('bpi-price: cells that Excel would run as formulas', () => {
  const BOOK = 'id,country,debtor,x,note\n=1+1,3,CC3,1,@SUM(A1)\n2,3,CC3,1,-5\n3,3,CC3,2,+cmd|calc\n4,3,CC3,1,"\tx"\n5,3,CC3,1,－1+2\n';

  it('are counted on stderr with the first line, and written back as they came', () => {
    const r = bpiPrice(tmp.file('formulas.csv', BOOK));
    assert.equal(r.status, 0, r.stderr);
    assertSameBook(readCsv(BOOK).records, readCsv(r.stdout).records, 2);
    // =1+1, @SUM(A1), +cmd|calc, tab x, full-width −1+2; -5 is a number, which runs nothing.
    assert.match(
      r.stderr,
      /warning: 5 cells of the book begin with =, \+, -, @, tab or CR \(the first on line 2\): Excel may run them as formulas.*--escape-formulas/,
    );
  });

  it("--escape-formulas writes them with a leading ', leaving numbers and the added cells alone", () => {
    const r = bpiPrice(tmp.file('formulas.csv'), '--escape-formulas');
    assert.equal(r.status, 0, r.stderr);
    const output = readCsv(r.stdout).records;
    assert.deepEqual(
      output.map((rec) => [rec[0], rec[4]]),
      [
        ['id', 'note'],
        ["'=1+1", "'@SUM(A1)"],
        ['2', '-5'],
        ['3', "'+cmd|calc"],
        ['4', "'\tx"],
        ['5', "'－1+2"],
      ],
    );
    assert.deepEqual(column(output, 'rate'), ['0.0101', '0.0101', '0.0167', '0.0101', '0.0101']);
    assert.deepEqual(column(output, 'error'), ['', '', '', '', '']);
    assert.match(r.stderr, /5 cells beginning with =, \+, -, @, tab or CR written with a leading ' \(the first on line 2\)/);
  });

  it('no warning for a book without such cells', () => {
    const r = bpiPrice(tmp.file('plain.csv', 'country,debtor,x,balance\n3,CC3,1,-1500.25\n'));
    assert.equal(r.status, 0, r.stderr);
    assert.doesNotMatch(r.stderr, /formula/);
  });
});
