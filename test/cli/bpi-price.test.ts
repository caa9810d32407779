/*
 * bpi-price, the built command, on small books: dialects, pass-through columns, bad rows, usage errors.
 * Rates and premiums are compared with BPI.RATE and BPI.PREMIUM through the built add-in bundle, and a few
 * with values worked by hand from the note's tables.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { isExcelError, loadWorkbook, Workbook } from '../harness/excel';
import { ROOT } from '../harness/paths';
import { bpiPrice, CLI, records, rows, tempDir } from './run';

let wb: Workbook;
let tmp: ReturnType<typeof tempDir>;
before(() => {
  wb = loadWorkbook();
  tmp = tempDir();
});
after(() => tmp.remove());

/** BPI.RATE through the bundle, for the same cells (blank type/options as omitted arguments). */
const excelRate = (country: number, debtor: string, x: number, type = '', options = '') =>
  wb.cell('RATE', country, debtor, x, type === '' ? undefined : type, options === '' ? undefined : options);

/** The rate and premium columns are exact decimal text: no binary floating-point digits. */
const RATE_TEXT = /^0(\.\d{1,4})?$/;
/** rows in, priced, blank, in error. */
const SUMMARY = /^(\d[\d,]*) rows? in: (\d[\d,]*) priced, (\d[\d,]*) blank, (\d[\d,]*) in error, in \d+\.\d s$/m;

describe('bpi-price: a comma-separated book', () => {
  const BOOK = [
    'Deal,Country,DEBTOR,x,Type,options,Amount,Comment',
    'A-1,3,CC3,1,,,1000000,first deal',
    'A-2,3,CC2,5,NONPAYMENT,COVER=100%,250000.5,"Paris, France"',
    'A-3,1,SOV/CCO,10.9,,COVER=97.5%,0,',
    'A-4,3,CC2,2,INTERRUPTION,,12345.67,"two',
    'lines"',
    'A-5,4,CC1,0.1,ENVELOPE,,,no amount',
    'A-6,2,SOV,2,,COVER=100%,99.99,"he said ""fine"""',
    '',
  ].join('\n');

  let run: ReturnType<typeof bpiPrice>;
  before(() => {
    run = bpiPrice(tmp.file('book.csv', BOOK));
  });

  it('prices every row, writes the CSV to stdout and the summary line to stderr, exit 0', () => {
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stderr, SUMMARY);
    assert.deepEqual(SUMMARY.exec(run.stderr)!.slice(1), ['6', '6', '0', '0']);
    assert.ok(!run.stdout.startsWith('\ufeff') && !run.stdout.includes('\r\n'), 'no BOM, LF line ends as in the input');
  });

  it('keeps every input column and cell in place, then adds rate, premium and error', () => {
    const input = records(BOOK);
    const output = records(run.stdout);
    assert.deepEqual(output[0], [...input[0], 'rate', 'premium', 'error']);
    assert.equal(output.length, input.length);
    for (let i = 1; i < input.length; i++) assert.deepEqual(output[i].slice(0, input[0].length), input[i]);
    // Embedded separators, line breaks and quotes came through.
    assert.equal(output[2][7], 'Paris, France');
    assert.equal(output[4][7], 'two\nlines');
    assert.equal(output[6][7], 'he said "fine"');
  });

  it('gives the rate BPI.RATE gives, as exact decimal text', () => {
    for (const r of rows(run.stdout)) {
      assert.match(r.rate, RATE_TEXT);
      assert.equal(r.error, '');
      assert.equal(Number(r.rate), excelRate(Number(r.Country), r.DEBTOR, Number(r.x), r.Type, r.options), `deal ${r.Deal}`);
    }
  });

  it('gives the rates worked by hand', () => {
    const rate = new Map(rows(run.stdout).map((r) => [r.Deal, r.rate]));
    assert.equal(rate.get('A-1'), '0.0101'); // T = 0.660·1 + 0.345 = 1.005 % → 1.01 %
    // S = 0.345·5 + 0.345 = 2.07, T = 0.564·5 + 0.345 = 3.165, C = 1 + ((1 − 0.95)/0.05)·0.00489 = 1.00489,
    // R = 3.165·(1/0.95)·1.00489 = 3.3478… → 3.35 %
    assert.equal(rate.get('A-2'), '0.0335');
    assert.equal(rate.get('A-3'), '0.0137'); // (0.090·10.9 + 0.349)·0.975/0.95 = 1.365 % exactly → 1.37 %
    assert.equal(rate.get('A-4'), '0.0063'); // interruption table: 0.125·2 + 0.384 = 0.634 % → 0.63 %
    assert.equal(rate.get('A-5'), '0.005'); // x' = 0.25: 0.639·0.25 + 0.344 = 0.50375 % → 0.50 %
  });

  it('gives the premium BPI.PREMIUM gives for amount × rate, to the cent, blank without an amount', () => {
    for (const r of rows(run.stdout)) {
      if (r.Amount === '') {
        assert.equal(r.premium, '');
        continue;
      }
      assert.match(r.premium, /^\d+\.\d\d$/);
      assert.equal(Number(r.premium), wb.cell('PREMIUM', Number(r.Amount), Number(r.rate)), `deal ${r.Deal}`);
    }
    const premium = new Map(rows(run.stdout).map((r) => [r.Deal, r.premium]));
    assert.equal(premium.get('A-1'), '10100.00'); // 1,000,000 × 1.01 %
    assert.equal(premium.get('A-2'), '8375.02'); // 250,000.50 × 3.35 % = 8,375.01675 → 8,375.02 (half up)
    assert.equal(premium.get('A-4'), '77.78'); // 12,345.67 × 0.63 % = 77.777721 → 77.78
    assert.equal(premium.get('A-3'), '0.00');
  });

  it('writes to -o OUTPUT, and nothing but the summary to the terminal', () => {
    const out = tmp.file('priced.csv');
    const r = bpiPrice(tmp.file('book.csv'), '-o', out);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.equal(fs.readFileSync(out, 'utf8'), run.stdout);
  });

  it('runs as `npx bpi-price` in the repository (the package bin)', () => {
    const r = spawnSync('npx', ['--no-install', 'bpi-price', tmp.file('book.csv')], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, run.stdout);
  });

  it('is an executable with a node shebang', () => {
    assert.ok(fs.readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
    assert.ok(fs.statSync(CLI).mode & 0o100);
  });
});

