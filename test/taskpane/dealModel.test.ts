import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { OfficeMockObject } from 'office-addin-mock';
import { DEAL_MODEL_FILE, ExcelApi, FIRST_INPUT, dealModelMode, insertDealModel, toBase64 } from '../../src/taskpane/dealModel';
import { CELLS, FIRST_INPUT as TEMPLATE_FIRST_INPUT } from '../../templates/dealModel';
import { DIST } from '../harness/paths';

const BUILT = () => fs.readFileSync(path.join(DIST, DEAL_MODEL_FILE));

/** fetch over dist/, as the pane's server answers it. */
const fetchDist = async (url: string) => {
  const file = path.join(DIST, url);
  if (!fs.existsSync(file)) return { ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) };
  const b = fs.readFileSync(file);
  return { ok: true, status: 200, arrayBuffer: async () => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
};

interface Recorded {
  inserted: { base64: string; options: unknown }[];
  activated: string[];
  selected: string[];
}

/** An Excel stand-in (office-addin-mock) that records the sheets inserted, activated and the range selected. */
function excelMock(rec: Recorded) {
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        insertWorksheetsFromBase64: function (base64: string, options: unknown) {
          rec.inserted.push({ base64, options });
          return { value: ['{SHEET-1}'] };
        },
        worksheets: {
          getItem: function (id: string) {
            return {
              activate: () => rec.activated.push(id),
              names: { getItem: (name: string) => ({ getRange: () => ({ select: () => rec.selected.push(`${id}!${name}`) }) }) },
            };
          },
        },
      },
    },
    run: async function (callback: (context: unknown) => Promise<void>) {
      await callback((this as { context: unknown }).context);
    },
  });
  return mock as unknown as ExcelApi;
}

describe('Task pane: New deal model (office-addin-mock)', () => {
  it('inserts the built deal-model.xlsx with insertWorksheetsFromBase64, activates it and selects the first input', async () => {
    const rec: Recorded = { inserted: [], activated: [], selected: [] };
    await insertDealModel(excelMock(rec), fetchDist);
    assert.equal(rec.inserted.length, 1);
    assert.deepEqual(rec.inserted[0].options, { positionType: 'End' });
    // The payload is the built file, byte for byte.
    assert.ok(Buffer.from(rec.inserted[0].base64, 'base64').equals(BUILT()));
    assert.deepEqual(rec.activated, ['{SHEET-1}']);
    assert.deepEqual(rec.selected, ['{SHEET-1}!CountryCategory']);
  });

  it('says so, and calls nothing in Excel, when the file cannot be loaded', async () => {
    const rec: Recorded = { inserted: [], activated: [], selected: [] };
    const missing = async () => ({ ok: false, status: 404, arrayBuffer: async () => new ArrayBuffer(0) });
    await assert.rejects(insertDealModel(excelMock(rec), missing), /deal-model\.xlsx could not be loaded \(HTTP 404\)/);
    assert.deepEqual(rec.inserted, []);
    await assert.rejects(insertDealModel(undefined, fetchDist), /Excel is not available/);
  });

  it('offers the button only in Excel with ExcelApi 1.13, else the download (fallback)', () => {
    const asked: string[] = [];
    const office = (supported: boolean) =>
      new OfficeMockObject({
        context: {
          requirements: {
            isSetSupported: function (name: string, version?: string) {
              asked.push(`${name} ${version}`);
              return supported;
            },
          },
        },
      }) as never;
    assert.equal(dealModelMode('Excel', office(true)), 'insert');
    assert.equal(dealModelMode('Excel', office(false)), 'unsupported');
    assert.deepEqual(asked, ['ExcelApi 1.13', 'ExcelApi 1.13']);
    assert.equal(dealModelMode('Excel', undefined), 'unsupported');
    assert.equal(dealModelMode(null, office(true)), 'outside');
  });

  it('selects the template’s first input, which is its first named input cell', () => {
    assert.equal(FIRST_INPUT, TEMPLATE_FIRST_INPUT);
    assert.equal(CELLS.find((c) => c.name && c.style === 'input')?.name, FIRST_INPUT);
  });

  it('encodes base64 as Buffer does, across the chunk boundary', () => {
    const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 256);
    assert.equal(toBase64(bytes), Buffer.from(bytes).toString('base64'));
  });
});
