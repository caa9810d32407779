/*
 * The built deal model (dist/deal-model.xlsx), opened with the library that wrote it and evaluated in
 * HyperFormula with the BPI functions of the built bundle (test/harness/hyperformula.ts): the file's
 * formulas and defined names as they are stored, for three worked deals whose rates, premiums and splits
 * are derived by hand below from the note's tables (Premium calculation, March 2018).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DetailedCellError } from 'hyperformula';
import { buildBpiEngine, BpiEngine } from '../harness/hyperformula';
import { DIST } from '../harness/paths';
import { LoadedXlsx, loadXlsx, storedFunctionNames } from '../harness/xlsx';
import { ARTIFACTS, launch } from '../taskpane/browser';
import { sheetHtml } from './renderSheet';
import { CELLS, COINSURER_ROWS, EXPLAIN_CELL, EXPLAIN_ROWS, RANGE_NAMES, SCHEDULE_ROWS, SHEET_NAME } from '../../templates/dealModel';

const FILE = path.join(DIST, 'deal-model.xlsx');

type Inputs = Record<string, unknown>; // a defined name or an A1 address → the value typed in

/** 0-based row/col of an A1 address (columns A–Z are enough for this sheet). */
function rc(address: string): { row: number; col: number } {
  const m = /^([A-Z])(\d+)$/.exec(address)!;
  return { row: Number(m[2]) - 1, col: m[1].charCodeAt(0) - 65 };
}

/** The sheet as the file holds it, with a deal's inputs typed over it, in a fresh engine. */
function evaluate(x: LoadedXlsx, inputs: Inputs): BpiEngine & { at(ref: string): unknown } {
  const sheets = structuredClone(x.sheets);
  const grid = sheets[SHEET_NAME];
  for (const [key, value] of Object.entries(inputs)) {
    const { row, col } = x.nameCells.get(key) ?? rc(key);
    grid[row] ??= [];
    grid[row][col] = value;
  }
  // The names are scoped to the sheet in the file. HyperFormula 3.5 does not order the evaluation of
  // formulas that go through sheet-scoped names ("Value of the formula cell is not computed"); with one
  // sheet the two scopes mean the same, so the engine gets them workbook-wide.
  const e = buildBpiEngine(sheets, {}, undefined, x.names.map((n) => ({ ...n, scope: undefined })));
  const at = (ref: string) => {
    const { row, col } = x.nameCells.get(ref) ?? rc(ref);
    return e.hf.getCellValue({ sheet: 0, row, col });
  };
  return Object.assign(e, { at });
}

/** Every cell of the evaluated sheet that holds an error (spilled areas included), as "A1: #CODE message". */
function errors(e: BpiEngine): string[] {
  const out: string[] = [];
  e.hf.getSheetValues(0).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v instanceof DetailedCellError) out.push(`${String.fromCharCode(65 + c)}${r + 1}: ${v.value} ${v.message}`);
    }),
  );
  return out;
}

const column = (e: BpiEngine, col: number, first: number, last: number) =>
  Array.from({ length: last - first + 1 }, (_, i) => e.hf.getCellValue({ sheet: 0, row: first - 1 + i, col }));

