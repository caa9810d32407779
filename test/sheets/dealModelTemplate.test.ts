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
  const e = buildBpiEngine(
    sheets,
    {},
    undefined,
    x.names.map((n) => ({ ...n, scope: undefined })),
  );
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

/** An Excel date serial, from JavaScript's calendar. */
const serial = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

/** The schedule table filled with these [date, amount] rows from `first` on, the rows below blanked. */
function schedule(first: number, ...rows: [number, number][]): Inputs {
  const inputs: Inputs = {};
  for (let row = first; row <= SCHEDULE_ROWS.last; row++) {
    const [date, amount] = rows[row - first] ?? [null, null];
    inputs[`A${row}`] = date;
    inputs[`B${row}`] = amount;
  }
  return inputs;
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
    assert.deepEqual([...used].sort(), ['CATEGORY', 'EXPLAIN', 'PREMIUM', 'RATE', 'SCHEDULETERM', 'SHARES', 'SPREAD']);
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
      assert.ok(
        x.names.some((n) => n.name === r.name && n.scope === 0 && String(n.expression).endsWith(r.range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2'))),
        r.name,
      );
    }
    assert.ok(
      x.names.every((n) => n.scope === 0),
      'names are scoped to the sheet',
    );
  });

  it('offers the note’s debtor categories and types, and TRUE/FALSE, as drop-downs that only warn', () => {
    const ws = x.workbook.getWorksheet(SHEET_NAME)!;
    const at = (n: string) => ws.getCell(CELLS.find((c) => c.name === n)!.address).dataValidation as { type: string; formulae: unknown[]; errorStyle: string };
    assert.deepEqual(at('DebtorCategory').formulae, ['"SOV+,SOV/CCO,CC1,CC2,CC3,CC4,CC5"']);
    assert.deepEqual(at('RiskType').formulae, ['"NONPAYMENT,INTERRUPTION,ENVELOPE,BOND,LC,CASH,CLAIMS"']);
    assert.deepEqual(at('OffshoreEscrow').formulae, ['"TRUE,FALSE"']);
    assert.equal(at('CountryCategory').type, 'whole');
    assert.deepEqual([at('DayCount').type, at('DayCount').formulae], ['whole', [0, 4]]);
    for (const n of ['DebtorCategory', 'RiskType', 'OffshoreEscrow', 'CountryCategory', 'DayCount']) assert.equal(at(n).errorStyle, 'warning', n);
  });

  it('formats rates as percentages and amounts with two decimals and thousands separators', () => {
    const fmt = (a: string) => x.cells.find((c) => c.address === a)?.numFmt;
    const byName = (n: string) => CELLS.find((c) => c.name === n)!.address;
    assert.equal(fmt(byName('PremiumRate')), '0.00%');
    assert.equal(fmt(byName('Cover')), '0.00%');
    for (const n of ['Premium', 'ContractAmount', 'DownPayment', 'FinancedAmount']) assert.equal(fmt(byName(n)), '#,##0.00', n);
    for (const n of ['FirstDrawdown', 'StartingPoint']) assert.equal(fmt(byName(n)), 'yyyy-mm-dd', n);
    assert.equal(fmt(byName('FinancedShare')), '0.00%');
    assert.equal(fmt(`A${SCHEDULE_ROWS.first}`), 'yyyy-mm-dd');
    assert.equal(fmt(`C${COINSURER_ROWS.first}`), '#,##0.00');
  });

  it('writes EXPLAIN and SHARES as dynamic arrays, with their spill areas empty', () => {
    const explain = x.cells.find((c) => c.address === EXPLAIN_CELL)!;
    const shares = x.cells.find((c) => c.address === `C${COINSURER_ROWS.first}`)!;
    assert.ok(explain.dynamicArray && shares.dynamicArray);
    const { row: er, col: ec } = rc(EXPLAIN_CELL);
    const inExplain = x.cells.filter((c) => c.row >= er && c.row < er + EXPLAIN_ROWS && c.col >= ec && c.col <= ec + 1 && c.address !== EXPLAIN_CELL);
    assert.deepEqual(
      inExplain.map((c) => c.address),
      [],
    );
    assert.ok(
      x.cells.every((c) => c.row < er + EXPLAIN_ROWS || c.col > ec + 1),
      'nothing below the steps',
    );
    const inShares = x.cells.filter((c) => c.col === 2 && c.row > COINSURER_ROWS.first - 1 && c.row <= COINSURER_ROWS.last - 1);
    assert.deepEqual(
      inShares.map((c) => c.address),
      [],
    );
  });

  describe('deal 1, as shipped: a dated straight-line half-yearly schedule after a drawdown period, premium paid in cash, two insurers', () => {
    let e: ReturnType<typeof evaluate>;
    before(() => {
      e = evaluate(x, {});
    });
    after(() => e.destroy());

    it('prices it as worked out by hand', () => {
      // Country 3, CC3, NONPAYMENT, 95% cover. Contract 10,000,000 − down payment 1,500,000 = 8,500,000 financed.
      assert.equal(e.at('FinancedAmount'), 8_500_000);
      // Dated schedule, 30/360 (DayCount 0): first drawdown 2026-03-15, starting point 2028-03-15 = 720 days
      // = 2 years, half of it 1 (II-J); 16 repayments of 531,250 every 6 months from 2028-09-15 to 2036-03-15,
      // at 0.5, 1, …, 8 years: WAL = (0.5 + … + 8)/16 = 68/16 = 4.25, 2 × 4.25 − 0.5 = 8 (II-K). x = 9.
      assert.equal(e.at('ScheduleTotal'), 8_500_000);
      assert.equal(e.at('TermX'), 9);
      assert.equal(e.at('OptionsText'), 'COVER=0.95');
      // I-C-1, row 3: CC3 a = 0.660, b = 0.345: T = 0.660 × 9 + 0.345 = 5.940 + 0.345 = 6.285 %;
      // at 95 % the cover factors are 1; 6.285 rounds half up at the 3rd decimal to 6.29 %.
      assert.equal(e.at('PremiumRate'), 0.0629);
      // I-C-2: premium = 8,500,000 × 6.29 % = 534,650.00 (in cash: the basis is the financed amount alone).
      assert.equal(e.at('Premium'), 534_650);
      assert.equal(e.at('B87'), 8_500_000);
      // Margin per annum, undiscounted: the outstanding is 8,500,000 − k × 531,250 over the k-th half-year,
      // 531,250 × (16 + 15 + … + 1) × 0.5 = 531,250 × 136 × 0.5 = 36,125,000 outstanding-years;
      // 534,650 / 36,125,000 = 0.0148 (1.48 % a year).
      assert.equal(e.at('MarginPerAnnum'), 0.0148);
      // Shares 70 % / 30 %: 534,650 × 0.7 = 374,255.00 and × 0.3 = 160,395.00 (exact, no cent to place).
      assert.deepEqual(column(e, 2, COINSURER_ROWS.first, COINSURER_ROWS.last), [374_255, 160_395, '', '', '']);
    });

    it('spills the steps, ending with the rate', () => {
      const { row, col } = rc(EXPLAIN_CELL);
      const steps = e.hf
        .getSheetValues(0)
        .slice(row, row + EXPLAIN_ROWS)
        .map((r) => [r[col], r[col + 1]])
        .filter((r) => r[0] !== null && r[0] !== undefined && r[0] !== '');
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
        const page = await browser.newPage({ viewport: { width: 1500, height: 800 } });
        await page.setContent(html);
        await page.locator('table').screenshot({ path: path.join(ARTIFACTS, 'deal-model.png') });
      } finally {
        await browser.close();
      }
    });
  });

  describe('deal 2: a declining schedule after a year of drawdown, debtor by its score, 100 % cover and an assignment of receivables', () => {
    let e: ReturnType<typeof evaluate>;
    before(() => {
      const r = SCHEDULE_ROWS.first;
      e = evaluate(x, {
        CountryCategory: 4,
        DebtorScore: 'BB-',
        ContractAmount: 12_000_000,
        DownPayment: 2_000_000,
        FirstDrawdown: serial(2026, 1, 15),
        StartingPoint: serial(2027, 1, 15),
        Cover: 1,
        Assignment: 0.1,
        ...schedule(r, [serial(2028, 1, 15), 4_000_000], [serial(2029, 1, 15), 3_000_000], [serial(2030, 1, 15), 2_000_000], [serial(2031, 1, 15), 1_000_000]),
        // no co-insurers: the split is blank
        [`A${COINSURER_ROWS.first}`]: null,
        [`B${COINSURER_ROWS.first}`]: null,
        [`A${COINSURER_ROWS.first + 1}`]: null,
        [`B${COINSURER_ROWS.first + 1}`]: null,
      });
    });
    after(() => e.destroy());

    it('prices it as worked out by hand', () => {
      // I-A, country category 4: BB- is CC2 (CC1 is BB+ to BB). The category cell (CC3) is not used.
      assert.equal(e.at('DebtorPriced'), 'CC2');
      // 30/360: drawdown 2026-01-15 → start 2027-01-15 is 1 year, 0.5 of waiting period (II-J); repayments at
      // 1, 2, 3, 4 years: WAL = (1 × 4 + 2 × 3 + 3 × 2 + 4 × 1) / (4 + 3 + 2 + 1) = 20 / 10 = 2 years;
      // equivalent standard term 2 × 2 − 0.5 = 3.5 (II-K): x = 4.
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
      // Margin per annum: 10M outstanding in year 1, 6M in year 2, 3M in year 3, 1M in year 4: 20M
      // outstanding-years; 356,000 / 20,000,000 = 0.0178.
      assert.equal(e.at('MarginPerAnnum'), 0.0178);
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
        // 18 months of drawdown, then 20 half-yearly repayments of 2,125,000 (10 years, straight line)
        FirstDrawdown: serial(2026, 1, 15),
        StartingPoint: serial(2027, 7, 15),
        ...schedule(SCHEDULE_ROWS.first, ...Array.from({ length: 20 }, (_, k): [number, number] => [serial(2027, 7 + 6 * (k + 1), 15), 2_125_000])),
        FinancedShare: true,
        [`A${c}`]: 'Bpifrance Assurance Export',
        [`B${c}`]: 0.6,
        [`A${c + 1}`]: 'Co-insurer A',
        [`B${c + 1}`]: 0.25,
        [`A${c + 2}`]: 'Co-insurer B',
        [`B${c + 2}`]: 0.15,
      });
    });
    after(() => e.destroy());

    it('prices it as worked out by hand', () => {
      // 30/360: 2026-01-15 → 2027-07-15 is 1.5 years (II-J: 0.75); 20 equal repayments at 0.5 … 10 years:
      // WAL = (0.5 + … + 10)/20 = 105/20 = 5.25, 2 × 5.25 − 0.5 = 10 (II-K). x = 10 + 0.75 = 10.75.
      assert.equal(e.at('TermX'), 10.75);
      // I-C-1, row 5, SOV/CCO: a = 0.727, b = 0.737: T = 0.727 × 10.75 + 0.737 = 7.81525 + 0.737
      // = 8.55225 %; a sovereign debtor has no debtor share; 95 % cover; rounded: 8.55 %.
      assert.equal(e.at('PremiumRate'), 0.0855);
      // I-C-2, financed: P = (42,500,000 + P) × 8.55 %, so P = 42,500,000 × 0.0855 / (1 − 0.0855)
      // = 3,633,750 / 0.9145 = 3,973,482.7774… → 3,973,482.78; basis 42,500,000 + P = 46,473,482.78.
      assert.equal(e.at('FinancedAmount'), 42_500_000);
      assert.equal(e.at('Premium'), 3_973_482.78);
      assert.equal(e.at('B87'), 46_473_482.78);
      // Shares 60 / 25 / 15 % of 3,973,482.78: exact 2,384,089.668, 993,370.695, 596,022.417; rounded
      // down 2,384,089.66 + 993,370.69 + 596,022.41 = 3,973,482.76, 2 cents short; largest remainders
      // (.8 and .7 of a cent) get them: 2,384,089.67, 993,370.69, 596,022.42 (sum 3,973,482.78).
      assert.deepEqual(column(e, 2, COINSURER_ROWS.first, COINSURER_ROWS.last), [2_384_089.67, 993_370.69, 596_022.42, '', '']);
    });

    it('evaluates no formula to an error', () => {
      assert.deepEqual(errors(e), []);
    });
  });

  describe('deal 4: actual/365 across a leap year, half the premium financed, the margin discounted at 5 %', () => {
    let e: ReturnType<typeof evaluate>;
    before(() => {
      e = evaluate(x, {
        FirstDrawdown: serial(2027, 7, 1),
        StartingPoint: serial(2028, 1, 1),
        DayCount: null, // blank: actual/365
        ...schedule(SCHEDULE_ROWS.first, [serial(2028, 7, 1), 4_250_000], [serial(2029, 1, 1), 4_250_000]),
        FinancedShare: 0.5,
        DiscountRate: 0.05,
        // the same discounted sum as a sheet formula, written out by hand: years 182/365 and 366/365,
        // outstanding 8,500,000 then 4,250,000 over periods of 182/365 and 184/365 years
        F1: '=Premium/(8500000*(182/365)*1.05^(-182/365)+4250000*(184/365)*1.05^(-366/365))',
      });
    });
    after(() => e.destroy());

    it('prices it as worked out by hand', () => {
      // Actual/365: 2027-07-01 → 2028-01-01 is 184 days; 2028-01-01 → 2028-07-01 is 182 days (29 February
      // 2028 included), → 2029-01-01 is 366. x = 0.5 × 184/365 + 2 × (182 + 366)/2/365 − 0.5
      // = (92 + 548 − 182.5)/365 = 457.5/365 = 183/146 = 1.2534…
      assert.equal(e.at('TermX'), 183 / 146);
      // I-C-1, row 3, CC3: T = 0.660 × 1.2534… + 0.345 = 0.8273 + 0.345 = 1.1723 % → 1.17 %.
      assert.equal(e.at('PremiumRate'), 0.0117);
      // Half financed: 8,500,000 × 1.17 % = 99,450; / (1 − 0.5 × 0.0117) = 99,450 / 0.99415 = 100,035.2059… → 100,035.21.
      assert.equal(e.at('Premium'), 100_035.21);
      // basis with the financed half: 8,500,000 + 0.5 × 100,035.21 = 8,550,017.605
      assert.ok(Math.abs((e.at('B87') as number) - 8_550_017.605) < 1e-6);
    });

    it('gives the margin per annum of the same discounted sum written as a formula', () => {
      const m = e.at('MarginPerAnnum') as number;
      const reference = e.at('F1') as number;
      assert.ok(Math.abs(m - reference) <= 1e-12 * reference, `${m} vs ${reference}`);
      assert.ok(m > 0.0161 && m < 0.0163); // 100,035.21 / about 6,176,600 discounted outstanding-years
    });

    it('evaluates no formula to an error', () => {
      assert.deepEqual(errors(e), []);
    });
  });
});
