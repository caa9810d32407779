import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { explainRate } from '../../src/core/explain';
import { category, rate } from '../../src/core/pricing';
import { CalculatorInputs, calculate, cellValue } from '../../src/taskpane/calc';
import { ROUNDING_EXAMPLES, exampleFormula, workRounding } from '../../src/taskpane/examples';
import { formatAmount, formatRate } from '../../src/taskpane/format';
import { excelText, rateFormula } from '../../src/taskpane/formula';
import { FUNCTION_EXTRAS, functionDocs } from '../../src/taskpane/functionDocs';
import { FUNCTIONS_FR } from '../../src/i18n/functions.fr';
import { breakPoints } from '../../src/taskpane/formulaView';
import { DIST } from '../harness/paths';

const inputs = (o: Partial<CalculatorInputs>): CalculatorInputs => ({ country: '3', debtor: 'CC3', x: '1', type: 'NONPAYMENT', options: '', amount: '', ...o });

describe('Task pane calculator (without the page)', () => {
  it('gives the rate BPI.RATE gives, as a percentage with two decimals', () => {
    const r = calculate(inputs({}));
    assert.ok(r.ok);
    assert.equal(r.value.rate, rate(3, 'CC3', 1, 'NONPAYMENT', ''));
    assert.equal(r.value.rateText, '1.01%');
    // The same steps as BPI.EXPLAIN, label for label (PCP and PCC are shown in %, and say so).
    const explained = explainRate(3, 'CC3', 1, 'NONPAYMENT', '');
    assert.equal(r.value.steps.length, explained.length);
    explained.forEach(([label], i) => assert.ok([label, `${label} (%)`].includes(r.value.steps[i].label), `${r.value.steps[i].label} for ${label}`));
    assert.equal(r.value.steps.find((s) => s.label.startsWith('Percentage of cover, political'))?.label, 'Percentage of cover, political (PCP) (%)');
  });

  it('shows every step exactly, in the units of the caption (tie 1 / SOV/CCO / 10.9 / COVER=97.5%)', () => {
    const r = calculate(inputs({ country: '1', debtor: 'SOV/CCO', x: '10.9', options: 'COVER=97.5%' }));
    assert.ok(r.ok);
    const step = (label: string) => r.value.steps.find((s) => s.label === label)?.text;
    // I-C row 0/1 SOV/CCO: a = 0.090, b = 0.349; S = 0.090 × 10.9 + 0.349 = 1.33.
    assert.equal(step('a (SOV/CCO)'), '0.090'); // as printed
    assert.equal(step("Sovereign rate S = a·x' + b (%)"), '1.33');
    assert.equal(step('Percentage of cover, political (PCP) (%)'), '97.5'); // 0.975 in EXPLAIN
    assert.equal(step('Country risk share factor'), '39/38 = 1.0263157894…'); // 0.975 / 0.95 (k = 0 in category 1)
    assert.equal(step('Unrounded rate (%)'), '1.365'); // 1.33 × 39/38 = 1.365 exactly
    assert.equal(step('Rounded rate (%, half up at the 3rd decimal)'), '1.37');
    for (const s of r.value.steps) assert.doesNotMatch(s.text, /\d\.\d{13,}/, s.label);
  });

  it('shows a rate that does not terminate to 10 decimals and "…": 3 / CC2 / 5 / COVER=100%', () => {
    const r = calculate(inputs({ debtor: 'CC2', x: '5', options: 'COVER=100%' }));
    assert.ok(r.ok);
    const step = (label: string) => r.value.steps.find((s) => s.label === label)?.text;
    // T = 0.564 × 5 + 0.345 = 3.165; C = 1 + (1 − 0.95)/0.05 × 0.00489 = 1.00489; R = 3.165 × 1.00489 / 0.95
    // = 3.18047685 / 0.95 = 3.347870368421052631…
    assert.equal(step('PC coefficient = 1 + ((max(PCP, PCC) − 0.95) / 0.05) × k'), '1.00489');
    assert.equal(step('Unrounded rate (%)'), '3.3478703684…');
    // The factor 1.00489/0.95 = 100489/95000: a denominator too long to help, so digits only.
    assert.equal(step('Country risk share factor'), '1.0577789473…');
  });

  it('prices 3 / CC2 / 5 / COVER=100% at 3.35% (S 2.07, T 3.165, C 1.00489, R = 3.165 × 100/95 × 1.00489 = 3.3478…)', () => {
    const r = calculate(inputs({ debtor: 'CC2', x: '5', options: 'COVER=100%' }));
    assert.ok(r.ok);
    assert.equal(r.value.rateText, '3.35%');
  });

  it('computes the premium in exact decimals, to the cent: 1,000,000.01 × 1.01% = 10,100.00', () => {
    const r = calculate(inputs({ amount: '1000000.01' }));
    assert.ok(r.ok);
    assert.equal(r.value.premium, '10,100.00'); // 10,100.000101
    const half = calculate(inputs({ amount: '50', debtor: 'CC2', x: '5', options: 'COVER=100%' })); // 50 × 3.35 % = 1.675
    assert.ok(half.ok);
    assert.equal(half.value.premium, '1.68'); // half up; 50 * 0.0335 in doubles is 1.6749999…
  });

  it('shows an amount error without losing the rate', () => {
    const r = calculate(inputs({ amount: '1 000' })); // a space groups thousands in French, not in the English pane
    assert.ok(r.ok);
    assert.equal(r.value.rateText, '1.01%');
    assert.equal(r.value.premium, null);
    assert.equal(r.value.premiumError?.code, '#VALUE!');
    assert.equal(r.value.premiumError?.arg, 'amount');
    assert.match(r.value.premiumError?.message ?? '', /thousands separators/);
  });

  it('reads amounts grouped as the pane writes them: 1,000,000 in English; 1 000 000 (space, no-break, narrow no-break) in French', () => {
    // 3 / CC3 / 1: 1.01 %; 1,000,000 × 1.01 % = 10,100.00
    for (const amount of ['1,000,000', '1000000', '1,000,000.00']) {
      const r = calculate(inputs({ amount }));
      assert.ok(r.ok && r.value.premium === '10,100.00', amount);
      assert.equal(r.value.premiumFormula, '=BPI.PREMIUM(1000000,BPI.RATE(3,"CC3",1))');
    }
    for (const amount of ['1 000 000', '1\u00a0000\u00a0000', '1\u202f000\u202f000', '1 000 000,00', '1000000']) {
      const r = calculate(inputs({ amount }), 'fr');
      assert.ok(r.ok && r.value.premium === '10\u202f100,00', amount);
      assert.equal(r.value.premiumFormulaShown, '=BPI.MONTANTPRIME(1000000;BPI.TAUXPRIME(3;"CC3";1))');
    }
    // Not groups of three: left as typed, for the core to refuse (nothing silently changed).
    for (const [amount, lang] of [
      ['1,00,000', 'en'],
      ['10 00', 'fr'],
      ['1,5', 'en'],
    ] as const) {
      const r = calculate(inputs({ amount }), lang);
      assert.ok(r.ok && r.value.premium === null && r.value.premiumError?.code === '#VALUE!', amount);
    }
  });

  it('prices a financed premium: 100 % financed is amount × rate / (1 − rate), the formula with financed = 1', () => {
    // 3 / CC2 / 5 / COVER=100%: 3.35 %; 1,000,000 × 0.0335 / (1 − 0.0335) = 33,500 / 0.9665 = 34,661.148… → 34,661.15
    const r = calculate(inputs({ debtor: 'CC2', x: '5', options: 'COVER=100%', amount: '1,000,000', financed: '100%' }));
    assert.ok(r.ok);
    assert.equal(r.value.premium, '34,661.15');
    assert.equal(r.value.financedShare, '100.00%');
    assert.equal(r.value.premiumFormula, '=BPI.PREMIUM(1000000,BPI.RATE(3,"CC2",5,"NONPAYMENT","COVER=100%"),1)');
    const none = calculate(inputs({ debtor: 'CC2', x: '5', options: 'COVER=100%', amount: '1000000', financed: '0 %' }));
    assert.ok(none.ok && none.value.premium === '33,500.00' && none.value.financedShare === null); // 1,000,000 × 3.35 %
    const bad = calculate(inputs({ amount: '1000000', financed: 'half' }));
    assert.ok(bad.ok && bad.value.premiumError?.arg === 'financed');
    // Half of it financed: 33,500 / (1 − 0.5 × 0.0335) = 33,500 / 0.98325 = 34,070.683956… → 34,070.68.
    const half = calculate(inputs({ debtor: 'CC2', x: '5', options: 'COVER=100%', amount: '1,000,000', financed: '50%' }));
    assert.ok(half.ok);
    assert.equal(half.value.premium, '34,070.68');
    assert.equal(half.value.premiumFormula, '=BPI.PREMIUM(1000000,BPI.RATE(3,"CC2",5,"NONPAYMENT","COVER=100%"),0.5)');
    const fr = calculate(inputs({ debtor: 'CC2', x: '5', options: 'COVER=100%', amount: '1 000 000', financed: '0,5' }), 'fr');
    assert.ok(fr.ok && fr.value.premium === '34\u202f070,68');
    assert.equal(fr.value.premiumFormulaShown, '=BPI.MONTANTPRIME(1000000;BPI.TAUXPRIME(3;"CC2";5;"NONPAYMENT";"COVER=100%");0,5)');
    // VRAI, as a French Excel writes TRUE, is all of it: 34,661.15 as above.
    const vrai = calculate(inputs({ debtor: 'CC2', x: '5', options: 'COVER=100%', amount: '1000000', financed: 'VRAI' }), 'fr');
    assert.ok(vrai.ok && vrai.value.premium === '34\u202f661,15');
    // A share above 100 % is the core's #NUM! at the financed field.
    const over = calculate(inputs({ amount: '1000000', financed: '120%' }));
    assert.ok(over.ok && over.value.premiumError?.code === '#NUM!' && over.value.premiumError.arg === 'financed');
  });

  it('turns a score into the category of the note’s matrix (core category()), and says so in the formula', () => {
    for (const [score, country] of [
      ['BB-', 3],
      ['Ba3', 3],
      ['AAA', 5],
      ['C', 1],
    ] as const) {
      const r = calculate(inputs({ debtor: score, country: String(country) }));
      assert.ok(r.ok);
      assert.equal(r.value.debtor, category(score, country));
      assert.equal(r.value.score, score);
      assert.equal(r.value.formula, `=BPI.RATE(${country},BPI.CATEGORY("${score}",${country}),1)`);
    }
  });

  it('gives errors with their Excel code and the message the functions give, quoting numbers as Excel does', () => {
    const cases: [Partial<CalculatorInputs>, string, RegExp][] = [
      [{ country: '8' }, '#NUM!', /^country must be an integer 0–7, got 8$/],
      [{ x: '-1' }, '#NUM!', /^x must be a term in years from 0 to 100, got -1$/],
      [{ x: '1,5' }, '#VALUE!', /decimal comma/],
      [{ debtor: 'CC9' }, '#VALUE!', /^debtor must be one of .*got "CC9"; or a score/],
      [{ debtor: 'D' }, '#VALUE!', /^debtor must be one of/],
      [{ options: 'MOBILE=30%' }, '#NUM!', /^options: MOBILE/],
      [{ options: 'FOO' }, '#VALUE!', /unknown option "FOO"/],
      // I-C row 5 prints "-" for CC5 only; row 6 for CC4 and CC5.
      [
        { country: '5', debtor: 'CC5' },
        '#N/A',
        /^the note publishes no non-payment coefficient for debtor CC5 in country category 5; it prices SOV\+, SOV\/CCO, CC1, CC2, CC3, CC4 there$/,
      ],
      [
        { country: '6', debtor: 'CC4' },
        '#N/A',
        /^the note publishes no non-payment coefficient for debtor CC4 in country category 6; it prices SOV\+, SOV\/CCO, CC1, CC2, CC3 there$/,
      ],
    ];
    for (const [o, code, message] of cases) {
      const r = calculate(inputs(o));
      assert.ok(!r.ok, JSON.stringify(o));
      assert.equal(r.error.code, code, JSON.stringify(o));
      assert.match(r.error.message, message);
    }
  });

  it('shows the rounded rate step with the rate’s two decimals: 3 / CC3 / 2.5 → 2.00, not 2', () => {
    // 0.660 × 2.5 + 0.345 = 1.65 + 0.345 = 1.995 → half up → 2.00 %.
    for (const [lang, x, text] of [
      ['en', '2.5', '2.00'],
      ['fr', '2,5', '2,00'],
    ] as const) {
      const r = calculate(inputs({ x }), lang);
      assert.ok(r.ok);
      assert.equal(r.value.steps.find((s) => s.id === 'rounded')?.text, text);
    }
  });

  it('gives the OECD minimum for the same deal (BPI.MPR, standard product) and the gap to the note’s rate, exactly', () => {
    // 3 / CC3 / 1: Arrangement category 3, a = 0.350, b = 0.350, c(CC3) = 0.320; standard product QPF = 1,
    // 95 % cover (PCF = 1): MPR = (0.350 × 1 + 0.350) + 0.320 × 1 = 1.02 %; the note's 1.01 % is 0.01 point below.
    const plain = calculate(inputs({}));
    assert.ok(plain.ok && plain.value.oecd.kind === 'mpr');
    assert.deepEqual([plain.value.oecd.hundredths, plain.value.oecd.gapHundredths, plain.value.oecd.sign], [102n, -1n, -1]);
    assert.equal(plain.value.oecd.formula, '=BPI.MPR(3,"CC3",1)');
    // 3 / CC2 / 5 / COVER=100%: parts (0.350 × 5 + 0.350 + 0.223 × 5) × 1.00/0.95 = 3.215/0.95; PCF = 1 + (0.05/0.05) × 0.00489
    // = 1.00489 on the whole: 3.215 × 1.00489 / 0.95 = 3.40075931… → 3.40 %; the note's 3.35 % is 0.05 below.
    const cover = calculate(inputs({ debtor: 'CC2', x: '5', options: 'COVER=100%' }));
    assert.ok(cover.ok && cover.value.oecd.kind === 'mpr');
    assert.deepEqual([cover.value.oecd.hundredths, cover.value.oecd.gapHundredths, cover.value.oecd.sign], [340n, -5n, -1]);
    assert.equal(cover.value.oecd.steps.find((s) => s.id === 'pcf')?.text, '1.00489');
    // POLITICAL is PCC = 0 % (country part only, 0.350 + 0.350 = 0.70 %); ESCROW (the note's category n − 1) has no
    // counterpart in the Arrangement and is named as left out.
    const political = calculate(inputs({ options: 'POLITICAL' }));
    assert.ok(political.ok && political.value.oecd.kind === 'mpr' && political.value.oecd.hundredths === 70n);
    assert.equal(political.value.oecd.formula, '=BPI.MPR(3,"CC3",1,"PCC=0%")');
    // POLITICAL with COVER=100%: the cover is the political one (PCP = 100 %), PCC = 0 %: (0.350 + 0.350) × 1.00/0.95
    // × PCF (1 + 1 × 0.00489 = 1.00489) = 0.7 × 1.00489 / 0.95 = 0.74044… → 0.74 %. Not COVER with PCC, which BPI.MPR refuses.
    const politicalCover = calculate(inputs({ options: 'POLITICAL; COVER=100%' }));
    assert.ok(politicalCover.ok && politicalCover.value.oecd.kind === 'mpr' && politicalCover.value.oecd.hundredths === 74n);
    assert.equal(politicalCover.value.oecd.formula, '=BPI.MPR(3,"CC3",1,"PCP=100%; PCC=0%")');
    const escrow = calculate(inputs({ country: '4', options: 'ESCROW' }));
    assert.ok(escrow.ok && escrow.value.oecd.kind === 'mpr');
    assert.deepEqual(escrow.value.oecd.omitted, ['ESCROW']);
    // No minimum: category 0 (market benchmarks), pre-shipment risk (BOND, INTERRUPTION).
    const zero = calculate(inputs({ country: '0' }));
    assert.ok(zero.ok && zero.value.oecd.kind === 'none' && zero.value.oecd.reason === 'category0');
    const bond = calculate(inputs({ type: 'BOND' }));
    assert.ok(bond.ok && bond.value.oecd.kind === 'none' && bond.value.oecd.reason === 'preShipment');
    // French: the formula by its French name.
    const fr = calculate(inputs({ x: '2,5' }), 'fr');
    assert.ok(fr.ok);
    assert.equal(fr.value.oecdFormulaShown, '=BPI.PRIMEMINOCDE(3;"CC3";2,5)');
  });

  it('marks category 0 as indicative', () => {
    const r = calculate(inputs({ country: '0' }));
    assert.ok(r.ok && r.value.indicative);
  });

  it('reads typed text as a cell would hold it', () => {
    assert.equal(cellValue(' 8 '), 8);
    assert.equal(cellValue('25%'), 0.25);
    assert.equal(cellValue('1,5'), '1,5');
    assert.equal(cellValue(''), '');
    // The French pane reads a decimal comma as a French cell does, ",5" included.
    assert.equal(cellValue('1,5', 'fr'), 1.5);
    assert.equal(cellValue(',5', 'fr'), 0.5);
  });

  it('marks the field an error is about and names the first character at fault, in the pane’s language', () => {
    const en = calculate(inputs({ x: '7+0,5*2' }));
    assert.ok(!en.ok);
    assert.deepEqual([en.error.code, en.error.arg, en.error.message], ['#VALUE!', 'x', 'x must be a number, got "7+0,5*2" (it contains "+")']);
    const fr = calculate(inputs({ x: '7+0,5*2' }), 'fr');
    assert.ok(!fr.ok);
    assert.equal(fr.error.message, 'x doit être un nombre, reçu "7+0,5*2" (il contient «\u00a0+\u00a0»)');
    const options = calculate(inputs({ options: 'MOBILE=30%' }));
    assert.ok(!options.ok && options.error.arg === 'options');
    const missing = calculate(inputs({ country: '5', debtor: 'CC5' }));
    assert.ok(!missing.ok && missing.error.arg === 'debtor');
  });
});

