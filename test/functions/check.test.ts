import assert from 'node:assert/strict';
import { isExcelError, loadWorkbook, officeStandIn, workbookIn } from '../harness/excel';
import { BpiEngine, buildBpiEngine } from '../harness/hyperformula';

// Country 3, CC3, x = 1, NONPAYMENT (I-C-1 row 3): T = 0.660 + 0.345 = 1.005 % → 1.01 % = 0.0101 (see test/core/check.test.ts).
describe('BPI.CHECK through the built bundle', () => {
  const wb = loadWorkbook();

  it('single values: a 5×2 block of labels and values, with the explanation in English', () => {
    const g = wb.grid('CHECK', 0.01, 3, 'CC3', 1);
    assert.deepEqual(g.slice(0, 4), [
      ['verdict', 'MISMATCH'],
      ['expected', 0.0101],
      ['difference', -0.0001],
      ['cause', 'TRUNCATED'],
    ]);
    assert.equal(g[4][0], 'explanation');
    assert.match(String(g[4][1]), /rounded down \(truncated\) at the last step/);
  });

  it('OK for RATE’s own result, given as a number or as numeric text', () => {
    assert.deepEqual(wb.grid('CHECK', 0.0101, 3, 'CC3', 1).slice(0, 4), [
      ['verdict', 'OK'],
      ['expected', 0.0101],
      ['difference', 0],
      ['cause', 'OK'],
    ]);
    assert.equal(wb.grid('CHECK', '1.01%', 3, 'CC3', 1)[3][1], 'OK');
  });

  it('explains in French where Office’s display language is French', () => {
    const fr = workbookIn('fr-FR');
    const g = fr.grid('CHECK', 1.01, 3, 'CC3', 1);
    assert.equal(g[3][1], 'PERCENT_UNITS');
    assert.match(String(g[4][1]), /^Le taux est exprimé en pourcentage là où une fraction est attendue/);
  });

  it('ranges: one row per input row, four columns, each row failing on its own', () => {
    const g = wb.grid('CHECK', [[0.0101], [1.01], ['abc'], [0.0051], [null]], 3, 'CC3', [[1], [1], [1], [1], [null]]);
    assert.deepEqual(g[0], ['OK', 0.0101, 0, 'OK']);
    assert.deepEqual(g[1], ['MISMATCH', 0.0101, 0.9999, 'PERCENT_UNITS']);
    assert.equal(g[2].length, 4);
    for (const v of g[2]) {
      assert.ok(isExcelError(v, '#VALUE!'));
      assert.match(v.message, /^given must be a number, got "abc"/);
    }
    assert.deepEqual(g[3], ['MISMATCH', 0.0101, -0.005, 'WRONG_TABLE']); // interruption table: 0.130 + 0.384 = 0.514 % → 0.51 %
    assert.deepEqual(g[4], ['', '', '', '']);
  });

  it('a range in any argument gives rows: x as a column', () => {
    // x = 0.1 and 0.5 ENVELOPE: x' = 0.25 for both: 0.660 × 0.25 + 0.345 = 0.51 %; at 0.5: 0.33 + 0.345 = 0.675 → 0.68 %.
    const g = wb.grid('CHECK', 0.0041, 3, 'CC3', [[0.1], [0.5]], 'ENVELOPE');
    assert.deepEqual(g, [
      ['MISMATCH', 0.0051, -0.001, 'NO_FLOOR'],
      ['MISMATCH', 0.0068, -0.0027, 'UNKNOWN'],
    ]);
  });

  it('bad arguments: RATE’s errors and messages, given first; single values fail as one error', () => {
    const [[v]] = wb.grid('CHECK', 0.01, 8, 'CC3', 1);
    assert.ok(isExcelError(v, '#NUM!'));
    assert.equal(v.message, 'country must be an integer 0–7, got 8');
    const [[w]] = wb.grid('CHECK', 'one percent', 8, 'CC3', 1);
    assert.ok(isExcelError(w, '#VALUE!'));
    assert.match(w.message, /^given must be a number, got "one percent"/);
    const [[n]] = wb.grid('CHECK', 0.01, 5, 'CC5', 1);
    assert.ok(isExcelError(n, '#N/A'));
  });

  it('where Excel shows formatted values, expected comes back as a rate (0.00 %) like RATE’s; difference stays a plain number', () => {
    const book = loadWorkbook(undefined, { office: officeStandIn({ CustomFunctionsRuntime: '1.4', ExcelApi: '1.19' }) });
    const g = book.grid('CHECK', 0.01, 3, 'CC3', 1);
    assert.deepEqual(g[1], ['expected', { type: 'Double', basicValue: 0.0101, numberFormat: '0.00%' }]);
    assert.deepEqual(g[2], ['difference', -0.0001]);
    const rows = book.grid('CHECK', [[0.01], [0.0101]], 3, 'CC3', 1);
    assert.deepEqual(rows[1], ['OK', { type: 'Double', basicValue: 0.0101, numberFormat: '0.00%' }, 0, 'OK']);
  });

  it('ranges of different shapes are one #VALUE!, as for RATE', () => {
    const g = wb.grid('CHECK', [[0.01], [0.02]], 3, 'CC3', [[1], [2], [3]]);
    assert.ok(isExcelError(g[0][0], '#VALUE!'));
    assert.match((g[0][0] as Error).message, /ranges of different shapes/);
  });
});

describe('BPI.CHECK in a sheet (HyperFormula)', () => {
  let e: BpiEngine | undefined;
  afterEach(() => e?.destroy());

  it('spills the 5×2 block for single values and 4 columns per row for ranges', () => {
    e = buildBpiEngine({
      S: [[0.01, 3, 'CC3', 1, '=BPI.CHECK(A1,B1,C1,D1)'], [1.01, 3, 'CC3', 1], [], [], [], ['=BPI.CHECK(A1:A2,B1:B2,C1:C2,D1:D2)']],
    });
    const at = (row: number, col: number) => e!.hf.getCellValue({ sheet: 0, row, col });
    assert.equal(at(0, 4), 'verdict');
    assert.equal(at(3, 5), 'TRUNCATED');
    assert.equal(at(4, 4), 'explanation');
    assert.deepEqual([at(5, 0), at(5, 1), at(5, 3)], ['MISMATCH', 0.0101, 'TRUNCATED']);
    assert.deepEqual([at(6, 0), at(6, 3)], ['MISMATCH', 'PERCENT_UNITS']);
  });
});
