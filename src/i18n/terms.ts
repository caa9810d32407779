/**
 * Terms that both the task pane (pane.ts) and BPI.EXPLAIN's step labels (steps.ts) use: what x means for
 * each type, the tables' names, the category 0 note. In a module of their own so that the custom
 * functions' bundle labels EXPLAIN's steps without carrying the pane's whole text. French written with
 * ordinary spaces, as in pane.ts (its readers add French spacing).
 */
import type { RateTypeName } from '../core/rateTypes';
import type { Lang } from './lang';

export type TableName = 'non-payment' | 'interruption';

export interface Terms {
  readonly xMeans: Readonly<Record<RateTypeName, string>>;
  readonly tables: Readonly<Record<TableName, string>>;
  readonly indicative: string;
}

export const TERMS: Readonly<Record<Lang, Terms>> = {
  en: {
    xMeans: {
      NONPAYMENT: 'credit term',
      INTERRUPTION: 'execution period',
      ENVELOPE: 'time from invoicing to due date',
      BOND: 'validity of the bond',
      LC: 'time from handing over documents to payment',
      CASH: 'time from invoicing to due date',
      CLAIMS: 'time from invoicing to due date',
    },
    tables: { 'non-payment': 'non-payment', interruption: 'interruption' },
    indicative: 'Former category 0: the note prices these risks case by case; this rate is indicative only.',
  },
  fr: {
    xMeans: {
      NONPAYMENT: 'la durée de crédit',
      INTERRUPTION: 'la période d’exécution',
      ENVELOPE: 'le délai entre la facturation et l’échéance',
      BOND: 'la durée de validité de la caution',
      LC: 'le délai entre la remise des documents et le paiement',
      CASH: 'le délai entre la facturation et l’échéance',
      CLAIMS: 'le délai entre la facturation et l’échéance',
    },
    tables: { 'non-payment': 'non-paiement', interruption: 'interruption de contrat' },
    indicative: 'Ancienne catégorie 0 : la note tarifie ces risques au cas par cas ; ce taux n’est qu’indicatif.',
  },
};
