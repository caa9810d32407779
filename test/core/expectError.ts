import assert from 'node:assert/strict';
import { BpiError, ExcelErrorCode } from '../../src/core/errors';

/** Asserts that `run` fails with a BpiError of this code whose message matches (text: exactly; RegExp: a match). */
export function throwsBpi(run: () => unknown, code: ExcelErrorCode, message: string | RegExp): void {
  assert.throws(run, (e: unknown) => {
    assert.ok(e instanceof BpiError, `a BpiError, got ${String(e)}`);
    assert.equal(e.code, code);
    if (typeof message === 'string') assert.equal(e.message, message);
    else assert.match(e.message, message);
    return true;
  });
}
