import assert from 'node:assert/strict';
import { BpiError, keyed, requote } from '../../src/core/errors';
import { readDebtor } from '../../src/core/categories';
import { readExact, readInteger } from '../../src/core/numbers';
import { parseOptions } from '../../src/core/options';
import { FUNCTIONS_FR } from '../../src/i18n/functions.fr';
import {
  ERROR_CATALOGUES,
  ERROR_KEYS,
  ErrorKey,
  KeyedMessage,
  argumentName,
  characterName,
  decimalText,
  describeValue,
  errorText,
} from '../../src/i18n/errors';

const NBSP = '\u00a0';

/** A value for every placeholder, of the kind its name says (see src/i18n/errors.ts). */
function sampleParams(key: ErrorKey): Record<string, unknown> {
  const names = [...ERROR_CATALOGUES.en[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
  return Object.fromEntries(
    names.map((n) => {
      if (n === 'arg') return [n, 'country'];
      if (n.endsWith('Arg')) return [n, 'pc_political'];
      if (n === 'got') return [n, 'abc'];
      if (n.endsWith('Got')) return [n, 8.5];
      if (n === 'cause') return [n, keyed('notNumber', { arg: 'x', got: 'a' })];
      if (n === 'table') return [n, 'non-payment'];
      return [n, 7];
    }),
  );
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n: error messages in English and French', () => {
  it('has every key in both languages, with the same placeholders, the French text different from the English one', () => {
    assert.deepEqual(Object.keys(ERROR_CATALOGUES.fr).sort(), [...ERROR_KEYS].sort());
    assert.ok(ERROR_KEYS.length >= 60, `${ERROR_KEYS.length} keys`);
    for (const key of ERROR_KEYS) {
      assert.deepEqual(placeholders(ERROR_CATALOGUES.fr[key]), placeholders(ERROR_CATALOGUES.en[key]), key);
      assert.notEqual(ERROR_CATALOGUES.fr[key], ERROR_CATALOGUES.en[key], key);
    }
  });

  it('renders every key in both languages with sample values: nothing left unfilled, French spacing, no English left in French', () => {
    for (const key of ERROR_KEYS) {
      const m: KeyedMessage = { key, params: sampleParams(key) };
      const en = errorText(m, 'en');
      const fr = errorText(m, 'fr');
      for (const text of [en, fr]) {
        assert.ok(!/[{}]/.test(text), `${key}: ${text}`);
        assert.ok(text.length > 10, `${key}: ${text}`);
      }
      // French typography: never an ordinary space before « : ; % ? ! » (code such as "COVER=100%; MOBILE=25%" aside).
      assert.ok(!/ [:;%?!]/.test(fr.replace(/"[^"]*"|`[^`]*`|NOM=VALEUR/g, '')), `${key}: ${fr}`);
      assert.ok(!/\b(?:must|got|is required|allowed|the note)\b/.test(fr), `${key}: English left in ${fr}`);
      assert.ok(!fr.includes('`'), `${key}: a backtick left in ${fr}`);
    }
  });

  it('keeps the English text of a message exactly as before (the CLI, the library and tests read it)', () => {
    assert.equal(errorText(keyed('integerRange', { arg: 'country', min: 0, max: 7, got: 8 }), 'en'), 'country must be an integer 0–7, got 8');
    assert.equal(
      errorText(keyed('levelAboveMaxElsewhere', { name: 'MOBILE', max: decimalText('25'), other: decimalText('15'), value: decimalText('30') }), 'en'),
      'options: MOBILE must be at most 25% (15% in country category 0), got 30%',
    );
  });

  it('writes French as a French finance professional does: parameter names, decimal comma, VRAI, quoted text as typed', () => {
    assert.equal(
      errorText(keyed('integerRange', { arg: 'country', min: 0, max: 7, got: 8 }), 'fr'),
      'catégorie_pays doit être un nombre entier de 0 à 7, reçu 8',
    );
    assert.equal(
      errorText(keyed('levelAboveMaxElsewhere', { name: 'MOBILE', max: decimalText('2.5'), other: decimalText('15'), value: decimalText('30') }), 'fr'),
      `options${NBSP}: MOBILE doit être au plus 2,5${NBSP}% (15${NBSP}% en catégorie de pays 0), reçu 30${NBSP}%`,
    );
    // The user's own text is quoted as typed (its point stays a point); a number received is shown as a French cell shows it.
    assert.equal(errorText(keyed('notNumber', { arg: 'x', got: '7.5 ans' }), 'fr'), 'x doit être un nombre, reçu "7.5 ans"');
    assert.equal(errorText(keyed('termRange', { arg: 'x', max: 100, got: 100.5 }), 'fr'), 'x doit être une durée en années de 0 à 100, reçu 100,5');
    assert.equal(errorText(keyed('notNumber', { arg: 'x', got: true }), 'fr'), 'x doit être un nombre, reçu VRAI');
    assert.equal(errorText(keyed('required', { arg: 'debtor' }), 'fr'), 'catégorie_débiteur est obligatoire, reçu une cellule vide');
    assert.equal(
      errorText(keyed('optionNeedsValue', { arg: 'options', name: 'COVER' }), 'fr'),
      `options${NBSP}: COVER demande une valeur, p. ex. COVER=100%`,
      'the option text the user types keeps its own form',
    );
    assert.equal(
      errorText(keyed('debtorOrScore', { cause: keyed('unknownDebtor', { arg: 'debtor', categories: 'CC1', got: 'X' }) }), 'fr'),
      `catégorie_débiteur doit être l’une des catégories de débiteur CC1 (ou SOV, CCO), reçu "X"${NBSP}; ou une notation de AAA à C (S&P/Fitch) ou de Aaa à C (Moody’s)`,
    );
  });

  it('names arguments by their French parameter names, parts and items included', () => {
    assert.equal(argumentName('country', 'fr'), 'catégorie_pays');
    assert.equal(argumentName('pc_political', 'fr'), 'quotité_politique');
    assert.equal(argumentName('options: COVER', 'fr'), `options${NBSP}: COVER`);
    assert.equal(argumentName('shares item 2', 'fr'), 'quotes_parts (valeur 2)');
    assert.equal(argumentName('shares item 2', 'en'), 'shares item 2');
  });

  it('has one French name per English parameter across the functions (a message names it as autocomplete does)', () => {
    const names = new Map<string, Set<string>>();
    for (const f of Object.values(FUNCTIONS_FR)) {
      for (const [en, p] of Object.entries(f.parameters)) names.set(en, (names.get(en) ?? new Set()).add(p.name));
    }
    for (const [en, fr] of names) assert.equal(fr.size, 1, `${en}: ${[...fr].join(', ')}`);
  });

  it('quotes received values per language', () => {
    assert.equal(describeValue(null, 'en'), 'a blank');
    assert.equal(describeValue(-0, 'fr'), '0');
    assert.equal(describeValue(0.0101, 'fr'), '0,0101');
    assert.equal(describeValue(false, 'fr'), 'FAUX');
    assert.equal(describeValue('x'.repeat(70), 'fr'), `"${'x'.repeat(60)}…"`);
  });

  it('carries the key and values on the core’s error, the English text rendered from them', () => {
    assert.throws(
      () => readInteger('country', 8, 0, 7),
      (e: unknown) => {
        assert.ok(e instanceof BpiError);
        assert.equal(e.key, 'integerRange');
        assert.equal(errorText(e, 'en'), 'country must be an integer 0–7, got 8');
        assert.equal(e.arg, 'country');
        assert.equal(errorText(e, 'fr'), 'catégorie_pays doit être un nombre entier de 0 à 7, reçu 8');
        return true;
      },
    );
    const e = requote(new BpiError('#VALUE!', keyed('notNumber', { arg: 'options: COVER', got: '9.5.1' })), '9.5.1', '9,5.1');
    assert.equal(errorText(e, 'en'), 'options: COVER must be a number, got "9,5.1"');
    assert.equal(e.arg, 'options');
  });

  it('names a character as it is, its code added for a look-alike and alone for an invisible one', () => {
    const NB = NBSP;
    assert.equal(characterName('+', 'en'), '"+"');
    assert.equal(characterName('+', 'fr'), `«${NB}+${NB}»`);
    assert.equal(characterName('€', 'fr'), `«${NB}€${NB}»`);
    assert.equal(characterName('(', 'fr'), `«${NB}(${NB}»`);
    assert.equal(characterName('é', 'en'), '"é"'); // a letter of its own, not a look-alike
    // look-alikes of ASCII: long s, dotless i, full-width, Cyrillic and Greek capitals, the minus sign, a curly quote
    for (const [ch, code] of [
      ['ſ', 'U+017F'],
      ['ı', 'U+0131'],
      ['Ｃ', 'U+FF23'],
      ['С', 'U+0421'],
      ['Ο', 'U+039F'],
      ['−', 'U+2212'],
      ['’', 'U+2019'],
    ]) {
      assert.equal(characterName(ch, 'en'), `"${ch}" (${code})`, ch);
      assert.equal(characterName(ch, 'fr'), `«${NB}${ch}${NB}» (${code})`, ch);
    }
    // invisible: format characters, spaces other than the plain one, line separators, a combining mark alone
    for (const [ch, code] of [
      ['\uFEFF', 'U+FEFF'],
      ['\u00A0', 'U+00A0'],
      ['\u202F', 'U+202F'],
      ['\u200B', 'U+200B'],
      ['\u2028', 'U+2028'],
      ['\u0301', 'U+0301'],
    ]) {
      assert.equal(characterName(ch, 'en'), code);
      assert.equal(characterName(ch, 'fr'), code);
    }
    assert.equal(characterName('😀', 'en'), '"😀"'); // a whole code point, not half of it
  });

  it('names the first character that stops a number, in the message Excel and the pane show', () => {
    const text = (v: string, lang: 'en' | 'fr' = 'en') => {
      try {
        readExact('x', v);
      } catch (e) {
        assert.ok(e instanceof BpiError);
        assert.equal(e.arg, 'x');
        return errorText(e, lang);
      }
      return assert.fail(`${v} was read`);
    };
    assert.equal(text('7+0,5*2'), 'x must be a number, got "7+0,5*2" (it contains "+")'); // the "+", not the comma after it
    assert.equal(text('7+0,5*2', 'fr'), `x doit être un nombre, reçu "7+0,5*2" (il contient «${NBSP}+${NBSP}»)`);
    assert.equal(text('€100'), 'x must be a number, got "€100" (it contains "€")');
    assert.equal(text('(5)'), 'x must be a number, got "(5)" (it contains "(")');
    assert.equal(text('1.2.3'), 'x must be a number, got "1.2.3" (it contains ".")');
    assert.equal(text('5%%'), 'x must be a number, got "5%%" (it contains "%")');
    assert.equal(text('−5'), 'x must be a number, got "−5" (it contains "−" (U+2212))');
    assert.equal(text('\uFEFF5'), 'x must be a number, got "\uFEFF5" (it contains U+FEFF)');
    assert.equal(text('5\u00A0%x'), 'x must be a number, got "5\u00A0%x" (it contains U+00A0)');
    // words and blanks are plainly not a number: nothing more to name
    assert.equal(text('abc'), 'x must be a number, got "abc"');
    assert.equal(text('5 years'), 'x must be a number, got "5 years"');
    assert.equal(text('1 2'), 'x must be a number, got "1 2"');
  });

  it('names the first character outside a name, and the "." where an option value stops (its decimal comma allowed)', () => {
    const failure = (run: () => unknown) => {
      try {
        run();
      } catch (e) {
        assert.ok(e instanceof BpiError);
        return [e.code, e.arg, errorText(e, 'en')];
      }
      return assert.fail('no error');
    };
    assert.deepEqual(
      failure(() => readDebtor('CC€3')),
      ['#VALUE!', 'debtor', 'debtor must be ASCII text, got "CC€3" (it contains "€")'],
    );
    assert.deepEqual(
      failure(() => parseOptions('COVER=9,5.1%')),
      ['#VALUE!', 'options', 'options: COVER must be a number, got "9,5.1%" (it contains ".")'],
    );
    assert.deepEqual(
      failure(() => parseOptions('COVER=9+5%')),
      ['#VALUE!', 'options', 'options: COVER must be a number, got "9+5%" (it contains "+")'],
    );
  });
});
