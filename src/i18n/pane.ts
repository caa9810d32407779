/**
 * Every word the task pane shows, in English and in French. The French catalogue is typed as the English
 * one (PaneText), so a missing or extra text does not compile; records keyed by the core's names (options,
 * types, debtor categories) are checked against those names the same way. Text between backticks is code
 * (a formula, an option text) and is rendered as such; French spacing (no-break space before « : ; % »…)
 * is added by frenchCatalogue, so the French below is written with ordinary spaces.
 *
 * Not here: the function documentation (names, descriptions, parameters come from functions.json and
 * src/i18n/functions.fr.ts, the metadata Excel reads), the steps' labels (src/i18n/steps.ts) and the
 * error messages (src/i18n/errors.ts).
 */
import type { ExcelErrorCode } from '../core/errors';
import type { OptionName } from '../core/options';
import type { RateTypeName } from '../core/rateTypes';
import type { Quality } from '../core/tables/oecdMpr';
import type { DEBTOR_CATEGORIES } from '../core/tables/types';
import type { Lang } from './lang';
import { TERMS } from './terms';
import { frenchCatalogue } from './typography';

type Debtor = (typeof DEBTOR_CATEGORIES)[number];
type OptionValueKind = 'fraction' | 'bool' | 'level';
export type RoundingExampleId = 'half' | 'cover' | 'above';
export type { TableName } from './terms';

