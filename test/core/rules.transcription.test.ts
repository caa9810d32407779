/*
 * The constants of the rate formula (src/core/tables/rules.ts) against the text of the note: each is found
 * with the words it is printed with, and its value is the number those words print. Skips cleanly where
 * the note is not beside the checkout (a clone without ../shared).
 */
import assert from 'node:assert/strict';
import { RATE_RULES, REDUCTION_RULES, Rule } from '../../src/core/tables/rules';
import { SOURCES, readSource, sourcesOrSkip } from '../harness/paths';

/** The number a rule's words print, as a fraction: "35%" → 0.35, "1.3" → 1.3, "0.25:" → 0.25. */
function printedValue(rule: Rule): string[] {
  return [...rule.printed.matchAll(/(\d+(?:\.\d+)?)(%?)/g)].map(([, n, pct]) => (pct ? String(Number(n) / 100) : String(Number(n))));
}

describe("the note's constants in tables/rules.ts", function () {
  let text = '';
  before(function () {
    text = readSource(sourcesOrSkip(this), SOURCES.note).replace(/\s+/g, ' ');
  });
  const rules: [string, Rule][] = [
    ...Object.entries(RATE_RULES).filter((e): e is [string, Rule] => typeof e[1] === 'object'),
    ...Object.entries(REDUCTION_RULES).flatMap(
      ([n, r]) => [[`${n} ordinary`, r.ordinary], ...(r.category0 ? [[`${n} category 0`, r.category0]] : [])] as [string, Rule][],
    ),
  ];
  for (const [name, rule] of rules) {
    it(`${name} = ${rule.value} (${rule.section}): "${rule.printed}"`, () => {
      assert.ok(text.includes(rule.printed), `the note does not print "${rule.printed}"`);
      const value = String(Number(rule.value));
      // The value is the one the words print (the cash L/C allowance prints 20 %, applied as × 0.8).
      assert.ok(printedValue(rule).includes(value), `"${rule.printed}" does not print ${value}`);
    });
  }
});
