import assert from 'node:assert/strict';
import { isExcelError, loadWorkbook } from '../harness/excel';

describe('BPI.COEF through the built bundle', () => {
  const wb = loadWorkbook();

  it('gives the published non-payment a and b: country 3, CC2 → 0.564, 0.345 (I-C-1)', () => {
    assert.deepEqual(wb.grid('COEF', 3, 'CC2'), [[0.564, 0.345]]);
  });

  it('gives the interruption table for INTERRUPTION: country 3, CC2 → 0.125, 0.384 (I-B-1.1)', () => {
    assert.deepEqual(wb.grid('COEF', 3, 'CC2', 'INTERRUPTION'), [[0.125, 0.384]]);
  });

  it('uses the interruption table for BOND and the 0/1 row for category 0', () => {
    assert.deepEqual(wb.grid('COEF', 0, 'sov+', 'bond'), [[0.023, 0.252]]);
    assert.deepEqual(wb.grid('COEF', 1, ' CC5 '), [[0.717, 0.349]]);
  });

  it('is #N/A naming the pair where the note prints "-": country 6, CC5', () => {
    const [[a, b]] = wb.grid('COEF', 6, 'CC5');
    assert.ok(isExcelError(a, '#N/A') && isExcelError(b, '#N/A'));
    assert.match(a.message, /CC5/);
    assert.match(a.message, /country category 6/);
  });

  it('returns one row per input row and fails row by row', () => {
    const g = wb.grid('COEF', [[2], [7], [3]], [['SOV/CCO'], ['CC3'], ['CC9']]);
    assert.deepEqual(g[0], [0.199, 0.348]);
    assert.ok(isExcelError(g[1][0], '#N/A'));
    assert.ok(isExcelError(g[2][0], '#VALUE!'));
    assert.match((g[2][0] as Error).message, /debtor .*"CC9"/);
  });

  it('names the argument and the allowed values for a bad country', () => {
    const [[v]] = wb.grid('COEF', 8, 'CC1');
    assert.ok(isExcelError(v, '#NUM!'));
    assert.equal(v.message, 'country must be an integer 0–7, got 8');
  });
});
