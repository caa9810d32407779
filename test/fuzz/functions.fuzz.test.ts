/*
 * Hostile input for every BPI.* function in the generated functions.json, through the built bundle
 * (SPEC §7). Runs per function: BPI_FUZZ_RUNS (default 1000 in CI; set e.g. 100000 for a long run).
 * Properties: nothing throws a plain exception; every error is a CustomFunctions.Error with one of Excel's
 * codes and a non-empty message; no number is NaN or infinite; one bad cell never changes another cell of
 * the same call; the same input always gives the same output.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ExcelError, loadWorkbook } from '../harness/excel';

const RUNS = Number(process.env.BPI_FUZZ_RUNS ?? 1000);
/** Functions that take single values (EXPLAIN) or read an argument as a whole list: not cell-by-cell. */
const NOT_CELL_BY_CELL = new Set(['EXPLAIN', 'EQUIVTERM', 'SHARES', 'SCHEDULETERM', 'SPREAD']);

const LOOK_ALIKES = [
  'СС1', // Cyrillic С
  'CC1\u00a0',
  '\u202fCC2',
  'ＣＣ３',
  '３',
  '１.５',
  '1,5',
  '1.000,5',
  '1 000',
  '1,000',
  '٣',
  '5e',
  '.',
  '-',
  '+',
  '%',
  '95%',
  '-0',
  '1e308',
  '1e-400',
  'Infinity',
  'NaN',
  '0x10',
  '0b1',
  '1_000',
  ' ',
  '\t',
  '\n',
  'COVER=100%;COVER=100%',
  'MOBILE;FIXED',
  'ESCROW;MOBILE',
  'COVER=1e400',
  'COVER=-0',
  'MOBILE=NaN',
  'COVER==1',
  ';;;',
  'POLITICAL;PCC=1',
  'cover=100% ; pcp=90%',
  'MOBILE=25%%',
  'LOCALCCY=TRUE;LOCALCCY=FALSE',
  '=1',
  'COVER=',
  'SOV+',
  'sov/cco',
  'CC5',
  'AAA',
  'Baa1',
  'D',
  'SD',
  'NONPAYMENT',
  'INTERRUPTION',
  'CLAIMS',
  'QUOTA',
  'TOPUP',
  'WHOLE',
  'COMPLEMENTARY',
  'TRUE',
  'FALSE',
  'x'.repeat(100_000),
  'COVER=100%;'.repeat(5000),
  '💥',
  '\u0000',
  // look-alikes that Unicode case folding or trimming would let through (issue 12)
  'ſov',
  'ınterruptıon',
  '\uFEFFCC3\u2028',
  'CC3\u2029',
  '\u200bCC1',
  'ｃｃ１',
  'СOVER=100%',
  'cover=１00%',
  'K',
  'ß',
  // long numeric text and backtracking bait for the number reader: digits ending in a letter, many dots
  '1'.repeat(32_766) + 'x',
  '0.' + '9'.repeat(1010),
  '9'.repeat(32_767),
  '1e' + '9'.repeat(400),
  '1.'.repeat(10_000),
  '0'.repeat(20_000) + '1',
  '-' + '5'.repeat(30_000) + '%',
  'COVER=' + '9'.repeat(990) + '%',
  '1,' + '000,'.repeat(5000),
];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.double() }, // NaN, ±Infinity, -0, 1e308 and subnormals included
  { weight: 3, arbitrary: fc.double({ min: 0, max: 30, noNaN: true }) },
  { weight: 2, arbitrary: fc.integer({ min: -3, max: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom(1e308, -1e308, -0, 5e-324, 0.95, 1, 0.25, Number.MAX_SAFE_INTEGER) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constantFrom(null, '') },
  { weight: 2, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 4, arbitrary: fc.constantFrom(...LOOK_ALIKES) },
);

const grid = (rows: number, cols: number) => fc.array(fc.array(scalar, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows });

const argument: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar.map((v) => [[v]]) },
  { weight: 2, arbitrary: fc.constant(null) }, // an omitted argument
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 2 })).chain(([r, c]) => grid(r, c)) },
  { weight: 1, arbitrary: fc.constantFrom([], [[]], [[1], []], [[1, 2], [3]]) }, // empty and ragged
  { weight: 1, arbitrary: fc.constant(Array.from({ length: 300 }, (_, i) => [i % 7])) }, // a long range (bigger ones: the bench)
);

/** A cell of a result as Excel would show it, for comparisons. */
const show = (v: unknown) => (v instanceof ExcelError ? `${v.code} ${v.message}` : v);

