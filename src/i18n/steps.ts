/**
 * The steps of a rate (BPI.EXPLAIN, the pane's table) by the core's step id, with their labels in English
 * and French: the one place step labels are translated. The parameters of a label (the debtor category of
 * a and b, what x means for the type, k's country category) come from the step record, never from a label.
 */
import type { ExplainStep, StepId } from '../core/explain';
import type { MprSteps } from '../core/mpr';
import type { MprStep, MprStepId } from '../core/mprSteps';
import type { Quality } from '../core/tables/oecdMpr';
import type { RateSteps } from '../core/rate';
import type { RateTypeName } from '../core/rateTypes';
import type { Lang } from './lang';
import { TERMS } from './terms';
import { frenchCatalogue, frenchSpaces, localNumber } from './typography';

/** What a step's label names: from the step record. */
export interface StepContext {
  readonly debtor: string;
  readonly type: RateTypeName;
  /** The country category the coefficients and k are read at. */
  readonly country: number;
  readonly interruptionTable: boolean;
  /** The type's section of the note (I-C, II-D…) and the table it prices on. */
  readonly section: string;
  readonly table: 'non-payment' | 'interruption';
}

export function stepContext(record: RateSteps): StepContext {
  const { request, pricedCountry } = record.plan;
  const { type } = request;
  return {
    debtor: request.debtor,
    type: type.name,
    country: pricedCountry,
    interruptionTable: type.interruptionTable,
    section: type.section,
    table: record.plan.table.name as StepContext['table'],
  };
}

type Labels = Record<StepId, (s: StepContext, lang: Lang) => string>;

const xMeans = (s: StepContext, lang: Lang) => TERMS[lang].xMeans[s.type];

const EN: Labels = {
  type: () => 'Type',
  country: () => 'Country category',
  pricedCountry: () => 'Priced as country category (escrow overseas, n − 1)',
  debtor: () => 'Debtor category',
  indicative: () => 'Note',
  x: (s) => `x (years, ${xMeans(s, 'en')})`,
  xPrime: () => "x' = max(x, 0.25)",
  aSovereign: () => 'a (SOV/CCO)',
  bSovereign: () => 'b (SOV/CCO)',
  sovereignRate: () => "Sovereign rate S = a·x' + b (%)",
  aDebtor: (s) => `a (${s.debtor})`,
  bDebtor: (s) => `b (${s.debtor})`,
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
  coefficient: () => 'PC coefficient = 1 + ((max(PCP, PCC) − 0.95) / 0.05) × k',
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
  indicative: () => 'Remarque',
  x: (s) => `x (années, ${xMeans(s, 'fr')})`,
  xPrime: () => "x' = max(x ; 0,25)",
  aSovereign: () => 'a (SOV/CCO)',
  bSovereign: () => 'b (SOV/CCO)',
  sovereignRate: () => "Taux souverain S = a·x' + b (%)",
  aDebtor: (s) => `a (${s.debtor})`,
  bDebtor: (s) => `b (${s.debtor})`,
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
  coefficient: () => 'Coefficient de quotité = 1 + ((max(PCP ; PCC) − 0,95) / 0,05) × k',
  countryFactor: () => 'Facteur de la part risque pays',
  debtorFactor: () => 'Facteur de la part risque débiteur',
  construction: () => 'Construction ou forte part locale',
  cashLc: () => 'Contrat au comptant payé par crédit documentaire confirmé (II-E)',
  unrounded: () => 'Taux non arrondi (%)',
  rounded: () => 'Taux arrondi (%, au centième le plus proche, demi au supérieur)',
  rate: () => 'Taux de prime (fraction, comme BPI.TAUXPRIME)',
});

const LABELS: Record<Lang, Labels> = { en: EN, fr: FR };

/** Every step id (the label tables are complete records of them). */
export const STEP_IDS = Object.keys(EN) as StepId[];

export function stepLabel(id: StepId, context: StepContext, lang: Lang): string {
  return LABELS[lang][id](context, lang);
}

/** The value of a text step (the type, the category 0 note, II-A's share, the multipliers) in the user's language. */
export function stepText(step: ExplainStep, context: StepContext, lang: Lang): string {
  const text = String(step.value);
  if (lang === 'en') return text;
  const fr = TERMS.fr;
  switch (step.id) {
    case 'type':
      return `${context.type} (${context.section}, grille ${fr.tables[context.table]})`;
    case 'indicative':
      return frenchSpaces(fr.indicative);
    case 'political':
      return context.interruptionTable ? '90\u00a0% du taux souverain' : 'le taux souverain';
    default:
      // The multipliers (× 1.3, × 0.8): the decimal comma.
      return localNumber(text, lang);
  }
}

// --- BPI.MPR's steps (src/core/mprSteps.ts), the OECD minimum premium rate ----------------------------

/** What an MPR step's label names: from the step record. */
export interface MprStepContext {
  readonly debtor: string;
  readonly country: number;
  readonly quality: Quality;
}

