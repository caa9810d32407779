/**
 * The steps of an OECD minimum premium rate (BPI.MPR) as a labelled, typed list, in the order a user redoes
 * them by hand: the same step-record design as RATE's (explain.ts): every value exact, each step with a
 * stable id (its labels in src/i18n/steps.ts) and a unit, so the task pane shows it without reading labels.
 */
import * as X from './exact';
import { ExplainStep, StepUnit, StepValue } from './explain';
import { MprSteps } from './mpr';
import { isPrivate } from './categories';

export type MprStepId =
  | 'country'
  | 'debtor'
  | 'quality'
  | 'hor'
  | 'a'
  | 'b'
  | 'countryRisk'
  | 'pcp'
  | 'pcc'
  | 'countryPart'
  | 'localCurrency'
  | 'countryPartMitigated'
  | 'c'
  | 'buyerRisk'
  | 'buyerPart'
  | 'enhancements'
  | 'cef'
  | 'buyerPartMitigated'
  | 'parts'
  | 'qpf'
  | 'k'
  | 'pcf'
  | 'btsf'
  | 'term'
  | 'percent'
  | 'mpr';

export type MprStep = ExplainStep<MprStepId>;

/**
 * The labelled steps of an MPR step record. The buyer part's steps are shown for private debtors only
 * (c = 0 for SOV+ and SOV/CCO), the local currency and credit enhancement steps only where given.
 */
export function mprStepList(s: MprSteps): MprStep[] {
  const p = s.plan;
  const steps: MprStep[] = [];
  const add = (id: MprStepId, label: string, value: StepValue, unit: StepUnit) => steps.push({ id, label, value, unit });
  const buyer = isPrivate(p.debtor);

  add('country', 'Country risk category', p.country, 'category');
  add('debtor', 'Debtor category', p.debtor, 'text');
  add('quality', 'Product quality', p.quality, 'text');
  add('hor', 'HOR (horizon of risk, years)', s.hor, 'years');
  add('a', 'a (country risk coefficient)', p.a, 'coefficient');
  add('b', 'b (constant)', p.b, 'coefficient');
  add('countryRisk', 'a·HOR + b (%)', s.countryRisk, 'percent');
  add('pcp', 'Percentage of cover, political (PCP)', p.pcp, 'fraction');
  add('pcc', 'Percentage of cover, commercial (PCC)', p.pcc, 'fraction');
  add('countryPart', 'Country part = (a·HOR + b)·max(PCC, PCP)/0.95 (%)', s.countryPart, 'percent');
  if (X.sign(p.localCurrency) !== 0) {
    add('localCurrency', 'Local currency factor (LCF)', p.localCurrency, 'fraction');
    add('countryPartMitigated', 'Country part × (1 − LCF) (%)', s.countryPartMitigated, 'percent');
  }
  if (buyer) {
    add('c', `c (buyer risk coefficient, ${p.debtor})`, p.c, 'coefficient');
    add('buyerRisk', 'c·HOR (%)', s.buyerRisk, 'percent');
    add('buyerPart', 'Buyer part = c·PCC/0.95·HOR (%)', s.buyerPart, 'percent');
  }
  if (p.enhancements.length > 0) {
    add('enhancements', 'Credit enhancements (sum)', p.enhancementSum, 'fraction');
    add('cef', 'Credit enhancement factor CEF (capped at 35%)', p.cef, 'fraction');
    if (buyer) add('buyerPartMitigated', 'Buyer part × (1 − CEF) (%)', s.buyerPartMitigated, 'percent');
  }
  add('parts', 'Country part + buyer part (%)', s.parts, 'percent');
  add('qpf', `QPF (quality of product, ${p.quality})`, p.qpf, 'factor');
  add('k', `k (country risk category ${p.country})`, p.k, 'coefficient');
  add('pcf', 'PCF = 1 + ((max(PCC, PCP) − 0.95)/0.05)·k above 95%, else 1', p.pcf, 'factor');
  add('btsf', 'BTSF (better than sovereign: 0.9 for SOV+, else 1)', p.btsf, 'factor');
  add('term', 'TERM (term adjustment, as given)', p.term, 'fraction');
  add('percent', 'Minimum premium rate (%, unrounded)', s.percent, 'percent');
  add('mpr', 'Minimum premium rate (fraction, as BPI.MPR)', s.mpr, 'result');
  return steps;
}
