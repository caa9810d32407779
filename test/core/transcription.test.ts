/*
 * The tables in the code against the text of the note itself (Premium calculation, March 2018), cell by
 * cell: both coefficient tables (a and b, 7 rows × 7 columns, "-" included), k of II-I and the I-A matrix.
 * The note is not in the repository: see test/harness/paths.ts for where it is looked for.
 */
import assert from 'node:assert/strict';
import { INTERRUPTION_TABLE } from '../../src/core/tables/interruption';
import { NONPAYMENT_TABLE } from '../../src/core/tables/nonpayment';
import { COVER_K } from '../../src/core/tables/coverK';
import { DEBTOR_MATRIX } from '../../src/core/tables/debtorMatrix';
import { COUNTRY_ROWS, CoefficientTable } from '../../src/core/tables/types';
import { SOURCES, readSource, sourcesOrSkip } from '../harness/paths';

let text = '';
let lines: string[] = [];

type Parsed = { a: Map<string, string[]>; b: Map<string, string[]> };

/** The n-th "Table of simplified coefficients" of the note: rows "0/1".."7", seven cells each, for a then b. */
function parseTable(n: number): Parsed {
  const starts = lines.flatMap((l, i) => (l.startsWith('Table of simplified coefficients') ? [i] : []));
  assert.equal(starts.length, 2, 'the note prints two coefficient tables');
  const header = lines[starts[n] + 1].split('\t').filter((c) => c.trim() !== '');
  assert.deepEqual(header.slice(-7), ['SOV+', 'SOV/CCO', 'CC1', 'CC2', 'CC3', 'CC4', 'CC5']);
  const out: Parsed = { a: new Map(), b: new Map() };
  let letter: 'a' | 'b' | null = null;
  for (const line of lines.slice(starts[n] + 2, starts[n] + 2 + 14)) {
    if (line.includes('<b>a</b>')) letter = 'a';
    if (line.includes('<b>b</b>')) letter = 'b';
    const cells = line.split('\t').map((c) => c.trim());
    const last8 = cells.slice(-8);
    assert.ok(letter, `no a/b marker before: ${line}`);
    out[letter].set(last8[0], last8.slice(1));
  }
  return out;
}

function compare(table: CoefficientTable, parsed: Parsed) {
  let cells = 0;
  for (const letter of ['a', 'b'] as const) {
    assert.deepEqual([...parsed[letter].keys()], [...COUNTRY_ROWS]);
    for (const row of COUNTRY_ROWS) {
      const printed = parsed[letter].get(row)!;
      const ours = table[letter][row].map((c) => (c === null ? '-' : c));
      assert.equal(printed.length, 7);
      printed.forEach((p, col) => {
        assert.equal(ours[col], p, `${table.name} ${letter}[${row}][${col}]`);
        cells++;
      });
    }
  }
  assert.equal(cells, 98);
}

describe('transcription of the note (Premium calculation, March 2018)', () => {
  before(function () {
    text = readSource(sourcesOrSkip(this), SOURCES.note);
    lines = text.split('\n');
  });

  it('interruption table (I-B-1.1) matches the note cell by cell', () => {
    compare(INTERRUPTION_TABLE, parseTable(0));
  });

  it('non-payment table (I-C-1) matches the note cell by cell', () => {
    compare(NONPAYMENT_TABLE, parseTable(1));
  });

  it('k of the percentage-of-cover rule (II-I) matches the note', () => {
    const head = lines.find((l) => /^\t1\t2\t3\t4\t5\t6\t7\s*$/.test(l));
    const k = lines.find((l) => l.startsWith('K\t'));
    assert.ok(head && k);
    assert.deepEqual(
      k
        .split('\t')
        .slice(1)
        .map((c) => c.trim()),
      Object.values(COVER_K.k),
    );
  });

  it('debtor category matrix (I-A) matches the note', () => {
    for (const [i, cls] of ['CC1', 'CC2', 'CC3', 'CC4', 'CC5'].entries()) {
      const line = lines.find((l) => l.trim().startsWith(`${cls} `));
      assert.ok(line, cls);
      const cells = line
        .split('\t')
        .map((c) => c.trim())
        .filter((c) => c !== '');
      assert.equal(cells.length, 7);
      cells.forEach((cell, col) => {
        const ours = DEBTOR_MATRIX.columns[String(col + 1)][i];
        assert.equal(ours === '-' ? '-' : `${cls} ${ours}`, cell, `${cls} in country category ${col + 1}`);
      });
    }
  });

  it('records the edition of the note', () => {
    assert.match(text, /MARCH 2018/);
    for (const t of [INTERRUPTION_TABLE, NONPAYMENT_TABLE, COVER_K, DEBTOR_MATRIX]) assert.equal(t.edition, '2018-03');
  });
});
