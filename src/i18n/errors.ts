/**
 * Every error message the add-in gives, in English and French, by key: the core throws keyed errors
 * (src/core/errors.ts), each layer renders them in its user's language (the cells in Office's display
 * language, the task pane in the pane's, the CLI and the library in English). Both catalogues are typed
 * against the core's keys (ErrorPlaceholders): a missing or extra key, or a text whose {placeholders} are
 * not the key's, does not compile. A new error: its key and placeholder names in src/core/errors.ts
 * (ErrorPlaceholders), then a line in EN and one in FR below.
 *
 * A placeholder's name says what its value is, and so how it is written in each language:
 * - `arg`, or a name ending in `Arg`: an argument's English name ("country", "options: COVER", "shares
 *   item 2"); French names it by its French parameter name (catégorie_pays, as Excel's autocomplete shows).
 * - `got`, or a name ending in `Got`: a value the user gave, quoted as received (text as typed, in quotes;
 *   a number as the cell shows it: 8.5, in French 8,5; TRUE / VRAI; a blank).
 * - `char`: a character of what the user typed, named as it is ("+", « + »), its code added for a look-alike
 *   and alone for an invisible one (characterName).
 * - a name ending in `Date`: a day as ISO text ("2026-01-15"), written 2026-01-15 in English, 15/01/2026 in French.
 * - `cause`: another keyed message, rendered in the same language (the pane's debtor-or-score field).
 * - `table`: a coefficient table's name ("non-payment", "interruption").
 * - any other: a JS number is written with the language's decimal separator, a Decimal({ decimal }) too
 *   (exact decimal text, e.g. "100.0000000001"); a string is data shown verbatim in both languages
 *   (NONPAYMENT, CC2, the list of option names).
 */
import FRENCH_NAMES from '../generated/names.fr.json';
import { DecimalText, ErrorKey, ErrorPlaceholders, KeyedMessage } from '../core/errors';
import type { Lang } from './lang';
import { NBSP, frenchSpaces, localNumber } from './typography';

