/**
 * BPI.CHECK's words in English and French: the explanation of each cause (the CHECK function's fifth row
 * and the task pane's "Check a rate" field) and the field's own labels. The codes (PERCENT_UNITS …) and
 * the row labels (verdict, expected …) are data, the same in every language.
 */
import type { CheckCause } from '../core/check';
import { currentLanguage, Lang } from './lang';
import { frenchSpaces } from './typography';

export type CheckOutcome = CheckCause | 'OK' | 'UNKNOWN';

const EN: Readonly<Record<CheckOutcome, string>> = {
  OK: 'The rate is the note’s: every step as the note says, rounded half up at the second decimal of the percentage.',
  UNKNOWN: 'No single known mistake gives this rate: compare the calculation step by step with BPI.EXPLAIN.',
  PERCENT_UNITS: 'The rate is written in percent where a fraction is expected (1.01 for 1.01 %, which is 0.0101): at the last step, R was not divided by 100.',
  NOT_ROUNDED: 'The rate was not rounded: at the last step, R is rounded half up to two decimals of a percentage (1.005 % gives 1.01 %).',
  TRUNCATED: 'The rate was rounded down (truncated) at the last step, where the note rounds half up to two decimals of a percentage.',
  HALF_EVEN: 'The rate was rounded half to even (banker’s rounding) at the last step, where the note rounds half up.',
  FLOAT_ROUNDING:
    'The rate was computed in binary floating point, as a spreadsheet does, then rounded: next to a half, floating point’s tiny errors tip the final rounding the wrong way, where the note’s figures are exact decimals.',
  ROUNDED_INTERMEDIATE:
    'The sovereign rate S and the premium rate T were rounded to two decimals before the shares and the percentage of cover were applied; the note rounds only the final rate.',
  NO_FLOOR: 'The term was used as given below 3 months: for this type the note prices x’ = max(x, 0.25), so a shorter term prices as 3 months.',
  WRONG_TABLE:
    'The wrong coefficient table was used: the interruption table where the non-payment table applies, or the reverse (INTERRUPTION and BOND price on the interruption table, the other types on the non-payment one).',
  NO_COVER_FACTOR: 'The percentage-of-cover step (II-I) was left out: the rate is the one for 95 % cover.',
  COVER_ON_WHOLE_RATE:
    'The country-risk share’s cover factor was applied to the whole rate; the note (II-I) applies it to the country-risk share and the commercial cover’s factor to the debtor-risk share.',
  OECD_K: 'k = 0.00337, the OECD Arrangement’s value, was used for country category 2 in the percentage-of-cover step; the note prints 0.0037 (II-I).',
};

// French typography: a no-break space (U+00A0) before « : ; % » and after «.
const FR: Readonly<Record<CheckOutcome, string>> = {
  OK: 'Le taux est celui de la note : chaque étape est conforme, et le taux est arrondi au centième de pourcentage le plus proche (demi au supérieur).',
  UNKNOWN: 'Aucune erreur connue ne donne à elle seule ce taux : comparez le calcul, étape par étape, avec BPI.EXPLIQUER.',
  PERCENT_UNITS:
    'Le taux est exprimé en pourcentage là où une fraction est attendue (1,01 pour 1,01 %, soit 0,0101) : à la dernière étape, R n’a pas été divisé par 100.',
  NOT_ROUNDED: 'Le taux n’a pas été arrondi : à la dernière étape, R s’arrondit au centième de pourcentage, demi au supérieur (1,005 % donne 1,01 %).',
  TRUNCATED: 'Le taux a été tronqué (arrondi par défaut) à la dernière étape, alors que la note arrondit au centième de pourcentage, demi au supérieur.',
  HALF_EVEN: 'Le taux a été arrondi au pair le plus proche (arrondi bancaire) à la dernière étape, alors que la note arrondit demi au supérieur.',
  FLOAT_ROUNDING:
    'Le taux a été calculé en binaire, comme le fait un tableur, puis arrondi : au voisinage d’un demi-centième, les infimes écarts du calcul binaire font basculer l’arrondi final du mauvais côté, alors que les valeurs de la note sont des décimaux exacts.',
  ROUNDED_INTERMEDIATE:
    'Le taux souverain S et le taux de prime T ont été arrondis à deux décimales avant le calcul des parts et l’ajustement à la quotité garantie ; la note n’arrondit que le taux final.',
  NO_FLOOR:
    'La durée a été retenue telle quelle en deçà de 3 mois : pour ce type de couverture, la note retient x’ = max(x ; 0,25), une durée plus courte est tarifée comme 3 mois.',
  WRONG_TABLE:
    'Le mauvais barème a été utilisé : celui du risque d’interruption au lieu de celui du risque de non-paiement, ou l’inverse (INTERRUPTION et BOND relèvent du barème d’interruption, les autres types du barème de non-paiement).',
  NO_COVER_FACTOR: 'L’ajustement à la quotité garantie (II-I) a été omis : le taux obtenu est celui d’une quotité garantie de 95 %.',
  COVER_ON_WHOLE_RATE:
    'Le coefficient de quotité de la part risque pays a été appliqué à l’ensemble du taux ; la note (II-I) l’applique à la part risque pays, et celui de la quotité commerciale à la part risque débiteur.',
  OECD_K:
    'k = 0,00337, valeur de l’Arrangement de l’OCDE, a été retenu pour la catégorie de pays 2 dans l’ajustement à la quotité garantie ; la note retient 0,0037 (II-I).',
};

