import assert from 'node:assert/strict';
import { checkTyped, percentText } from '../../src/taskpane/checkField';

// Country 3, CC3, x = 1, NONPAYMENT: T = 0.660 + 0.345 = 1.005 % → 1.01 % (I-C-1 row 3).
const args = [3, 'CC3', 1, 'NONPAYMENT', ''] as const;

describe('Task pane: the "Check a rate" field (no page)', () => {
  it('reads a rate in percent as people write it', () => {
    assert.equal(percentText('1.00 %'), '1.00%');
    assert.equal(percentText('1,00 %'), '1.00%');
    assert.equal(percentText('1,00\u202f%'), '1.00%');
    assert.equal(percentText(' 1.00 '), '1.00%');
    assert.equal(percentText('1,005'), '1.005%');
    assert.equal(percentText('1 000,00 %'), '1000.00%'); // spaces go (typed digits only): a rate never needs them
    assert.equal(percentText('1.000,00'), null);
    assert.equal(percentText('about 1 %'), null);
  });

  it('1.00 % is TRUNCATED (1.005 % rounded down), 1,01 % is OK, 1.23 % is nothing known', () => {
    const t = checkTyped('1.00 %', args);
    assert.ok(t.kind === 'checked');
    assert.deepEqual([t.result.verdict, t.result.cause, t.result.expected], ['MISMATCH', 'TRUNCATED', 0.0101]);
    assert.match(t.explanation, /truncated/);
    const ok = checkTyped('1,01 %', args);
    assert.ok(ok.kind === 'checked' && ok.result.verdict === 'OK');
    const far = checkTyped('1.23', args);
    assert.ok(far.kind === 'checked' && far.result.cause === 'UNKNOWN');
    // 101 % is 1.01 as a fraction: the percent number where the fraction belongs.
    const units = checkTyped('101 %', args);
    assert.ok(units.kind === 'checked' && units.result.cause === 'PERCENT_UNITS');
  });

  it('blank is nothing to check; unreadable text says what to type', () => {
    assert.deepEqual(checkTyped('  ', args), { kind: 'blank' });
    const bad = checkTyped('one percent', args);
    assert.ok(bad.kind === 'unreadable');
    assert.match(bad.message, /Type a rate in percent, e\.g\. 1\.00% \(got “one percent”\)/);
  });
});