const EN = {
  // Reading numbers, texts and flags (src/core/numbers.ts)
  required: '{arg} is required, got a blank',
  notNumber: '{arg} must be a number, got {got}',
  notNumberContains: '{arg} must be a number, got {got} (it contains {char})',
  thousandsSeparators: '{arg} must be a number without thousands separators, got {got}',
  decimalComma: '{arg} must be a number with a "." decimal point, got {got} (decimal comma)',
  tooManyDigitsOrExponent: '{arg} has too many digits or too large an exponent to be read exactly, got {got}',
  notFinite: '{arg} must be a finite number, got {got}',
  negativeAmount: '{arg} must be an amount of at least 0, got {got}',
  negativeDays: '{arg} must be a number of days of at least 0, got {got}',
  negativeMonths: '{arg} must be a number of months of at least 0, got {got}',
  negativeTerm: '{arg} must be a term in years of at least 0, got {got}',
  negativePeriod: '{arg} must be a period in years of at least 0, got {got}',
  negativeTime: '{arg} must be a time in years of at least 0, got {got}',
  fractionFrom: '{arg} must be a fraction from {min}% to 100% (write 95% or 0.95), got {got}',
  fractionAbove: '{arg} must be a fraction above {min}% to 100% (write 95% or 0.95), got {got}',
  integerRange: '{arg} must be an integer {min}–{max}, got {got}',
  notBoolean: '{arg} must be TRUE or FALSE (or 1/0), got {got}',
  notAscii: '{arg} must be ASCII text, got {got} (it contains {char})',
  notText: '{arg} must be text, got {got}',
  resultTooLarge: 'the result {value} is beyond the largest number Excel holds (about 1e308)',
  oneOf: '{arg} must be one of {choices}, got {got}',

  // Categories and the note's coefficients (categories.ts, coefficients.ts)
  unknownDebtor: '{arg} must be one of {categories} (or SOV, CCO), got {got}',
  defaultRating: '{arg} {got} is a default rating: the note gives no debtor category for a defaulted debtor',
  unknownRating: "{arg} must be a rating from AAA to C (S&P/Fitch) or Aaa to C (Moody's), got {got}",
  noCoefficient: 'the note publishes no {table} coefficient for debtor {debtor} in country category {country}',
  noCoefficientPriced: 'the note publishes no {table} coefficient for debtor {debtor} in country category {country}; it prices {priced} there',
  noCoefficientLowered: 'the note publishes no {table} coefficient for debtor {debtor} in country category {country} (priced as country category {pricedAs})',
  noCoefficientLoweredPriced:
    'the note publishes no {table} coefficient for debtor {debtor} in country category {country} (priced as country category {pricedAs}); it prices {priced} there',

  // The options text (options.ts)
  optionsNotText: '{arg} must be text such as "COVER=100%; MOBILE=25%", got {got}',
  optionsTooLong: '{arg} must be at most {max} characters, got {count}',
  unknownOption: '{arg}: unknown option {got}; allowed: {names} as NAME=VALUE separated by ";"',
  malformedOption: '{arg}: malformed part {got}; allowed: {names} as NAME=VALUE separated by ";"',
  optionTwice: '{arg}: {name} is given twice in {got}',
  optionNeedsValue: '{arg}: {name} needs a value, e.g. {name}=100%',
  optionNotPercentage: '{arg}: {name} must be a percentage such as 100%, got {got}',
  optionNotFlag: '{arg}: {name} must be TRUE or FALSE, got {got} (1 and 0 are read as TRUE and FALSE)',
  optionCoverRange: '{arg}: {name} must be above 0% and at most 100%, got {got}',
  optionLevelRange: '{arg}: {name} must be a reduction from 0% to its maximum, got {got}',

  // Options against the deal (rate.ts)
  levelAboveMax: 'options: {name} must be at most {max}%, got {value}%',
  levelAboveMaxCategory0: 'options: {name} must be at most {max}% in country category 0 ({other}% elsewhere), got {value}%',
  levelAboveMaxElsewhere: 'options: {name} must be at most {max}% ({other}% in country category 0), got {value}%',
  interruptionOnly: 'options: {name} applies to INTERRUPTION only, not {type}',
  mitigationType: 'options: {name} applies to NONPAYMENT, ENVELOPE, LC and CASH only, not {type}',
  politicalPrivateOnly: 'options: POLITICAL is for private debtors (CC1–CC5), not {debtor}',
  politicalWithPcc: 'options: PCC cannot be given with POLITICAL (political causes of loss only: no commercial cover)',
  coverWithPcpPcc: 'options: COVER sets both PCP and PCC; give either COVER or PCP/PCC',
  mobileWithFixed: 'options: MOBILE and FIXED cannot be combined (II-B: security rights on mobile and fixed assets)',
  escrowCountry: 'options: ESCROW does not apply to country category {country} (II-B: not for category 1 or 0)',
  escrowWith: 'options: ESCROW cannot be combined with {other} (II-B: escrow overseas is exclusive)',

  // BPI.MPR, the OECD minimum premium rate (options.ts, mpr.ts)
  optionNeedsValueExample: '{arg}: {name} needs a value, e.g. {example}',
  optionChoice: '{arg}: {name} must be one of {choices}, got {got}',
  optionShareRange: '{arg}: {name} must be from 0% to 100%, got {got}',
  mprCategory0:
    '{arg}: country category 0 (market-benchmark countries) has no OECD minimum premium rate by formula: such risks are priced case by case against market benchmarks; give a category from 1 to 7',
  mprNoDebtor: 'the OECD Arrangement has no debtor category {debtor} in country category {country}; it has {categories} there',
  mprAboveMax: 'options: {name} must be at most {max}% (OECD Arrangement), got {value}%',
  mprMobileWithFixed: 'options: MOBILE and FIXED cannot be combined (OECD Arrangement: asset-based or fixed-asset security, not both)',
  mprPreShipment: '{arg}: the OECD Arrangement sets no minimum premium for pre-shipment risk, so {type} has no OECD minimum',

  // Terms, covers, amounts (pricing.ts, amounts.ts, schedule.ts, cooperation.ts)
  termRange: '{arg} must be a term in years from 0 to {max}, got {got}',
  rateRange: '{arg} must be from 0% to below 100%, got {got}',
  rateRangeWrite: '{arg} must be from 0% to below 100% (write 1.01% or 0.0101), got {got}',
  amountAboveZero: '{arg} must be an amount above 0, got {got}',
  claimsAboveShare: '{arg} must be at most 20% of the contract (II-H), got {got} for a contract of {contractGot} ({share}%)',
  sharesAboveTotal: '{arg} must add up to at most 100%, got {sum}%',
  emptyTimes: '{arg} is empty: give the repayment times in years',
  emptyAmounts: '{arg} is empty: give the principal repaid at each time',
  scheduleLengths: '{timesArg} and {amountsArg} must have the same number of values, got {times} times and {amounts} amounts',
  scheduleRepaysNothing: '{arg} are all 0: the schedule repays nothing, so it has no average life',
  quotaRateRequired: "{arg} is required for QUOTA: the country risk category's rate, {min}% to {max}%",
  quotaRateRange: '{arg} for QUOTA must be from {min}% to {max}% (write 1.2% or 0.012), got {got}',

  // Dated schedules, financed shares and spreads (yearFraction.ts, schedule.ts, amounts.ts, spread.ts; issue 21)
  notDate: '{arg} must be a date (a date cell or its serial number), got {got}',
  dateRange: '{arg} must be a date from 1900-03-01 to 9999-12-31 (serial numbers 61 to 2958465), got {got}',
  dateBefore: '{arg} must not be before {otherArg} ({otherDate}), got {gotDate}',
  emptyDates: '{arg} is empty: give the repayment dates',
  scheduleDateLengths: '{datesArg} and {amountsArg} must have the same number of values, got {dates} dates and {amounts} amounts',
  financedShare: '{arg} must be TRUE, FALSE or the share of the premium financed, from 0% to 100%, got {got}',
  emptyPeriods: '{arg} is empty: give the end of each period in years from the payment of the premium',
  emptyOutstanding: '{arg} is empty: give the principal outstanding during each period',
  periodLengths: '{timesArg} and {outstandingArg} must have the same number of values, got {times} times and {outstanding} amounts outstanding',
  firstTimeAboveZero: '{arg} must be above 0 (the end of the first period, in years from the payment of the premium), got {got}',
  timesIncreasing: '{arg} must be above the time before it ({previous}), got {got}',
  nothingOutstanding: '{arg} are all 0: nothing is outstanding, so no margin per annum matches the premium',
  discountRateRange: '{arg} must be above -100%, got {got}',
  discountOutOfRange: '{arg} with {timesArg} gives a discount factor (1 + r)^-t beyond 2^±1048576, got {got}',

  // Ranges (the Excel layer, src/functions/broadcast.ts)
  emptyRange: '{arg} is an empty range',
  notRectangular: '{arg} is not a rectangular range',
  differentShapes: 'ranges of different shapes: {fromArg} is {fromShape}, {arg} is {shape}',
  singleColumnRanges: 'this function returns {width} columns for each input row: give single-column ranges, got {shape}',
  singleValue: '{arg} must be a single value for this function, got a {shape} range',
  singleRowOrColumn: '{arg} must be a single row or column, got a {shape} range',
  internal: 'internal error, please report: {detail}',

  // The task pane
  debtorOrScore: "{cause}; or a score from AAA to C (S&P/Fitch) or Aaa to C (Moody's)",
} as const satisfies Record<ErrorKey, string>;

