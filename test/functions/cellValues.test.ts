/*
 * Formatted results through the built bundle, in the shape each host documents (src/functions/cellValues.ts):
 * with CustomFunctionsRuntime 1.4 and ExcelApi 1.19, doubles with a number format (DoubleCellValue
 * .numberFormat is ExcelApi 1.19); with CustomFunctionsRuntime 1.4 and ExcelApi 1.16–1.18,
 * FormattedNumberCellValue (ExcelApi 1.16, deprecated from 1.19); elsewhere, plain numbers. Rates 0.00 %,
 * amounts #,##0.00; factors and terms are plain everywhere.
 */
import assert from 'node:assert/strict';
import { isExcelError, loadWorkbook, officeStandIn, plain } from '../harness/excel';
import { buildBpiEngine } from '../harness/hyperformula';

const host = (sets: Record<string, string>) => loadWorkbook(undefined, { office: officeStandIn(sets) });
const supported = () => host({ CustomFunctionsRuntime: '1.4', ExcelApi: '1.19' });
const rateValue = (basicValue: number) => ({ type: 'Double', basicValue, numberFormat: '0.00%' });
const amountValue = (basicValue: number) => ({ type: 'Double', basicValue, numberFormat: '#,##0.00' });

// BPI.RATE(3, "CC3", 1): category 3, CC3, non-payment: a = 0.660, b = 0.345 → 0.660·1 + 0.345 = 1.005 %,
// half up at the second decimal → 1.01 % = 0.0101. Premium on 1,000,000 at 1.01 %: 10,100.00.
describe('Formatted results (double cell values) where the host supports them', () => {
  it('returns plain numbers outside Excel, where CustomFunctionsRuntime 1.4 is missing, and where ExcelApi 1.16 is', () => {
    assert.equal(loadWorkbook().cell('RATE', 3, 'CC3', 1), 0.0101);
    const hosts: Record<string, string>[] = [
      { CustomFunctionsRuntime: '1.3', ExcelApi: '1.19' },
      { CustomFunctionsRuntime: '1.4' },
      { CustomFunctionsRuntime: '1.4', ExcelApi: '1.15' },
    ];
    for (const sets of hosts) {
      const older = host(sets);
      assert.equal(older.cell('RATE', 3, 'CC3', 1), 0.0101, JSON.stringify(sets));
      assert.equal(older.cell('PREMIUM', 1_000_000, 0.0101), 10_100, JSON.stringify(sets));
      assert.deepEqual(older.grid('RATE', [[3], [1]], 'CC3', 1), [[0.0101], [0.0071]]); // 1 CC3: 0.359 + 0.349 = 0.708 % → 0.71 %
    }
  });

  it('returns FormattedNumberCellValue where ExcelApi 1.16 to 1.18 is supported with CustomFunctionsRuntime 1.4', () => {
    for (const version of ['1.16', '1.18']) {
      const wb = host({ CustomFunctionsRuntime: '1.4', ExcelApi: version });
      assert.deepEqual(wb.cell('RATE', 3, 'CC3', 1), { type: 'FormattedNumber', basicValue: 0.0101, numberFormat: '0.00%' });
      assert.deepEqual(wb.cell('PREMIUM', 1_000_000, 0.0101), { type: 'FormattedNumber', basicValue: 10_100, numberFormat: '#,##0.00' });
      assert.deepEqual(wb.grid('RATE', [[3], [1]], 'CC3', 1), [
        [{ type: 'FormattedNumber', basicValue: 0.0101, numberFormat: '0.00%' }],
        [{ type: 'FormattedNumber', basicValue: 0.0071, numberFormat: '0.00%' }],
      ]);
      // Such a value given back as an argument is its number.
      assert.deepEqual(wb.cell('PREMIUM', 1_000_000, { type: 'FormattedNumber', basicValue: 0.0101, numberFormat: '0.00%' }), {
        type: 'FormattedNumber',
        basicValue: 10_100,
        numberFormat: '#,##0.00',
      });
    }
  });

  it('returns DoubleCellValue with numberFormat from ExcelApi 1.19 on', () => {
    for (const version of ['1.19', '1.20']) {
      assert.deepEqual(host({ CustomFunctionsRuntime: '1.4', ExcelApi: version }).cell('RATE', 3, 'CC3', 1), rateValue(0.0101));
    }
  });

  it('gives every cell of a spill the rate it has plain, formatted', () => {
    // The rates of a spill share their formatted values (one per distinct rate): each must still be its row's.
    const rows = Array.from({ length: 300 }, (_, i) => [1 + (i % 7), ['CC1', 'CC2', 'SOV/CCO'][i % 3], (i % 50) / 4]);
    const cols = [0, 1, 2].map((j) => rows.map((r) => [r[j]]));
    const plainSpill = loadWorkbook().grid('RATE', ...cols);
    const formatted = supported().grid('RATE', ...cols);
    assert.deepEqual(
      formatted,
      plainSpill.map(([v]) => [typeof v === 'number' ? rateValue(v) : v]),
    );
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