export function mprStepContext(record: MprSteps): MprStepContext {
  const { debtor, country, quality } = record.plan;
  return { debtor, country, quality };
}

type MprLabels = Record<MprStepId, (s: MprStepContext) => string>;

const MPR_EN: MprLabels = {
  country: () => 'Country risk category',
  debtor: () => 'Debtor category',
  quality: () => 'Product quality',
  hor: () => 'HOR (horizon of risk, years)',
  a: () => 'a (country risk coefficient)',
  b: () => 'b (constant)',
  countryRisk: () => 'a·HOR + b (%)',
  pcp: () => 'Percentage of cover, political (PCP)',
  pcc: () => 'Percentage of cover, commercial (PCC)',
  countryPart: () => 'Country part = (a·HOR + b)·max(PCC, PCP)/0.95 (%)',
  localCurrency: () => 'Local currency factor (LCF)',
  countryPartMitigated: () => 'Country part × (1 − LCF) (%)',
  c: (s) => `c (buyer risk coefficient, ${s.debtor})`,
  buyerRisk: () => 'c·HOR (%)',
  buyerPart: () => 'Buyer part = c·PCC/0.95·HOR (%)',
  enhancements: () => 'Credit enhancements (sum)',
  cef: () => 'Credit enhancement factor CEF (capped at 35%)',
  buyerPartMitigated: () => 'Buyer part × (1 − CEF) (%)',
  parts: () => 'Country part + buyer part (%)',
  qpf: (s) => `QPF (quality of product, ${s.quality})`,
  k: (s) => `k (country risk category ${s.country})`,
  pcf: () => 'PCF = 1 + ((max(PCC, PCP) − 0.95)/0.05)·k above 95%, else 1',
  btsf: () => 'BTSF (better than sovereign: 0.9 for SOV+, else 1)',
  term: () => 'TERM (term adjustment, as given)',
  percent: () => 'Minimum premium rate (%, unrounded)',
  mpr: () => 'Minimum premium rate (fraction, as BPI.MPR)',
};

/**
 * French, in the terms of the French text of the Arrangement and of the note: « part risque pays », « part
 * risque débiteur », « quotité garantie », « rehaussement de crédit ». QUALITY's words stay as typed (data).
 */
const MPR_FR: MprLabels = frenchCatalogue({
  country: () => 'Catégorie de pays',
  debtor: () => 'Catégorie de débiteur',
  quality: () => 'Qualité du produit',
  hor: () => 'HOR (horizon de risque, en années)',
  a: () => 'a (coefficient de risque pays)',
  b: () => 'b (constante)',
  countryRisk: () => 'a·HOR + b (%)',
  pcp: () => 'Quotité garantie politique (PCP)',
  pcc: () => 'Quotité garantie commerciale (PCC)',
  countryPart: () => 'Part risque pays = (a·HOR + b)·max(PCC ; PCP)/0,95 (%)',
  localCurrency: () => 'Facteur monnaie locale (LCF)',
  countryPartMitigated: () => 'Part risque pays × (1 − LCF) (%)',
  c: (s) => `c (coefficient de risque débiteur, ${s.debtor})`,
  buyerRisk: () => 'c·HOR (%)',
  buyerPart: () => 'Part risque débiteur = c·PCC/0,95·HOR (%)',
  enhancements: () => 'Rehaussements de crédit (somme)',
  cef: () => 'Facteur de rehaussement de crédit CEF (plafonné à 35 %)',
  buyerPartMitigated: () => 'Part risque débiteur × (1 − CEF) (%)',
  parts: () => 'Part risque pays + part risque débiteur (%)',
  qpf: (s) => `QPF (qualité du produit, ${s.quality})`,
  k: (s) => `k (catégorie de pays ${s.country})`,
  pcf: () => 'PCF = 1 + ((max(PCC ; PCP) − 0,95)/0,05)·k au-delà de 95 %, sinon 1',
  btsf: () => 'BTSF (meilleur que le souverain : 0,9 pour SOV+, sinon 1)',
  term: () => 'TERM (ajustement de durée, tel que saisi)',
  percent: () => 'Taux de prime minimum (%, non arrondi)',
  mpr: () => 'Taux de prime minimum (fraction, comme BPI.PRIMEMINOCDE)',
});

const MPR_LABELS: Record<Lang, MprLabels> = { en: MPR_EN, fr: MPR_FR };

/** Every MPR step id (the label tables are complete records of them). */
export const MPR_STEP_IDS = Object.keys(MPR_EN) as MprStepId[];

export function mprStepLabel(id: MprStepId, context: MprStepContext, lang: Lang): string {
  return MPR_LABELS[lang][id](context);
}

/** The value of a text step (the debtor category, QUALITY's word): data, the same in both languages. */
export function mprStepText(step: MprStep): string {
  return String(step.value);
}