export const CHECK_EXPLANATIONS: Readonly<Record<Lang, Readonly<Record<CheckOutcome, string>>>> = { en: EN, fr: FR };

/** The sentence that explains a cause, in `lang` (by default the user's). */
export function checkExplanation(cause: CheckOutcome, lang: Lang = currentLanguage()): string {
  return CHECK_EXPLANATIONS[lang][cause];
}

/** A cause's name in words, for the task pane (the cell keeps the code). */
const CAUSE_NAMES: Readonly<Record<Lang, Readonly<Record<CheckOutcome, string>>>> = {
  en: {
    OK: 'none',
    UNKNOWN: 'not a known mistake',
    PERCENT_UNITS: 'rate in percent, not a fraction',
    NOT_ROUNDED: 'rate not rounded',
    TRUNCATED: 'rate truncated',
    HALF_EVEN: 'rounded half to even',
    FLOAT_ROUNDING: 'spreadsheet (binary) rounding',
    ROUNDED_INTERMEDIATE: 'intermediate rounding',
    NO_FLOOR: '3-month floor left out',
    WRONG_TABLE: 'wrong coefficient table',
    NO_COVER_FACTOR: 'percentage of cover left out',
    COVER_ON_WHOLE_RATE: 'cover factor on the whole rate',
    OECD_K: 'the OECD’s k for category 2',
  },
  fr: {
    OK: 'aucune',
    UNKNOWN: 'erreur non identifiée',
    PERCENT_UNITS: 'taux en pourcentage au lieu d’une fraction',
    NOT_ROUNDED: 'taux non arrondi',
    TRUNCATED: 'taux tronqué',
    HALF_EVEN: 'arrondi au pair (arrondi bancaire)',
    FLOAT_ROUNDING: 'arrondi faussé par le calcul binaire du tableur',
    ROUNDED_INTERMEDIATE: 'arrondi intermédiaire',
    NO_FLOOR: 'plancher de 3 mois non appliqué',
    WRONG_TABLE: 'mauvaise grille de coefficients',
    NO_COVER_FACTOR: 'quotité garantie non prise en compte',
    COVER_ON_WHOLE_RATE: 'coefficient de quotité appliqué à tout le taux',
    OECD_K: 'k de l’OCDE pour la catégorie 2',
  },
};

/** A cause in words, in `lang`. */
export function checkCauseName(cause: CheckOutcome, lang: Lang = currentLanguage()): string {
  return CAUSE_NAMES[lang][cause];
}

/** The task pane's "Check a rate" field. */
const PANE_EN = {
  label: 'Check a rate',
  placeholder: 'e.g. 1.00%',
  hint: 'The rate someone computed, in percent (1.00%, 1.00 or 1,00%).',
  ok: 'Correct',
  mismatch: 'Mismatch',
  expected: 'expected {expected}',
  cause: 'cause:',
  unreadable: 'Type a rate in percent, e.g. 1.00% (got “{text}”).',
} as const;
export type CheckPaneKey = keyof typeof PANE_EN;

const PANE_FR: Readonly<Record<CheckPaneKey, string>> = {
  label: 'Vérifier un taux',
  placeholder: 'p. ex. 1,00 %',
  hint: 'Le taux calculé par un tiers, en pourcentage (1,00 % ; 1.00 % ; 1,00).',
  ok: 'Conforme',
  mismatch: 'Écart',
  expected: 'attendu {expected}',
  cause: 'cause :',
  unreadable: 'Saisissez un taux en pourcentage, p. ex. 1,00 % (reçu : « {text} »).',
};

export const CHECK_PANE_TEXTS: Readonly<Record<Lang, Readonly<Record<CheckPaneKey, string>>>> = { en: PANE_EN, fr: PANE_FR };

export function checkPaneText(key: CheckPaneKey, params: Readonly<Record<string, string>> = {}, lang: Lang = currentLanguage()): string {
  // French spacing (no-break space before « ; : % ») as in the pane's catalogue.
  const text = lang === 'fr' ? frenchSpaces(CHECK_PANE_TEXTS.fr[key]) : CHECK_PANE_TEXTS.en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
