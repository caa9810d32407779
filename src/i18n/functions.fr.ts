/**
 * What a French Excel shows of the BPI functions: each function's French name and description, and each
 * parameter's, keyed by the function id and the English parameter name of the generated functions.json.
 * The build writes functions-fr.json from it (localizeMetadata.ts) and fails when a function or a
 * parameter has no entry here, or an entry names one that no longer exists.
 *
 * Names: never an Excel built-in name in any language (TAUX is RATE in French Excel, hence TAUXPRIME),
 * never a cell reference or an Excel 4.0 macro name, at least 3 characters. Option names and the values
 * of type, debtor and mode stay as the functions read them (NONPAYMENT, CC2, COVER=…): they are data,
 * the same in every language.
 */
export interface TextFr {
  readonly name: string;
  readonly description: string;
}
export interface FunctionFr extends TextFr {
  readonly parameters: Readonly<Record<string, TextFr>>;
}

const pays: TextFr = { name: 'catégorie_pays', description: 'Catégorie de pays OCDE, nombre entier de 0 à 7.' };
const debiteur: TextFr = { name: 'catégorie_débiteur', description: 'Catégorie de débiteur : SOV+, SOV/CCO, CC1 … CC5.' };
const typeGarantie: TextFr = {
  name: 'type',
  description: 'Type de couverture, saisi tel quel : NONPAYMENT (par défaut), INTERRUPTION, ENVELOPE, BOND, LC, CASH ou CLAIMS.',
};

