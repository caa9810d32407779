/*
 * BPI.MPR through the built bundle, as Excel calls it (functions.json's names, 2-D arguments, null for an
 * omitted one): the worked example, ranges broadcast and failing cell by cell, messages in both languages,
 * the number format. The arithmetic of each expected value is in its comment.
 */
import assert from 'node:assert/strict';
import { Workbook, isExcelError, loadWorkbook, officeStandIn, workbookIn } from '../harness/excel';

const NBSP = '\u00a0';

describe('BPI.MPR through the built bundle', () => {
  let wb: Workbook;
  before(() => {
    wb = loadWorkbook();
  });

  it('is declared with its four parameters, options optional', () => {
    const meta = wb.metadata.get('MPR')!;
    assert.deepEqual(
      meta.parameters.map((p) => [p.name, p.optional === true]),
      [
        ['country', false],
        ['debtor', false],
        ['hor', false],
        ['options', true],
      ],
    );
  });

  it('gives the worked example: 9.36 %, and 9.3179 % with TERM = 0.45 %', () => {
    // Category 5, CC1, HOR = 0.5 × 0.5 + 10 = 10.25: (0.74 × 10.25 + 0.75) + 0.100 × 10.25 = 9.36 %.
    assert.equal(wb.cell('MPR', 5, 'CC1', 10.25), 0.0936);
    assert.equal(wb.cell('MPR', 5, 'CC1', 10.25, null), 0.0936);
    // 9.36 × (1 − 0.0045) = 9.31788 %.
    assert.equal(wb.cell('MPR', 5, 'CC1', 10.25, 'TERM=0.45%'), 0.0931788);
    // HOR from BPI.HORIZON(10, 0.5) as a sheet would chain them.
    const hor = wb.cell('HORIZON', 10, 0.5);
    assert.equal(hor, 10.25);
    assert.equal(wb.cell('MPR', 5, 'CC1', hor), 0.0936);
  });

  it('broadcasts ranges and fails cell by cell, blank rows blank', () => {
    const out = wb.grid('MPR', [[5], [0], [7], [3], [null]], [['CC1'], ['CC1'], ['CC3'], ['CC3'], [null]], [[10.25], [5], [5], [5], [null]], 'QUALITY=BELOW');
    // 9.36 × 0.9825 = 9.1962 %; category 3, CC3, HOR 5: 3.7 × 0.985 = 3.6445 %.
    assert.equal(out[0][0], 0.091962);
    assert.ok(isExcelError(out[1][0], '#N/A') && /market-benchmark/.test(out[1][0].message));
    assert.ok(isExcelError(out[2][0], '#N/A') && /it has SOV\+, SOV\/CCO, CC1, CC2 there/.test(out[2][0].message));
    assert.equal(out[3][0], 0.036445);
    assert.equal(out[4][0], '');
    // One options text per row.
    const perRow = wb.grid('MPR', 4, 'CC2', 3, [['LOCALCCY=10%'], ['MOBILE; FIXED'], ['LOCALCCY=21%'], ['']]);
    assert.equal(perRow[0][0], 0.02502); // (0.55 × 3 + 0.35) × 0.9 + 0.234 × 3 = 1.8 + 0.702
    assert.ok(isExcelError(perRow[1][0], '#VALUE!'));
    assert.ok(isExcelError(perRow[2][0], '#NUM!') && perRow[2][0].message === 'options: LOCALCCY must be at most 20% (OECD Arrangement), got 21%');
    assert.equal(perRow[3][0], 0.02702);
  });

  it('a 2,000-row spill gives each row the value of its own call', () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => [1 + (i % 7), ['SOV+', 'SOV/CCO', 'CC1', 'CC2'][i % 4], (i % 401) / 20, ['', 'COVER=100%', 'QUALITY=ABOVE; TERM=1%'][i % 3]] as const,
    );
    const out = wb.grid(
      'MPR',
      rows.map((r) => [r[0]]),
      rows.map((r) => [r[1]]),
      rows.map((r) => [r[2]]),
      rows.map((r) => [r[3]]),
    );
    rows.forEach((r, i) => assert.deepEqual(out[i][0], wb.cell('MPR', ...r), `row ${i}`));
  });

  it('refuses bad arguments with the argument, the value and what is allowed', () => {
    const e = (v: unknown, code: string, message: string | RegExp) => {
      assert.ok(isExcelError(v, code), `got ${String(v)}`);
      if (typeof message === 'string') assert.equal(v.message, message);
      else assert.match(v.message, message);
    };
    e(wb.cell('MPR', 8, 'CC1', 5), '#NUM!', 'country must be an integer 0–7, got 8');
    e(wb.cell('MPR', 3, 'CC1', 101), '#NUM!', 'hor must be a term in years from 0 to 100, got 101');
    e(wb.cell('MPR', 3, 'CC1', 5, 'POLITICAL'), '#VALUE!', /unknown option "POLITICAL"/);
    e(wb.cell('MPR', 3, 'CC1', 5, 'QUALITY=GOOD'), '#VALUE!', 'options: QUALITY must be one of BELOW, STANDARD, ABOVE, got "GOOD"');
    e(wb.cell('MPR', 3, 'CC1', 5, 'TERM=15.5%'), '#NUM!', 'options: TERM must be at most 15% (OECD Arrangement), got 15.5%');
  });

  it('speaks French in a French Excel, naming the arguments by their French names', () => {
    const fr = workbookIn('fr-FR');
    const zero = fr.cell('MPR', 0, 'CC1', 5);
    assert.ok(isExcelError(zero, '#N/A'));
    assert.equal(
      zero.message,
      `catégorie_pays${NBSP}: la catégorie de pays 0 (pays à référence de marché) n’a pas de taux de prime minimum OCDE calculé par formule${NBSP}: ces risques se tarifent au cas par cas, par référence au marché${NBSP}; donnez une catégorie de 1 à 7`,
    );
    const missing = fr.cell('MPR', 6, 'CC4', 5);
    assert.ok(isExcelError(missing, '#N/A'));
    assert.equal(
      missing.message,
      `l’Arrangement OCDE ne prévoit pas de catégorie de débiteur CC4 en catégorie de pays 6${NBSP}; il y prévoit SOV+, SOV/CCO, CC1, CC2, CC3`,
    );
    const hor = fr.cell('MPR', 3, 'CC1', 101);
    assert.ok(isExcelError(hor, '#NUM!'));
    assert.equal(hor.message, 'horizon_risque doit être une durée en années de 0 à 100, reçu 101');
    const quality = fr.cell('MPR', 3, 'CC1', 5, 'QUALITY=GOOD');
    assert.ok(isExcelError(quality, '#VALUE!'));
    assert.equal(quality.message, `options${NBSP}: QUALITY doit valoir l’une des valeurs BELOW, STANDARD, ABOVE, reçu "GOOD"`);
  });

  it('returns a double formatted 0.0000 % where Excel formats results', () => {
    const formatted = loadWorkbook(undefined, { office: officeStandIn({ CustomFunctionsRuntime: '1.4', ExcelApi: '1.19' }) });
    assert.deepEqual(formatted.cell('MPR', 5, 'CC1', 10.25, 'TERM=0.45%'), { type: 'Double', basicValue: 0.0931788, numberFormat: '0.0000%' });
  });
});
