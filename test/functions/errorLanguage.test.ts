/*
 * Error messages in Office's display language, through the built bundle as Excel calls it: French where
 * Office.context.displayLanguage is French, English otherwise (and where there is no Office object). Same
 * codes, same argument, value and bounds; the argument named by its French parameter name.
 */
import assert from 'node:assert/strict';
import { Arg, ExcelError, Workbook, isExcelError, workbookIn } from '../harness/excel';

const NBSP = '\u00a0';

function error(wb: Workbook, name: string, ...args: Arg[]): ExcelError {
  const c = wb.cell(name, ...args);
  assert.ok(isExcelError(c), `BPI.${name} gave ${JSON.stringify(c)}, not an error`);
  return c;
}

describe('Excel layer: error messages in Office’s display language', () => {
  let fr: Workbook;
  let en: Workbook;
  let none: Workbook;
  before(() => {
    [fr, en, none] = [workbookIn('fr-FR'), workbookIn('en-US'), workbookIn(null)];
  });

  it('fr-FR: a bad argument gives a French message with the same code, naming the argument by its French name', () => {
    const e = error(fr, 'RATE', 8, 'CC2', 5);
    assert.equal(e.code, '#NUM!');
    assert.equal(e.message, 'catégorie_pays doit être un nombre entier de 0 à 7, reçu 8');
    const d = error(fr, 'RATE', 3, 'CC9', 5);
    assert.equal(d.code, '#VALUE!');
    assert.equal(d.message, 'catégorie_débiteur doit être l’une des catégories de débiteur SOV+, SOV/CCO, CC1, CC2, CC3, CC4, CC5 (ou SOV, CCO), reçu "CC9"');
  });

  it('fr-FR: the first bad argument is the one reported, as in English', () => {
    assert.equal(error(fr, 'RATE', 8, 'CC9', 'abc').message, 'catégorie_pays doit être un nombre entier de 0 à 7, reçu 8');
    assert.equal(error(en, 'RATE', 8, 'CC9', 'abc').message, 'country must be an integer 0–7, got 8');
    assert.equal(error(fr, 'RATE', 3, 'CC9', 'abc').code, '#VALUE!');
    assert.match(error(fr, 'RATE', 3, 'CC9', 'abc').message, /^catégorie_débiteur /);
  });

  it('fr-FR: numbers the add-in writes and numbers received take the decimal comma; text typed is quoted as typed', () => {
    // MOBILE's maximum is 25 % (15 % in country category 0), II-B.
    assert.equal(
      error(fr, 'RATE', 3, 'CC2', 5, 'NONPAYMENT', 'COVER=97,5%; MOBILE=30%').message,
      `options${NBSP}: MOBILE doit être au plus 25${NBSP}% (15${NBSP}% en catégorie de pays 0), reçu 30${NBSP}%`,
    );
    assert.equal(error(fr, 'HORIZON', -1.5).message, 'durée_remboursement doit être une durée en années positive ou nulle, reçu -1,5');
    assert.equal(error(fr, 'RATE', 3, 'CC2', '7.5 ans').message, 'x doit être un nombre, reçu "7.5 ans"');
    assert.equal(error(fr, 'PREMIUM', 1000, 1.5).message, `taux_prime doit être de 0${NBSP}% à moins de 100${NBSP}% (saisir 1,01${NBSP}% ou 0,0101), reçu 1,5`);
    assert.equal(error(fr, 'RATE', 3, 'CC2', true).message, 'x doit être un nombre, reçu VRAI');
  });

  it('fr-FR: #N/A for a pair the note does not publish, in French, with the categories it does price', () => {
    const e = error(fr, 'RATE', 6, 'CC5', 5);
    assert.equal(e.code, '#N/A');
    assert.equal(
      e.message,
      `la note ne publie pas de coefficient de la grille non-paiement pour la catégorie de débiteur CC5 en catégorie de pays 6${NBSP}; elle y tarife SOV+, SOV/CCO, CC1, CC2, CC3`,
    );
  });

  it('fr-FR: a spill’s bad cell and a whole call’s error are French too', () => {
    const g = fr.grid('RATE', [[3], [8]], 'CC3', 1);
    assert.equal(g[0][0], 0.0101); // 3 / CC3 / 1: 1.005 % rounded half up to 1.01 %
    assert.ok(isExcelError(g[1][0], '#NUM!'));
    assert.equal((g[1][0] as ExcelError).message, 'catégorie_pays doit être un nombre entier de 0 à 7, reçu 8');
    const e = fr.grid('EQUIVTERM', [[1], [2]], [[100]])[0][0] as ExcelError;
    assert.equal(e.message, 'dates et montants doivent compter autant de valeurs, reçu 2 date(s) et 1 montant(s)');
    const shapes = fr.grid('RATE', [[3], [4]], 'CC2', [[1], [2], [3]])[0][0] as ExcelError;
    assert.equal(shapes.message, `plages de tailles différentes${NBSP}: catégorie_pays fait 2×1, x fait 3×1`);
  });

  it('any French display language is French (fr-CA), any other English', () => {
    const ca = workbookIn('fr-CA');
    assert.match(error(ca, 'CATEGORY', 'SD', 3).message, /^notation\u00a0: "SD" est une notation de défaut/);
    const de = workbookIn('de-DE');
    assert.equal(error(de, 'CATEGORY', 'SD', 3).message, 'score "SD" is a default rating: the note gives no debtor category for a defaulted debtor');
  });

  it('en-US and no Office at all: the English messages, unchanged', () => {
    const calls: [string, ...Arg[]][] = [
      ['RATE', 8, 'CC2', 5],
      ['RATE', 3, 'CC2', 5, 'NONPAYMENT', 'COVER=97,5%; MOBILE=30%'],
      ['RATE', 6, 'CC5', 5],
      ['PREMIUM', 1000, 1.5],
      ['SHARES', 100, [[0.6], [0.7]]],
      ['EKFPREMIUM', 'QUOTA', 100, 0.02],
    ];
    for (const [name, ...args] of calls) {
      const a = error(en, name, ...args);
      const b = error(none, name, ...args);
      assert.equal(a.code, b.code);
      assert.equal(a.message, b.message);
      assert.doesNotMatch(a.message, /doit|reçu/);
    }
    assert.equal(
      error(en, 'RATE', 3, 'CC2', 5, 'NONPAYMENT', 'COVER=97,5%; MOBILE=30%').message,
      'options: MOBILE must be at most 25% (15% in country category 0), got 30%',
    );
    assert.equal(error(en, 'SHARES', 100, [[0.6], [0.7]]).message, 'shares must add up to at most 100%, got 130%');
  });
});
