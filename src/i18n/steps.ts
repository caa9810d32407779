/**
 * The steps of a rate (BPI.EXPLAIN, the pane's table) by step id, with their labels in English and French:
 * the one place step labels are translated. Today the core gives each step as its English label, so
 * stepOf() recognises the id and parameters from that label; once the core gives a typed step record
 * (id and parameters), stepOf() is the only part to re-point.
 */
import type { RateTypeName } from '../core/rateTypes';
import { RATE_TYPE_NAMES } from '../core/rateTypes';
import type { Lang } from './lang';
import { paneText } from './pane';
import { frenchCatalogue } from './typography';

export const STEP_IDS = [
  'type', 'country', 'pricedCountry', 'debtor', 'note', 'x', 'xPrime', 'a', 'b', 'sovereignRate', 'debtorRate', 'political',
  'countryShare', 'debtorShare', 'localCurrency', 'countryShareMitigated', 'debtorReductions', 'debtorReductionApplied',
  'debtorShareMitigated', 'pcp', 'pcc', 'k', 'pcCoefficient', 'countryFactor', 'debtorFactor', 'construction', 'cashLc',
  'unrounded', 'rounded', 'rate',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** A step: its id and what its label names (the debtor category of a and b, the type of x, k's country category). */
export interface Step {
  readonly id: StepId;
  readonly debtor?: string;
  readonly type?: RateTypeName;
  readonly country?: string;
}

type Labels = Record<StepId, (s: Step, lang: Lang) => string>;

const xMeans = (s: Step, lang: Lang) => (s.type ? paneText(lang).functions.xMeans[s.type] : '');

const EN: Labels = {
  type: () => 'Type',
  country: () => 'Country category',
  pricedCountry: () => 'Priced as country category (escrow overseas, n − 1)',
  debtor: () => 'Debtor category',
  note: () => 'Note',
  x: (s) => `x (years, ${xMeans(s, 'en')})`,
  xPrime: () => "x' = max(x, 0.25)",
  a: (s) => `a (${s.debtor})`,
  b: (s) => `b (${s.debtor})`,
  sovereignRate: () => "Sovereign rate S = a·x' + b (%)",
  debtorRate: () => "Premium rate T = a·x' + b (%)",
  political: () => 'Political causes of loss only (II-A): country risk share',
  countryShare: () => 'Country risk share (%)',
  debtorShare: () => 'Debtor risk share = T − S (%)',
  localCurrency: () => 'Local currency financing reduction',
  countryShareMitigated: () => 'Country risk share after mitigation (%)',
  debtorReductions: () => 'Debtor risk reductions (sum)',
  debtorReductionApplied: () => 'Debtor risk reduction applied (capped at 35%, only to a positive share)',
  debtorShareMitigated: () => 'Debtor risk share after mitigation (%)',
  pcp: () => 'Percentage of cover, political (PCP)',
  pcc: () => 'Percentage of cover, commercial (PCC)',
  k: (s) => `k (country category ${s.country})`,
  pcCoefficient: () => 'PC coefficient = 1 + ((max(PCP, PCC) − 0.95) / 0.05) × k',
  countryFactor: () => 'Country risk share factor',
  debtorFactor: () => 'Debtor risk share factor',
  construction: () => 'Construction or large local content',
  cashLc: () => 'Cash contract paid by confirmed L/C (II-E)',
  unrounded: () => 'Unrounded rate (%)',
  rounded: () => 'Rounded rate (%, half up at the 3rd decimal)',
  rate: () => 'Premium rate (fraction, as BPI.RATE)',
};

/** French, as the note's French version names the steps; French spacing is added below. */
const FR: Labels = frenchCatalogue({
  type: () => 'Type',
  country: () => 'Catégorie de pays',
  pricedCountry: () => 'Tarifé en catégorie de pays (compte séquestre à l’étranger, n − 1)',
  debtor: () => 'Catégorie de débiteur',
  note: () => 'Remarque',
  x: (s) => `x (années, ${xMeans(s, 'fr')})`,
  xPrime: () => "x' = max(x ; 0,25)",
  a: (s) => `a (${s.debtor})`,
  b: (s) => `b (${s.debtor})`,
  sovereignRate: () => "Taux souverain S = a·x' + b (%)",
  debtorRate: () => "Taux de prime T = a·x' + b (%)",
  political: () => 'Risques politiques seuls (II-A) : part risque pays',
  countryShare: () => 'Part risque pays (%)',
  debtorShare: () => 'Part risque débiteur = T − S (%)',
  localCurrency: () => 'Réduction pour financement en monnaie locale',
  countryShareMitigated: () => 'Part risque pays après atténuation (%)',
  debtorReductions: () => 'Réductions de la part risque débiteur (somme)',
  debtorReductionApplied: () => 'Réduction appliquée à la part risque débiteur (plafonnée à 35 %, seulement sur une part positive)',
  debtorShareMitigated: () => 'Part risque débiteur après atténuation (%)',
  pcp: () => 'Quotité garantie politique (PCP)',
  pcc: () => 'Quotité garantie commerciale (PCC)',
  k: (s) => `k (catégorie de pays ${s.country})`,
  pcCoefficient: () => 'Coefficient de quotité = 1 + ((max(PCP ; PCC) − 0,95) / 0,05) × k',
  countryFactor: () => 'Facteur de la part risque pays',
  debtorFactor: () => 'Facteur de la part risque débiteur',
  construction: () => 'Construction ou forte part locale',
  cashLc: () => 'Contrat au comptant payé par crédit documentaire confirmé (II-E)',
  unrounded: () => 'Taux non arrondi (%)',
  rounded: () => 'Taux arrondi (%, au centième le plus proche, demi au supérieur)',
  rate: () => 'Taux de prime (fraction, comme BPI.TAUXPRIME)',
});

const LABELS: Record<Lang, Labels> = { en: EN, fr: FR };

export function stepLabel(step: Step, lang: Lang): string {
  return LABELS[lang][step.id](step, lang);
}

const TYPE_BY_X_MEANS = new Map<string, RateTypeName>();
for (const t of RATE_TYPE_NAMES) if (!TYPE_BY_X_MEANS.has(paneText('en').functions.xMeans[t])) TYPE_BY_X_MEANS.set(paneText('en').functions.xMeans[t], t);

/**
 * The step an English label of the core's explain names (null for one this table does not know: the pane
 * then shows the core's label as it is). The parameterised labels are read back with their parameter.
 */
export function stepOf(label: string): Step | null {
  let m: RegExpExecArray | null;
  if ((m = /^([ab]) \((.+)\)$/.exec(label))) return { id: m[1] as 'a' | 'b', debtor: m[2] };
  if ((m = /^x \(years, (.+)\)$/.exec(label))) return { id: 'x', type: TYPE_BY_X_MEANS.get(m[1]) };
  if ((m = /^k \(country category (.+)\)$/.exec(label))) return { id: 'k', country: m[1] };
  const id = STEP_IDS.find((i) => i !== 'a' && i !== 'b' && i !== 'x' && i !== 'k' && EN[i]({ id: i }, 'en') === label);
  return id ? { id } : null;
}

/** The text values of some steps (the type, the category 0 note, the multipliers), in the user's language. */
export function stepText(step: Step | null, text: string, lang: Lang): string {
  if (lang === 'en' || !step) return text;
  const fr = paneText('fr');
  let m: RegExpExecArray | null;
  if (step.id === 'type' && (m = /^(\w+) \((.+), (.+) table\)$/.exec(text))) {
    const table = fr.functions.tables[m[3] as keyof typeof fr.functions.tables] ?? m[3];
    return `${m[1]} (${m[2]}, grille ${table})`;
  }
  const known: Record<string, string> = {
    'Former category 0: the note prices these risks case by case; this rate is indicative': fr.calc.indicative,
    '90% of the sovereign rate': '90\u00a0% du taux souverain',
    'the sovereign rate': 'le taux souverain',
    '× 1.3': '× 1,3',
    '× 0.8': '× 0,8',
  };
  return known[text] ?? text;
}