describe('Task pane formula text (Insert formula)', () => {
  const base = { country: 3, debtor: { category: 'CC3' }, x: '1', type: 'NONPAYMENT', options: '' };
  it('omits trailing defaults', () => {
    assert.equal(rateFormula(base), '=BPI.RATE(3,"CC3",1)');
    assert.equal(rateFormula({ ...base, type: 'BOND' }), '=BPI.RATE(3,"CC3",1,"BOND")');
    assert.equal(rateFormula({ ...base, options: ' COVER=100% ' }), '=BPI.RATE(3,"CC3",1,"NONPAYMENT","COVER=100%")');
  });
  it('quotes text arguments, doubling quotes', () => {
    assert.equal(excelText('a"b'), '"a""b"');
    assert.equal(rateFormula({ ...base, debtor: { category: 'SOV/CCO' }, x: '10.9', options: 'X="1"' }), '=BPI.RATE(3,"SOV/CCO",10.9,"NONPAYMENT","X=""1""")');
  });
  it('is what the calculator shows, with x as the decimal typed', () => {
    const r = calculate(inputs({ x: '10.90', type: 'ENVELOPE', options: 'MOBILE' }));
    assert.ok(r.ok);
    assert.equal(r.value.formula, '=BPI.RATE(3,"CC3",10.9,"ENVELOPE","MOBILE")');
  });
});

