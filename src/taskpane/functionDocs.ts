/**
 * The task pane's documentation of the BPI functions, generated from the metadata Excel reads: names,
 * descriptions, parameters and which are optional come from functions.json (generated from the JSDoc of
 * src/functions/functions.ts by custom-functions-metadata, see scripts/functionsMetadata.ts) and, in
 * French, from src/i18n/functions.fr.ts (the table functions-fr.json is built from). So the pane cannot say
 * other than Excel's autocomplete. Only what Excel's metadata has no place for is written here, keyed by
 * function id: the note's section, what the function returns, an example, and what leaving out an optional
 * argument means. A test checks that every function of functions.json has these extras, and nothing else.
 */
import metadata from '../generated/functions.json';
import { FUNCTIONS_FR } from '../i18n/functions.fr';
import type { Lang } from '../i18n/lang';
import { frenchSpaces } from '../i18n/typography';

interface ParameterMeta {
  readonly name: string;
  readonly description?: string;
  readonly optional?: boolean;
}
interface FunctionMeta {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly parameters: readonly ParameterMeta[];
}

/** The generated functions.json, as Excel reads it. */
export const FUNCTIONS_METADATA: readonly FunctionMeta[] = (metadata as { functions: readonly FunctionMeta[] }).functions;

type Bilingual = Readonly<Record<Lang, string>>;

export interface FunctionExtra {
  /** The note's section(s) the function follows. */
  readonly section?: string;
  readonly returns: Bilingual;
  /** An example formula, en-US form (the pane shows it in the user's form). */
  readonly example: string;
  /** For each optional parameter (by its functions.json name): what leaving it out means. */
  readonly defaults?: Readonly<Record<string, Bilingual>>;
}

const TYPE_DEFAULT: Bilingual = { en: 'NONPAYMENT', fr: 'NONPAYMENT' };
const OPTIONS_DEFAULT: Bilingual = { en: 'none: 95 % cover, no mitigation', fr: 'aucune : quotité garantie de 95 %, sans atténuation' };
const AMOUNT: Bilingual = { en: 'An amount, rounded half up to cents.', fr: 'Un montant, arrondi au centime le plus proche (demi au supérieur).' };