/**
 * French, as a French finance professional writes it: the note's terms, « : ; % » after a no-break space
 * (added by frenchSpaces), code the user types between backticks (left exactly as written, the backticks
 * dropped).
 */
const FR = {
  required: '{arg} est obligatoire, reçu une cellule vide',
  notNumber: '{arg} doit être un nombre, reçu {got}',
  notNumberContains: '{arg} doit être un nombre, reçu {got} (il contient {char})',
  thousandsSeparators: '{arg} doit être un nombre sans séparateur de milliers, reçu {got}',
  decimalComma: '{arg} doit être un nombre avec le point `"."` comme séparateur décimal, reçu {got} (virgule décimale)',
  tooManyDigitsOrExponent: '{arg} a trop de chiffres ou un exposant trop grand pour être lu exactement, reçu {got}',
  notFinite: '{arg} doit être un nombre fini, reçu {got}',
  negativeAmount: '{arg} doit être un montant positif ou nul, reçu {got}',
  negativeDays: '{arg} doit être un nombre de jours positif ou nul, reçu {got}',
  negativeMonths: '{arg} doit être un nombre de mois positif ou nul, reçu {got}',
  negativeTerm: '{arg} doit être une durée en années positive ou nulle, reçu {got}',
  negativePeriod: '{arg} doit être une période en années positive ou nulle, reçu {got}',
  negativeTime: '{arg} doit être une date en années positive ou nulle, reçu {got}',
  fractionFrom: '{arg} doit être une fraction de {min} % à 100 % (saisir 95 % ou 0,95), reçu {got}',
  fractionAbove: '{arg} doit être une fraction supérieure à {min} % et d’au plus 100 % (saisir 95 % ou 0,95), reçu {got}',
  integerRange: '{arg} doit être un nombre entier de {min} à {max}, reçu {got}',
  notBoolean: '{arg} doit être VRAI ou FAUX (ou 1/0), reçu {got}',
  notAscii: '{arg} doit être un texte ASCII, reçu {got} (il contient {char})',
  notText: '{arg} doit être un texte, reçu {got}',
  resultTooLarge: 'le résultat {value} dépasse le plus grand nombre qu’une cellule Excel puisse contenir (environ 1E+308)',
  oneOf: '{arg} doit être l’une des valeurs {choices}, reçu {got}',

  unknownDebtor: '{arg} doit être l’une des catégories de débiteur {categories} (ou SOV, CCO), reçu {got}',
  defaultRating: '{arg} : {got} est une notation de défaut : la note ne donne aucune catégorie de débiteur pour un débiteur en défaut',
  unknownRating: '{arg} doit être une notation de AAA à C (S&P/Fitch) ou de Aaa à C (Moody’s), reçu {got}',
  noCoefficient: 'la note ne publie pas de coefficient {table} pour la catégorie de débiteur {debtor} en catégorie de pays {country}',
  noCoefficientPriced:
    'la note ne publie pas de coefficient {table} pour la catégorie de débiteur {debtor} en catégorie de pays {country} ; elle y tarife {priced}',
  noCoefficientLowered:
    'la note ne publie pas de coefficient {table} pour la catégorie de débiteur {debtor} en catégorie de pays {country} (tarifée en catégorie de pays {pricedAs})',
  noCoefficientLoweredPriced:
    'la note ne publie pas de coefficient {table} pour la catégorie de débiteur {debtor} en catégorie de pays {country} (tarifée en catégorie de pays {pricedAs}) ; elle y tarife {priced}',

  optionsNotText: '{arg} doit être un texte tel que `"COVER=100%; MOBILE=25%"`, reçu {got}',
  optionsTooLong: '{arg} doit compter au plus {max} caractères, reçu {count}',
  unknownOption: '{arg} : option inconnue {got} ; options admises : {names}, sous la forme `NOM=VALEUR` séparées par `";"`',
  malformedOption: '{arg} : élément mal formé {got} ; options admises : {names}, sous la forme `NOM=VALEUR` séparées par `";"`',
  optionTwice: '{arg} : {name} figure deux fois dans {got}',
  optionNeedsValue: '{arg} : {name} demande une valeur, p. ex. `{name}=100%`',
  optionNotPercentage: '{arg} : {name} doit être un pourcentage tel que `100%`, reçu {got}',
  optionNotFlag: '{arg} : {name} doit valoir TRUE ou FALSE, reçu {got} (1 et 0 se lisent TRUE et FALSE)',
  optionCoverRange: '{arg} : {name} doit être une quotité supérieure à 0 % et d’au plus 100 %, reçu {got}',
  optionLevelRange: '{arg} : {name} doit être une réduction de 0 % à son maximum, reçu {got}',

  levelAboveMax: 'options : {name} doit être au plus {max} %, reçu {value} %',
  levelAboveMaxCategory0: 'options : {name} doit être au plus {max} % en catégorie de pays 0 ({other} % ailleurs), reçu {value} %',
  levelAboveMaxElsewhere: 'options : {name} doit être au plus {max} % ({other} % en catégorie de pays 0), reçu {value} %',
  interruptionOnly: 'options : {name} ne s’applique qu’au type INTERRUPTION, pas à {type}',
  mitigationType: 'options : {name} ne s’applique qu’aux types NONPAYMENT, ENVELOPE, LC et CASH, pas à {type}',
  politicalPrivateOnly: 'options : POLITICAL est réservé aux débiteurs privés (CC1 à CC5), pas à {debtor}',
  politicalWithPcc: 'options : PCC ne peut pas être donné avec POLITICAL (causes de sinistre politiques seules : pas de couverture commerciale)',
  coverWithPcpPcc: 'options : COVER fixe à la fois PCP et PCC ; donnez soit COVER, soit PCP/PCC',
  mobileWithFixed: 'options : MOBILE et FIXED ne se cumulent pas (II-B : sûreté sur un bien meuble ou immeuble)',
  escrowCountry: 'options : ESCROW ne s’applique pas en catégorie de pays {country} (II-B : ni en catégorie 1 ni en catégorie 0)',
  escrowWith: 'options : ESCROW ne se cumule pas avec {other} (II-B : le compte séquestre à l’étranger est exclusif)',

  optionNeedsValueExample: '{arg} : {name} demande une valeur, p. ex. `{example}`',
  optionChoice: '{arg} : {name} doit valoir l’une des valeurs {choices}, reçu {got}',
  optionShareRange: '{arg} : {name} doit être de 0 % à 100 %, reçu {got}',
  mprCategory0:
    '{arg} : la catégorie de pays 0 (pays à référence de marché) n’a pas de taux de prime minimum OCDE calculé par formule : ces risques se tarifent au cas par cas, par référence au marché ; donnez une catégorie de 1 à 7',
  mprNoDebtor: 'l’Arrangement OCDE ne prévoit pas de catégorie de débiteur {debtor} en catégorie de pays {country} ; il y prévoit {categories}',
  mprAboveMax: 'options : {name} doit être au plus {max} % (Arrangement OCDE), reçu {value} %',
  mprMobileWithFixed: 'options : MOBILE et FIXED ne se cumulent pas (Arrangement OCDE : sûreté sur l’actif financé ou sur un actif immobilisé, pas les deux)',
  mprPreShipment: '{arg} : l’Arrangement OCDE ne fixe pas de prime minimum pour le risque de fabrication ; {type} n’a donc pas de taux de prime minimum OCDE',

  termRange: '{arg} doit être une durée en années de 0 à {max}, reçu {got}',
  rateRange: '{arg} doit être de 0 % à moins de 100 %, reçu {got}',
  rateRangeWrite: '{arg} doit être de 0 % à moins de 100 % (saisir 1,01 % ou 0,0101), reçu {got}',
  amountAboveZero: '{arg} doit être un montant strictement positif, reçu {got}',
  claimsAboveShare: '{arg} doit représenter au plus 20 % du contrat (II-H), reçu {got} pour un contrat de {contractGot} ({share} %)',
  sharesAboveTotal: 'la somme de {arg} doit être au plus 100 %, reçu {sum} %',
  emptyTimes: '{arg} est vide : donnez les dates de remboursement en années',
  emptyAmounts: '{arg} est vide : donnez le principal remboursé à chaque date',
  scheduleLengths: '{timesArg} et {amountsArg} doivent compter autant de valeurs, reçu {times} date(s) et {amounts} montant(s)',
  scheduleRepaysNothing: '{arg} sont tous nuls : l’échéancier ne rembourse rien et n’a donc pas de durée de vie moyenne',
  quotaRateRequired: '{arg} est obligatoire pour QUOTA : le taux de la catégorie de risque pays, de {min} % à {max} %',
  quotaRateRange: '{arg} doit être, pour QUOTA, de {min} % à {max} % (saisir 1,2 % ou 0,012), reçu {got}',

  notDate: '{arg} doit être une date (une cellule de date ou son numéro de série), reçu {got}',
  dateRange: '{arg} doit être une date du 01/03/1900 au 31/12/9999 (numéros de série 61 à 2958465), reçu {got}',
  dateBefore: '{arg} ne peut pas précéder {otherArg} ({otherDate}), reçu le {gotDate}',
  emptyDates: '{arg} est vide : donnez les dates de remboursement',
  scheduleDateLengths: '{datesArg} et {amountsArg} doivent compter autant de valeurs, reçu {dates} date(s) et {amounts} montant(s)',
  financedShare: '{arg} doit être VRAI, FAUX ou la part de la prime financée, de 0 % à 100 %, reçu {got}',
  emptyPeriods: '{arg} est vide : donnez la fin de chaque période, en années depuis le paiement de la prime',
  emptyOutstanding: '{arg} est vide : donnez l’encours en principal de chaque période',
  periodLengths: '{timesArg} et {outstandingArg} doivent compter autant de valeurs, reçu {times} date(s) et {outstanding} encours',
  firstTimeAboveZero: '{arg} doit dépasser 0 (fin de la première période, en années depuis le paiement de la prime), reçu {got}',
  timesIncreasing: '{arg} doit dépasser la valeur précédente ({previous}), reçu {got}',
  nothingOutstanding: '{arg} sont tous nuls : sans encours, aucune marge annuelle ne peut équivaloir à la prime',
  discountRateRange: '{arg} doit être supérieur à -100 %, reçu {got}',
  discountOutOfRange: '{arg} donne avec {timesArg} un facteur d’actualisation (1 + r)^-t au-delà de 2^±1048576, reçu {got}',

  emptyRange: '{arg} est une plage vide',
  notRectangular: '{arg} n’est pas une plage rectangulaire',
  differentShapes: 'plages de tailles différentes : {fromArg} fait {fromShape}, {arg} fait {shape}',
  singleColumnRanges: 'cette fonction renvoie {width} colonnes par ligne : donnez des plages d’une seule colonne, reçu {shape}',
  singleValue: '{arg} doit être une valeur unique pour cette fonction, reçu une plage {shape}',
  singleRowOrColumn: '{arg} doit être une seule ligne ou une seule colonne, reçu une plage {shape}',
  internal: 'erreur interne, merci de la signaler : {detail}',

  debtorOrScore: '{cause} ; ou une notation de AAA à C (S&P/Fitch) ou de Aaa à C (Moody’s)',
} as const satisfies Record<ErrorKey, string>;

