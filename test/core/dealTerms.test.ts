/*
 * The constants of the deal and cooperation functions against the text of their sources: each is found in
 * the sentence of the source document that states it (see test/harness/paths.ts for where they are looked for).
 */
import assert from 'node:assert/strict';
import { DEAL_TERMS } from '../../src/core/tables/dealTerms';
import { EKF_TERMS, RETAINED_EXPOSURE } from '../../src/core/tables/cooperationTerms';
import { SOURCES, readSource, sourcesOrSkip } from '../harness/paths';

/** A fraction as the seeds print it: 0.05 → "5%", 0.009 → "0.9%". */
const pct = (fraction: string) => `${Number((Number(fraction) * 100).toPrecision(12))}%`;

describe('deal and cooperation terms against their sources', () => {
  let note = '';
  let code = '';
  let ekf = '';
  before(function () {
    const dir = sourcesOrSkip(this);
    const flat = (prefix: string) => readSource(dir, prefix).replace(/\s+/g, ' ');
    note = flat(SOURCES.note);
    code = flat(SOURCES.codeDesAssurances);
    ekf = flat(SOURCES.ekf);
  });

  it('the note, March 2018: II-G, II-H, II-J', () => {
    assert.ok(note.includes(`increased by ${pct(DEAL_TERMS.revisionPerExecutionYear)} per year of execution`));
    assert.ok(note.includes(`less than or equal to ${pct(DEAL_TERMS.claimsFirstTier)} of the amount of the insured commercial contract`));
    const tiers = `claims between ${Number(DEAL_TERMS.claimsFirstTier) * 100} and ${pct(DEAL_TERMS.claimsSecondTier)}`;
    assert.ok(note.includes(tiers), tiers);
    assert.ok(note.includes(`the rate referred to in a) is multiplied by ${DEAL_TERMS.claimsSecondTierMultiplier}`));
    assert.ok(note.includes(`allocating the coefficient ${DEAL_TERMS.waitingPeriodCoefficient} to the period`));
  });

  it('Code des assurances R442-8-11, 2°', () => {
    const whole = `égale à ${pct(RETAINED_EXPOSURE.wholeCoverShareOfClaims).replace('%', ' %')} du montant des sinistres`;
    assert.ok(code.includes(whole), whole);
  });

  it('EKF reinsurance terms', () => {
    assert.ok(ekf.includes(`amounts to ${pct(EKF_TERMS.quotaRateMin)} of turnover for the lowest-risk countries`));
    assert.ok(ekf.includes(`and ${pct(EKF_TERMS.quotaRateMax)} for the highest-risk countries`));
    assert.ok(ekf.includes(`Top Up cover is ${(Number(EKF_TERMS.topUpRate) * 100).toFixed(2)}% for all country risk categories`));
    assert.ok(ekf.includes(`credit terms of up to ${EKF_TERMS.maxCreditTermDays} days`));
    assert.ok(ekf.includes(`upper limit for a buyer is DKK ${Number(EKF_TERMS.maxBuyerAmountDkk) / 1e6} million`));
    assert.equal(EKF_TERMS.defaultLookbackMonths, '6');
    assert.ok(ekf.includes('registered within the last six months'));
    // The two criteria EKFELIGIBLE takes as inputs (country_covered, impending_loss), and the one it leaves alone.
    assert.ok(ekf.includes('your customer must be domiciled in a country covered by the agreement'));
    assert.ok(ekf.includes('there must be no impending risk of loss'));
    assert.ok(ekf.includes('the credit insurance company may, at its discretion, take into account a good track record'));
  });
});