describe('bpi-price: the CSV French Excel writes', () => {
  // ";"-separated, decimal commas, a UTF-8 BOM, CRLF line ends, options with ";" inside quotes.
  const LINES = [
    'Réf;Pays;country;debtor;x;type;options;amount;Commentaire',
    'F-1;Maroc;3;CC3;1;;;1000000;première affaire',
    'F-2;Brésil;3;CC2;1,5;NONPAYMENT;"COVER=100%; MOBILE=25%";250000,5;"taux; à revoir"',
    'F-3;Inde;4;CC1;0,1;ENVELOPE;;1234,56;"sur deux',
    'lignes"',
  ];
  const BOOK = `\ufeff${LINES.join('\r\n')}\r\n`;

  let run: ReturnType<typeof bpiPrice>;
  let out: string;
  before(() => {
    out = tmp.file('priced-fr.csv');
    run = bpiPrice(tmp.file('book-fr.csv', BOOK), '-o', out);
  });

  it('writes the same dialect back: BOM, ";", CRLF', () => {
    assert.equal(run.status, 0, run.stderr);
    const text = fs.readFileSync(out, 'utf8');
    assert.ok(text.startsWith('\ufeffRéf;Pays;country;debtor;x;type;options;amount;Commentaire;rate;premium;error\r\n'));
    // Every record ends with CRLF; the one line break inside a quoted field is kept as written.
    assert.equal(text.split('\r\n').length - 1, LINES.length);
    assert.ok(text.includes('"sur deux\r\nlignes"'));
  });

  it('reads decimal commas and writes rate and premium with a decimal comma', () => {
    const r = rows(fs.readFileSync(out, 'utf8'), ';');
    assert.deepEqual(
      r.map((row) => row.error),
      ['', '', ''],
    );
    assert.deepEqual(
      r.map((row) => row.options),
      ['', 'COVER=100%; MOBILE=25%', ''],
    );
    assert.equal(r[0].rate, '0,0101'); // T = 0.660·1 + 0.345 = 1.005 % → 1.01 %
    assert.equal(r[0].premium, '10100,00');
    for (const row of r) {
      const x = Number(row.x.replace(',', '.'));
      const rate = Number(row.rate.replace(',', '.'));
      assert.match(row.rate, /^0(,\d{1,4})?$/);
      assert.equal(rate, excelRate(Number(row.country), row.debtor, x, row.type, row.options), row['Réf']);
      assert.match(row.premium, /^\d+,\d\d$/);
      assert.equal(Number(row.premium.replace(',', '.')), wb.cell('PREMIUM', Number(row.amount.replace(',', '.')), rate));
    }
  });

  it('refuses a decimal point in a ";"-separated file rather than guess what it means', () => {
    const r = bpiPrice(tmp.file('point-fr.csv', 'country;debtor;x\r\n3;CC3;1.5\r\n'));
    assert.equal(r.status, 1);
    assert.equal(rows(r.stdout, ';')[0].error, '#VALUE! x must be a number with a decimal comma in a ";"-separated file, got "1.5"');
  });

  it('in a comma-separated file a decimal comma is refused as BPI.RATE refuses it', () => {
    const r = bpiPrice(tmp.file('comma.csv', 'country,debtor,x\n3,CC3,"1,5"\n'));
    assert.equal(r.status, 1);
    const cell = wb.cell('RATE', 3, 'CC3', '1,5');
    assert.ok(isExcelError(cell, '#VALUE!'));
    assert.equal(rows(r.stdout)[0].error, `#VALUE! ${cell.message}`);
  });

  it('reads a BOM-less, LF ";" file too, and writes it back without a BOM', () => {
    const r = bpiPrice(tmp.file('plain-fr.csv', 'country;debtor;x\n3;CC3;1\n'));
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, 'country;debtor;x;rate;error\n3;CC3;1;0,0101;\n');
  });
});

