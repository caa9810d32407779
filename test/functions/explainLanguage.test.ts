/*
 * BPI.EXPLAIN in Office's display language, through the built bundle: the same steps and values in every
 * language, the labels (and the text values) in French in a French Excel, in English otherwise.
 */
import assert from 'node:assert/strict';
import { Cell, Workbook, workbookIn } from '../harness/excel';

const labels = (g: Cell[][]) => g.map((r) => r[0]);
const values = (g: Cell[][]) => g.map((r) => r[1]);

describe('Excel layer: EXPLAIN’s step labels in Office’s display language', () => {
  let fr: Workbook;
  let en: Workbook;
  let none: Workbook;
  before(() => {
    [fr, en, none] = [workbookIn('fr-FR'), workbookIn('en-US'), workbookIn(null)];
  });

  it('fr-FR: French labels, the same numbers; 3 / CC3 / 1 ends at 1.005 % unrounded, 1.01 %, 0.0101', () => {
    const f = fr.grid('EXPLAIN', 3, 'CC3', 1);
    const e = en.grid('EXPLAIN', 3, 'CC3', 1);
    assert.equal(f.length, e.length);
    assert.deepEqual(
      values(f).filter((v) => typeof v === 'number'),
      values(e).filter((v) => typeof v === 'number'),
    );
    assert.deepEqual(f.slice(-3), [
      ['Taux non arrondi (%)', 1.005],
      ['Taux arrondi (%, au centième le plus proche, demi au supérieur)', 1.01],
      ['Taux de prime (fraction, comme BPI.TAUXPRIME)', 0.0101],
    ]);
    assert.deepEqual(f[1], ['Catégorie de pays', 3]);
    assert.deepEqual(f[0], ['Type', 'NONPAYMENT (I-C, grille non-paiement)']);
    assert.ok(labels(f).includes('Quotité garantie politique (PCP)'));
    for (const l of labels(f)) assert.ok(!/\b(?:rate|share|country|debtor|cover|years)\b/i.test(String(l)), `English label left: ${l}`);
  });

  it('fr-FR: text values in French form (the multiplier with the decimal comma)', () => {
    const f = fr.grid('EXPLAIN', 3, 'CC2', 2, 'INTERRUPTION', 'CONSTRUCTION');
    assert.deepEqual(
      f.find((r) => r[0] === 'Construction ou forte part locale'),
      ['Construction ou forte part locale', '× 1,3'],
    );
  });

  it('en-US and no Office: the English labels, unchanged', () => {
    const e = en.grid('EXPLAIN', 3, 'CC3', 1);
    assert.deepEqual(e, none.grid('EXPLAIN', 3, 'CC3', 1));
    assert.deepEqual(e.at(-1), ['Premium rate (fraction, as BPI.RATE)', 0.0101]);
  });
});