describe('Task pane documentation data', () => {
  it('works the rounding examples with the core: 1.005% → 1.01% (float: 1.00%), 1.365% → 1.37% (float: 1.36%)', () => {
    const [half, cover, above] = ROUNDING_EXAMPLES.map((e) => workRounding(e));
    assert.deepEqual([half.unrounded, half.unroundedText, half.naive, half.rounded], [1.005, '1.005', '1.00%', '1.01%']);
    assert.deepEqual([cover.unrounded, cover.unroundedText, cover.naive, cover.rounded], [1.365, '1.365', '1.36%', '1.37%']);
    assert.equal(above.unroundedText, '3.3478703684…');
    assert.equal(above.rounded, '3.35%');
    assert.equal(exampleFormula(cover.example), '=BPI.RATE(1,"SOV/CCO",10.9,"NONPAYMENT","COVER=97.5%")');
  });

  it('formats rates and amounts without a second rounding', () => {
    assert.equal(formatRate(0.0101), '1.01%');
    assert.equal(formatRate(0.1), '10.00%');
    assert.equal(formatRate(0.0335), '3.35%');
    assert.equal(formatAmount(1234567.5), '1,234,567.50');
    assert.equal(formatAmount(0.05), '0.05');
  });

  it('documents every function of dist/functions.json, from that metadata: names, descriptions, parameters in order', () => {
    const built = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8')) as {
      functions: { id: string; name: string; description: string; parameters: { name: string; description: string; optional?: boolean }[] }[];
    };
    const en = functionDocs('en');
    const fr = functionDocs('fr');
    assert.deepEqual(
      en.map((d) => d.id),
      built.functions.map((f) => f.id),
      'the same functions, in the same order',
    );
    for (const f of built.functions) {
      const d = en.find((x) => x.id === f.id)!;
      assert.equal(d.name, f.name);
      assert.equal(d.otherName, FUNCTIONS_FR[f.id].name, `BPI.${f.id}: the French name beside the English`);
      assert.equal(d.summary, f.description, `BPI.${f.id} description as Excel shows it`);
      assert.deepEqual(
        d.args.map((a) => [a.name, a.meaning]),
        f.parameters.map((p) => [p.name, p.description]),
        `BPI.${f.id} arguments`,
      );
      const dfr = fr.find((x) => x.id === f.id)!;
      assert.equal(dfr.name, FUNCTIONS_FR[f.id].name);
      assert.equal(dfr.otherName, f.name);
      // French texts are the metadata's, with French spacing (no-break space before « : ; % »).
      const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
      assert.equal(plain(dfr.summary), FUNCTIONS_FR[f.id].description);
      assert.deepEqual(
        dfr.args.map((a) => [a.name, plain(a.meaning)]),
        f.parameters.map((p) => [FUNCTIONS_FR[f.id].parameters[p.name].name, FUNCTIONS_FR[f.id].parameters[p.name].description]),
      );
      // Optional in Excel ⇔ the pane says what leaving it out means, in both languages.
      for (const [i, p] of f.parameters.entries()) {
        assert.equal(d.args[i].default !== undefined, p.optional === true, `BPI.${f.id} ${p.name}: default iff optional`);
        assert.equal(dfr.args[i].default !== undefined, p.optional === true, `BPI.${f.id} ${p.name}: French default iff optional`);
      }
    }
  });

  it('has the pane-only extras (returns, example, defaults) for every function of functions.json, and nothing else', () => {
    const built = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8')) as {
      functions: { id: string; parameters: { name: string; optional?: boolean }[] }[];
    };
    assert.deepEqual(Object.keys(FUNCTION_EXTRAS).sort(), built.functions.map((f) => f.id).sort());
    for (const f of built.functions) {
      const extra = FUNCTION_EXTRAS[f.id];
      assert.ok(extra.returns.en.trim() && extra.returns.fr.trim() && extra.returns.en !== extra.returns.fr, `BPI.${f.id} returns, in both languages`);
      assert.match(extra.example, new RegExp(`^=.*BPI\\.${f.id}\\(`), `BPI.${f.id} example calls it`);
      const optional = f.parameters.filter((p) => p.optional).map((p) => p.name);
      assert.deepEqual(Object.keys(extra.defaults ?? {}).sort(), optional.sort(), `BPI.${f.id}: a default for each optional parameter, and only those`);
    }
  });

  it('generates the pane’s metadata with the generator and input of dist/functions.json: the two are equal', () => {
    const pane = JSON.parse(fs.readFileSync(path.join(DIST, '..', 'src', 'generated', 'functions.json'), 'utf8'));
    const built = JSON.parse(fs.readFileSync(path.join(DIST, 'functions.json'), 'utf8'));
    assert.deepEqual(pane, built);
  });
});

