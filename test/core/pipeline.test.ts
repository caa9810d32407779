import assert from 'node:assert/strict';
import { BpiError } from '../../src/core/errors';
import { explainSteps } from '../../src/core/explain';
import { rate, readRate } from '../../src/core/pricing';
import { rateSteps } from '../../src/core/rate';
import { fixed } from '../../src/core/exact';
import type { CellValue } from '../../src/core/numbers';

const failure = (f: () => unknown): BpiError => {
  try {
    f();
  } catch (e) {
    if (e instanceof BpiError) return e;
    throw e;
  }
  throw new Error('no failure');
};

describe('core: an error names the argument it is about (BpiError.arg)', () => {
  const cases: [CellValue[], string, string][] = [
    [[9, 'CC3', 1], 'country', '#NUM!'],
    [[3, 'CC9', 1], 'debtor', '#VALUE!'],
    [[3, 'CC3', -1, 'BOGUS'], 'x', '#NUM!'],
    [[7, 'CC3', -5, 'INTERRUPTION'], 'x', '#NUM!'],
    [[3, 'CC3', 1, 'BOGUS'], 'type', '#VALUE!'],
    [[3, 'CC3', 1, null, 'MOBILE=30%'], 'options', '#NUM!'],
    [[5, 'CC5', 1], 'debtor', '#N/A'],
  ];
  for (const [args, arg, code] of cases) {
    it(`RATE(${args.map((a) => JSON.stringify(a)).join(', ')}) → ${code} about ${arg}`, () => {
      const e = failure(() => rate(...(args.concat([null, null]).slice(0, 5) as [CellValue, CellValue, CellValue, CellValue, CellValue])));
      assert.equal(e.code, code);
      assert.equal(e.arg, arg);
    });
  }
});

describe('core: the step record (EXPLAIN as data)', () => {
  it('carries exact values and flags: 3 / CC3 / 1 → T = 1.005 exactly, 101 hundredths', () => {
    const s = explainSteps(3, 'CC3', 1, null, null);
    assert.equal(s.debtorRate?.n, 1005n); // 0.660·1 + 0.345 = 1.005 (in thousandths)
    assert.equal(s.debtorRate?.s, 3);
    assert.equal(s.roundedHundredths, 101);
    assert.equal(s.plan.indicative, false);
    assert.equal(explainSteps(0, 'CC1', 2, null, null).plan.indicative, true);
  });
  it('lists the reductions that applied: MOBILE 25 % + ASSIGNMENT 10 % on 3 / CC4 / 6', () => {
    const s = explainSteps(3, 'CC4', 6, null, 'MOBILE; ASSIGNMENT');
    assert.deepEqual(
      s.plan.debtorReductions.map((r) => [r.name, r.level.toString()]),
      [
        ['ASSIGNMENT', '0.1'],
        ['MOBILE', '0.25'],
      ],
    );
    assert.equal((s.debtorReductionApplied.n * 100n) / 10n ** BigInt(s.debtorReductionApplied.s), 35n);
  });
});

describe('core: variants of the pipeline (for checking a rate computed another way)', () => {
  it('final rounding DOWN: T = 1.005 % → 1.00 % where the note gives 1.01 %', () => {
    const { plan } = readRate(3, 'CC3', 1, null, null, { rounding: 'DOWN' });
    assert.equal(rateSteps(plan, fixed(1n)).rate, 0.01);
  });
  it("no 0.25 floor: ENVELOPE 4 / CC1 / 0.1 is 0.639·0.1 + 0.344 = 0.4079 → 0.41 % (the note: x' = 0.25 → 0.50 %)", () => {
    const { plan, x } = readRate(4, 'CC1', 0.1, 'ENVELOPE', null, { noQuarterFloor: true });
    assert.equal(rateSteps(plan, x.fixed).rate, 0.0041);
    assert.equal(rate(4, 'CC1', 0.1, 'ENVELOPE', null), 0.005);
  });
});
