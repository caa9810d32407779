/*
 * The deal model's file format, read back from what ships (dist/deal-model.xlsx): every BPI formula a
 * dynamic array (no implicit intersection "@" in Excel 365), names scoped to the sheet, the same bytes at
 * every build, and no add-in reference part (xl/webextensions: docs/deal-model.md says why).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildDealModel } from '../../scripts/buildDealModel';
import { finishXlsx } from '../../scripts/xlsxFinish';
import { DIST } from '../harness/paths';
import { LoadedXlsx, loadXlsx, storedFunctionNames } from '../harness/xlsx';

const FILE = path.join(DIST, 'deal-model.xlsx');
const LOCAL_HEADER = Buffer.from([0x50, 0x4b, 3, 4]);

describe('deal model: the file format of dist/deal-model.xlsx', () => {
  let x: LoadedXlsx;
  before(async () => {
    x = await loadXlsx(FILE);
  });

  it('stores every formula that calls a BPI function as a dynamic array, and no other kind of array', () => {
    const bpi = x.cells.filter((c) => c.formula && storedFunctionNames(c.formula).length > 0);
    assert.ok(bpi.length >= 6, `${bpi.length} BPI formulas`);
    for (const c of bpi) assert.ok(c.dynamicArray, `${c.address} =${c.formula} is not a dynamic array: Excel 365 would show =@…`);
    // Formulas without a BPI call stay plain formulas (ContractAmount-DownPayment, the option parts).
    assert.ok(x.cells.some((c) => c.formula && !c.dynamicArray));
    const sheet = Buffer.from(x.parts['xl/worksheets/sheet1.xml']).toString('utf8');
    assert.equal((sheet.match(/ cm="1"/g) ?? []).length, bpi.length);
    assert.doesNotMatch(sheet, /_xlfn\.SINGLE|@/, 'no implicit intersection stored');
  });

  it('the dynamic-array reading refuses an array formula without the XLDAPR metadata', async () => {
    // The same file with the metadata record's fDynamic cleared: the harness must no longer call them dynamic.
    const { zipSync, unzipSync } = await import('fflate');
    const parts = unzipSync(fs.readFileSync(FILE));
    parts['xl/metadata.xml'] = Buffer.from(Buffer.from(parts['xl/metadata.xml']).toString('utf8').replace('fDynamic="1"', 'fDynamic="0"'));
    const tmp = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bpi-xlsx-')), 'legacy.xlsx');
    fs.writeFileSync(tmp, zipSync(parts));
    const legacy = await loadXlsx(tmp);
    fs.rmSync(path.dirname(tmp), { recursive: true, force: true });
    assert.deepEqual(
      legacy.cells.filter((c) => c.dynamicArray),
      [],
    );
  });

  it('declares the metadata part as Excel does (content type and workbook relationship)', () => {
    const types = Buffer.from(x.parts['[Content_Types].xml']).toString('utf8');
    assert.match(
      types,
      /<Override PartName="\/xl\/metadata\.xml" ContentType="application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheetMetadata\+xml"\/>/,
    );
    const rels = Buffer.from(x.parts['xl/_rels/workbook.xml.rels']).toString('utf8');
    assert.match(rels, /Type="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships\/sheetMetadata" Target="metadata\.xml"/);
  });

  it('scopes every name to the sheet (localSheetId 0) and asks for a full calculation on opening', () => {
    assert.ok(x.names.length >= 15);
    for (const n of x.names) assert.equal(n.scope, 0, n.name);
    assert.match(Buffer.from(x.parts['xl/workbook.xml']).toString('utf8'), /<calcPr [^>]*fullCalcOnLoad="1"/);
  });

  it('carries no add-in reference (no xl/webextensions part): see docs/deal-model.md', () => {
    assert.deepEqual(
      Object.keys(x.parts).filter((n) => /webextension|taskpane/i.test(n)),
      [],
    );
  });

  it('is the same bytes when built again (fixed dates, fixed order)', async () => {
    // Built again now, minutes after `npm run build`: a date taken from the clock would differ.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bpi-deal-'));
    try {
      await buildDealModel(path.join(dir, 'deal-model.xlsx'));
      assert.ok(fs.readFileSync(path.join(dir, 'deal-model.xlsx')).equals(fs.readFileSync(FILE)), 'a second build differs from dist/deal-model.xlsx');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const core = Buffer.from(x.parts['docProps/core.xml']).toString('utf8');
    assert.match(core, /<dcterms:created [^>]*>2026-01-01T00:00:00Z</);
    assert.match(core, /<dcterms:modified [^>]*>2026-01-01T00:00:00Z</);
    // Every zip entry: DOS time 0 (offset 10) and date 1 January 2026 = ((2026-1980) << 9) | (1 << 5) | 1 (offset 12).
    const zip = fs.readFileSync(FILE);
    let entries = 0;
    for (let at = zip.indexOf(LOCAL_HEADER); at >= 0; at = zip.indexOf(LOCAL_HEADER, at + 4), entries++) {
      assert.deepEqual([zip.readUInt16LE(at + 10), zip.readUInt16LE(at + 12)], [0, ((2026 - 1980) << 9) | (1 << 5) | 1]);
    }
    assert.ok(entries >= Object.keys(x.parts).length);
    assert.equal(Object.keys(x.parts)[0], '[Content_Types].xml');
    assert.deepEqual(Object.keys(x.parts).slice(1), Object.keys(x.parts).slice(1).sort());
  });

  it('the finishing step refuses a workbook whose names were already written', () => {
    const parts = {
      'xl/workbook.xml': '<workbook><sheets/><definedNames/></workbook>',
      '[Content_Types].xml': '<Types></Types>',
      'xl/_rels/workbook.xml.rels': '<Relationships></Relationships>',
    };
    return import('fflate').then(({ zipSync, strToU8 }) => {
      const zip = zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, strToU8(v)])));
      assert.throws(() => finishXlsx(zip, [{ name: 'A', ref: "'Deal'!$A$1", sheet: 0 }]), /names are written here/);
    });
  });
});