function checkResult(name: string, result: unknown) {
  assert.ok(Array.isArray(result) && result.length > 0, `${name}: result is not a 2-D array`);
  const width = (result[0] as unknown[]).length;
  for (const row of result as unknown[][]) {
    assert.ok(Array.isArray(row) && row.length === width && width > 0, `${name}: ragged or empty result row`);
    for (const cell of row) {
      if (cell instanceof ExcelError) {
        assert.ok(cell.message.trim().length > 0, `${name}: ${cell.code} without a message`);
      } else if (typeof cell === 'number') {
        assert.ok(Number.isFinite(cell), `${name}: non-finite result ${cell}`);
      } else {
        assert.ok(typeof cell === 'string' || typeof cell === 'boolean', `${name}: result cell ${String(cell)} of type ${typeof cell}`);
      }
    }
  }
}

describe('fuzz: hostile arguments to every BPI function', function () {
  const wb = loadWorkbook();
  const other = loadWorkbook(); // an independent runtime: same input, same output
  const names = [...wb.metadata.keys()];

  it('covers every function in functions.json', () => assert.ok(names.length >= 5));

  for (const name of names) {
    const arity = wb.metadata.get(name)!.parameters.length;

    it(`${name}: no plain exception, only Excel errors with messages, finite numbers, deterministic`, () => {
      fc.assert(
        fc.property(fc.array(argument, { minLength: arity, maxLength: arity }), (args) => {
          const first = wb.call(name, ...args); // a plain exception fails the property here
          checkResult(name, first);
          const expected = (first as unknown[][]).map((r) => r.map(show));
          for (const again of [wb.call(name, ...args), other.call(name, ...args)]) {
            assert.deepEqual(
              (again as unknown[][]).map((r) => r.map(show)),
              expected,
            );
          }
        }),
        { numRuns: RUNS },
      );
    });

    if (NOT_CELL_BY_CELL.has(name)) continue;
    it(`${name}: one bad cell never changes another cell of the same call`, () => {
      const rows = 5;
      fc.assert(
        fc.property(
          fc.array(grid(rows, 1), { minLength: arity, maxLength: arity }),
          fc.integer({ min: 0, max: arity - 1 }),
          fc.integer({ min: 0, max: rows - 1 }),
          scalar,
          (args, which, row, bad) => {
            const before = (wb.call(name, ...args) as unknown[][]).map((r) => r.map(show));
            const changed = args.map((g, i) => (i === which ? g.map((r, j) => (j === row ? [bad] : r)) : g));
            const after = (wb.call(name, ...changed) as unknown[][]).map((r) => r.map(show));
            assert.equal(after.length, before.length);
            before.forEach((r, j) => {
              if (j !== row) assert.deepEqual(after[j], r, `row ${j} changed when row ${row} of argument ${which} did`);
            });
          },
        ),
        { numRuns: Math.max(100, RUNS / 4) },
      );
    });
  }
});

describe('fuzz: long numeric text, backtracking bait and look-alikes, read exactly or refused (issue 12)', () => {
  const wb = loadWorkbook();
  it('a 32,767-character cell of digits ending in a letter is a #VALUE! naming x, 60 rows of it at once', () => {
    const cell = '1'.repeat(32_766) + 'x';
    const out = wb.grid(
      'RATE',
      3,
      'CC3',
      Array.from({ length: 60 }, () => [cell]),
    ) as unknown[][];
    for (const [c] of out) assert.ok(c instanceof ExcelError && c.code === '#VALUE!' && /^x must be a number/.test(c.message));
  });
  it('numeric text longer than any decimal precision is read exactly: x = 0.999…9 (1,010 nines) prices below x = 1', () => {
    // T = 0.660·x + 0.345 at country 3, CC3: 1.005 % at x = 1 (→ 1.01 %), just below 1.005 % for x < 1 (→ 1.00 %).
    assert.equal(wb.cell('RATE', 3, 'CC3', '0.' + '9'.repeat(1010)), 0.01);
    assert.equal(wb.cell('RATE', 3, 'CC3', 1), 0.0101);
  });
  it('look-alikes are #VALUE! with the character named (U+…)', () => {
    for (const [debtor, code] of [
      ['ſov', 'U+017F'],
      ['\uFEFFCC3\u2028', 'U+FEFF'],
      ['ＣＣ３', 'U+FF23'],
      ['СС1', 'U+0421'],
    ]) {
      const c = wb.cell('RATE', 3, debtor, 1);
      assert.ok(c instanceof ExcelError && c.code === '#VALUE!' && c.message.includes(code), `${debtor}: ${String(c)}`);
    }
    const t = wb.cell('RATE', 3, 'CC3', 1, 'ınterruptıon');
    assert.ok(t instanceof ExcelError && t.code === '#VALUE!' && t.message.includes('U+0131'));
  });
});
