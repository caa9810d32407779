/*
 * The French metadata Excel reads in a French Excel (dist/functions-fr.json, built from functions.json and
 * src/i18n/functions.fr.ts) and the manifest's fr-FR overrides that point to it.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { DOMParser, Element } from '@xmldom/xmldom';
import { FUNCTIONS_FR } from '../../src/i18n/functions.fr';
import { FunctionsMetadata, localizeMetadata, MissingTranslation } from '../../src/i18n/localizeMetadata';
import { DIST } from '../harness/paths';

const read = (file: string) => JSON.parse(fs.readFileSync(path.join(DIST, file), 'utf8')) as FunctionsMetadata;

/**
 * Names a French function must not take: Excel built-ins in French or English near our vocabulary (TAUX is
 * RATE in a French Excel), and our own English names.
 */
const TAKEN = ['TAUX', 'PRIME', 'DUREE', 'DUREE.MODIFIEE', 'AMORT', 'AMORLIN', 'VA', 'VC', 'NPM', 'PRIX', 'QUOTIENT', 'REPT', 'RATE', 'DURATION', 'PRICE'];

describe('French functions metadata (dist/functions-fr.json)', () => {
  const en = read('functions.json');
  const fr = read('functions-fr.json');

  it('has the same functions, ids, parameters and shapes as functions.json; only names and descriptions differ', () => {
    const strip = (m: FunctionsMetadata) =>
      m.functions.map(({ name: _n, description: _d, parameters, ...rest }) => ({
        ...rest,
        parameters: parameters.map(({ name: _pn, description: _pd, ...p }) => p),
      }));
    assert.deepEqual(strip(fr), strip(en));
    assert.deepEqual(Object.keys(fr).sort(), Object.keys(en).sort());
    assert.equal(fr.allowCustomDataForDataTypeAny, true);
  });

  it('gives every function and every parameter a French description different from the English one', () => {
    let checked = 0;
    en.functions.forEach((f, i) => {
      const g = fr.functions[i];
      assert.ok(g.description && g.description !== f.description, `${f.id}: description`);
      f.parameters.forEach((p, j) => {
        const q = g.parameters[j];
        assert.ok(q.description && q.description !== p.description, `${f.id}(${p.name}): description`);
        checked++;
      });
    });
    assert.ok(checked >= 40, `only ${checked} parameters checked`);
  });

  it('keeps each English name equal to its id (Insert formula maps English names to French by id)', () => {
    for (const f of en.functions) assert.equal(f.name, f.id);
  });

  it('names RATE TAUXPRIME, EXPLAIN EXPLIQUER, CATEGORY CATEGORIE', () => {
    const byId = new Map(fr.functions.map((f) => [f.id, f.name]));
    assert.equal(byId.get('RATE'), 'TAUXPRIME');
    assert.equal(byId.get('EXPLAIN'), 'EXPLIQUER');
    assert.equal(byId.get('CATEGORY'), 'CATEGORIE');
  });

  it('uses unique valid names that are no cell reference and no built-in or English name', () => {
    const names = fr.functions.map((f) => f.name);
    assert.equal(new Set(names).size, names.length, 'names are unique');
    const english = new Set(en.functions.map((f) => f.name));
    for (const n of names) {
      assert.match(n, /^\p{Lu}[\p{Lu}\p{N}_.]{2,}$/u, n);
      assert.doesNotMatch(n, /^[A-Z]{1,3}\d+$|^R\d*C\d*$/, `${n} reads as a cell reference`);
      assert.ok(!TAKEN.includes(n) && !english.has(n), `${n} is taken`);
    }
  });

  it('uses the note’s French terms', () => {
    const text = JSON.stringify(fr);
    for (const term of [
      'Taux de prime',
      'Catégorie de pays',
      'Catégorie de débiteur',
      'Quotité garantie',
      'durée de crédit',
      'Période d’exécution',
      'Assiette de prime',
    ]) {
      assert.ok(text.toLowerCase().includes(term.toLowerCase()), term);
    }
  });
});

describe('localizeMetadata: a missing or stale translation fails the build', () => {
  const english: FunctionsMetadata = {
    functions: [{ id: 'RATE', name: 'RATE', description: 'Rate.', parameters: [{ name: 'country', description: 'Country.' }], result: {} }],
  };
  const rate = { name: 'TAUXPRIME', description: 'Taux.', parameters: { country: { name: 'pays', description: 'Pays.' } } };

  it('translates a complete entry', () => {
    const fr = localizeMetadata(english, { RATE: rate });
    assert.equal(fr.functions[0].name, 'TAUXPRIME');
    assert.deepEqual(fr.functions[0].parameters, [{ name: 'pays', description: 'Pays.' }]);
  });

  it('refuses a function without translation, a parameter without one, and translations of what does not exist', () => {
    assert.throws(
      () => localizeMetadata(english, {}),
      (e: Error) => e instanceof MissingTranslation && /RATE: no translation/.test(e.message),
    );
    assert.throws(() => localizeMetadata(english, { RATE: { ...rate, parameters: {} } }), /RATE\(country\): no translation/);
    assert.throws(() => localizeMetadata(english, { RATE: rate, CHECK: { ...rate, name: 'VERIFIER' } }), /CHECK: translated but not a function/);
    assert.throws(
      () => localizeMetadata(english, { RATE: { ...rate, parameters: { ...rate.parameters, debtor: { name: 'débiteur', description: 'Débiteur.' } } } }),
      /RATE\(debtor\): translated but not a parameter/,
    );
    assert.throws(() => localizeMetadata(english, { RATE: { ...rate, name: 'AB1' } }), /not a valid function name/);
  });

  it('covers exactly the functions the build generates', () => {
    const built = read('functions.json');
    assert.deepEqual(Object.keys(FUNCTIONS_FR).sort(), built.functions.map((f) => f.id).sort());
  });
});

describe('manifest.xml: fr-FR overrides', () => {
  const doc = new DOMParser().parseFromString(fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8'), 'text/xml');
  const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
  const frOverride = (e: Element) =>
    Array.from(e.childNodes).find((c): c is Element => (c as Element).localName === 'Override' && (c as Element).getAttribute('Locale') === 'fr-FR');

  it('points a French Excel to functions-fr.json, which dist/ holds', () => {
    const url = Array.from(doc.getElementsByTagNameNS(BT, 'Url')).find((e) => e.getAttribute('id') === 'Functions.Metadata.Url')!;
    const value = frOverride(url)?.getAttribute('Value');
    assert.equal(value, 'https://localhost:3000/functions-fr.json');
    assert.ok(fs.existsSync(path.join(DIST, path.basename(value!))));
  });

  it('gives the display name, description and every ribbon and pane string in French, within the limits', () => {
    const targets: [Element, number][] = [
      [doc.getElementsByTagName('DisplayName')[0], 125],
      [doc.getElementsByTagName('Description')[0], 250],
      ...Array.from(doc.getElementsByTagNameNS(BT, 'String'))
        .filter((e) => e.getAttribute('id') !== 'Functions.Namespace') // BPI in every language
        .map((e): [Element, number] => [e, (e.parentNode as Element).localName === 'LongStrings' ? 250 : 125]),
    ];
    assert.ok(targets.length >= 6);
    for (const [e, max] of targets) {
      const fr = frOverride(e)?.getAttribute('Value');
      const label = e.getAttribute('id') ?? e.tagName;
      assert.ok(fr && fr.length <= max, `${label}: French override of at most ${max} characters`);
      assert.notEqual(fr, e.getAttribute('DefaultValue'), `${label}: French differs from English`);
    }
  });
});
