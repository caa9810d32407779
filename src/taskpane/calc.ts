import { readCountry, readDebtor } from '../core/categories';
import { BpiError, ExcelErrorCode, keyed } from '../core/errors';
import { explainSteps } from '../core/explain';
import { CellValue, isBlank, readExact } from '../core/numbers';
import { fixedToString } from '../core/exact';
import { premium, readFinancedShare } from '../core/amounts';
import { category, rate, readTerm } from '../core/pricing';
import { readRateType } from '../core/rateTypes';
import { errorText } from '../i18n/errors';
import type { Lang } from '../i18n/lang';
import { formatAmount, formatRate } from './format';
import { DebtorArg, formulaLocale, localizeFormula, premiumFormula, rateCall } from './formula';
import { StepRow, stepRows } from './steps';
import { OecdMinimum, oecdMinimum } from './oecd';
import { paneNumber } from './typed';

/**
 * The calculator without the page: the text of its inputs → what it shows. All the pricing is the core's
 * (the same functions BPI.RATE and BPI.EXPLAIN call); this module only reads the form and formats.
 */

export interface CalculatorInputs {
  readonly country: string;
  /** A debtor category, or a score (AAA … C, Aaa … C) turned into one by the note's matrix. */
  readonly debtor: string;
  readonly x: string;
  readonly type: string;
  readonly options: string;
  /** Optional amount (premium basis) for the premium. */
  readonly amount: string;
  /** The financed share of the premium (BPI.PREMIUM's financed), in percent or as a fraction; blank is none. */
  readonly financed?: string;
}

export interface Failure {
  readonly code: ExcelErrorCode;
  readonly message: string;
  /** The input the failure is about (the core's BpiError.arg), for marking that field. */
  readonly arg?: string;
}

export interface Calculation {
  /** The rate as BPI.RATE returns it (a fraction). */
  readonly rate: number;
  /** "1.01%" */
  readonly rateText: string;
  /** The debtor category priced, and the score it came from if one was given. */
  readonly debtor: string;
  readonly score: string | null;
  /** Former category 0: the note prices case by case, so the rate is indicative. */
  readonly indicative: boolean;
  readonly steps: readonly StepRow[];
  /** amount × rate to the cent, "10,100.00"; null without an amount. */
  readonly premium: string | null;
  readonly premiumError: Failure | null;
  /** The financed share as shown ("100 %"), null when none is financed. */
  readonly financedShare: string | null;
  /** =BPI.PREMIUM(amount,BPI.RATE(...)[,share]) in en-US form, and as the user types it; null without a premium. */
  readonly premiumFormula: string | null;
  readonly premiumFormulaShown: string | null;
  /** The equivalent =BPI.RATE(...) formula, en-US form (what Insert formula takes). */
  readonly formula: string;
  /** The same as the user types it: in French =BPI.TAUXPRIME(3;"CC2";7,5). */
  readonly formulaShown: string;
  /** The OECD minimum for the same deal (BPI.MPR, standard product), or why there is none. */
  readonly oecd: OecdMinimum;
  /** Its =BPI.MPR(...) formula as the user types it, when there is one. */
  readonly oecdFormulaShown: string | null;
}

export type Outcome = { readonly ok: true; readonly value: Calculation } | { readonly ok: false; readonly error: Failure };

export function calculate(inputs: CalculatorInputs, lang: Lang = 'en'): Outcome {
  try {
    return { ok: true, value: price(inputs, lang) };
  } catch (e) {
    if (e instanceof BpiError) return { ok: false, error: { code: e.code, message: errorText(e, lang), arg: e.arg } };
    throw e;
  }
}

/**
 * What a cell holds when the text is typed into it: a number (or a percentage) becomes a number (so messages
 * read as Excel's: got 8, not got "8"); anything else stays text, for the core to read or refuse.
 */
export function cellValue(text: string, lang: Lang = 'en'): CellValue {
  const typed = paneNumber(text, lang);
  try {
    return readExact('', typed).value;
  } catch {
    return text;
  }
}