describe('deal model: dist/deal-model.xlsx', () => {
  let x: LoadedXlsx;
  before(async () => {
    x = await loadXlsx(FILE);
  });

  it('has the one sheet "Deal", with the note’s edition stated', () => {
    assert.deepEqual(x.sheetNames, [SHEET_NAME]);
    const a2 = x.cells.find((c) => c.address === 'A2')?.value as string;
    assert.match(a2, /Premium calculation, March 2018/);
    assert.match(a2, /édition de mars 2018/);
  });

  it('calls only functions that dist/functions.json declares, stored as Excel stores add-in functions', () => {
    const declared = new Set((JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8')).functions as { id: string }[]).map((f) => f.id));
    const used = new Set(x.cells.flatMap((c) => (c.formula ? storedFunctionNames(c.formula) : [])));
    assert.deepEqual([...used].sort(), ['CATEGORY', 'EQUIVTERM', 'EXPLAIN', 'HORIZON', 'PREMIUM', 'RATE', 'SHARES']);
    for (const name of used) assert.ok(declared.has(name), `BPI.${name} is not in functions.json`);
    for (const c of x.cells) if (c.formula) assert.doesNotMatch(c.formula, /\bBPI\./, `${c.address} names BPI.* unprefixed`);
  });

  it('names every input on the sheet (scoped to it) and gives each a note', () => {
    const inputs = CELLS.filter((c) => c.name && c.style === 'input');
    assert.ok(inputs.length >= 15);
    for (const spec of inputs) {
      const where = x.nameCells.get(spec.name!);
      assert.deepEqual(where && { row: where.row, col: where.col }, rc(spec.address), spec.name);
      const cell = x.cells.find((c) => c.address === spec.address);
      assert.ok(cell?.note && cell.note.length > 20, `${spec.name} has no note`);
    }
    for (const r of RANGE_NAMES) {
      assert.ok(x.names.some((n) => n.name === r.name && n.scope === 0 && String(n.expression).endsWith(r.range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2'))), r.name);
    }
    assert.ok(x.names.every((n) => n.scope === 0), 'names are scoped to the sheet');
  });

  it('offers the note’s debtor categories and types, and TRUE/FALSE, as drop-downs that only warn', () => {
    const ws = x.workbook.getWorksheet(SHEET_NAME)!;
    const at = (n: string) => ws.getCell(CELLS.find((c) => c.name === n)!.address).dataValidation as { type: string; formulae: unknown[]; errorStyle: string };
    assert.deepEqual(at('DebtorCategory').formulae, ['"SOV+,SOV/CCO,CC1,CC2,CC3,CC4,CC5"']);
    assert.deepEqual(at('RiskType').formulae, ['"NONPAYMENT,INTERRUPTION,ENVELOPE,BOND,LC,CASH,CLAIMS"']);
    assert.deepEqual(at('PremiumFinanced').formulae, ['"TRUE,FALSE"']);
    assert.equal(at('CountryCategory').type, 'whole');
    for (const n of ['DebtorCategory', 'RiskType', 'PremiumFinanced', 'CountryCategory']) assert.equal(at(n).errorStyle, 'warning', n);
  });

  it('formats rates as percentages and amounts with two decimals and thousands separators', () => {
    const fmt = (a: string) => x.cells.find((c) => c.address === a)?.numFmt;
    const byName = (n: string) => CELLS.find((c) => c.name === n)!.address;
    assert.equal(fmt(byName('PremiumRate')), '0.00%');
    assert.equal(fmt(byName('Cover')), '0.00%');
    for (const n of ['Premium', 'ContractAmount', 'DownPayment', 'FinancedAmount']) assert.equal(fmt(byName(n)), '#,##0.00', n);
    assert.equal(fmt(`C${COINSURER_ROWS.first}`), '#,##0.00');
  });

  it('writes EXPLAIN and SHARES as dynamic arrays, with their spill areas empty', () => {
    const explain = x.cells.find((c) => c.address === EXPLAIN_CELL)!;
    const shares = x.cells.find((c) => c.address === `C${COINSURER_ROWS.first}`)!;
    assert.ok(explain.dynamicArray && shares.dynamicArray);
    const { row: er, col: ec } = rc(EXPLAIN_CELL);
    const inExplain = x.cells.filter((c) => c.row >= er && c.row < er + EXPLAIN_ROWS && c.col >= ec && c.col <= ec + 1 && c.address !== EXPLAIN_CELL);
    assert.deepEqual(inExplain.map((c) => c.address), []);
    assert.ok(x.cells.every((c) => c.row < er + EXPLAIN_ROWS || c.col > ec + 1), 'nothing below the steps');
    const inShares = x.cells.filter((c) => c.col === 2 && c.row > COINSURER_ROWS.first - 1 && c.row <= COINSURER_ROWS.last - 1);
    assert.deepEqual(inShares.map((c) => c.address), []);
  });

  describe('deal 1, as shipped: standard schedule with a drawdown period, premium paid in cash, two insurers', () => {
    let e: ReturnType<typeof evaluate>;
    before(() => {
      e = evaluate(x, {});
    });
    after(() => e.destroy());

    it('prices it as worked out by hand', () => {
      // Country 3, CC3, NONPAYMENT, 95% cover. Contract 10,000,000 − down payment 1,500,000 = 8,500,000 financed.
      assert.equal(e.at('FinancedAmount'), 8_500_000);
      // II-J: x = 8 years of repayment + 0.5 × 2 years of drawdown = 9.
      assert.equal(e.at('TermX'), 9);
      assert.equal(e.at('OptionsText'), 'COVER=0.95');
      // I-C-1, row 3: CC3 a = 0.660, b = 0.345: T = 0.660 × 9 + 0.345 = 5.940 + 0.345 = 6.285 %;
      // at 95 % the cover factors are 1; 6.285 rounds half up at the 3rd decimal to 6.29 %.
      assert.equal(e.at('PremiumRate'), 0.0629);
      // I-C-2: premium = 8,500,000 × 6.29 % = 534,650.00 (in cash: the basis is the financed amount alone).
      assert.equal(e.at('Premium'), 534_650);
      assert.equal(e.at('B59'), 8_500_000);
      // Shares 70 % / 30 %: 534,650 × 0.7 = 374,255.00 and × 0.3 = 160,395.00 (exact, no cent to place).
      assert.deepEqual(column(e, 2, COINSURER_ROWS.first, COINSURER_ROWS.last), [374_255, 160_395, '', '', '']);
    });

    it('spills the steps, ending with the rate', () => {
      const { row, col } = rc(EXPLAIN_CELL);
      const steps = e.hf.getSheetValues(0).slice(row, row + EXPLAIN_ROWS).map((r) => [r[col], r[col + 1]]).filter((r) => r[0] !== null && r[0] !== undefined && r[0] !== '');
      assert.ok(steps.length > 10);
      assert.deepEqual(steps[steps.length - 1], ['Premium rate (fraction, as BPI.RATE)', 0.0629]);
      assert.ok(steps.some(([l, v]) => l === "Premium rate T = a·x' + b (%)" && Math.abs((v as number) - 6.285) < 1e-12));
    });

    it('evaluates no formula to an error', () => {
      assert.deepEqual(errors(e), []);
    });

    it('renders as the tests see it (test/artifacts/deal-model.png, the screenshot of docs/deal-model.md)', async () => {
      const html = sheetHtml(x.workbook.getWorksheet(SHEET_NAME)!, e.hf.getSheetValues(0), 'deal-model.xlsx, sheet "Deal", as shipped, evaluated by the tests');
      assert.match(html, /6\.29%/);
      assert.match(html, /534,650\.00/);
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      fs.writeFileSync(path.join(ARTIFACTS, 'deal-model.html'), html);
      const browser = await launch();
      try {
        const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
        await page.setContent(html);
        await page.locator('table').screenshot({ path: path.join(ARTIFACTS, 'deal-model.png') });
      } finally {
        await browser.close();
      }
    });
  });

  describe('deal 2: custom repayment schedule, debtor by its score, 100 % cover and an assignment of receivables', () => {
    let e: ReturnType<typeof evaluate>;
    before(() => {
      const r = SCHEDULE_ROWS.first;
      e = evaluate(x, {
        CountryCategory: 4,
        DebtorScore: 'BB-',
        ContractAmount: 12_000_000,
        DownPayment: 2_000_000,
        DrawdownYears: 1,
        Cover: 1,
        Assignment: 0.1,
        [`A${r}`]: 1, [`B${r}`]: 4_000_000,
        [`A${r + 1}`]: 2, [`B${r + 1}`]: 3_000_000,
        [`A${r + 2}`]: 3, [`B${r + 2}`]: 2_000_000,
        [`A${r + 3}`]: 4, [`B${r + 3}`]: 1_000_000,
        // no co-insurers: the split is blank
        [`A${COINSURER_ROWS.first}`]: null, [`B${COINSURER_ROWS.first}`]: null,
        [`A${COINSURER_ROWS.first + 1}`]: null, [`B${COINSURER_ROWS.first + 1}`]: null,
      });
    });
    after(() => e.destroy());

    it('prices it as worked out by hand', () => {
      // I-A, country category 4: BB- is CC2 (CC1 is BB+ to BB). The category cell (CC3) is not used.
      assert.equal(e.at('DebtorPriced'), 'CC2');
      // II-K: WAL = (1 × 4 + 2 × 3 + 3 × 2 + 4 × 1) / (4 + 3 + 2 + 1) = 20 / 10 = 2 years;
      // equivalent standard term 2 × 2 − 0.5 = 3.5; II-J adds 0.5 × 1 year of drawdown: x = 4.
      assert.equal(e.at('TermX'), 4);
      assert.equal(e.at('OptionsText'), 'COVER=1; ASSIGNMENT=0.1');
      // I-C-1, row 4: SOV/CCO a = 0.540, b = 0.344: S = 0.540 × 4 + 0.344 = 2.504 %;
      // CC2 a = 0.770, b = 0.344: T = 0.770 × 4 + 0.344 = 3.424 %; debtor share T − S = 0.920 %.
      // II-B: assignment 10 % → debtor share 0.920 × 0.9 = 0.828 %; country share stays 2.504 %.
      // II-I at 100 %: k(4) = 0.01639, PC coefficient = 1 + ((1 − 0.95) / 0.05) × 0.01639 = 1.01639,
      // each share × 1.00 / 0.95 × 1.01639: (2.504 + 0.828) × 1.01639 / 0.95 = 3.332 × 1.01639 / 0.95
      // = 3.38661148 / 0.95 = 3.5648541… %, whose 3rd decimal (4) is dropped: 3.56 %.
      assert.equal(e.at('PremiumRate'), 0.0356);
      // Financed 12,000,000 − 2,000,000 = 10,000,000; premium in cash 10,000,000 × 3.56 % = 356,000.00.
      assert.equal(e.at('FinancedAmount'), 10_000_000);
      assert.equal(e.at('Premium'), 356_000);
      assert.deepEqual(column(e, 2, COINSURER_ROWS.first, COINSURER_ROWS.last), ['', '', '', '', '']);
    });

    it('evaluates no formula to an error', () => {
      assert.deepEqual(errors(e), []);
    });
  });

  describe('deal 3: co-insured between three insurers, premium financed in the credit', () => {
    let e: ReturnType<typeof evaluate>;
    before(() => {
      const c = COINSURER_ROWS.first;
      e = evaluate(x, {
        CountryCategory: 5,
        DebtorCategory: 'SOV/CCO',
        ContractAmount: 50_000_000,
        DownPayment: 7_500_000,
        DrawdownYears: 1.5,
        RepaymentYears: 10,
        PremiumFinanced: true,
        [`A${c}`]: 'Bpifrance Assurance Export', [`B${c}`]: 0.6,
        [`A${c + 1}`]: 'Co-insurer A', [`B${c + 1}`]: 0.25,
        [`A${c + 2}`]: 'Co-insurer B', [`B${c + 2}`]: 0.15,
      });
    });
    after(() => e.destroy());

    it('prices it as worked out by hand', () => {
      // II-J: x = 10 + 0.5 × 1.5 = 10.75.
      assert.equal(e.at('TermX'), 10.75);
      // I-C-1, row 5, SOV/CCO: a = 0.727, b = 0.737: T = 0.727 × 10.75 + 0.737 = 7.81525 + 0.737
      // = 8.55225 %; a sovereign debtor has no debtor share; 95 % cover; rounded: 8.55 %.
      assert.equal(e.at('PremiumRate'), 0.0855);
      // I-C-2, financed: P = (42,500,000 + P) × 8.55 %, so P = 42,500,000 × 0.0855 / (1 − 0.0855)
      // = 3,633,750 / 0.9145 = 3,973,482.7774… → 3,973,482.78; basis 42,500,000 + P = 46,473,482.78.
      assert.equal(e.at('FinancedAmount'), 42_500_000);
      assert.equal(e.at('Premium'), 3_973_482.78);
      assert.equal(e.at('B59'), 46_473_482.78);
      // Shares 60 / 25 / 15 % of 3,973,482.78: exact 2,384,089.668, 993,370.695, 596,022.417; rounded
      // down 2,384,089.66 + 993,370.69 + 596,022.41 = 3,973,482.76, 2 cents short; largest remainders
      // (.8 and .7 of a cent) get them: 2,384,089.67, 993,370.69, 596,022.42 (sum 3,973,482.78).
      assert.deepEqual(column(e, 2, COINSURER_ROWS.first, COINSURER_ROWS.last), [2_384_089.67, 993_370.69, 596_022.42, '', '']);
    });

    it('evaluates no formula to an error', () => {
      assert.deepEqual(errors(e), []);
    });
  });
});
