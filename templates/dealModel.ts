/*
 * The deal model (dist/deal-model.xlsx), described as data: one sheet "Deal" with labels in English and
 * French, named input cells with notes, formulas, number formats and example values. scripts/buildDealModel.ts
 * writes it with an xlsx library after webpack; test/sheets/dealModelTemplate.test.ts evaluates the built file.
 *
 * Formulas are written with the functions' Excel names (BPI.RATE); the builder stores them in the file the
 * way Excel saves an add-in's custom function (_xldudf_BPI_RATE, see docs/deal-model.md).
 * Every input is a name scoped to the sheet, so the formulas read as the deal does and a second copy of the
 * sheet inserted into the same workbook keeps its own names.
 */
import { RATE_TYPE_NAMES } from '../src/core/rateTypes';
import { NONPAYMENT_TABLE } from '../src/core/tables/nonpayment';
import { DEBTOR_CATEGORIES } from '../src/core/tables/types';

export const SHEET_NAME = 'Deal';

/** Number formats: rates as percentages with the note's two decimals, amounts with two decimals. */
export const FORMAT = {
  rate: '0.00%',
  percent: '0.00%',
  amount: '#,##0.00',
  years: '0.00##',
  integer: '0',
  date: 'yyyy-mm-dd',
  margin: '0.000%',
} as const;

export type Literal = number | string | boolean | null;
export interface Formula {
  readonly formula: string;
}
export type Content = Literal | Formula;

/** One cell of the sheet. A named cell is an input (it has a note) or a result the other formulas use. */
export interface CellSpec {
  readonly address: string;
  readonly value: Content;
  readonly name?: string;
  readonly note?: string;
  readonly format?: string;
  readonly style?: 'title' | 'subtitle' | 'section' | 'header' | 'label' | 'input' | 'result' | 'help';
  /** A formula whose result spills (EXPLAIN, SHARES): written as a dynamic array. */
  readonly spill?: boolean;
  /** A drop-down or range hint; it only warns, the functions' own errors say what is wrong. */
  readonly validation?: Validation;
}

export type Validation = { readonly list: readonly string[] } | { readonly whole: readonly [number, number] };
const FLAG: Validation = { list: ['TRUE', 'FALSE'] };

/** A named range over several cells (the schedule and co-insurance tables). */
export interface RangeName {
  readonly name: string;
  readonly range: string;
  readonly note: string;
}

const f = (formula: string): Formula => ({ formula });
/** The note's edition, as the coefficient tables state it (one source for the sheet and the add-in). */
const EDITION = NONPAYMENT_TABLE.source.replace(/, I-C-1$/, ''); // "Premium calculation, March 2018"

// Rows of the tables (1-based, inclusive), kept here so the layout and the names agree.
export const SCHEDULE_ROWS = { first: 31, last: 70 } as const;
export const COINSURER_ROWS = { first: 74, last: 78 } as const;
export const EXPLAIN_CELL = 'A93';
/** EXPLAIN gives at most this many rows (the longest explanation is about 35): the area below it stays empty. */
export const EXPLAIN_ROWS = 45;

/**
 * Text of an option from a percentage cell: "; NAME=0.25". The value goes in as a fraction with a "."
 * whatever Excel's language, because SUBSTITUTE swaps the decimal separator of the sheet's locale
 * (MID(1/2,2,1) is "." or ",") for the "." the options text requires.
 */
const optionPart = (option: string, cell: string, first = false): Formula =>
  f(`IF(${cell}="","","${first ? '' : '; '}${option}="&SUBSTITUTE(${cell},MID(1/2,2,1),"."))`);

/** An Excel date serial (1900 date system) of a calendar date; months past 12 roll into the next years. */
const serial = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;

/**
 * The example deal: first drawdown 15 March 2026, starting point of credit 15 March 2028 (two years of
 * drawdown), then 16 equal half-yearly repayments of the 8,500,000 financed: a straight-line, half-yearly
 * schedule over 8 years (under 30/360, x = 8 + 0.5 × 2 = 9).
 */
