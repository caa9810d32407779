import assert from 'node:assert/strict';
import { Cell, ExcelError, isExcelError, loadWorkbook } from '../harness/excel';

/*
 * Broadcasting over ranges (SPEC §3) through the built bundle, called as Excel calls it. Expected rates are
 * derived by hand from the note's tables (non-payment unless said otherwise, 95 % cover):
 *   c3 CC3 x=1:  T = 0.660·1 + 0.345 = 1.005 %       → 1.01 % → 0.0101
 *   c3 CC2 x=5:  T = 0.564·5 + 0.345 = 3.165 %       → 3.17 % → 0.0317
 *   c1 CC3 x=1:  T = 0.359·1 + 0.349 = 0.708 %       → 0.71 % → 0.0071
 *   c2 SOV/CCO x=2: T = 0.199·2 + 0.348 = 0.746 %    → 0.75 % → 0.0075
 *   c4 CC1 x=3:  T = 0.639·3 + 0.344 = 2.261 %       → 2.26 % → 0.0226
 *   c3 CC2 x=2 INTERRUPTION: T = 0.125·2 + 0.384 = 0.634 % → 0.63 % → 0.0063
 */

/** A cell as comparable data: errors by code and message. */
function plain(c: Cell): unknown {
  return c instanceof ExcelError ? { code: c.code, message: c.message } : c;
}
const plainGrid = (g: Cell[][]) => g.map((row) => row.map(plain));

function assertError(c: Cell, code: string, message: RegExp): void {
  assert.ok(isExcelError(c, code), `expected ${code}, got ${JSON.stringify(plain(c))}`);
  assert.match((c as ExcelError).message, message);
}