export const FUNCTION_EXTRAS: Readonly<Record<string, FunctionExtra>> = {
  RATE: {
    section: 'I-B, I-C, I-D, II-A … II-I',
    returns: {
      en: 'A fraction: 1.01 % is 0.0101 (shown as 1.01 % where Excel formats results). One value per row when ranges are given.',
      fr: 'Une fraction : 1,01 % vaut 0,0101 (affichée 1,01 % là où Excel met les résultats en forme). Une valeur par ligne si des plages sont données.',
    },
    example: '=BPI.RATE(3,"CC2",7,"NONPAYMENT","MOBILE=25%; COVER=100%")',
    defaults: { type: TYPE_DEFAULT, options: OPTIONS_DEFAULT },
  },
  EXPLAIN: {
    returns: {
      en: 'A 2-column spill: step label, unrounded value (rates and shares in %); the last row is what BPI.RATE gives. Single values only.',
      fr: 'Deux colonnes propagées : libellé de l’étape, valeur non arrondie (taux et parts en %) ; la dernière ligne est ce que donne BPI.TAUXPRIME. Valeurs uniques seulement.',
    },
    example: '=BPI.EXPLAIN(3,"CC3",1)',
    defaults: { type: TYPE_DEFAULT, options: OPTIONS_DEFAULT },
  },
  CATEGORY: {
    section: 'I-A',
    returns: {
      en: 'CC1 … CC5. A score better than the best range is CC1; "or below" runs to C; D, SD and RD are errors.',
      fr: 'CC1 … CC5. Une notation meilleure que la meilleure tranche donne CC1 ; « ou moins » va jusqu’à C ; D, SD et RD sont des erreurs.',
    },
    example: '=BPI.CATEGORY("BB-",3)',
  },
  COEF: {
    section: 'I-B-1.1, I-C-1',
    returns: {
      en: 'A 1×2 spill: a, b as printed (percentage points, e.g. 0.564 and 0.345). #N/A where the note prints "-".',
      fr: 'Deux cellules propagées : a et b tels que publiés (en points de pourcentage, p. ex. 0,564 et 0,345). #N/A là où la note imprime « - ».',
    },
    example: '=BPI.COEF(3,"CC2")',
    defaults: { type: TYPE_DEFAULT },
  },
  COVERADJ: {
    section: 'II-I',
    returns: {
      en: 'A 1×2 spill: country-share factor, debtor-share factor.',
      fr: 'Deux cellules propagées : facteur de la part risque pays, facteur de la part risque débiteur.',
    },
    example: '=BPI.COVERADJ(100%,,3)',
  },
  HORIZON: {
    section: 'II-J',
    returns: { en: 'x in years, unrounded.', fr: 'x en années, non arrondi.' },
    example: '=BPI.RATE(3,"CC2",BPI.HORIZON(7,2))',
    defaults: { drawdown_years: { en: '0', fr: '0' } },
  },
  EQUIVTERM: {
    section: 'II-K',
    returns: { en: 'x in years, unrounded, never below 0.', fr: 'x en années, non arrondi, jamais négatif.' },
    example: '=BPI.EQUIVTERM(A2:A15,B2:B15)',
  },
  PREMIUM: {
    section: 'I-C-2',
    returns: AMOUNT,
    example: '=BPI.PREMIUM(1000000,BPI.RATE(3,"CC3",1))',
    defaults: { financed: { en: 'FALSE', fr: 'FAUX' } },
  },
  CLAIMSPREMIUM: { section: 'II-H', returns: AMOUNT, example: '=BPI.CLAIMSPREMIUM(150000,1000000,3,"CC2",0.5)' },
  REVISEDBASIS: { section: 'II-G', returns: AMOUNT, example: '=BPI.REVISEDBASIS(1000000,2)' },
  SHARES: {
    returns: {
      en: 'A spill of the same shape as shares; the rounding remainder goes to the largest fractional parts (ties: the first).',
      fr: 'Des parts propagées, de la même forme que les quotes-parts ; le reste de l’arrondi va aux plus grandes parties fractionnaires (à égalité : la première).',
    },
    example: '=BPI.SHARES(1000000,B2:B4)',
  },
  RETAINED: { section: 'R442-8-11', returns: AMOUNT, example: '=BPI.RETAINED("WHOLE",2000000)' },
  EKFPREMIUM: { returns: AMOUNT, example: '=BPI.EKFPREMIUM("QUOTA",5000000,1.1%)', defaults: { rate: { en: 'TOPUP: 0.50 %', fr: 'TOPUP : 0,50 %' } } },
  EKFELIGIBLE: {
    returns: {
      en: 'TRUE, or the text of the first condition that fails, checked in the order of the arguments. The insurer’s discretion (track record with the buyer) stays the insurer’s: not checked.',
      fr: 'VRAI, ou le texte de la première condition non remplie, vérifiées dans l’ordre des arguments. L’appréciation de l’assureur (historique avec l’acheteur) lui reste propre : elle n’est pas vérifiée.',
    },
    example: '=BPI.EKFELIGIBLE(120,20000000,"")',
    defaults: { declined: { en: 'TRUE', fr: 'VRAI' }, country_covered: { en: 'TRUE', fr: 'VRAI' }, impending_loss: { en: 'FALSE', fr: 'FAUX' } },
  },
  CHECK: {
    returns: {
      en: 'Single values: 5 rows of label and value (verdict OK/MISMATCH, expected, difference, cause, explanation). Ranges: one row per input row with verdict, expected, difference and cause. The causes are listed in the order they are tried: PERCENT_UNITS, NOT_ROUNDED, TRUNCATED, HALF_EVEN, FLOAT_ROUNDING, ROUNDED_INTERMEDIATE, NO_FLOOR, WRONG_TABLE, NO_COVER_FACTOR, COVER_ON_WHOLE_RATE, OECD_K; UNKNOWN when none gives the rate.',
      fr: 'Valeurs uniques : 5 lignes libellé et valeur (verdict OK/MISMATCH, taux attendu, écart, cause, explication). Plages : une ligne par ligne d’entrée avec verdict, taux attendu, écart et cause. Les causes, codes inchangés, sont essayées dans l’ordre : PERCENT_UNITS, NOT_ROUNDED, TRUNCATED, HALF_EVEN, FLOAT_ROUNDING, ROUNDED_INTERMEDIATE, NO_FLOOR, WRONG_TABLE, NO_COVER_FACTOR, COVER_ON_WHOLE_RATE, OECD_K ; UNKNOWN si aucune ne donne le taux.',
    },
    example: '=BPI.CHECK(1%,3,"CC3",1)',
    defaults: { type: TYPE_DEFAULT, options: OPTIONS_DEFAULT },
  },
  // BPI.SCHEDULETERM, BPI.SPREAD (issue 21)
  SCHEDULETERM: {
    section: 'II-J, II-K',
    returns: {
      en: 'x in years, unrounded: 0.5 × the drawdown period + the term of the standard credit with the same average life.',
      fr: 'x en années, non arrondi : 0,5 × la période de tirage + la durée du crédit standard de même durée de vie moyenne.',
    },
    example: '=BPI.RATE(3,"CC2",BPI.SCHEDULETERM(B1,B2,A5:A20,B5:B20,0))',
    defaults: { day_count: { en: '3 (actual/365)', fr: '3 (exact/365)' } },
  },
  SPREAD: {
    returns: {
      en: 'A fraction per annum, unrounded (0.0148 is 1.48 % a year of the outstanding).',
      fr: 'Une fraction par an, non arrondie (0,0148 vaut 1,48 % l’an de l’encours).',
    },
    example: '=BPI.SPREAD(534650,C5:C20,D5:D20,4%)',
    defaults: { discount_rate: { en: '0 (no discounting)', fr: '0 (sans actualisation)' } },
  },
  // BPI.MPR (issue 22): not the note's, the OECD Arrangement's.
  MPR: {
    section: 'OECD Arrangement, Annex VI',
    returns: {
      en: 'A fraction of the principal, unrounded: 9.36 % is 0.0936 (shown as 9.3600 % where Excel formats results). The international minimum, for a standard product unless QUALITY says otherwise; the note’s table is the below-standard minimum rounded to three decimals. #N/A for category 0 and for a debtor category the country category does not have. One value per row when ranges are given.',
      fr: 'Une fraction du principal, non arrondie : 9,36 % vaut 0,0936 (affichée 9,3600 % là où Excel met les résultats en forme). Le minimum international, pour un produit standard sauf indication contraire de QUALITY ; la grille de la note est le minimum d’un produit inférieur à la norme, arrondi à trois décimales. #N/A en catégorie 0 et pour une catégorie de débiteur que la catégorie de pays ne prévoit pas. Une valeur par ligne si des plages sont données.',
    },
    example: '=BPI.MPR(5,"CC1",BPI.HORIZON(10,0.5),"TERM=0.45%")',
    defaults: {
      options: {
        en: 'none: 95 % cover, standard product, no local currency, no credit enhancement, TERM 0 (the 2011–2023 minimum)',
        fr: 'aucune : quotité garantie de 95 %, produit standard, ni monnaie locale ni rehaussement de crédit, TERM nul (le minimum de 2011 à 2023)',
      },
    },
  },
};

