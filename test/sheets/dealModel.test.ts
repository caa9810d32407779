import assert from 'node:assert/strict';
import { DetailedCellError, SimpleCellAddress } from 'hyperformula';
import { DealRow, HAND_CASES, dealRows } from '../harness/deals';
import { buildBpiEngine, BpiEngine } from '../harness/hyperformula';

/*
 * A deal model of 5,000 rows in HyperFormula, priced by the built bundle:
 *   A country, B debtor, C x, D type, E options, F =BPI.RATE(A,B,C,D,E) per row, G amount, H =F*G premium,
 *   J2 one spilled =BPI.RATE(A2:A5001, …) over the same rows.
 * Every 10th row is a hand-derived case (its expected rate is worked out in test/harness/deals.ts); rows
 * 5 and 6 of every 100 are a blank row and an error row. All other rows are checked against each other:
 * the per-row formula and the spill must agree cell for cell.
 */
const N = 5000;
const FIRST = 1; // row 0 holds the headers
const LAST = FIRST + N; // exclusive
const COL = { country: 0, debtor: 1, x: 2, type: 3, options: 4, rate: 5, amount: 6, premium: 7, spill: 9 } as const;
const AMOUNT = 1_000_000;

type Inputs = (number | string | null)[];
function inputsAt(i: number, random: DealRow): { inputs: Inputs; hand?: (typeof HAND_CASES)[number] } {
  if (i % 10 === 0) {
    const hand = HAND_CASES[(i / 10) % HAND_CASES.length];
    return { inputs: [...hand.row], hand };
  }
  if (i % 100 === 5) return { inputs: [null, null, null, null, null] };
  if (i % 100 === 6) return { inputs: [8, 'CC1', 2, null, null] };
  return { inputs: [...random] };
}

describe('deal model of 5,000 rows in HyperFormula', () => {
  const random = dealRows(N, 7);
  const rows = random.map((r, i) => inputsAt(i, r));
  const r1 = (c: number) => String.fromCharCode(65 + c);
  const sheet: unknown[][] = [['country', 'debtor', 'x', 'type', 'options', 'rate', 'amount', 'premium', '', 'spilled rate']];
  rows.forEach(({ inputs }, i) => {
    const n = FIRST + i + 1; // A1 notation
    const line: unknown[] = [...inputs, `=BPI.RATE(A${n},B${n},C${n},D${n},E${n})`, AMOUNT, `=F${n}*G${n}`];
    if (i === 0) line[COL.spill] = `=BPI.RATE(${[0, 1, 2, 3, 4].map((c) => `${r1(c)}${FIRST + 1}:${r1(c)}${LAST}`).join(',')})`;
    sheet.push(line);
  });

  let e: BpiEngine;
  before(() => {
    e = buildBpiEngine({ Deals: sheet });
  });
  after(() => e.destroy());

  const at = (row: number, col: number): SimpleCellAddress => ({ sheet: 0, row, col });
  const value = (row: number, col: number) => e.hf.getCellValue(at(row, col));
  const plain = (v: unknown) => (v instanceof DetailedCellError ? `${v.value} ${v.message}` : v);

  it('calls BPI.RATE once per row plus once for the spill', () => {
    assert.equal(e.calls.get('RATE'), N + 1); // blank and error rows reach the bundle too, as in Excel
  });

  it('prices every hand-derived row as worked out by hand, per row and in the spill', () => {
    rows.forEach(({ hand }, i) => {
      if (!hand) return;
      assert.equal(value(FIRST + i, COL.rate), hand.rate, `row ${FIRST + i + 1}: ${hand.why}`);
      assert.equal(value(FIRST + i, COL.spill), hand.rate, `spill row ${FIRST + i + 1}`);
    });
  });

  it('gives the same value in the spill as in the per-row formula, row by row (errors by code and message)', () => {
    const perRow = rows.map((_, i) => plain(value(FIRST + i, COL.rate)));
    const spilled = rows.map((_, i) => plain(value(FIRST + i, COL.spill)));
    assert.deepEqual(spilled, perRow);
    assert.equal(perRow[5], '');
    assert.equal(perRow[6], '#NUM! country must be an integer 0–7, got 8');
    assert.ok(perRow.filter((v) => typeof v === 'number').length > N * 0.9);
  });

  it('computes premiums from the rates: 1,000,000 × 0.0101 = 10,100 for c3 CC3 x=1', () => {
    assert.equal(value(FIRST, COL.premium), AMOUNT * 0.0101);
    assert.ok(Math.abs((value(FIRST, COL.premium) as number) - 10100) < 1e-6);
  });

  it('recalculates only what depends on an edited assumption', () => {
    const row = FIRST + 11; // a random row: give it the hand case c3 CC2 x=5 COVER=100% → 3.35 %
    e.calls.clear();
    const changes = e.hf.setCellContents(at(row, COL.country), [[3, 'CC2', 5, 'NONPAYMENT', 'COVER=100%']]);
    assert.equal(value(row, COL.rate), 0.0335);
    assert.equal(value(row, COL.spill), 0.0335);
    assert.ok(Math.abs((value(row, COL.premium) as number) - 33500) < 1e-6);
    // One per-row call for the edited row and one for the spill, which reads the edited cells.
    assert.equal(e.calls.get('RATE'), 2);
    const perRowChanged = changes.filter((c) => 'row' in c && (c.col === COL.rate || c.col === COL.premium)).map((c) => 'row' in c && c.row);
    assert.deepEqual([...new Set(perRowChanged)], [row]);
  });

  it('recalculates no rate when only an amount changes', () => {
    e.calls.clear();
    const changes = e.hf.setCellContents(at(FIRST, COL.amount), [[2_000_000]]);
    assert.equal(e.calls.get('RATE') ?? 0, 0);
    assert.deepEqual(
      changes.map((c) => 'row' in c && [c.row, c.col]),
      [
        [FIRST, COL.amount],
        [FIRST, COL.premium],
      ],
    );
    assert.ok(Math.abs((value(FIRST, COL.premium) as number) - 20200) < 1e-6);
  });
});