export const EXAMPLE = {
  firstDrawdown: serial(2026, 3, 15),
  startingPoint: serial(2028, 3, 15),
  dates: Array.from({ length: 16 }, (_, k) => serial(2028, 3 + 6 * (k + 1), 15)),
  amount: 531_250,
} as const;

const r = SCHEDULE_ROWS;

/** The cells of the sheet, top to bottom. */
export const CELLS: readonly CellSpec[] = [
  { address: 'A1', value: 'Deal model / Modèle de calcul de prime', style: 'title' },
  { address: 'A2', value: `Bpifrance Assurance Export, ${EDITION} / Calcul de la prime, édition de mars 2018`, style: 'subtitle' },
  {
    address: 'A3',
    value:
      'Blue cells are inputs (each named, with a note); everything else is calculated. / Les cellules bleues sont à saisir (chacune est nommée et commentée) ; tout le reste est calculé.',
    style: 'help',
  },

  { address: 'A5', value: 'Deal / Opération', style: 'section' },
  { address: 'A6', value: 'Country category / Catégorie de pays', style: 'label' },
  {
    address: 'B6',
    value: 3,
    name: 'CountryCategory',
    style: 'input',
    format: FORMAT.integer,
    validation: { whole: [0, 7] },
    note: 'OECD country category of the buyer’s country, 0 to 7 (0: former category 0, indicative). / Catégorie OCDE du pays de l’acheteur, de 0 à 7.',
  },
  { address: 'A7', value: 'Debtor category / Catégorie de débiteur', style: 'label' },
  {
    address: 'B7',
    value: 'CC3',
    name: 'DebtorCategory',
    style: 'input',
    validation: { list: DEBTOR_CATEGORIES },
    note: 'SOV+, SOV/CCO, CC1 … CC5 (for a bank guarantee or an L/C, the bank’s). Ignored when a score is given below. / Catégorie de débiteur (pour une garantie bancaire ou un crédit documentaire, celle de la banque) ; ignorée si une notation est saisie.',
  },
  { address: 'A8', value: 'Debtor score, instead of the category / Notation du débiteur, à la place de la catégorie', style: 'label' },
  {
    address: 'B8',
    value: null,
    name: 'DebtorScore',
    style: 'input',
    note: 'Optional: an S&P/Fitch (BB-) or Moody’s (Ba3) score; BPI.CATEGORY turns it into the debtor category of the note’s matrix (I-A). / Facultatif : notation S&P/Fitch ou Moody’s, convertie en catégorie de débiteur par la grille de la note (I-A).',
  },
  { address: 'A9', value: 'Type of risk / Nature du risque', style: 'label' },
  {
    address: 'B9',
    value: 'NONPAYMENT',
    name: 'RiskType',
    style: 'input',
    validation: { list: RATE_TYPE_NAMES },
    note: 'NONPAYMENT (credit risk, default), INTERRUPTION, ENVELOPE, BOND, LC, CASH or CLAIMS. / Risque de non-paiement (crédit) par défaut, ou un autre type de la note.',
  },
  { address: 'A10', value: 'Contract amount / Montant du contrat', style: 'label' },
  {
    address: 'B10',
    value: 10_000_000,
    name: 'ContractAmount',
    style: 'input',
    format: FORMAT.amount,
    note: 'Amount of the commercial contract, in the deal’s currency. / Montant du contrat commercial, dans la devise de l’opération.',
  },
  { address: 'A11', value: 'Down payment / Acompte', style: 'label' },
  {
    address: 'B11',
    value: 1_500_000,
    name: 'DownPayment',
    style: 'input',
    format: FORMAT.amount,
    note: 'Down payment paid by the buyer, not financed. / Acompte versé par l’acheteur, non financé.',
  },
  { address: 'A12', value: 'Financed amount (premium basis) / Montant financé (assiette de la prime)', style: 'label' },
  {
    address: 'B12',
    value: f('ContractAmount-DownPayment'),
    name: 'FinancedAmount',
    style: 'input',
    format: FORMAT.amount,
    note: 'Principal of the credit, the premium basis (I-C-2). By default the contract less the down payment: type over it if the credit differs. / Principal du crédit, assiette de la prime (I-C-2) : par défaut le contrat moins l’acompte ; saisir le montant du crédit s’il diffère.',
  },
  { address: 'A13', value: 'First drawdown / Premier tirage', style: 'label' },
  {
    address: 'B13',
    value: EXAMPLE.firstDrawdown,
    name: 'FirstDrawdown',
    style: 'input',
    format: FORMAT.date,
    note: 'Date of the first drawdown of the credit. Half the time from it to the starting point is the waiting period added to x (II-J). / Date du premier tirage ; la moitié du délai jusqu’au point de départ s’ajoute à x (délai d’attente, II-J).',
  },
  { address: 'A14', value: 'Starting point of credit / Point de départ du crédit', style: 'label' },
  {
    address: 'B14',
    value: EXAMPLE.startingPoint,
    name: 'StartingPoint',
    style: 'input',
    format: FORMAT.date,
    note: 'Starting point of credit (start of repayment), not before the first drawdown; the repayment dates below are measured from it. / Point de départ du crédit, au plus tôt le premier tirage ; les dates de remboursement sont comptées à partir de lui.',
  },
  { address: 'A15', value: 'Percentage of cover / Quotité garantie', style: 'label' },
  {
    address: 'B15',
    value: 0.95,
    name: 'Cover',
    style: 'input',
    format: FORMAT.percent,
    note: 'Percentage of cover, political and commercial (95% is the note’s standard; II-I for other levels). / Quotité garantie, risques politique et commercial (95 % en standard ; II-I sinon).',
  },
  { address: 'C15', value: optionPart('COVER', 'Cover', true) },
  { address: 'A16', value: 'Share of the premium financed / Part de la prime financée', style: 'label' },
  {
    address: 'B16',
    value: 0,
    name: 'FinancedShare',
    style: 'input',
    format: FORMAT.percent,
    note: 'Share of the premium financed in the credit, 0% to 100% (TRUE for all, FALSE for none): that part is in its own basis, P = basis × rate / (1 − share × rate) (I-C-2). / Part de la prime financée dans le crédit, de 0 à 100 % ; elle entre dans sa propre assiette (I-C-2).',
  },
  { address: 'A17', value: 'Other options / Autres options', style: 'label' },
  {
    address: 'B17',
    value: null,
    name: 'OtherOptions',
    style: 'input',
    note: 'Further options of BPI.RATE as "NAME=VALUE; …", e.g. POLITICAL or PCP=1; PCC=0.95 (then leave the cover blank). / Autres options de BPI.RATE, par exemple POLITICAL.',
  },

  { address: 'A18', value: 'Day count basis (as in YEARFRAC) / Base de calcul des jours (comme FRACTION.ANNEE)', style: 'label' },
  {
    address: 'B18',
    value: 0,
    name: 'DayCount',
    style: 'input',
    format: FORMAT.integer,
    validation: { whole: [0, 4] },
    note: 'How dates become years, as YEARFRAC: 0 US 30/360 (six months are half a year), 1 actual/actual, 2 actual/360, 3 actual/365 (blank), 4 European 30/360. / Base de calcul des jours, comme FRACTION.ANNEE ; vide : 3 (exact/365).',
  },
  { address: 'A19', value: 'Risk mitigations (II-B) / Atténuations du risque (II-B)', style: 'section' },
  { address: 'C19', value: 'Options text / Texte des options', style: 'header' },
  { address: 'A20', value: 'Local currency financing, up to 20% / Financement en monnaie locale, jusqu’à 20 %', style: 'label' },
  {
    address: 'B20',
    value: null,
    name: 'LocalCurrency',
    style: 'input',
    format: FORMAT.percent,
    note: 'Reduction of the country-risk share, 0% to 20% (LOCALCCY). / Réduction de la part risque pays, de 0 à 20 %.',
  },
  { address: 'C20', value: optionPart('LOCALCCY', 'LocalCurrency') },
  { address: 'A21', value: 'Assignment of income or receivables, up to 10% / Cession de recettes ou de créances, jusqu’à 10 %', style: 'label' },
  {
    address: 'B21',
    value: null,
    name: 'Assignment',
    style: 'input',
    format: FORMAT.percent,
    note: 'Reduction of the debtor-risk share, 0% to 10% (ASSIGNMENT). / Réduction de la part risque débiteur, de 0 à 10 %.',
  },
  { address: 'C21', value: optionPart('ASSIGNMENT', 'Assignment') },
  { address: 'A22', value: 'Security over a mobile asset, up to 25% / Sûreté sur un actif mobile, jusqu’à 25 %', style: 'label' },
  {
    address: 'B22',
    value: null,
    name: 'MobileAsset',
    style: 'input',
    format: FORMAT.percent,
    note: 'Reduction of the debtor-risk share, 0% to 25% (15% in category 0); not with a fixed asset (MOBILE). / Réduction de la part risque débiteur ; non cumulable avec une sûreté immobilière.',
  },
  { address: 'C22', value: optionPart('MOBILE', 'MobileAsset') },
  { address: 'A23', value: 'Security over a fixed asset, up to 15% / Sûreté sur un actif immobilier, jusqu’à 15 %', style: 'label' },
  {
    address: 'B23',
    value: null,
    name: 'FixedAsset',
    style: 'input',
    format: FORMAT.percent,
    note: 'Reduction of the debtor-risk share, 0% to 15% (10% in category 0) (FIXED). / Réduction de la part risque débiteur, de 0 à 15 %.',
  },
  { address: 'C23', value: optionPart('FIXED', 'FixedAsset') },
  { address: 'A24', value: 'Local escrow account, up to 10% / Compte séquestre local, jusqu’à 10 %', style: 'label' },
  {
    address: 'B24',
    value: null,
    name: 'LocalEscrow',
    style: 'input',
    format: FORMAT.percent,
    note: 'Reduction of the debtor-risk share, 0% to 10%, already proportionate (LOCALESCROW). / Réduction de la part risque débiteur, de 0 à 10 %.',
  },
  { address: 'C24', value: optionPart('LOCALESCROW', 'LocalEscrow') },
  { address: 'A25', value: 'Escrow account overseas (TRUE/FALSE) / Compte séquestre à l’étranger (VRAI/FAUX)', style: 'label' },
  {
    address: 'B25',
    value: null,
    name: 'OffshoreEscrow',
    style: 'input',
    validation: FLAG,
    note: 'TRUE: priced as country category n − 1; excludes every other mitigation (ESCROW). / VRAI : tarifé comme la catégorie de pays n − 1 ; exclut toute autre atténuation.',
  },
  { address: 'C25', value: f('IF(OffshoreEscrow,"; ESCROW","")') },

  { address: 'A27', value: 'Repayment schedule (II-J, II-K) / Échéancier de remboursement (II-J, II-K)', style: 'section' },
  {
    address: 'A28',
    value:
      'One row per repayment: its date and the principal repaid (pre-filled: straight line, half-yearly). x is BPI.SCHEDULETERM of these rows; the margin per annum reads the two columns on the right. / Une ligne par échéance : date et principal remboursé ; x est calculé par BPI.SCHEDULETERM.',
    style: 'help',
  },
  { address: 'A30', value: 'Repayment date / Date de remboursement', style: 'header' },
  { address: 'B30', value: 'Principal repaid / Principal remboursé', style: 'header' },
  { address: 'C30', value: 'Years from the starting point / Années depuis le point de départ', style: 'header' },
  { address: 'D30', value: 'Outstanding during the period / Encours de la période', style: 'header' },
  ...EXAMPLE.dates.flatMap((date, k): CellSpec[] => [
    { address: `A${r.first + k}`, value: date },
    { address: `B${r.first + k}`, value: EXAMPLE.amount },
  ]),
  // The periods of the margin per annum: each repayment date in years from the starting point (YEARFRAC on
  // the same basis as x; blank is 3 there too), and the principal outstanding until it.
  ...Array.from({ length: r.last - r.first + 1 }, (_, k): CellSpec[] => {
    const row = r.first + k;
    return [
      { address: `C${row}`, value: f(`IF(A${row}="","",YEARFRAC(StartingPoint,A${row},IF(DayCount="",3,DayCount)))`) },
      { address: `D${row}`, value: f(`IF(A${row}="","",SUM(ScheduleAmounts)-SUM(B$${r.first - 1}:B${row - 1}))`) },
    ];
  }).flat(),

  { address: 'A72', value: 'Co-insurance / Coassurance', style: 'section' },
  { address: 'A73', value: 'Insurer / Assureur', style: 'header' },
  { address: 'B73', value: 'Share / Part', style: 'header' },
  { address: 'C73', value: 'Premium share / Part de prime', style: 'header' },
  { address: 'A74', value: 'Bpifrance Assurance Export', style: 'input' },
  { address: 'B74', value: 0.7, style: 'input', format: FORMAT.percent },
  { address: 'A75', value: 'Co-insurer / Coassureur', style: 'input' },
  { address: 'B75', value: 0.3, style: 'input', format: FORMAT.percent },
  // The split of the premium, to the cent, adding up exactly (largest remainders): spills down C74:C78.
  { address: 'C74', value: f('BPI.SHARES(Premium,CoinsurerShares)'), spill: true, format: FORMAT.amount, style: 'result' },

  { address: 'A80', value: 'Results / Résultats', style: 'section' },
  { address: 'A81', value: 'Debtor category priced / Catégorie de débiteur retenue', style: 'label' },
  { address: 'B81', value: f('IF(DebtorScore="",DebtorCategory,BPI.CATEGORY(DebtorScore,CountryCategory))'), name: 'DebtorPriced', style: 'result' },
  {
    address: 'A82',
    value: 'Principal repaid by the schedule (the financed amount) / Principal remboursé par l’échéancier (le montant financé)',
    style: 'label',
  },
  { address: 'B82', value: f('SUM(ScheduleAmounts)'), name: 'ScheduleTotal', style: 'result', format: FORMAT.amount },
  { address: 'A83', value: 'x: credit term with waiting period (years) / x : durée du crédit, délai d’attente compris (années)', style: 'label' },
  {
    address: 'B83',
    value: f('BPI.SCHEDULETERM(FirstDrawdown,StartingPoint,ScheduleDates,ScheduleAmounts,DayCount)'),
    name: 'TermX',
    style: 'result',
    format: FORMAT.years,
  },
  { address: 'A84', value: 'Options text / Texte des options', style: 'label' },
  { address: 'B84', value: f('C15&C20&C21&C22&C23&C24&C25&IF(OtherOptions="","","; "&OtherOptions)'), name: 'OptionsText', style: 'result' },
  { address: 'A85', value: 'Premium rate / Taux de prime', style: 'label' },
  { address: 'B85', value: f('BPI.RATE(CountryCategory,DebtorPriced,TermX,RiskType,OptionsText)'), name: 'PremiumRate', style: 'result', format: FORMAT.rate },
  { address: 'A86', value: 'Premium / Prime', style: 'label' },
  { address: 'B86', value: f('BPI.PREMIUM(FinancedAmount,PremiumRate,FinancedShare)'), name: 'Premium', style: 'result', format: FORMAT.amount },
  { address: 'A87', value: 'Premium basis, financed premium included / Assiette de la prime, prime financée comprise', style: 'label' },
  { address: 'B87', value: f('FinancedAmount+FinancedShare*Premium'), style: 'result', format: FORMAT.amount },
  { address: 'A88', value: 'Discount rate for the margin per annum / Taux d’actualisation de la marge annuelle', style: 'label' },
  {
    address: 'B88',
    value: null,
    name: 'DiscountRate',
    style: 'input',
    format: FORMAT.percent,
    note: 'Annual rate at which the margin per annum is discounted to the starting point, above −100%; blank is 0 (no discounting). / Taux annuel d’actualisation de la marge au point de départ ; vide : 0.',
  },
  { address: 'A89', value: 'Premium as a margin per annum on the outstanding / Prime exprimée en marge annuelle sur l’encours', style: 'label' },
  {
    address: 'B89',
    value: f('BPI.SPREAD(Premium,ScheduleYears,ScheduleOutstanding,DiscountRate)'),
    name: 'MarginPerAnnum',
    style: 'result',
    format: FORMAT.margin,
  },

  { address: 'A91', value: 'Calculation steps (BPI.EXPLAIN) / Étapes du calcul', style: 'section' },
  { address: 'A92', value: 'Step / Étape', style: 'header' },
  { address: 'B92', value: 'Value / Valeur', style: 'header' },
  { address: EXPLAIN_CELL, value: f('BPI.EXPLAIN(CountryCategory,DebtorPriced,TermX,RiskType,OptionsText)'), spill: true },
];

