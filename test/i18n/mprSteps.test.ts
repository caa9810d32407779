/* The OECD minimum's steps (src/core/mprSteps.ts) named in English and French, by step id. */
import assert from 'node:assert/strict';
import { explainMpr } from '../../src/core/mpr';
import { mprStepList } from '../../src/core/mprSteps';
import { MPR_STEP_IDS, mprStepContext, mprStepLabel, mprStepText } from '../../src/i18n/steps';

describe('i18n: the MPR steps in both languages', () => {
  it('names every step of the core’s list, the English label being the core’s', () => {
    // Inputs that between them produce every step: a private debtor with LCF and enhancements, SOV+.
    const cases: [number, string, number, string][] = [
      [2, 'CC1', 4.1, 'PCP=100%; PCC=90%; QUALITY=ABOVE; LOCALCCY; MOBILE; ASSIGNMENT; TERM=1%'],
      [1, 'SOV+', 2, 'FIXED'],
    ];
    const seen = new Set<string>();
    const sameInFrench = new Set(['countryRisk', 'buyerRisk']); // formulas only
    for (const args of cases) {
      const record = explainMpr(...args);
      const context = mprStepContext(record);
      for (const step of mprStepList(record)) {
        assert.equal(mprStepLabel(step.id, context, 'en'), step.label, 'the English label is the core’s');
        const fr = mprStepLabel(step.id, context, 'fr');
        if (!sameInFrench.has(step.id)) assert.notEqual(fr, step.label, `"${step.label}" in French`);
        assert.ok(!/ [:;%]/.test(fr), `French spacing in "${fr}"`);
        if (step.unit === 'text') assert.equal(mprStepText(step), String(step.value));
        seen.add(step.id);
      }
    }
    assert.deepEqual(
      MPR_STEP_IDS.filter((id) => !seen.has(id)),
      [],
      'every step id met',
    );
  });

  it('writes the factors in the note’s French terms', () => {
    const context = mprStepContext(explainMpr(3, 'CC2', 5, 'QUALITY=BELOW'));
    assert.equal(mprStepLabel('pcp', context, 'fr'), 'Quotité garantie politique (PCP)');
    assert.equal(mprStepLabel('qpf', context, 'fr'), 'QPF (qualité du produit, BELOW)');
    assert.equal(mprStepLabel('k', context, 'fr'), 'k (catégorie de pays 3)');
    assert.equal(mprStepLabel('cef', context, 'fr'), 'Facteur de rehaussement de crédit CEF (plafonné à 35\u00a0%)');
  });
});