function price(form: CalculatorInputs, lang: Lang): Calculation {
  const inputs = { ...form, country: cellValue(form.country, lang), x: cellValue(form.x, lang) };
  const country = readCountry(inputs.country);
  const { debtor, arg } = resolveDebtor(inputs.debtor, country);
  const type = readRateType(inputs.type).name;
  const r = rate(country, debtor, inputs.x, type, inputs.options);
  // One step record (the core's data) gives the rows shown and the flags.
  const record = explainSteps(country, debtor, inputs.x, type, inputs.options);
  const steps = stepRows(record, lang);
  const xText = readTerm(inputs.x).toString();
  const call = rateCall({ country, debtor: arg, x: xText, type, options: inputs.options });
  const oecd = oecdMinimum({ country, debtor, x: inputs.x, xText, type, options: inputs.options, rateHundredths: record.roundedHundredths }, lang);
  const premium = premiumFor(paneNumber(inputs.amount, lang), paneNumber(inputs.financed ?? '', lang), r, call, lang);
  const formula = `=${call}`;
  const shown = (f: string) => (lang === 'fr' ? localizeFormula(f, formulaLocale('fr', ',')) : f);
  return {
    rate: r,
    rateText: formatRate(r, lang),
    debtor,
    score: 'score' in arg ? arg.score : null,
    indicative: record.plan.indicative,
    steps,
    premium: premium.ok ? (premium.value?.text ?? null) : null,
    premiumError: premium.ok ? null : premium.error,
    financedShare: premium.ok ? (premium.value?.share ?? null) : null,
    premiumFormula: premium.ok ? (premium.value?.formula ?? null) : null,
    premiumFormulaShown: premium.ok && premium.value ? shown(premium.value.formula) : null,
    formula,
    formulaShown: shown(formula),
    oecd,
    oecdFormulaShown: oecd.kind === 'mpr' ? shown(oecd.formula) : null,
  };
}

/** A debtor category as typed, or a score turned into the category the matrix gives in that country. */
function resolveDebtor(text: string, country: number): { debtor: string; arg: DebtorArg } {
  try {
    const debtor = readDebtor(text);
    return { debtor, arg: { category: debtor } };
  } catch (asCategory) {
    if (!(asCategory instanceof BpiError)) throw asCategory;
    let debtor: string;
    try {
      debtor = category(text, country);
    } catch {
      throw new BpiError(asCategory.code, keyed('debtorOrScore', { cause: asCategory }), 'debtor');
    }
    return { debtor, arg: { score: text.trim() } };
  }
}

interface PremiumResult {
  readonly text: string;
  /** The financed share in % as the pane shows it, null when none. */
  readonly share: string | null;
  readonly formula: string;
}
type PremiumOutcome = { ok: true; value: PremiumResult | null } | { ok: false; error: Failure };

/** A failure of BPI.PREMIUM's argument `arg`, marked on the pane's field `field`. */
function premiumFailure(e: unknown, field: string, lang: Lang): PremiumOutcome {
  if (e instanceof BpiError) return { ok: false, error: { code: e.code, message: errorText(e, lang), arg: field } };
  throw e;
}

/**
 * BPI.PREMIUM(amount, rate, financed): amount × rate, or with a financed share s amount × rate / (1 − s ×
 * rate), half up to cents, in exact decimals (the core's premium). The share is typed in percent (50 %) or as
 * a fraction (0,5), or TRUE/FALSE, and read by the core's own reader (readFinancedShare), as a cell would be.
 */
function premiumFor(amount: string, financed: string, r: number, rateCall: string, lang: Lang): PremiumOutcome {
  if (isBlank(amount.trim())) return { ok: true, value: null };
  let share: number;
  let shareText: string;
  let typed: string;
  try {
    // A French Excel writes TRUE and FALSE as VRAI and FAUX: the French pane reads those too.
    typed =
      lang === 'fr'
        ? financed
            .trim()
            .replace(/^vrai$/i, 'TRUE')
            .replace(/^faux$/i, 'FALSE')
        : financed.trim();
    const read = readFinancedShare('financed', typed);
    share = read.value;
    shareText = fixedToString(read.fixed);
  } catch (e) {
    return premiumFailure(e, 'financed', lang);
  }
  let cents: number;
  try {
    cents = premium(amount, r, typed);
  } catch (e) {
    return premiumFailure(e, e instanceof BpiError && e.arg === 'financed' ? 'financed' : 'amount', lang);
  }
  const financedPart = share !== 0 ? shareText : null;
  return {
    ok: true,
    value: {
      text: formatAmount(cents, lang),
      share: financedPart === null ? null : formatRate(share, lang),
      formula: premiumFormula(fixedToString(readExact('amount', amount).fixed), rateCall, financedPart),
    },
  };
}