export const RANGE_NAMES: readonly RangeName[] = [
  {
    name: 'ScheduleDates',
    range: `A${SCHEDULE_ROWS.first}:A${SCHEDULE_ROWS.last}`,
    note: 'Repayment dates, one per instalment, not before the starting point; rows left blank at the end are ignored. / Dates de remboursement, une par échéance, au plus tôt le point de départ.',
  },
  {
    name: 'ScheduleAmounts',
    range: `B${SCHEDULE_ROWS.first}:B${SCHEDULE_ROWS.last}`,
    note: 'Principal repaid at each date; x = 0.5 × drawdown period + the term of the standard credit with the same average life (II-J, II-K). / Principal remboursé à chaque date (II-J, II-K).',
  },
  {
    name: 'ScheduleYears',
    range: `C${SCHEDULE_ROWS.first}:C${SCHEDULE_ROWS.last}`,
    note: 'Calculated: each repayment date in years from the starting point, the ends of the periods of the margin per annum. / Calculé : fin de chaque période en années depuis le point de départ.',
  },
  {
    name: 'ScheduleOutstanding',
    range: `D${SCHEDULE_ROWS.first}:D${SCHEDULE_ROWS.last}`,
    note: 'Calculated: the principal outstanding during each period, the schedule’s total less what was repaid before. / Calculé : encours en principal de chaque période.',
  },
  {
    name: 'CoinsurerShares',
    range: `B${COINSURER_ROWS.first}:B${COINSURER_ROWS.last}`,
    note: 'Each insurer’s share of the risk, adding up to at most 100%; the premium is split by them to the cent. / Part de chaque assureur, 100 % au plus au total ; la prime est répartie au centime près.',
  },
];