describe('Task pane formula wrapping (formulaView)', () => {
  it('cuts a formula only after a top-level comma, keeping each number and each text whole', () => {
    assert.deepEqual(breakPoints('=BPI.RATE(1,"SOV/CCO",10.9,"NONPAYMENT","COVER=97.5%; MOBILE=25%")'), [
      '=BPI.RATE(1,',
      '"SOV/CCO",',
      '10.9,',
      '"NONPAYMENT",',
      '"COVER=97.5%; MOBILE=25%")',
    ]);
    // French: ";" between arguments, and the "; " inside the options text is not a break.
    assert.deepEqual(breakPoints('=BPI.TAUXPRIME(3;"CC2";7,5;"NONPAYMENT";"MOBILE=25%; COVER=100%")', ';'), [
      '=BPI.TAUXPRIME(3;',
      '"CC2";',
      '7,5;',
      '"NONPAYMENT";',
      '"MOBILE=25%; COVER=100%")',
    ]);
    // A comma inside a text is not a break; spaces after a comma stay with it; the pieces rebuild the text.
    const sig = 'BPI.EKFELIGIBLE(term_days, buyer_amount_dkk, [declined])';
    assert.deepEqual(breakPoints(sig), ['BPI.EKFELIGIBLE(term_days, ', 'buyer_amount_dkk, ', '[declined])']);
    assert.deepEqual(breakPoints('=F("a,b",2)'), ['=F("a,b",', '2)']);
    assert.equal(breakPoints('=F("x"";y",1)').join(''), '=F("x"";y",1)');
  });
});