export const FUNCTIONS_FR: Readonly<Record<string, FunctionFr>> = {
  RATE: {
    name: 'TAUXPRIME',
    description:
      'Taux de prime de l’assurance-crédit export de Bpifrance, arrondi au centième de pourcentage (demi au supérieur) comme le prévoit la note ; 1,01 % vaut 0,0101.',
    parameters: {
      country: { name: 'catégorie_pays', description: 'Catégorie de pays OCDE, nombre entier de 0 à 7 (0 : ancienne catégorie 0, à titre indicatif).' },
      debtor: {
        name: 'catégorie_débiteur',
        description: 'Catégorie de débiteur : SOV+, SOV/CCO, CC1, CC2, CC3, CC4 ou CC5 (pour les cautions et les crédits documentaires, celle de la banque).',
      },
      x: {
        name: 'x',
        description:
          'Durée en années, non arrondie : durée de crédit, période d’exécution, durée de validité de la caution ou délai jusqu’à l’échéance, selon le type.',
      },
      type: typeGarantie,
      options: {
        name: 'options',
        description:
          'Options « NOM=VALEUR; … », noms inchangés : COVER (quotité garantie), PCP, PCC, POLITICAL, CONSTRUCTION, CASHLC, ESCROW, LOCALCCY, ASSIGNMENT, MOBILE, FIXED, LOCALESCROW.',
      },
    },
  },
  EXPLAIN: {
    name: 'EXPLIQUER',
    description: 'Détail du calcul d’un taux de prime, des coefficients retenus jusqu’au taux arrondi : une ligne par étape, libellé et valeur.',
    parameters: {
      country: pays,
      debtor: debiteur,
      x: { name: 'x', description: 'Durée en années, non arrondie.' },
      type: typeGarantie,
      options: { name: 'options', description: 'Options « NOM=VALEUR; … » (voir BPI.TAUXPRIME).' },
    },
  },
  CATEGORY: {
    name: 'CATEGORIE',
    description: 'Catégorie de débiteur (CC1 à CC5) d’un débiteur non souverain d’après sa notation, selon la matrice de la note.',
    parameters: {
      score: { name: 'notation', description: 'Notation S&P/Fitch (AAA … C) ou Moody’s (Aaa … C).' },
      country: { name: 'catégorie_pays', description: 'Catégorie de pays OCDE, nombre entier de 0 à 7 (0 : colonne de la catégorie 1).' },
    },
  },
  COEF: {
    name: 'COEFFICIENTS',
    description: 'Coefficients a et b publiés de la formule de prime T = a·x + b, en points de pourcentage (deux colonnes).',
    parameters: {
      country: { name: 'catégorie_pays', description: 'Catégorie de pays OCDE, nombre entier de 0 à 7 (les catégories 0 et 1 partagent la ligne 0/1).' },
      debtor: debiteur,
      type: {
        name: 'type',
        description: 'NONPAYMENT (par défaut) ou un autre type ; INTERRUPTION et BOND se lisent dans la grille interruption de contrat.',
      },
    },
  },
  COVERADJ: {
    name: 'FACTEURSQUOTITE',
    description: 'Facteurs de quotité garantie (II-I) : facteur appliqué à la part risque pays et facteur appliqué à la part risque débiteur.',
    parameters: {
      pc_political: {
        name: 'quotité_politique',
        description: 'Quotité garantie pour les causes de sinistre politiques, p. ex. 100 % (supérieure à 0, au plus 100 %).',
      },
      pc_commercial: {
        name: 'quotité_commerciale',
        description: 'Quotité garantie pour les causes de sinistre commerciales ; vide : la même que la quotité politique.',
      },
      country: pays,
    },
  },
  HORIZON: {
    name: 'DUREECREDIT',
    description:
      'Durée de crédit x avec période de tirage (II-J) : durée de remboursement + 0,5 × délai entre le premier tirage et le point de départ du remboursement.',
    parameters: {
      repayment_years: {
        name: 'durée_remboursement',
        description: 'Durée de remboursement en années, non arrondie (amortissement linéaire, échéances semestrielles).',
      },
      drawdown_years: {
        name: 'durée_tirage',
        description: 'Années entre le premier tirage et le point de départ du remboursement ; vide : 0.',
      },
    },
  },
  EQUIVTERM: {
    name: 'DUREEEQUIVALENTE',
    description: 'Durée de crédit x d’un échéancier non standard (II-K) : la durée linéaire semestrielle de même durée de vie moyenne (DVM), 2 × DVM - 0,5.',
    parameters: {
      times: { name: 'dates', description: 'Dates de remboursement en années depuis le point de départ du remboursement : une ligne ou une colonne.' },
      amounts: {
        name: 'montants',
        description:
          'Principal remboursé à chaque date : une ligne ou une colonne de même longueur ; les cellules vides après la dernière valeur sont ignorées.',
      },
    },
  },
  PREMIUM: {
    name: 'MONTANTPRIME',
    description:
      'Montant de prime : assiette × taux, arrondi au centime ; la part s de la prime financée dans le crédit entre dans sa propre assiette (I-C-2) : assiette × taux / (1 - s × taux).',
    parameters: {
      basis: { name: 'assiette', description: 'Assiette de prime (un montant positif ou nul).' },
      rate: { name: 'taux_prime', description: 'Taux de prime, p. ex. BPI.TAUXPRIME(…) ou 1,01 % ; de 0 à moins de 100 %.' },
      financed: {
        name: 'financée',
        description: 'Part de la prime financée dans le crédit : VRAI (la totalité), FAUX (aucune) ou de 0 à 100 % ; vide : FAUX.',
      },
    },
  },
  CLAIMSPREMIUM: {
    name: 'PRIMECREANCES',
    description:
      'Prime sur créances (II-H) : jusqu’à 10 % du contrat au taux CLAIMS, la part de 10 % à 20 % au double du taux non arrondi, arrondie une seule fois.',
    parameters: {
      claims: { name: 'créances', description: 'Montant des créances garanties (au plus 20 % du contrat).' },
      contract: { name: 'contrat', description: 'Montant du contrat commercial assuré.' },
      country: pays,
      debtor: debiteur,
      x: { name: 'x', description: 'Années entre la facturation et l’échéance, non arrondies (0,25 au minimum est retenu).' },
    },
  },
  REVISEDBASIS: {
    name: 'ASSIETTEREVISEE',
    description:
      'Assiette de prime d’un crédit fournisseur sur un contrat à prix révisables (II-G) : assiette × (1 + 5 % × période d’exécution en années), arrondie au centime.',
    parameters: {
      basis: { name: 'assiette', description: 'Assiette de prime avant révision (un montant).' },
      execution_years: { name: 'période_exécution', description: 'Période d’exécution du contrat en années, non arrondie.' },
    },
  },
  SHARES: {
    name: 'REPARTIR',
    description:
      'Répartit un montant selon des quotes-parts (coassurance, quotas de réassurance) : des parts au centime dont la somme est exactement le total arrondi.',
    parameters: {
      amount: { name: 'montant', description: 'Montant à répartir (une seule valeur, positive ou nulle).' },
      shares: {
        name: 'quotes_parts',
        description: 'Quotes-parts (p. ex. 60 %, 40 %), chacune de 0 à 100 %, au total 100 % au plus ; une cellule vide donne une part vide.',
      },
    },
  },
  RETAINED: {
    name: 'RETENTION',
    description: 'Engagement conservé par un assureur-crédit réassuré par l’État (article R442-8-11 du Code des assurances).',
    parameters: {
      mode: {
        name: 'mode',
        description: 'COMPLEMENTARY (la garantie de l’État complète une garantie de premier rang) ou WHOLE (l’État garantit la totalité du montant garanti).',
      },
      amount: { name: 'montant', description: 'COMPLEMENTARY : la garantie de premier rang ; WHOLE : les créances.' },
    },
  },
  EKFPREMIUM: {
    name: 'PRIMEEKF',
    description:
      'Prime de réassurance EKF : QUOTA → chiffre d’affaires × taux (0,9 % à 1,4 % selon la catégorie de risque pays) ; TOPUP → chiffre d’affaires proportionnel × max(0,50 % ; taux de la police).',
    parameters: {
      cover: { name: 'couverture', description: 'QUOTA (réassurance en quote-part) ou TOPUP (couverture complémentaire).' },
      turnover: { name: 'chiffre_affaires', description: 'Chiffre d’affaires (QUOTA) ou quote-part proportionnelle du chiffre d’affaires (TOPUP).' },
      // taux_prime as in BPI.MONTANTPRIME: one French name per argument, so that a message names it as autocomplete does.
      rate: {
        name: 'taux_prime',
        description: 'QUOTA : taux de la catégorie de risque pays, obligatoire, de 0,9 % à 1,4 %. TOPUP : taux de la police ordinaire ; vide : 0,50 %.',
      },
    },
  },
  EKFELIGIBLE: {
    name: 'ELIGIBLEEKF',
    description: 'Indique si le dispositif de réassurance d’EKF peut s’appliquer : VRAI, ou le texte de la première condition non remplie.',
    parameters: {
      term_days: { name: 'durée_jours', description: 'Durée de crédit en jours (180 au plus).' },
      buyer_amount_dkk: { name: 'montant_acheteur_dkk', description: 'Montant réassuré sur l’acheteur, en couronnes danoises (50 millions au plus).' },
      months_since_default: {
        name: 'mois_depuis_défaut',
        description: 'Mois écoulés depuis le dernier défaut de paiement enregistré de l’acheteur ; vide s’il n’y en a aucun (moins de 6 : non éligible).',
      },
      declined: {
        name: 'refus',
        description: 'VRAI si l’assureur privé a refusé la couverture ou ne l’a accordée qu’en partie ; vide : VRAI.',
      },
      country_covered: {
        name: 'pays_couvert',
        description: 'VRAI si le pays de l’acheteur est couvert par l’accord de réassurance ; vide : VRAI.',
      },
      impending_loss: {
        name: 'sinistre_imminent',
        description: 'VRAI s’il existe un risque de sinistre imminent (non éligible) ; vide : FAUX.',
      },
    },
  },
  // BPI.SCHEDULETERM, BPI.SPREAD (issue 21)
  SCHEDULETERM: {
    name: 'DUREEECHEANCIER',
    description:
      'Durée de crédit x à partir des dates de l’opération (II-J et II-K) : 0,5 × FRACTION.ANNEE(premier tirage ; point de départ) + max(0 ; 2 × DVM - 0,5), DVM la durée de vie moyenne des remboursements depuis le point de départ.',
    parameters: {
      first_drawdown: { name: 'premier_tirage', description: 'Date du premier tirage (une cellule de date).' },
      starting_point: { name: 'point_départ', description: 'Point de départ du crédit (une cellule de date), au plus tôt le premier tirage.' },
      repayment_dates: {
        name: 'dates_remboursement',
        description: 'Dates de remboursement, au plus tôt le point de départ : une ligne ou une colonne.',
      },
      amounts: {
        name: 'montants',
        description:
          'Principal remboursé à chaque date : une ligne ou une colonne de même longueur ; les cellules vides après la dernière valeur sont ignorées.',
      },
      day_count: {
        name: 'base',
        description:
          'Base de calcul des jours, comme dans FRACTION.ANNEE : 0 30/360 américain, 1 exact/exact, 2 exact/360, 3 exact/365, 4 30/360 européen ; vide : 3.',
      },
    },
  },
  SPREAD: {
    name: 'MARGEANNUELLE',
    description:
      'Marge annuelle sur l’encours en principal dont la valeur actuelle égale celle d’une prime payée d’avance : prime / somme des encours × durée de la période × (1 + r)^-t.',
    parameters: {
      premium: { name: 'prime', description: 'La prime payée d’avance (un montant positif ou nul), p. ex. BPI.MONTANTPRIME(…).' },
      times: {
        name: 'dates',
        description:
          'Fin de chaque période, en années depuis le paiement de la prime, croissantes, la première strictement positive : une ligne ou une colonne.',
      },
      outstanding: {
        name: 'encours',
        description: 'Encours en principal pendant chaque période (positif ou nul, pas tous nuls) : une ligne ou une colonne de même longueur que les dates.',
      },
      discount_rate: { name: 'taux_actualisation', description: 'Taux d’actualisation annuel, supérieur à -100 % ; vide : 0.' },
    },
  },
  CHECK: {
    name: 'VERIFIER',
    description:
      'Vérifie un taux de prime calculé par un tiers : conforme à la note ou non et, sinon, l’erreur connue qui le donne (pourcentage au lieu de fraction, arrondi, plancher de 3 mois, barème, quotité garantie, k).',
    parameters: {
      given: {
        name: 'taux_vérifié',
        description: 'Le taux à vérifier, en fraction comme le résultat de BPI.TAUXPRIME (1,01 % ou 0,0101), nombre ou texte numérique.',
      },
      country: pays,
      debtor: debiteur,
      x: { name: 'x', description: 'Durée en années, non arrondie.' },
      type: typeGarantie,
      options: { name: 'options', description: 'Options « NOM=VALEUR; … » (voir BPI.TAUXPRIME).' },
    },
  },
  // BPI.MPR (issue 22)
  MPR: {
    name: 'PRIMEMINOCDE',
    description:
      'Taux de prime minimum de l’OCDE (Arrangement, annexe VI) pour les catégories de pays 1 à 7, en fraction du principal (9,36 % vaut 0,0936), non arrondi.',
    parameters: {
      country: {
        name: 'catégorie_pays',
        description: 'Catégorie de pays OCDE, nombre entier de 1 à 7 (la catégorie 0 n’a pas de minimum calculé par formule : #N/A).',
      },
      debtor: {
        name: 'catégorie_débiteur',
        description: 'Catégorie de débiteur : SOV+, SOV/CCO, CC1 … CC5, si l’Arrangement la prévoit dans la catégorie de pays.',
      },
      hor: {
        name: 'horizon_risque',
        description:
          'Horizon de risque en années, de 0 à 100 : la moitié de la période de tirage plus la durée de remboursement (donné par BPI.DUREECREDIT, ou par BPI.DUREEECHEANCIER à partir des dates de l’opération).',
      },
      options: {
        name: 'options',
        description:
          'Options « NOM=VALEUR; … », noms inchangés : COVER (quotité garantie), PCP, PCC, QUALITY (BELOW, STANDARD ou ABOVE), LOCALCCY, ASSIGNMENT, MOBILE, FIXED, LOCALESCROW, TERM.',
      },
    },
  },
};