describe('Broadcasting over ranges through the built bundle (SPEC §3)', () => {
  const wb = loadWorkbook();

  describe('shapes', () => {
    it('spills a column for column ranges', () => {
      const g = wb.grid('RATE', [[3], [3], [1]], [['CC3'], ['CC2'], ['CC3']], [[1], [5], [1]]);
      assert.deepEqual(g, [[0.0101], [0.0317], [0.0071]]);
    });

    it('spills a 2×3 block for 2×3 ranges', () => {
      const country = [
        [3, 3, 1],
        [2, 4, 3],
      ];
      const debtor = [
        ['CC3', 'CC2', 'CC3'],
        ['SOV/CCO', 'CC1', 'CC2'],
      ];
      const x = [
        [1, 5, 1],
        [2, 3, 2],
      ];
      const type = [
        ['', null, 'NONPAYMENT'],
        [null, null, 'INTERRUPTION'],
      ];
      assert.deepEqual(wb.grid('RATE', country, debtor, x, type), [
        [0.0101, 0.0317, 0.0071],
        [0.0075, 0.0226, 0.0063],
      ]);
    });

    it('spills a row for row ranges', () => {
      assert.deepEqual(wb.grid('RATE', [[3, 3]], [['CC3', 'CC2']], [[1, 5]]), [[0.0101, 0.0317]]);
    });

    it('broadcasts scalars and 1×1 ranges over the common shape', () => {
      assert.deepEqual(wb.grid('RATE', 3, [['CC3'], ['CC2']], [[1], [5]]), [[0.0101], [0.0317]]);
      assert.deepEqual(wb.grid('RATE', [[3]], [['CC3'], ['CC2']], [[1], [5]], [['NONPAYMENT']]), [[0.0101], [0.0317]]);
      assert.deepEqual(wb.grid('RATE', [[3], [3]], 'cc3', [[1]]), [[0.0101], [0.0101]]);
    });

    it('gives 1×1 when every argument is a single value', () => {
      assert.deepEqual(wb.grid('RATE', 3, 'CC3', 1), [[0.0101]]);
    });

    it('is one #VALUE! naming the shapes when ranges differ', () => {
      const [[v], ...rest] = wb.grid('RATE', [[3], [3]], [['CC3'], ['CC2'], ['CC1']], 1);
      assert.equal(rest.length, 0);
      assert.ok(isExcelError(v, '#VALUE!'));
      assert.equal(v.message, 'ranges of different shapes: country is 2×1, debtor is 3×1');
    });

    it('names the shapes of a row against a column, and of the first and the offending argument', () => {
      const [[v]] = wb.grid('RATE', [[3, 3]], 'CC3', [[1], [2]]);
      assert.equal((v as ExcelError).message, 'ranges of different shapes: country is 1×2, x is 2×1');
      const [[w]] = wb.grid('CATEGORY', [['BBB'], ['BB']], [[3, 3, 3]]);
      assert.equal((w as ExcelError).code, '#VALUE!');
      assert.equal((w as ExcelError).message, 'ranges of different shapes: score is 2×1, country is 1×3');
    });

    it('refuses ragged and empty ranges with #VALUE!', () => {
      assertError(wb.cell('RATE', [[3], [3, 4]], 'CC3', 1), '#VALUE!', /country is not a rectangular range/);
      assertError(wb.cell('RATE', [], 'CC3', 1), '#VALUE!', /country is an empty range/);
      // A bad row deep in a spill (rows are checked as they are read) is still the whole call's #VALUE!,
      // naming the first argument that is not a rectangle, before a difference of shapes.
      const column = (n: number) => Array.from({ length: n }, () => [3]);
      assertError(wb.cell('RATE', 3, 'CC3', [...column(500), [1, 2]]), '#VALUE!', /^x is not a rectangular range/);
      assertError(wb.cell('RATE', 3, [...column(9), null], [...column(500), 1]), '#VALUE!', /^debtor is not a rectangular range/);
      assertError(wb.cell('COVERADJ', [...column(300), []], null, 3), '#VALUE!', /^pc_political is not a rectangular range/);
      assertError(wb.cell('PREMIUM', column(5), [...column(9), [1, 2]]), '#VALUE!', /^rate is not a rectangular range/);
    });

    it('returns one row of two per input row for COEF and COVERADJ, and refuses multi-column inputs', () => {
      assert.deepEqual(wb.grid('COEF', [[3], [3]], [['CC2'], ['CC3']]), [
        [0.564, 0.345],
        [0.66, 0.345],
      ]);
      // COVERADJ c1 (k = 0): 100 % → 1/0.95 for both shares; 95 % → 1.
      assert.deepEqual(wb.grid('COVERADJ', [[1], [0.95]], null, 1), [
        [1 / 0.95, 1 / 0.95],
        [1, 1],
      ]);
      assertError(wb.cell('COEF', [[3, 3]], 'CC2'), '#VALUE!', /returns 2 columns for each input row: give single-column ranges, got 1×2/);
    });
  });

  describe('each cell on its own', () => {
    it('fails one cell with its own code and message and prices the others', () => {
      const g = wb.grid('RATE', [[3], [8], [6], [3], [3], [3]], [['CC3'], ['CC3'], ['CC5'], ['CC9'], ['CC3'], ['CC3']], [[1], [1], [1], [1], [-1], [1]], null, [
        [''],
        [''],
        [''],
        [''],
        [''],
        ['FOO=1'],
      ]);
      assert.equal(g[0][0], 0.0101);
      assertError(g[1][0], '#NUM!', /^country must be an integer 0–7, got 8$/);
      assertError(g[2][0], '#N/A', /no non-payment coefficient for debtor CC5 in country category 6/);
      assertError(g[3][0], '#VALUE!', /^debtor must be one of .*got "CC9"$/);
      assertError(g[4][0], '#NUM!', /^x must be a term in years from 0 to 100, got -1$/);
      assertError(g[5][0], '#VALUE!', /^options: unknown option "FOO"/);
    });

    it('fails a row of COEF in both of its cells, and only that row', () => {
      const g = wb.grid('COEF', [[3], [6]], [['CC2'], ['CC5']]);
      assert.deepEqual(g[0], [0.564, 0.345]);
      assert.ok(isExcelError(g[1][0], '#N/A') && isExcelError(g[1][1], '#N/A'));
    });

    it('fails CATEGORY per cell: a default rating and an unknown score', () => {
      // Country 3, column 3: BBB+..BBB- is CC1, BB+..BB is CC2.
      const g = wb.grid('CATEGORY', [['BBB'], ['D'], ['BB'], ['XYZ']], 3);
      assert.deepEqual([g[0][0], g[2][0]], ['CC1', 'CC2']);
      assertError(g[1][0], '#VALUE!', /"D" is a default rating/);
      assertError(g[3][0], '#VALUE!', /got "XYZ"/);
    });
  });

  describe('a bad column', () => {
    it('makes one error for 1,000 rows of the same bad debtor, the same code and message as a single call', () => {
      const g = wb.raw(
        'RATE',
        3,
        Array.from({ length: 1000 }, () => ['CC9']),
        1,
      ) as Cell[][];
      const single = wb.cell('RATE', 3, 'CC9', 1) as ExcelError;
      assert.equal(single.message, 'debtor must be one of SOV+, SOV/CCO, CC1, CC2, CC3, CC4, CC5 (or SOV, CCO), got "CC9"');
      assert.equal(new Set(g.map((r) => r[0])).size, 1, 'one error object for the column');
      assert.deepEqual(plain(g[999][0]), { code: '#VALUE!', message: single.message });
    });

    it('gives each distinct bad x its own message, and rows with the same bad x the same error', () => {
      // 100.001, 100.002, … and again: the second half repeats the first.
      const xs = Array.from({ length: 400 }, (_, i) => [100 + ((i % 200) + 1) / 1000]);
      const g = wb.raw('RATE', 3, 'CC3', xs) as Cell[][];
      assert.deepEqual(plain(g[0][0]), { code: '#NUM!', message: 'x must be a term in years from 0 to 100, got 100.001' });
      assert.equal(new Set(g.map((r) => (r[0] as ExcelError).message)).size, 200);
      assert.equal(new Set(g.map((r) => r[0])).size, 200, 'one error per distinct message');
      g.forEach((r, i) => assert.equal(r[0], g[i % 200][0]));
    });

    it('reports the first bad argument of each row, as a single call does, whatever the rows before', () => {
      const rows = [
        [8, 'CC9', -1],
        [3, 'CC9', -1],
        [3, 'CC3', -1],
        [3, 'CC9', 1],
        [8, 'CC3', 1],
        [3, 'CC3', 1],
      ];
      const g = wb.grid('RATE', ...[0, 1, 2].map((j) => rows.map((r) => [r[j]])));
      rows.forEach((r, i) => assert.deepEqual(plain(g[i][0]), plain(wb.cell('RATE', ...r))));
      assert.equal(g[5][0], 0.0101);
    });
  });

  describe('blank rows', () => {
    it('gives "" for a row whose required inputs are all blank, even with type and options given', () => {
      const g = wb.grid('RATE', [[3], [null], [''], [3]], [['CC3'], [null], [''], ['CC2']], [[1], [null], [null], [5]], 'NONPAYMENT', 'COVER=95%');
      assert.deepEqual(g, [[0.0101], [''], [''], [0.0317]]);
    });

    it('is an error, not "", when only some required inputs are blank', () => {
      const g = wb.grid('RATE', [[3], [null]], [['CC3'], ['CC3']], [[null], [1]]);
      assertError(g[0][0], '#VALUE!', /^x is required, got a blank$/);
      assertError(g[1][0], '#VALUE!', /^country is required, got a blank$/);
    });

    it('blanks both cells of a COEF row', () => {
      assert.deepEqual(wb.grid('COEF', [[3], [null]], [['CC2'], [null]]), [
        [0.564, 0.345],
        ['', ''],
      ]);
    });

    it('treats a blank optional pc_commercial in COVERADJ as pc_political, not as a blank row', () => {
      // Category 3 (k = 0.00489), 100 %: C = 1 + (0.05/0.05)·0.00489 = 1.00489; factor = 1.00489/0.95.
      const [[a, b]] = wb.grid('COVERADJ', 1, null, 3);
      assert.equal(a, b);
      assert.ok(Math.abs((a as number) - 1.00489 / 0.95) < 1e-15);
    });
  });

  describe('a 3,000-row mixed spill equals 3,000 single calls', () => {
    // A deterministic mix: valid rows, every kind of error, bad options, blank and half-blank rows.
    const kinds: (readonly [unknown, unknown, unknown, unknown, unknown])[] = [
      [3, 'CC3', 1, null, null],
      [1, 'SOV/CCO', 10.9, null, 'COVER=97.5%'],
      [8, 'CC1', 2, null, null], // #NUM! country
      [3, 'CC9', 2, null, null], // #VALUE! debtor
      [6, 'CC5', 2, null, null], // #N/A
      [3, 'CC2', -0.5, null, null], // #NUM! x
      [3, 'CC2', '1,5', null, null], // #VALUE! decimal comma
      [3, 'CC2', 'abc', null, null], // #VALUE! text
      [3, 'CC2', 2, 'LOAN', null], // #VALUE! type
      [3, 'CC2', 2, null, 'FOO=1'], // #VALUE! unknown option
      [3, 'CC2', 2, null, 'COVER=120%'], // #NUM! cover
      [3, 'CC2', 2, null, 'MOBILE=30%'], // #NUM! over the maximum
      [3, 'CC2', 2, 'INTERRUPTION', 'MOBILE=10%'], // #VALUE! mitigation on INTERRUPTION
      [null, null, null, null, null], // blank row → ""
      [null, '', null, 'BOND', 'COVER=100%'], // required blank, optional given → ""
      [null, 'CC2', 3, null, null], // half blank → #VALUE!
      ['3', ' cc2 ', '7.25', 'envelope', 'mobile=25%; cover=100%'],
      [0, 'SOV+', 0.1, 'LC', null],
    ];
    let seed = 20240607;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const debtors = ['SOV+', 'SOV/CCO', 'CC1', 'CC2', 'CC3', 'CC4', 'CC5'];
    const types = [null, 'NONPAYMENT', 'INTERRUPTION', 'ENVELOPE', 'BOND', 'LC', 'CASH', 'CLAIMS'];
    const options = [null, null, 'COVER=100%', 'PCC=97%', 'LOCALCCY=10%', 'ASSIGNMENT; MOBILE=25%', 'POLITICAL'];
    const rows = Array.from({ length: 3000 }, (_, i) => {
      if (i % 3 === 0) return kinds[(i / 3) % kinds.length];
      return [
        Math.floor(random() * 8),
        debtors[Math.floor(random() * debtors.length)],
        Math.round(random() * 15 * 10000) / 10000,
        types[Math.floor(random() * types.length)],
        options[Math.floor(random() * options.length)],
      ] as const;
    });
    const column = (j: number) => rows.map((r) => [r[j]]);
    const spill = wb.grid('RATE', column(0), column(1), column(2), column(3), column(4));

    it('has one cell per row', () => {
      assert.equal(spill.length, 3000);
      assert.ok(spill.every((r) => r.length === 1));
    });

    it('matches row-by-row calls exactly, errors by code and message', () => {
      const single = rows.map((r) => [wb.cell('RATE', ...r)]);
      assert.deepEqual(plainGrid(spill), plainGrid(single));
    });

    it('contains every outcome: rates, "", #VALUE!, #NUM!, #N/A', () => {
      const flat = spill.map((r) => r[0]);
      assert.ok(flat.some((c) => typeof c === 'number'));
      assert.ok(flat.some((c) => c === ''));
      for (const code of ['#VALUE!', '#NUM!', '#N/A'])
        assert.ok(
          flat.some((c) => isExcelError(c, code)),
          code,
        );
      assert.equal(flat[0], 0.0101);
      assert.equal(flat[3], 0.0137); // c1 SOV/CCO x=10.9 97.5 %: (0.090·10.9 + 0.349)·39/38 = 1.33·39/38 = 1.365 → 1.37 %
    });
  });
});