// The core's error types, for the layers that import them from here.
export { decimalText } from '../core/errors';
export type { DecimalText, ErrorKey, ErrorParams, KeyedMessage } from '../core/errors';

/** The {names} of a template. */
type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The keys whose text in a catalogue has other {placeholders} than the core's names for that key. */
type Mismatched<C extends Record<ErrorKey, string>> = {
  [K in ErrorKey]: [Placeholders<C[K]>] extends [ErrorPlaceholders[K]] ? ([ErrorPlaceholders[K]] extends [Placeholders<C[K]>] ? never : K) : K;
}[ErrorKey];
/** Compile-time check: every English and French text has exactly its key's placeholders. */
const placeholdersMatch: [Mismatched<typeof EN> | Mismatched<typeof FR>] extends [never] ? true : Mismatched<typeof EN> | Mismatched<typeof FR> = true;
void placeholdersMatch;

/** French spacing in the prose, code (between backticks) as written. */
const frenchTemplate = (s: string) => frenchSpaces(s).replace(/`/g, '');

export const ERROR_CATALOGUES: Readonly<Record<Lang, Readonly<Record<ErrorKey, string>>>> = {
  en: EN,
  fr: Object.fromEntries(Object.entries(FR).map(([k, v]) => [k, frenchTemplate(v)])) as Record<ErrorKey, string>,
};

export const ERROR_KEYS = Object.keys(EN) as ErrorKey[];

const MAX_SHOWN = 60;

/**
 * How a received value is quoted: text as typed, in quotes (shortened past 60 characters); a number as the
 * cell shows it (the decimal comma in French); TRUE/FALSE as Excel names them in the language.
 */
export function describeValue(value: unknown, lang: Lang = 'en'): string {
  const fr = lang === 'fr';
  if (value === null || value === undefined || value === '') return fr ? 'une cellule vide' : 'a blank';
  if (typeof value === 'string') {
    const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'boolean') return fr ? (value ? 'VRAI' : 'FAUX') : value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return localNumber(Object.is(value, -0) ? '0' : String(value), lang);
  if (Array.isArray(value)) return fr ? 'une plage' : 'a range';
  return fr ? `une valeur de type ${typeof value}` : `a value of type ${typeof value}`;
}

/** English parameter name → French, from the functions' French metadata (one French name per English one). */
const FRENCH_PARAMETERS = new Map<string, string>(Object.entries(FRENCH_NAMES.parameters));

/**
 * An argument as a message names it: its French parameter name in French ("options: COVER" → "options :
 * COVER", "shares item 2" → "quotes_parts (valeur 2)"); English names as they are.
 */
export function argumentName(arg: string, lang: Lang): string {
  if (lang === 'en') return arg;
  const part = /^(\w+): (.*)$/.exec(arg);
  if (part) return `${argumentName(part[1], lang)}${NBSP}: ${part[2]}`;
  const item = /^(\w+) item (\d+)$/.exec(arg);
  if (item) return `${argumentName(item[1], lang)} (valeur ${item[2]})`;
  return FRENCH_PARAMETERS.get(arg) ?? arg;
}

const TABLES_FR: Readonly<Record<string, string>> = { 'non-payment': 'de la grille non-paiement', interruption: 'de la grille interruption de contrat' };

/** A character's code, as Unicode writes it: U+00A0, U+1F600. */
const codeOf = (ch: string) => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Characters nobody sees: spaces other than the plain one, controls and format characters (U+FEFF), marks alone. */
const INVISIBLE = /^[\p{Z}\p{C}\p{M}]$/u;
/**
 * Characters that pass for ASCII: compatibility forms of it (full-width Ａ, ſ), Greek and Cyrillic letters
 * (С, о), dotless ı and ȷ, and the dashes, minus and quotes that stand for - , and '.
 */
const LOOK_ALIKE = /^[\p{Script=Greek}\p{Script=Cyrillic}\u0131\u0237\u2010-\u2015\u2212\u2018-\u201B\u02BC\u2032]$/u;
const passesForAscii = (ch: string) => LOOK_ALIKE.test(ch) || (ch.codePointAt(0)! > 127 && /^[\x21-\x7e]+$/.test(ch.normalize('NFKC')));

/**
 * A character of the user's text as a message names it: as it is, quoted as the catalogue quotes ("+",
 * « + »); with its code too when it passes for an ASCII one ("ſ" (U+017F)); by its code alone when it
 * cannot be seen (U+FEFF).
 */
export function characterName(ch: string, lang: Lang): string {
  if (INVISIBLE.test(ch)) return codeOf(ch);
  const quoted = lang === 'fr' ? `«${NBSP}${ch}${NBSP}»` : `"${ch}"`;
  return passesForAscii(ch) ? `${quoted} (${codeOf(ch)})` : quoted;
}

function paramText(name: string, value: unknown, lang: Lang): string {
  if (name === 'arg' || name.endsWith('Arg')) return argumentName(String(value), lang);
  if (name === 'char') return characterName(String(value), lang);
  if (name === 'got' || name.endsWith('Got')) return describeValue(value, lang);
  if (name.endsWith('Date') && lang === 'fr') return String(value).replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$3/$2/$1');
  if (name === 'cause') return errorText(value as KeyedMessage, lang);
  if (name === 'table') return lang === 'fr' ? (TABLES_FR[String(value)] ?? String(value)) : String(value);
  if (typeof value === 'number') return localNumber(String(value), lang);
  if (typeof value === 'object' && value !== null && 'decimal' in value) return localNumber(String((value as DecimalText).decimal), lang);
  return String(value);
}

/** Each catalogue text split at its placeholders, once per key and language: [text, name, text, name, …, text]. */
const TEMPLATES: Record<Lang, Map<ErrorKey, readonly string[]>> = { en: new Map(), fr: new Map() };

function template(key: ErrorKey, lang: Lang): readonly string[] {
  let parts = TEMPLATES[lang].get(key);
  if (parts === undefined) TEMPLATES[lang].set(key, (parts = ERROR_CATALOGUES[lang][key].split(/\{(\w+)\}/)));
  return parts;
}

/**
 * The text of a keyed message in a language, every {placeholder} filled as its name says. (A spill of
 * 100,000 distinct bad values renders 100,000 messages: the template is split once, not searched each time.)
 */
export function errorText(m: KeyedMessage, lang: Lang): string {
  const parts = template(m.key, lang);
  let text = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    text += (name in m.params ? paramText(name, m.params[name], lang) : `{${name}}`) + parts[i + 1];
  }
  return text;
}