const EN = {
  /** Static parts of taskpane.html, by their data-i18n key. */
  html: {
    title: 'BPI premium',
    skip: 'Skip to the calculator',
    h1: 'BPI premium',
    introBefore: 'Bpifrance Assurance Export premium rates, as the note ',
    introNote: 'Premium calculation',
    introAfter: ' (March 2018) computes them.',
    nav: 'Sections',
    views: 'Views',
    navCalculator: 'Calculator',
    navDocs: 'Documentation',
    docs: 'Documentation',
    navFunctions: 'Functions',
    navRounding: 'Rounding',
    navCategories: 'Categories',
    navOptions: 'Options',
    navReadings: 'Readings',
    navErrors: 'Errors',
    navEdition: 'Edition',
    calculator: 'Calculator',
    dealModel: 'Deal model',
  },
  calc: {
    form: 'Premium rate calculator',
    countryLabel: 'Country category',
    countryHint: 'OECD category of the buyer’s country; 0 is the former category 0, priced on row 0/1 as an indication only',
    /** The option texts of the country picker, 0 to 7: short, so that they show whole at 320 px. */
    countries: ['0 – indicative (row 0/1)', '1 – lowest risk (row 0/1)', '2', '3', '4', '5', '6', '7 – highest risk'],
    debtorLabel: 'Debtor category or score',
    debtorHint: 'pick a category, or type a score such as BB- or Ba3',
    debtorMeanings: {
      'SOV+': 'better than sovereign',
      'SOV/CCO': 'sovereign (SOV, CCO)',
      CC1: 'best non-sovereign',
      CC2: 'non-sovereign',
      CC3: 'non-sovereign',
      CC4: 'non-sovereign',
      CC5: 'weakest non-sovereign',
    } satisfies Record<Debtor, string>,
    xLabel: 'x (years)',
    /** The x hint for the chosen type: what x is (TERMS.xMeans), and the 3-month floor where the type has one. */
    xHint: (means: string, floor: boolean) => `x is the ${means}, in years, unrounded${floor ? ' (at least 0.25)' : ''}`,
    typeLabel: 'Type',
    typeHint: 'the note’s section in brackets; the types are described in the documentation',
    /** The type picker's words (the option values stay the codes the formula takes). */
    types: {
      NONPAYMENT: 'NONPAYMENT',
      INTERRUPTION: 'INTERRUPTION',
      ENVELOPE: 'ENVELOPE',
      BOND: 'BOND',
      LC: 'LC',
      CASH: 'CASH',
      CLAIMS: 'CLAIMS',
    } satisfies Record<RateTypeName, string>,
    optionsLabel: 'Options',
    optionsHint: 'NAME=VALUE; … (see Options in the documentation)',
    optionsPlaceholder: 'e.g. COVER=100%; MOBILE=25%',
    premiumGroup: 'Premium',
    amountLabel: 'Amount (premium basis)',
    amountHint: 'optional; 1,000,000 or 1000000',
    amountPlaceholder: 'e.g. 1,000,000',
    financedLabel: 'Financed share of the premium',
    financedHint: '0 % or blank: paid in cash; 100 %: all capitalised into the credit (I-C-2); 50 %: half',
    financedPlaceholder: 'e.g. 100 %',
    calculate: 'Calculate',
    insert: 'Insert rate formula',
    insertPremium: 'Insert premium formula',
    rate: 'Premium rate',
    premium: 'Premium',
    formula: 'Formula: ',
    premiumFormula: 'Premium formula: ',
    /** The financed premium's rule, under the premium. */
    financedNote: (share: string) => `${share} of the premium financed: premium = amount × rate / (1 − share × rate).`,
    score: (p: { score: string; country: string; debtor: string }) =>
      `Score ${p.score} in country category ${p.country} → debtor category ${p.debtor} (I-A matrix).`,
    indicative: TERMS.en.indicative,
    inserted: (formula: string) => `Inserted ${formula} in the selected cell.`,
    steps: 'Steps',
    stepsCaption: 'Steps, as BPI.EXPLAIN computes them (rates, shares, cover and reductions in %)',
    stepsNote: (decimals: number) =>
      `Every value is exact. One that does not terminate (after the division by 0.95) is shown to ${decimals} decimals, cut off, then “…”; a factor also as its fraction (39/38).`,
    step: 'Step',
    value: 'Value',
    copySteps: 'Copy the steps',
    copied: 'Steps copied as two columns (step, value): paste them into a sheet.',
    copyFailed: (reason: string) => `Could not copy the steps: ${reason}`,
    print: 'Print',
    mpr: {
      label: 'OECD minimum (standard product)',
      gap: (points: string, sign: number) =>
        sign === 0 ? 'the note’s rate equals it.' : `the note’s rate is ${points} percentage points ${sign > 0 ? 'above' : 'below'} it.`,
      why: 'The OECD Arrangement’s floor (BPI.MPR) for the same deal, cover and mitigations; the note’s table is the floor of the below-standard product, rounded to three decimals.',
      category0: 'No OECD minimum in country category 0: market-benchmark countries are priced case by case.',
      preShipment: 'No OECD minimum for this type: the Arrangement sets none for pre-shipment risk.',
      omitted: (names: string) => `Not in the Arrangement, left out: ${names}.`,
      steps: 'OECD minimum: steps',
      caption: 'Steps of the OECD minimum, as BPI.MPR computes them (rates and parts in %)',
      /** The product quality in words (the options text keeps QUALITY=BELOW…). */
      quality: { BELOW: 'below standard', STANDARD: 'standard', ABOVE: 'above standard' } satisfies Record<Quality, string>,
      formula: 'Formula: ',
    },
    term: {
      title: 'x from the drawdown and repayment periods',
      drawdown: 'Drawdown period',
      repayment: 'Repayment period',
      unit: 'Unit',
      months: 'months',
      years: 'years',
      use: 'Use as x',
      hint: 'x = repayment period + ½ × drawdown period (II-J), as BPI.HORIZON computes it.',
      used: (x: string) => `x set to ${x}.`,
    },
  },
  scrollHint: 'Scroll sideways for more columns →',
  dealModel: {
    about:
      'A ready sheet "Deal" (labels in English and French): the deal’s inputs, each named and with a note, then x, the rate, the steps, the premium, financed or not, and its split between co-insurers, all by the BPI functions.',
    download: (file: string) => `Download ${file}`,
    unsupported:
      'This version of Excel cannot insert a sheet from the add-in (it needs ExcelApi 1.13). Download the model and open it, or move its sheet into your workbook:',
    outside: 'Outside Excel the model can be downloaded; open it in Excel with the add-in loaded:',
    button: 'New deal model',
    inserting: 'Inserting the deal model…',
    inserted: 'Inserted the sheet "Deal": type the deal’s inputs in its blue cells.',
    failed: (reason: string) => `Could not insert the deal model: ${reason}`,
  },
  functions: {
    title: 'Functions',
    intro1:
      'Rates are returned as fractions (1.01 % is 0.0101, so =amount*BPI.RATE(…) is the premium); percentages of cover and reduction levels are fractions too (95% in a cell is 0.95; a value above 1 is an error). x is in years, unrounded. Amounts are rounded half up to the cent.',
    intro2:
      'Every argument may be a range: the result spills with the same shape, each cell computed on its own; a row whose required inputs are all blank gives an empty text. EXPLAIN takes single values only.',
    names: 'The names in an Excel whose display language is French are given with each function; the English names work in every Excel.',
    otherName: 'In a French Excel: ',
    args: (fn: string) => `${fn} arguments`,
    argHead: ['Argument', 'Meaning and unit', 'If left out'],
    required: 'required',
    returns: 'Returns: ',
    example: 'Example: ',
    types: 'Types',
    typeCaption: 'type (RATE, EXPLAIN, COEF)',
    typeHead: ['type', 'Section', 'Table', 'x means'],
    xMeans: TERMS.en.xMeans,
    atLeastQuarter: ', at least 0.25',
    tables: TERMS.en.tables,
  },
  rounding: {
    title: 'Rounding',
    rule: 'The note: “Premium rates only go up to two decimal places. No intermediate rounding is applied.” The rate in % is rounded once, at the end, half up at the third decimal: 1.005 % → 1.01 %, 2.424999 % → 2.42 %. Every step before is exact decimal arithmetic; numbers read from cells are taken as the decimal Excel shows. Amounts (premiums, shares) are rounded half up to the cent.',
    worked: 'Worked examples',
    workedIntro:
      'Computed by the add-in’s core as this page opens. “Binary spreadsheet” is the same unrounded value held in binary, as a spreadsheet holds it, then rounded to two decimals, as a plain calculation would.',
    unrounded: 'Unrounded',
    naive: 'Binary spreadsheet',
    examples: {
      half: {
        title: 'Exactly half way',
        why: 'T = 0.660 × 1 + 0.345 = 1.005 exactly; the third decimal is 5, so it rounds up. Held in binary, 1.005 is 1.00499999…, so a spreadsheet rounds it down.',
      },
      cover: {
        title: 'Half way only after the cover ratio',
        why: '1.33 % × 97.5 %/95 % = 1.33 × 39/38 = 1.365 exactly. Dividing by 0.95 before multiplying rounds 39/38 and can tip the tie down; the core divides last, exactly.',
      },
      above: {
        title: 'Above the standard cover',
        why: 'S = 0.345 × 5 + 0.345 = 2.07, T = 0.564 × 5 + 0.345 = 3.165, k = 0.00489, C = 1.00489; R = 3.165 × 100/95 × 1.00489.',
      },
    } satisfies Record<RoundingExampleId, { title: string; why: string }>,
  },
  categories: {
    title: 'Country and debtor categories',
    intro:
      'Country category: an integer 0–7. Debtor category: SOV+ (better than sovereign), SOV/CCO (sovereign; SOV and CCO are accepted), then CC1 (best) to CC5 for public non-sovereign and private debtors. SOV+ and SOV/CCO are designations, not scores. For bank guarantees and L/C, the bank’s category is used.',
    countries: 'Country categories',
    countryCaption: 'Country categories (OECD)',
    countryHead: ['Category', 'Priced on row', 'k (II-I)', 'Note'],
    category0: 'Former category 0 (market benchmarks): priced on the 0/1 row, indicative only',
    matrixIntro:
      'A non-sovereign debtor’s category comes from its score and the country category (BPI.CATEGORY): a score better than the best range is CC1; “or below” runs to C; “-” means the note gives no such class. D, SD and RD are errors.',
    matrix: 'Score matrix',
    matrixCaption: 'Debtor category from a score (I-A), as printed; category 0 uses row 1',
    /** A cell of the note's matrix as printed ("From AAA to AA-", "BB- or below"). */
    range: (cell: string) => cell,
    country: 'Country',
    scales: 'Rating scales: S&P / Fitch and Moody’s, rank for rank',
    coefficients: (table: string, section: string) => `Coefficients a / b, ${table} table (${section})`,
    coefficientsRegion: (table: string) => `${table} coefficients`,
    dash: 'A “-” in a coefficient table means the note publishes no coefficient for that pair: the functions return #N/A.',
  },
  options: {
    title: 'Options',
    intro:
      'RATE and EXPLAIN take one text of options after type: NAME=VALUE parts separated by “;”, e.g. `"MOBILE=25%; COVER=100%"`. Names are case-insensitive; a bare name means yes, and for a reduction the published maximum. Values: numbers with a “.” or “,” decimal point (`COVER=97,5%`), percentages (`25%`); for a yes/no option, the bare name, or `=TRUE`/`=FALSE` (`=1`/`=0`). Unknown names and malformed values are #VALUE! errors; a level above its maximum is #NUM!, never silently capped.',
    head: ['Option', 'Value', 'Rule'],
    /** The table's region name: not "Options", the section's (axe landmark-unique). */
    table: 'Option table',
    values: { fraction: 'percentage', bool: 'yes/no', level: 'level' } satisfies Record<OptionValueKind, string>,
    inCategory0: (range: string) => `(${range} in category 0)`,
    rules: {
      COVER: 'Sets both political and commercial percentage of cover (default 95 %).',
      PCP: 'Political percentage of cover alone.',
      PCC: 'Commercial percentage of cover alone.',
      POLITICAL:
        'Political causes of loss only, private debtor (II-A, II-L): INTERRUPTION and BOND → 90 % of the SOV/CCO rate; non-payment types → the SOV/CCO rate.',
      CONSTRUCTION: '× 1.3 (construction or large local content), INTERRUPTION only.',
      CASHLC: '× 0.8 (II-E: cash contract paid by confirmed irrevocable L/C), INTERRUPTION only.',
      ESCROW: 'Escrow account blocked overseas: priced as country category n − 1; not for category 0 or 1; exclusive (no other mitigation, not with SOV+).',
      LOCALCCY: 'Local currency financing: reduction of the country-risk share.',
      ASSIGNMENT: 'Assignment of contract income or receivables: reduction of the debtor-risk share.',
      MOBILE: 'Security right / transfer of ownership over a mobile asset: reduction of the debtor-risk share.',
      FIXED: 'Security right on a fixed asset: reduction of the debtor-risk share; never with MOBILE.',
      LOCALESCROW: 'Local escrow account, the level already made proportionate to the amount in escrow.',
    } satisfies Record<OptionName, string>,
    outro:
      'Mitigations (ESCROW, LOCALCCY and the debtor-risk reductions) apply to NONPAYMENT, ENVELOPE, LC and CASH only. The debtor-risk reductions add up and the sum is capped at 35 % (the published rule, applied silently); a debtor-risk share ≤ 0 (SOV+) is not reduced.',
  },
  readings: {
    title: 'Readings of the note',
    intro: 'Where the note is ambiguous, the add-in reads it as follows.',
    items: (k2: string) => [
      'II-I (percentage of cover) says “political” twice in the English note; the add-in uses max(political, commercial) for the country-risk share and the commercial percentage for the debtor-risk share, as the OECD rule it cites does.',
      'Reduction levels are at Bpifrance’s discretion, so you give the level; TRUE means the published maximum.',
      'Escrow overseas is exclusive: it combines with nothing, local currency financing included.',
      'The debtor-risk reductions add up (10 % + 25 % = 35 %), then the 35 % cap applies.',
      'The 0.25 floor is applied as max(x, 0.25): a term just over 3 months never prices below one of 3 months.',
      'Category 0 (“former category 0”, market benchmarks) prices on the 0/1 row; the note prices such risks case by case, so the result is indicative only (EXPLAIN and the calculator say so).',
      'Claims between 10 % and 20 % of the contract: the doubled rate is 2 × the unrounded rate, rounded once.',
      `The note’s k for country category 2 is ${k2} (the OECD Arrangement publishes 0.00337). The add-in uses the note’s value, since it prices as Bpifrance does.`,
    ],
  },
  errors: {
    title: 'Errors',
    head: ['Error', 'When'],
    value: 'wrong kind of value: text where a number is needed, unknown debtor, type, option or score; ranges of different shapes',
    num: 'number out of range: country 8, x < 0, cover above 100 %, MOBILE=30%, claims over 20 %',
    na: 'the note publishes no coefficient for the pair (e.g. CC5 in category 5); the message lists the debtor categories it prices in that country category',
    outro:
      'Each error carries a message naming the argument, the value received and what is allowed. Excel shows a custom function’s message only for #VALUE! and #N/A (hover the cell’s error indicator); a #NUM! from a BPI function shows no message in Excel. Type the same inputs into the calculator to read the message.',
    codes:
      'The codes are Excel’s English names: a French Excel shows #VALEUR! for #VALUE! and #NOMBRE! for #NUM! (#N/A stays #N/A). Messages are in Office’s display language: in French in a French Excel (arguments named as its autocomplete names them), in English otherwise.',
  },
  edition: {
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    title: (edition: string) => `Edition: ${edition}`,
    text: (edition: string) =>
      `The add-in follows Bpifrance Assurance Export’s note “Premium calculation”, edition ${edition} (English version; the French version prevails). The note’s rates are for information only: Bpifrance Assurance Export may increase them depending on its risk assessment, and does not apply them to aircraft or ships.`,
    privacy: 'Nothing you type here leaves this page: the add-in makes no network request except loading Office.js, and sends no telemetry.',
  },
};