describe('bpi-price: bad rows', () => {
  const BOOK = [
    'id,country,debtor,x,amount',
    '1,3,CC3,1,100',
    '2,8,CC3,1,100',
    '3,3,CC9,1,100',
    '4,3,CC3,-1,100',
    '5,3,CC3,1,-100',
    '6,3,CC3,1',
    '7,5,CC5,1,100',
    '',
  ].join('\n');

  let run: ReturnType<typeof bpiPrice>;
  before(() => {
    run = bpiPrice(tmp.file('bad.csv', BOOK));
  });

  it('prices each row on its own, exit 1 when some have an error', () => {
    assert.equal(run.status, 1);
    const r = rows(run.stdout);
    assert.equal(r.length, 7);
    assert.deepEqual(
      r.map((row) => row.rate === ''),
      [false, true, true, true, false, true, true],
    );
    assert.match(run.stderr, SUMMARY);
    // A row with an error counts as an error, even the one that has its rate and fails on its amount.
    assert.deepEqual(SUMMARY.exec(run.stderr)!.slice(1), ['7', '1', '0', '6']);
  });

  it('writes the Excel code and message BPI.RATE gives', () => {
    const r = rows(run.stdout);
    assert.equal(r[1].error, '#NUM! country must be an integer 0–7, got 8');
    for (const [i, args] of [
      [1, [8, 'CC3', 1]],
      [2, [3, 'CC9', 1]],
      [3, [3, 'CC3', -1]],
      [6, [5, 'CC5', 1]],
    ] as const) {
      const cell = wb.cell('RATE', ...args);
      assert.ok(isExcelError(cell), JSON.stringify(args));
      assert.equal(r[i].error, `${cell.code} ${cell.message}`);
    }
  });

  it('names the amount column in an amount error, and keeps the rate', () => {
    const r = rows(run.stdout)[4];
    assert.equal(r.rate, '0.0101');
    assert.equal(r.premium, '');
    assert.match(r.error, /^#NUM! amount must be an amount of at least 0, got -100$/);
  });

  it('flags a row with a missing field and keeps the columns aligned', () => {
    const out = records(run.stdout);
    assert.ok(out.every((r) => r.length === out[0].length));
    assert.equal(rows(run.stdout)[5].error, '#VALUE! the row has 4 fields, the header 5');
  });

  it('--allow-errors exits 0 with the same output', () => {
    const r = bpiPrice(tmp.file('bad.csv'), '--allow-errors');
    assert.equal(r.status, 0);
    assert.equal(r.stdout, run.stdout);
  });
});

describe('bpi-price: score for debtor', () => {
  it('prices a score through BPI.CATEGORY', () => {
    const r = bpiPrice(tmp.file('score.csv', 'country,score,x\n3,BB-,1\n3,BBB,1\n3,D,1\n'));
    const out = rows(r.stdout);
    // I-A, country category 3: BB- is CC3, so T = 0.660·1 + 0.345 = 1.005 % → 1.01 %
    assert.equal(out[0].rate, '0.0101');
    for (const [i, score] of [
      [0, 'BB-'],
      [1, 'BBB'],
    ] as const) {
      assert.equal(Number(out[i].rate), excelRate(3, wb.cell('CATEGORY', score, 3) as string, 1));
    }
    const cell = wb.cell('CATEGORY', 'D', 3);
    assert.ok(isExcelError(cell, '#VALUE!'));
    assert.equal(out[2].error, `#VALUE! ${cell.message}`);
  });
});

describe('bpi-price: usage problems exit 2 and say which', () => {
  it('a missing required column', () => {
    const out = tmp.file('not-written.csv');
    const r = bpiPrice(tmp.file('nox.csv', 'country,debtor,term\n3,CC3,1\n'), '-o', out);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing required column x/);
    assert.equal(r.stdout, '');
    assert.ok(!fs.existsSync(out), 'no output file for a book that cannot be priced');
  });

  it('several missing columns, named together', () => {
    const r = bpiPrice(tmp.file('none.csv', 'a;b\n1;2\n'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /missing required columns country, debtor \(or score\) and x/);
  });

  it('a file that does not exist, or a directory', () => {
    const missing = bpiPrice(tmp.file('absent.csv'));
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read .*absent\.csv: no such file/);
    const dir = bpiPrice(tmp.dir);
    assert.equal(dir.status, 2);
    assert.match(dir.stderr, /cannot read .*: it is a directory/);
  });

  it('an empty file, no input, an unknown option', () => {
    assert.match(bpiPrice(tmp.file('empty.csv', '')).stderr, /empty\.csv is empty: a header row is needed/);
    const none = bpiPrice();
    assert.equal(none.status, 2);
    assert.match(none.stderr, /no input file given/);
    const unknown = bpiPrice(tmp.file('book.csv'), '--fast');
    assert.equal(unknown.status, 2);
    assert.match(unknown.stderr, /--fast/);
  });

  it('an output that is the input file (which opening it would truncate)', () => {
    const book = tmp.file('same.csv', 'country,debtor,x\n3,CC3,1\n');
    const r = bpiPrice(book, '-o', book);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /is the input file/);
    assert.equal(fs.readFileSync(book, 'utf8'), 'country,debtor,x\n3,CC3,1\n');
  });

  it('a file that is not valid CSV', () => {
    const r = bpiPrice(tmp.file('broken.csv', 'country,debtor,x\n3,CC3,"1\n'));
    assert.equal(r.status, 2);
    assert.match(r.stderr, /broken\.csv: line 2: a quote opened there \(field 3\) is never closed/);
  });
});

