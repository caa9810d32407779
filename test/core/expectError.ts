import assert from 'node:assert/strict';
import { BpiError, ExcelErrorCode } from '../../src/core/errors';
import { errorText } from '../../src/i18n/errors';

/** A core error's message as the English layers render it (the core itself writes no sentence). */
export const english = (e: BpiError): string => errorText(e, 'en');

/** Asserts that `run` fails with a BpiError of this code whose English message matches (text: exactly; RegExp: a match). */
export function throwsBpi(run: () => unknown, code: ExcelErrorCode, message: string | RegExp): void {
  assert.throws(run, (e: unknown) => {
    assert.ok(e instanceof BpiError, `a BpiError, got ${String(e)}`);
    assert.equal(e.code, code);
    if (typeof message === 'string') assert.equal(english(e), message);
    else assert.match(english(e), message);
    return true;
  });
}