export interface ArgumentDoc {
  readonly name: string;
  readonly meaning: string;
  /** For an optional argument: what leaving it out means. */
  readonly default?: string;
}

export interface FunctionDoc {
  /** The function id (the English name after "BPI."). */
  readonly id: string;
  /** The name after "BPI." in the pane's language; otherName: in the other language. */
  readonly name: string;
  readonly otherName: string;
  readonly summary: string;
  readonly section?: string;
  readonly args: readonly ArgumentDoc[];
  readonly returns: string;
  readonly example: string;
}

/** Every function of functions.json, in its order, as the pane documents it in `lang`. */
export function functionDocs(lang: Lang): FunctionDoc[] {
  return FUNCTIONS_METADATA.map((f) => {
    const fr = FUNCTIONS_FR[f.id];
    const extra = FUNCTION_EXTRAS[f.id];
    const french = lang === 'fr' && fr !== undefined;
    const text = (s: string) => (lang === 'fr' ? frenchSpaces(s) : s);
    return {
      id: f.id,
      name: french ? fr.name : f.name,
      otherName: french ? f.name : (fr?.name ?? f.name),
      summary: text(french ? fr.description : (f.description ?? '')),
      section: extra?.section,
      args: f.parameters.map((p) => {
        const pf = french ? fr.parameters[p.name] : undefined;
        const d = extra?.defaults?.[p.name];
        return { name: pf?.name ?? p.name, meaning: text(pf?.description ?? p.description ?? ''), default: p.optional && d ? text(d[lang]) : undefined };
      }),
      returns: text(extra?.returns[lang] ?? ''),
      example: extra?.example ?? '',
    };
  });
}