describe('bpi-price: the financed column (the share of the premium financed in the credit)', () => {
  it('prices the premium on its own basis as BPI.PREMIUM does: TRUE, a share, blank or FALSE', () => {
    const BOOK =
      'id,country,debtor,x,amount,financed\n1,3,CC3,1,1000000,TRUE\n2,3,CC3,1,1000000,50%\n3,3,CC3,2,250000,0.25\n4,3,CC3,1,1000000,\n5,3,CC3,1,1000000,FALSE\n';
    const r = bpiPrice(tmp.file('financed.csv', BOOK));
    assert.equal(r.status, 0, r.stderr);
    const out = rows(r.stdout);
    // premium = amount × rate / (1 − share × rate):
    //   10,100 / (1 − 0.0101) = 10,203.0508… → 10,203.05;  10,100 / (1 − 0.5 × 0.0101) = 10,151.2638… → 10,151.26;
    //   250,000 × 1.67 % = 4,175 / (1 − 0.25 × 0.0167) = 4,192.5037… → 4,192.50;  no share: 10,100.00
    assert.deepEqual(
      out.map((row) => row.premium),
      ['10203.05', '10151.26', '4192.50', '10100.00', '10100.00'],
    );
    for (const row of out) {
      const financed = row.financed === '' ? undefined : row.financed === 'TRUE' ? true : row.financed === 'FALSE' ? false : row.financed;
      assert.equal(Number(row.premium), wb.cell('PREMIUM', Number(row.amount), Number(row.rate), financed), `row ${row.id}`);
    }
  });

  it('reads VRAI/FAUX and a decimal comma in a ";" book, and says what is wrong with a bad share', () => {
    const r = bpiPrice(
      tmp.file(
        'financed-fr.csv',
        'id;country;debtor;x;amount;financed\r\n1;3;CC3;1;1000000;VRAI\r\n2;3;CC3;1;1000000;0,5\r\n3;3;CC3;1;1000000;FAUX\r\n4;3;CC3;1;1000000;150%\r\n',
      ),
    );
    assert.equal(r.status, 1);
    const out = rows(r.stdout, ';');
    assert.deepEqual(
      out.map((row) => row.premium),
      ['10203,05', '10151,26', '10100,00', ''],
    );
    assert.equal(out[3].rate, '0,0101');
    assert.match(out[3].error, /^#NUM! financed must be .*, got "150%"$/);
  });
});

describe("bpi-price --mpr: the OECD minimum premium rate beside the note's", () => {
  // MPR = (a·HOR + b) + c·HOR in percent for the standard product at 95 % cover (QPF 1, no other factor), HOR = x:
  //   category 3, CC3, x = 1: (0.350 + 0.350) + 0.320 = 1.02 %;  x = 2: 1.05 + 0.64 = 1.69 %
  //   category 3, CC2, x = 2: 1.05 + 0.223·2 = 1.496 %;  category 1, SOV/CCO (c = 0), x = 10: 0.090·10 + 0.350 = 1.25 %
  const BOOK = 'id,country,debtor,x,options,amount\n1,3,CC3,1,,1000\n2,3,CC3,2,COVER=100%,\n3,3,CC2,2,,\n4,1,SOV/CCO,10,,\n5,0,CC3,1,,\n';
  let run: ReturnType<typeof bpiPrice>;
  before(() => {
    run = bpiPrice(tmp.file('mpr.csv', BOOK), '--mpr');
  });

  it('adds an mpr column after rate, for the standard product at 95 % cover, as BPI.MPR gives it', () => {
    assert.equal(run.status, 0, run.stderr);
    const out = records(run.stdout);
    assert.deepEqual(out[0], ['id', 'country', 'debtor', 'x', 'options', 'amount', 'rate', 'mpr', 'premium', 'error']);
    const r = rows(run.stdout);
    assert.deepEqual(
      r.slice(0, 4).map((row) => row.mpr),
      ['0.0102', '0.0169', '0.01496', '0.0125'],
    );
    for (const row of r.slice(0, 4)) assert.equal(Number(row.mpr), wb.cell('MPR', Number(row.country), row.debtor, Number(row.x)), `row ${row.id}`);
    assert.equal(r[0].premium, '10.10'); // 1,000 × 1.01 %
  });

  it('where the Arrangement has no rate (category 0) the mpr cell says why, and the row keeps its rate, not in error', () => {
    const row = rows(run.stdout)[4];
    assert.equal(row.rate, '0.0071'); // category 0 prices on the 0/1 row: 0.359·1 + 0.349 = 0.708 % → 0.71 %
    assert.equal(row.error, '');
    const cell = wb.cell('MPR', 0, 'CC3', 1);
    assert.ok(isExcelError(cell));
    assert.equal(row.mpr, `${cell.code} ${cell.message}`);
  });

  it('writes a decimal comma in a ";" book, and refuses a book that already has an mpr column', () => {
    const fr = bpiPrice(tmp.file('mpr-fr.csv', 'country;debtor;x\r\n3;CC3;1\r\n'), '--mpr');
    assert.equal(fr.stdout, 'country;debtor;x;rate;mpr;error\r\n3;CC3;1;0,0101;0,0102;\r\n');
    const taken = bpiPrice(tmp.file('mpr-taken.csv', 'country,debtor,x,mpr\n3,CC3,1,\n'), '--mpr');
    assert.equal(taken.status, 2);
    assert.match(taken.stderr, /already has a "mpr" column/);
  });
});