export type PaneText = typeof EN;

const FR: PaneText = {
  html: {
    title: 'Prime BPI',
    skip: 'Aller au calculateur',
    h1: 'Prime BPI',
    introBefore: 'Les taux de prime de Bpifrance Assurance Export, calculés comme le fait la note ',
    introNote: 'Calcul de la prime',
    introAfter: ' (mars 2018).',
    nav: 'Rubriques',
    views: 'Vues',
    navCalculator: 'Calculateur',
    navDocs: 'Documentation',
    docs: 'Documentation',
    navFunctions: 'Fonctions',
    navRounding: 'Arrondi',
    navCategories: 'Catégories',
    navOptions: 'Options',
    navReadings: 'Interprétation',
    navErrors: 'Erreurs',
    navEdition: 'Édition',
    calculator: 'Calculateur',
    dealModel: 'Modèle d’opération',
  },
  calc: {
    form: 'Calculateur de taux de prime',
    countryLabel: 'Catégorie de pays',
    countryHint: 'catégorie OCDE du pays de l’acheteur ; la 0 est l’ancienne catégorie 0, tarifée sur la ligne 0/1 à titre indicatif',
    countries: ['0 – indicatif (ligne 0/1)', '1 – risque minimal (ligne 0/1)', '2', '3', '4', '5', '6', '7 – risque maximal'],
    debtorLabel: 'Catégorie de débiteur ou notation',
    debtorHint: 'choisissez une catégorie, ou saisissez une notation telle que BB- ou Ba3',
    debtorMeanings: {
      'SOV+': 'meilleur que le souverain',
      'SOV/CCO': 'souverain (SOV, CCO)',
      CC1: 'meilleur non souverain',
      CC2: 'non souverain',
      CC3: 'non souverain',
      CC4: 'non souverain',
      CC5: 'non souverain le plus faible',
    },
    xLabel: 'x (années)',
    xHint: (means, floor) => `x est ${means}, en années, sans arrondi${floor ? ' (0,25 au minimum)' : ''}`,
    typeLabel: 'Type',
    typeHint: 'section de la note entre parenthèses ; la formule reprend le code (NONPAYMENT…)',
    types: {
      NONPAYMENT: 'non-paiement',
      INTERRUPTION: 'interruption de contrat',
      ENVELOPE: 'enveloppe de créances',
      BOND: 'appel de caution',
      LC: 'crédit documentaire',
      CASH: 'contrat au comptant',
      CLAIMS: 'prime sur créances',
    },
    optionsLabel: 'Options',
    optionsHint: 'NOM=VALEUR; … (voir Options dans la documentation)',
    optionsPlaceholder: 'p. ex. COVER=100%; MOBILE=25%',
    premiumGroup: 'Prime',
    amountLabel: 'Montant (assiette de prime)',
    amountHint: 'facultatif ; 1\u202f000\u202f000 ou 1000000',
    amountPlaceholder: 'p. ex. 1\u202f000\u202f000',
    financedLabel: 'Part financée de la prime',
    financedHint: 'vide ou 0 % : prime payée comptant ; 100 % : entièrement incorporée au crédit (I-C-2) ; 50 % : pour moitié',
    financedPlaceholder: 'p. ex. 100 %',
    calculate: 'Calculer',
    insert: 'Insérer la formule du taux',
    insertPremium: 'Insérer la formule de la prime',
    rate: 'Taux de prime',
    premium: 'Prime',
    formula: 'Formule : ',
    premiumFormula: 'Formule de la prime : ',
    financedNote: (share) => `Prime financée à ${share} : prime = montant × taux / (1 − part × taux).`,
    score: (p) => `Notation ${p.score} en catégorie de pays ${p.country} → catégorie de débiteur ${p.debtor} (matrice I-A).`,
    indicative: TERMS.fr.indicative,
    inserted: (formula) => `Formule ${formula} insérée dans la cellule sélectionnée.`,
    steps: 'Étapes',
    stepsCaption: 'Étapes, telles que BPI.EXPLIQUER les calcule (taux, parts, quotités et réductions en %)',
    stepsNote: (decimals) =>
      `Toutes les valeurs sont exactes. Une valeur qui ne tombe pas juste (après la division par 0,95) est affichée avec ${decimals} décimales, tronquée, suivie de « … » ; un facteur aussi sous forme de fraction (39/38).`,
    step: 'Étape',
    value: 'Valeur',
    copySteps: 'Copier les étapes',
    copied: 'Étapes copiées en deux colonnes (étape, valeur) : collez-les dans une feuille.',
    copyFailed: (reason) => `Impossible de copier les étapes : ${reason}`,
    print: 'Imprimer',
    mpr: {
      label: 'Minimum OCDE (produit standard)',
      gap: (points, sign) =>
        sign === 0
          ? 'le taux de la note lui est égal.'
          : `le taux de la note lui est ${sign > 0 ? 'supérieur' : 'inférieur'} de ${points} ${Number(points.replace(',', '.')) >= 2 ? 'points' : 'point'}.`,
      why: 'Le plancher de l’Arrangement de l’OCDE (BPI.PRIMEMINOCDE) pour la même opération, la même quotité et les mêmes atténuations ; la grille de la note est le plancher du produit inférieur au standard, arrondi à trois décimales.',
      category0: 'Pas de minimum OCDE en catégorie de pays 0 : les pays à références de marché sont tarifés au cas par cas.',
      preShipment: 'Pas de minimum OCDE pour ce type : l’Arrangement n’en fixe pas pour le risque de fabrication.',
      omitted: (names) => `Hors Arrangement, non repris : ${names}.`,
      steps: 'Minimum OCDE : étapes',
      caption: 'Étapes du minimum OCDE, telles que BPI.PRIMEMINOCDE les calcule (taux et parts en %)',
      quality: { BELOW: 'inférieur au standard', STANDARD: 'standard', ABOVE: 'supérieur au standard' },
      formula: 'Formule : ',
    },
    term: {
      title: 'x d’après les périodes de tirage et de remboursement',
      drawdown: 'Période de tirage',
      repayment: 'Durée de remboursement',
      unit: 'Unité',
      months: 'mois',
      years: 'années',
      use: 'Reporter dans x',
      hint: 'x = durée de remboursement + ½ × période de tirage (II-J), comme le calcule BPI.DUREECREDIT.',
      used: (x) => `x = ${x}.`,
    },
  },
  scrollHint: 'Faites défiler horizontalement pour voir les autres colonnes →',
  dealModel: {
    about:
      'Une feuille « Deal » prête à l’emploi (libellés en anglais et en français) : les données de l’opération, chacune nommée et commentée, puis x, le taux, les étapes, la prime, financée ou non, et sa répartition entre coassureurs, le tout par les fonctions BPI.',
    download: (file) => `Télécharger ${file}`,
    unsupported:
      'Cette version d’Excel ne permet pas au complément d’insérer une feuille (il faut ExcelApi 1.13). Téléchargez le modèle et ouvrez-le, ou déplacez sa feuille dans votre classeur :',
    outside: 'Hors d’Excel, le modèle peut être téléchargé ; ouvrez-le dans Excel avec le complément chargé :',
    button: 'Nouveau modèle d’opération',
    inserting: 'Insertion du modèle d’opération…',
    inserted: 'Feuille « Deal » insérée : saisissez les données de l’opération dans ses cellules bleues.',
    failed: (reason) => `Impossible d’insérer le modèle d’opération : ${reason}`,
  },
  functions: {
    title: 'Fonctions',
    intro1:
      'Les taux sont renvoyés en fraction (1,01 % vaut 0,0101, donc =montant*BPI.TAUXPRIME(…) donne la prime) ; les quotités garanties et les niveaux de réduction aussi (95 % dans une cellule vaut 0,95 ; une valeur supérieure à 1 est une erreur). x est en années, non arrondi. Les montants sont arrondis au centime le plus proche (demi au supérieur).',
    intro2:
      'Chaque argument peut être une plage : le résultat se propage avec la même forme, chaque cellule calculée séparément ; une ligne dont toutes les données obligatoires sont vides donne un texte vide. BPI.EXPLIQUER n’accepte que des valeurs uniques.',
    names:
      'Chaque fonction est présentée sous son nom français, celui d’un Excel en français ; le nom anglais, indiqué avec elle, fonctionne dans toutes les langues d’Excel.',
    otherName: 'Nom anglais (toutes langues) : ',
    args: (fn) => `Arguments de ${fn}`,
    argHead: ['Argument', 'Signification et unité', 'Si omis'],
    required: 'obligatoire',
    returns: 'Renvoie : ',
    example: 'Exemple : ',
    types: 'Types',
    typeCaption: 'type (TAUXPRIME, EXPLIQUER, COEFFICIENTS)',
    typeHead: ['type', 'Section', 'Grille', 'x désigne'],
    xMeans: TERMS.fr.xMeans,
    atLeastQuarter: ', 0,25 au minimum',
    tables: TERMS.fr.tables,
  },
  rounding: {
    title: 'Arrondi',
    rule: 'La note : les taux de prime sont exprimés avec deux décimales au plus, sans arrondi intermédiaire. Le taux en % est arrondi une seule fois, à la fin, au centième le plus proche (demi au supérieur, d’après la troisième décimale) : 1,005 % → 1,01 % ; 2,424999 % → 2,42 %. Toutes les étapes précédentes sont calculées en décimal exact ; un nombre lu dans une cellule est pris pour la valeur décimale qu’Excel affiche. Les montants (primes, parts) sont arrondis au centime le plus proche (demi au supérieur).',
    worked: 'Exemples chiffrés',
    workedIntro:
      'Calculés par le moteur de calcul du complément à l’ouverture de cette page. « Tableur (binaire) » : la même valeur non arrondie, stockée en binaire comme le fait un tableur, puis arrondie à deux décimales, comme le ferait un calcul ordinaire.',
    unrounded: 'Non arrondi',
    naive: 'Tableur (binaire)',
    examples: {
      half: {
        title: 'Exactement à mi-chemin',
        why: 'T = 0,660 × 1 + 0,345 = 1,005 exactement ; la troisième décimale est 5, on arrondit donc au supérieur. Stocké en binaire, 1,005 vaut 1,00499999…, si bien qu’un tableur arrondit à l’inférieur.',
      },
      cover: {
        title: 'À mi-chemin seulement après le rapport de quotité',
        why: '1,33 % × 97,5 %/95 % = 1,33 × 39/38 = 1,365 exactement. Diviser par 0,95 avant de multiplier arrondit 39/38 et peut faire basculer l’égalité vers le bas ; le moteur de calcul divise en dernier, exactement.',
      },
      above: {
        title: 'Quotité supérieure à la quotité standard',
        why: 'S = 0,345 × 5 + 0,345 = 2,07 ; T = 0,564 × 5 + 0,345 = 3,165 ; k = 0,00489 ; C = 1,00489 ; R = 3,165 × 100/95 × 1,00489.',
      },
    },
  },
  categories: {
    title: 'Catégories de pays et de débiteur',
    intro:
      'Catégorie de pays : un entier de 0 à 7. Catégorie de débiteur : SOV+ (meilleur que le souverain), SOV/CCO (souverain ; SOV et CCO sont acceptés), puis de CC1 (la meilleure) à CC5 pour les débiteurs publics non souverains et les débiteurs privés. SOV+ et SOV/CCO sont des désignations, pas des notations. Pour les cautions bancaires et les crédits documentaires, c’est la catégorie de la banque qui compte.',
    countries: 'Catégories de pays',
    countryCaption: 'Catégories de pays (OCDE)',
    countryHead: ['Catégorie', 'Ligne de tarification', 'k (II-I)', 'Remarque'],
    category0: 'Ancienne catégorie 0 (références de marché) : tarifée sur la ligne 0/1, à titre indicatif seulement',
    matrixIntro:
      'La catégorie d’un débiteur non souverain découle de sa notation et de la catégorie de pays (BPI.CATEGORIE) : une notation meilleure que la meilleure tranche donne CC1 ; « ou moins » va jusqu’à C ; « - » signifie que la note ne prévoit pas cette catégorie. D, SD et RD sont des erreurs.',
    matrix: 'Matrice des notations',
    matrixCaption: 'Catégorie de débiteur d’après la notation (I-A), telle que publiée ; la catégorie 0 suit la ligne 1',
    range: (cell) => cell.replace(/^From (\S+) to (\S+)$/, 'De $1 à $2').replace(/^(\S+) or below$/, '$1 ou moins'),
    country: 'Pays',
    scales: 'Échelles de notation : S&P / Fitch et Moody’s, rang pour rang',
    coefficients: (table, section) => `Coefficients a / b, grille ${table} (${section})`,
    coefficientsRegion: (table) => `Coefficients, grille ${table}`,
    dash: 'Un « - » dans une grille de coefficients signifie que la note ne publie pas de coefficient pour ce couple : les fonctions renvoient #N/A.',
  },
  options: {
    title: 'Options',
    intro:
      'BPI.TAUXPRIME et BPI.EXPLIQUER acceptent, après le type, un texte d’options : des éléments NOM=VALEUR séparés par « ; », p. ex. `"MOBILE=25%; COVER=100%"`. Les noms restent en anglais, comme les fonctions les lisent, et la casse est indifférente ; un nom seul vaut « oui » et, pour une réduction, le maximum publié. Valeurs : des nombres avec une virgule ou un point décimal (`COVER=97,5%` comme `COVER=97.5%`), des pourcentages (`25%`) ; pour une option oui/non, le nom seul, ou `=TRUE`/`=FALSE` (`=1`/`=0`), en anglais comme les noms. Un nom inconnu ou une valeur mal formée donne #VALEUR! ; un niveau supérieur à son maximum donne #NOMBRE!, jamais un plafonnement silencieux.',
    head: ['Option', 'Valeur', 'Règle'],
    table: 'Tableau des options',
    values: { fraction: 'pourcentage', bool: 'oui/non', level: 'niveau' },
    inCategory0: (range) => `(${range} en catégorie 0)`,
    rules: {
      COVER: 'Fixe à la fois la quotité garantie politique et la quotité garantie commerciale (95 % par défaut).',
      PCP: 'Quotité garantie politique seule.',
      PCC: 'Quotité garantie commerciale seule.',
      POLITICAL:
        'Risques politiques seuls, débiteur privé (II-A, II-L) : INTERRUPTION et BOND → 90 % du taux SOV/CCO ; types de non-paiement → le taux SOV/CCO.',
      CONSTRUCTION: '× 1,3 (construction ou forte part locale), INTERRUPTION seulement.',
      CASHLC: '× 0,8 (II-E : contrat au comptant payé par crédit documentaire irrévocable confirmé), INTERRUPTION seulement.',
      ESCROW:
        'Compte séquestre à l’étranger : tarifé comme la catégorie de pays n − 1 ; pas en catégorie 0 ou 1 ; exclusif (aucune autre atténuation du risque, pas avec SOV+).',
      LOCALCCY: 'Financement en monnaie locale : réduction de la part risque pays.',
      ASSIGNMENT: 'Cession des recettes du contrat ou de créances : réduction de la part risque débiteur.',
      MOBILE: 'Nantissement, sûreté ou transfert de propriété sur un bien meuble : réduction de la part risque débiteur.',
      FIXED: 'Sûreté sur un bien immeuble : réduction de la part risque débiteur ; jamais avec MOBILE.',
      LOCALESCROW: 'Compte séquestre local, niveau déjà proportionné au montant séquestré.',
    },
    outro:
      'Les techniques d’atténuation du risque (ESCROW, LOCALCCY et les réductions de la part risque débiteur) ne s’appliquent qu’à NONPAYMENT, ENVELOPE, LC et CASH. Les réductions de la part risque débiteur s’additionnent et leur somme est plafonnée à 35 % (règle publiée, appliquée sans message) ; une part risque débiteur négative ou nulle (SOV+) n’est pas réduite.',
  },
  readings: {
    title: 'Interprétation de la note',
    intro: 'Là où la note prête à interprétation, le complément la lit ainsi.',
    items: (k2) => [
      'II-I (quotité garantie) écrit deux fois « politique » dans la version anglaise de la note ; le complément retient max(quotité politique, quotité commerciale) pour la part risque pays et la quotité commerciale pour la part risque débiteur, comme la règle OCDE qu’elle cite.',
      'Les niveaux de réduction sont à l’appréciation de Bpifrance : c’est vous qui indiquez le niveau ; le nom seul (ou `=TRUE`) vaut le maximum publié.',
      'Le compte séquestre à l’étranger est exclusif : il ne se cumule avec rien, pas même le financement en monnaie locale.',
      'Les réductions de la part risque débiteur s’additionnent (10 % + 25 % = 35 %), puis le plafond de 35 % s’applique.',
      'Le plancher de 0,25 s’applique comme max(x ; 0,25) : une durée d’un peu plus de 3 mois n’est jamais tarifée en dessous d’une durée de 3 mois.',
      'La catégorie 0 (« ancienne catégorie 0 », références de marché) est tarifée sur la ligne 0/1 ; la note tarifie ces risques au cas par cas, le résultat n’est donc qu’indicatif (BPI.EXPLIQUER et le calculateur le signalent).',
      'Créances entre 10 % et 20 % du contrat : le taux doublé est 2 × le taux non arrondi, arrondi une seule fois.',
      `Le k de la note pour la catégorie de pays 2 est ${k2} (l’Arrangement de l’OCDE publie 0,00337). Le complément retient la valeur de la note, puisqu’il tarifie comme Bpifrance.`,
    ],
  },
  errors: {
    title: 'Erreurs',
    head: ['Erreur', 'Quand'],
    value:
      'type de valeur incorrect : un texte au lieu d’un nombre, un débiteur, un type, une option ou une notation inconnus ; des plages de formes différentes',
    num: 'nombre hors limites : catégorie de pays 8 ; x < 0 ; quotité supérieure à 100 % ; MOBILE=30% ; créances supérieures à 20 %',
    na: 'la note ne publie pas de coefficient pour ce couple (p. ex. CC5 en catégorie 5) ; le message liste les catégories de débiteur tarifées dans cette catégorie de pays',
    outro:
      'Chaque erreur porte un message qui nomme l’argument, la valeur reçue et ce qui est admis. Excel n’affiche le message d’une fonction personnalisée que pour #VALEUR! et #N/A (survolez l’indicateur d’erreur de la cellule) ; un #NOMBRE! d’une fonction BPI n’affiche aucun message dans Excel. Saisissez les mêmes données dans le calculateur pour lire le message.',
    codes:
      'Les codes ci-dessus sont ceux d’un Excel en français ; un Excel en anglais affiche #VALUE! pour #VALEUR! et #NUM! pour #NOMBRE! (#N/A reste #N/A). Les messages sont dans la langue d’affichage d’Office : en français dans un Excel en français, l’argument nommé comme dans la saisie semi-automatique (catégorie_pays, quotité_politique…), en anglais sinon.',
  },
  edition: {
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    title: (edition) => `Édition : ${edition}`,
    text: (edition) =>
      `Le complément suit la note « Calcul de la prime » de Bpifrance Assurance Export, édition de ${edition} (la version française fait foi). Les taux de la note sont donnés à titre indicatif : Bpifrance Assurance Export peut les majorer selon son appréciation du risque, et ne les applique pas aux aéronefs ni aux navires.`,
    privacy:
      'Rien de ce que vous saisissez ici ne quitte cette page : le complément n’envoie aucune requête réseau, hormis le chargement d’Office.js, et aucune télémétrie.',
  },
};

/** Excel's error codes as Excel shows them in each language (the functions return the same error). */
const ERROR_CODES: Readonly<Record<Lang, Readonly<Record<ExcelErrorCode, string>>>> = {
  en: { '#VALUE!': '#VALUE!', '#NUM!': '#NUM!', '#N/A': '#N/A' },
  fr: { '#VALUE!': '#VALEUR!', '#NUM!': '#NOMBRE!', '#N/A': '#N/A' },
};

export function errorCodeText(code: ExcelErrorCode, lang: Lang): string {
  return ERROR_CODES[lang][code];
}

export const PANE_TEXT: Readonly<Record<Lang, PaneText>> = { en: EN, fr: frenchCatalogue(FR) };

export function paneText(lang: Lang): PaneText {
  return PANE_TEXT[lang];
}
