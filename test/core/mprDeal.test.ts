/* The OECD minimum of a deal priced by BPI.RATE (mprDeal.ts): what maps from RATE's options, worked by hand. */
import assert from 'node:assert/strict';
import { BpiError } from '../../src/core/errors';
import { mpr } from '../../src/core/mpr';
import { mprOfDeal } from '../../src/core/mprDeal';
import { throwsBpi } from './expectError';

describe('core: the OECD minimum of a RATE deal', () => {
  it('prices the standard product with the deal’s cover and mitigations', () => {
    // Category 3, CC2, x = HOR = 7, MOBILE 25 %, COVER 100 %: country part 0.35 × 7 + 0.35 = 2.8; buyer part
    // 0.223 × 7 = 1.561, × 0.75 = 1.17075; (2.8 + 1.17075) × PCF 1.00489 = 3.97075 + 0.0194169675 = 3.9901669675 (÷ 0.95).
    const d = mprOfDeal(3, 'CC2', 7, 'NONPAYMENT', 'MOBILE=25%; COVER=100%');
    assert.equal(d.steps.mpr, 39901669675 / 950_000_000_000);
    assert.equal(d.optionsText, 'COVER=100%; MOBILE=25%');
    assert.equal(mpr(3, 'CC2', 7, d.optionsText), d.steps.mpr, 'BPI.MPR with that text gives the same');
    assert.deepEqual(d.leftOut, []);
    assert.equal(d.steps.plan.quality, 'STANDARD');
  });

  it('reads POLITICAL as PCC = 0 %, and leaves ESCROW out, saying so', () => {
    // Category 4, CC2, x 3, political risks only: 0.55 × 3 + 0.35 = 2.0 %, no buyer part.
    assert.equal(mprOfDeal(4, 'CC2', 3, null, 'POLITICAL').steps.mpr, 0.02);
    // With COVER 100 %: PCP 100 %, PCC 0: 2.0 × 1.01639 / 0.95 = 2.03278/95.
    assert.equal(mprOfDeal(4, 'CC2', 3, null, 'POLITICAL; COVER=100%').steps.mpr, 203278 / 9_500_000);
    const escrow = mprOfDeal(3, 'CC2', 5, 'NONPAYMENT', 'ESCROW');
    assert.deepEqual(escrow.leftOut, ['ESCROW']);
    assert.equal(escrow.steps.mpr, mpr(3, 'CC2', 5, null), 'priced in the deal’s own category');
  });

  it('has no minimum for pre-shipment risk nor in category 0, and gives the deal’s own errors first', () => {
    throwsBpi(
      () => mprOfDeal(3, 'CC2', 2, 'INTERRUPTION', null),
      '#N/A',
      'type: the OECD Arrangement sets no minimum premium for pre-shipment risk, so INTERRUPTION has no OECD minimum',
    );
    throwsBpi(() => mprOfDeal(3, 'CC2', 2, 'BOND', null), '#N/A', /so BOND has no OECD minimum/);
    throwsBpi(() => mprOfDeal(0, 'CC2', 2, null, null), '#N/A', /market-benchmark countries/);
    throwsBpi(() => mprOfDeal(3, 'CC2', 2, 'INTERRUPTION', 'MOBILE'), '#VALUE!', /MOBILE applies to NONPAYMENT, ENVELOPE, LC and CASH only/);
    try {
      mprOfDeal(3, 'CC2', 2, 'BOND', null);
    } catch (e) {
      assert.equal((e as BpiError).arg, 'type');
    }
  });
});
