/*
 * Formatted results through the built bundle: where the host supports custom functions returning data
 * types (CustomFunctionsRuntime 1.4), rates come back as doubles formatted 0.00 % and amounts #,##0.00;
 * elsewhere, plain numbers. Factors and terms are plain everywhere.
 */
import assert from 'node:assert/strict';
import { isExcelError, loadWorkbook, officeStandIn, plain } from '../harness/excel';
import { buildBpiEngine } from '../harness/hyperformula';

const supported = () => loadWorkbook(undefined, { office: officeStandIn({ CustomFunctionsRuntime: '1.4' }) });
const rateValue = (basicValue: number) => ({ type: 'Double', basicValue, numberFormat: '0.00%' });
const amountValue = (basicValue: number) => ({ type: 'Double', basicValue, numberFormat: '#,##0.00' });

// BPI.RATE(3, "CC3", 1): category 3, CC3, non-payment: a = 0.660, b = 0.345 → 0.660·1 + 0.345 = 1.005 %,
// half up at the second decimal → 1.01 % = 0.0101. Premium on 1,000,000 at 1.01 %: 10,100.00.
describe('Formatted results (double cell values) where the host supports them', () => {
  it('returns plain numbers outside Excel and where CustomFunctionsRuntime 1.4 is missing', () => {
    assert.equal(loadWorkbook().cell('RATE', 3, 'CC3', 1), 0.0101);
    const older = loadWorkbook(undefined, { office: officeStandIn({ CustomFunctionsRuntime: '1.3' }) });
    assert.equal(older.cell('RATE', 3, 'CC3', 1), 0.0101);
    assert.equal(older.cell('PREMIUM', 1_000_000, 0.0101), 10_100);
  });

  it('returns a rate formatted as a percentage and amounts with two decimals and thousands separators', () => {
    const wb = supported();
    assert.deepEqual(wb.cell('RATE', 3, 'CC3', 1), rateValue(0.0101));
    assert.deepEqual(wb.cell('PREMIUM', 1_000_000, 0.0101), amountValue(10_100));
    // SHARES of 100.00 at 60 % / 40 %: 60.00 and 40.00.
    assert.deepEqual(wb.grid('SHARES', 100, [[0.6], [0.4]]), [[amountValue(60)], [amountValue(40)]]);
    // REVISEDBASIS(1,000,000, 2): 1,000,000 × (1 + 5 % × 2) = 1,100,000.00.
    assert.deepEqual(wb.cell('REVISEDBASIS', 1_000_000, 2), amountValue(1_100_000));
  });

  it('keeps factors, terms, text, blanks and errors as they are', () => {
    const wb = supported();
    // HORIZON(5, 2) = 5 + 0.5 × 2 = 6 years.
    assert.equal(wb.cell('HORIZON', 5, 2), 6);
    for (const c of wb.grid('COVERADJ', 1, null, 3)[0]) assert.equal(typeof c, 'number');
    assert.match(String(wb.cell('CATEGORY', 'BB-', 3)), /^CC[1-5]$/);
    const spill = wb.grid('RATE', [[3], [null], [9]], [['CC3'], [null], ['CC3']], [[1], [null], [1]]);
    assert.deepEqual(spill[0][0], rateValue(0.0101));
    assert.equal(spill[1][0], '');
    assert.ok(isExcelError(spill[2][0], '#NUM!') || isExcelError(spill[2][0], '#VALUE!'), 'country 9 is an error');
  });

  it('reads a formatted value given as an argument as its number', () => {
    const wb = supported();
    assert.deepEqual(wb.cell('PREMIUM', 1_000_000, rateValue(0.0101)), amountValue(10_100));
    // x as a formatted double: the same 1.01 %.
    assert.deepEqual(wb.cell('RATE', 3, 'CC3', { type: 'Double', basicValue: 1, numberFormat: '0.00' }), rateValue(0.0101));
    assert.equal(plain(wb.cell('RATE', 3, 'CC3', 1)), 0.0101);
  });

  it('computes on with the number in a sheet (=BPI.RATE(...)+0 gives the plain number)', () => {
    const engine = buildBpiEngine({ S: [['=BPI.PREMIUM(1000000,BPI.RATE(3,"CC3",1))', '=BPI.RATE(3,"CC3",1)+0']] }, {}, supported());
    try {
      assert.deepEqual(engine.hf.getSheetValues(0), [[10_100, 0.0101]]);
    } finally {
      engine.destroy();
    }
  });
});