/**
 * Styles of whole blocks, empty cells included: the tables' input cells, and the cells SHARES spills into
 * (Excel shows a spilled value in the format of the cell it lands in).
 */
export const RANGE_STYLES: readonly { readonly range: string; readonly style: 'input' | 'result'; readonly format?: string }[] = [
  { range: `A${SCHEDULE_ROWS.first}:A${SCHEDULE_ROWS.last}`, style: 'input', format: FORMAT.date },
  { range: `B${SCHEDULE_ROWS.first}:B${SCHEDULE_ROWS.last}`, style: 'input', format: FORMAT.amount },
  { range: `C${SCHEDULE_ROWS.first}:C${SCHEDULE_ROWS.last}`, style: 'result', format: FORMAT.years },
  { range: `D${SCHEDULE_ROWS.first}:D${SCHEDULE_ROWS.last}`, style: 'result', format: FORMAT.amount },
  { range: `A${COINSURER_ROWS.first}:A${COINSURER_ROWS.last}`, style: 'input' },
  { range: `B${COINSURER_ROWS.first}:B${COINSURER_ROWS.last}`, style: 'input', format: FORMAT.percent },
  { range: `C${COINSURER_ROWS.first}:C${COINSURER_ROWS.last}`, style: 'result', format: FORMAT.amount },
];

/** Where the task pane puts the cursor after inserting the sheet. */
export const FIRST_INPUT = 'CountryCategory';

/** Column widths (characters). */
export const COLUMN_WIDTHS = [100, 30, 34, 30] as const;
