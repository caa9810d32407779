/**
 * The pane's two catalogues (src/i18n/pane.ts, src/i18n/steps.ts): the same keys in both languages (the
 * types already make a missing key fail to compile; this also covers records filled at run time), no empty
 * text, French typography, every data-i18n of taskpane.html known, every step of the core's explain named.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { explainSteps, stepList } from '../../src/core/explain';
import { PANE_TEXT } from '../../src/i18n/pane';
import { STEP_IDS, stepContext, stepLabel } from '../../src/i18n/steps';
import { frenchSpaces, localNumber } from '../../src/i18n/typography';
import { calculate } from '../../src/taskpane/calc';
import { formatAmount, formatRate } from '../../src/taskpane/format';
import { ROOT } from '../harness/paths';

/** Every text of a catalogue with its path; functions are called with sample arguments. */
function texts(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (typeof value === 'function') {
    // Text arguments (the French wrappers take ...args, so their length says nothing); calc.score takes an object.
    const args = at.endsWith('score') ? [{ score: 'BB-', country: '3', debtor: 'CC3' }] : ['{x}', '{y}'];
    return texts((value as (...a: unknown[]) => unknown)(...args), `${at}()`);
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => texts(v, `${at}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => texts(v, at ? `${at}.${k}` : k));
  return [];
}

describe('Task pane catalogues (English and French)', () => {
  const en = texts(PANE_TEXT.en);
  const fr = texts(PANE_TEXT.fr);

  it('has the same keys in both languages, and no empty text', () => {
    assert.deepEqual(
      fr.map(([k]) => k),
      en.map(([k]) => k),
    );
    for (const [k, v] of [...en, ...fr]) assert.ok(v.trim() !== '', `${k} is empty`);
  });

  it('is translated: French differs from English except for names and figures', () => {
    const same = fr
      .filter(([k, v], i) => v === en[i][1] && k !== 'categories.range()' && !/^[\d–\s]+$|^[A-Z/+ ()0-9-]+$/.test(v))
      .map(([k, v]) => `${k}: ${v}`);
    // Words that are the same in both languages.
    const allowed = [
      'Options',
      'Types',
      'k (II-I)',
      'Type',
      'Argument',
      'Section',
      'type',
      'fraction',
      'TRUE/FALSE',
      'Option',
      'html.navOptions',
      'S&P',
      'Documentation',
      'standard',
    ];
    assert.deepEqual(
      same.filter((s) => !allowed.some((a) => s.endsWith(`: ${a}`))),
      [],
    );
  });

  it('writes French with French spacing: a no-break space before « : ; % ? ! » and after «, never an ordinary one (code aside)', () => {
    for (const [k, v] of fr) {
      const prose = v
        .split('`')
        .filter((_, i) => i % 2 === 0)
        .join(' ');
      assert.doesNotMatch(prose, / [:;%?!»]|« /, k);
    }
    assert.equal(frenchSpaces('Valeur : 25 % ; « ok » `A=1; B=2 %`'), 'Valeur\u00a0: 25\u00a0%\u00a0; «\u00a0ok\u00a0» `A=1; B=2 %`');
  });

  it('knows every data-i18n text of taskpane.html', () => {
    const html = fs.readFileSync(path.join(ROOT, 'src', 'taskpane', 'taskpane.html'), 'utf8');
    const keys = [...html.matchAll(/data-i18n(?:-label)?="([^"]+)"/g)].map((m) => m[1]);
    assert.ok(keys.length >= 15);
    for (const k of keys) {
      assert.ok(k in PANE_TEXT.en.html, `${k} in English`);
      assert.ok(k in PANE_TEXT.fr.html, `${k} in French`);
    }
    assert.deepEqual(Object.keys(PANE_TEXT.en.html).sort(), [...new Set(keys)].sort(), 'and nothing else');
  });

  it('names every step of the core’s explain, in both languages', () => {
    // Inputs that between them produce every step: escrow, category 0, political, reductions, construction, L/C, the floor.
    const cases: [number, string, number, string, string][] = [
      [0, 'CC2', 1, 'NONPAYMENT', 'MOBILE=10%; ASSIGNMENT; LOCALCCY=0.1; COVER=97.5%'],
      [4, 'CC2', 0.1, 'ENVELOPE', 'ESCROW'],
      [3, 'CC2', 2, 'INTERRUPTION', 'POLITICAL; CONSTRUCTION; CASHLC'],
      [3, 'SOV/CCO', 2, 'BOND', ''],
    ];
    const seen = new Set<string>();
    for (const args of cases) {
      const record = explainSteps(...args);
      const context = stepContext(record);
      for (const step of stepList(record)) {
        assert.equal(stepLabel(step.id, context, 'en'), step.label, 'the English label is the core’s');
        if (!['type', 'aSovereign', 'bSovereign', 'aDebtor', 'bDebtor'].includes(step.id)) {
          assert.notEqual(stepLabel(step.id, context, 'fr'), step.label, `"${step.label}" in French`);
        }
        seen.add(step.id);
      }
    }
    assert.deepEqual(
      STEP_IDS.filter((id) => !seen.has(id)),
      [],
      'every step id met',
    );
  });

  it('shows numbers in French with the decimal comma, percentages with a no-break space, thousands with a narrow one', () => {
    assert.equal(formatRate(0.0101, 'fr'), '1,01\u00a0%');
    assert.equal(formatRate(0.0101, 'en'), '1.01%');
    assert.equal(formatAmount(1234567.5, 'fr'), '1\u202f234\u202f567,50');
    assert.equal(formatAmount(0.05, 'fr'), '0,05');
    assert.equal(localNumber('39/38 = 1.0263157894…', 'fr'), '39/38 = 1,0263157894…');
    assert.equal(localNumber('I-B-1.1', 'en'), 'I-B-1.1');
    assert.equal(PANE_TEXT.fr.categories.range('From BBB+ to BBB-'), 'De BBB+ à BBB-');
    assert.equal(PANE_TEXT.fr.categories.range('B- or below'), 'B- ou moins');
  });

  it('reads a decimal comma in the French calculator as a French cell does, and shows the formula in French', () => {
    const fr = calculate({ country: '3', debtor: 'CC2', x: '7,5', type: 'NONPAYMENT', options: '', amount: '1000000,5' }, 'fr');
    const en = calculate({ country: '3', debtor: 'CC2', x: '7.5', type: 'NONPAYMENT', options: '', amount: '1000000.5' }, 'en');
    assert.ok(fr.ok && en.ok);
    assert.equal(fr.value.rate, en.value.rate);
    assert.equal(fr.value.formula, '=BPI.RATE(3,"CC2",7.5)', 'Insert formula takes the en-US form');
    assert.equal(fr.value.formulaShown, '=BPI.TAUXPRIME(3;"CC2";7,5)');
    assert.equal(fr.value.premium?.replace(/\u202f/g, ' '), en.value.premium?.replace(/,/g, ' ').replace('.', ','));
    assert.equal(fr.value.steps.find((s) => s.id === 'unrounded')?.label, 'Taux non arrondi (%)');
    // In English a comma is not a decimal separator: 7,5 is text, as in an English cell.
    assert.equal(calculate({ country: '3', debtor: 'CC2', x: '7,5', type: 'NONPAYMENT', options: '', amount: '' }, 'en').ok, false);
  });
});
