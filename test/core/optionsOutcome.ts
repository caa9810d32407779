import { BpiError } from '../../src/core/errors';
import { Exact } from '../../src/core/numbers';

/**
 * An options reading as compared: each option's double and exact decimal (what the memo adds to a reading,
 * RATE's terms or MPR's plans, left out), or the error's code, key and message.
 */
export function outcome(read: () => object): string {
  try {
    const o = read();
    return JSON.stringify(
      Object.entries(o)
        .filter(([k]) => k !== 'terms' && k !== 'plans')
        .map(([k, v]) => [k, v instanceof Exact ? [v.value, v.toString()] : v]),
    );
  } catch (e) {
    if (!(e instanceof BpiError)) throw e;
    return `${e.code} ${e.key} ${e.message}`;
  }
}
