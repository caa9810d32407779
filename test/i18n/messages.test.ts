import assert from 'node:assert/strict';
import { currentLanguage, languageOf } from '../../src/i18n/lang';
import { CATALOGUES, t } from '../../src/i18n/messages';

describe('i18n: language and messages', () => {
  it('reads French from any French tag, English otherwise', () => {
    assert.equal(languageOf('fr-FR'), 'fr');
    assert.equal(languageOf('fr-ca'), 'fr');
    assert.equal(languageOf('fr'), 'fr');
    assert.equal(languageOf('en-US'), 'en');
    assert.equal(languageOf('fy-NL'), 'en');
    assert.equal(languageOf(undefined), 'en');
  });

  it('takes Office’s display language first, the browser’s outside Office', () => {
    assert.equal(currentLanguage({ Office: { context: { displayLanguage: 'fr-FR' } }, navigator: { language: 'en-US' } }), 'fr');
    assert.equal(currentLanguage({ Office: { context: { displayLanguage: 'en-US' } }, navigator: { language: 'fr-FR' } }), 'en');
    assert.equal(currentLanguage({ Office: {}, navigator: { language: 'fr-BE' } }), 'fr');
    assert.equal(currentLanguage({}), 'en');
    const uninitialised = {
      get context(): never {
        throw new Error('Office.js has not initialised');
      },
    };
    assert.equal(currentLanguage({ Office: uninitialised, navigator: { language: 'fr-FR' } }), 'fr');
  });

  it('fills parameters in the language asked for', () => {
    assert.equal(t('insert.failed', { reason: 'busy' }, 'en'), 'Could not insert the formula: busy');
    assert.equal(t('insert.failed', { reason: 'occupé' }, 'fr'), 'Impossible d’insérer la formule : occupé');
    assert.equal(t('insert.failed', {}, 'en'), 'Could not insert the formula: {reason}');
  });

  it('has every key in both languages, each translated', () => {
    assert.deepEqual(Object.keys(CATALOGUES.fr).sort(), Object.keys(CATALOGUES.en).sort());
    for (const key of Object.keys(CATALOGUES.en) as (keyof typeof CATALOGUES.en)[]) assert.notEqual(CATALOGUES.fr[key], CATALOGUES.en[key], key);
  });
});
