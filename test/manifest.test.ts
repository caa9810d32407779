/*
 * Offline check of the XML add-in manifest the build renders into dist/ from manifest/addin.cjs
 * (office-addin-manifest validate needs the network, and no XSD is published in a package): well-formed
 * (strict xmldom parse), the element order and the length limits Microsoft documents, ids and versions in
 * the right form, every resid defined, https URLs, the icon sizes, and the shared runtime wired to one page.
 * manifest.xml at the top level is the development rendering, committed: it must be what
 * `npm run manifest` writes. Then a production build with ADDIN_URL, read back.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Element } from '@xmldom/xmldom';
import { DEV_URL, addin, addinBase, renderXml } from '../manifest/render.cjs';
import { DIST, ROOT } from './harness/paths';
import { parseStrictXml } from './harness/xml';

const BUILT = path.join(DIST, 'manifest.xml');
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

type El = Element;
const parse = (file: string) => parseStrictXml(fs.readFileSync(file, 'utf8'), file);
const all = (root: Document | El, name: string): El[] => Array.from(root.getElementsByTagName(name));
const allNs = (root: Document | El, ns: string, name: string): El[] => Array.from(root.getElementsByTagNameNS(ns, name));
const byXsiType = (doc: Document, tag: string, type: string) => all(doc, tag).filter((e) => e.getAttributeNS(XSI, 'type') === type);
const childElements = (e: El): El[] => Array.from(e.childNodes).filter((n): n is El => n.nodeType === 1);

/**
 * The order Microsoft documents for the elements a task pane add-in's manifest may hold under each parent
 * ("How to find the proper order of manifest elements", learn.microsoft.com/office/dev/add-ins/develop/
 * manifest-element-ordering, from the XSDs): a child must be one of these, in this relative order. Keys are
 * "parent" or "grandparent/parent" where a name has several meanings.
 */
const ORDER: Record<string, string[]> = {
  OfficeApp: [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'Dictionary',
    'VersionOverrides',
    'ExtendedOverrides',
  ],
  DisplayName: ['Override'],
  Description: ['Override'],
  'OfficeApp/Requirements': ['Sets', 'Methods'],
  DefaultSettings: ['SourceLocation'],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources', 'WebApplicationInfo', 'EquivalentAddins'],
  'VersionOverrides/Hosts': ['Host'],
  'Hosts/Host': ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'],
  AllFormFactors: ['ExtensionPoint'],
  'AllFormFactors/ExtensionPoint': ['Script', 'Page', 'Metadata', 'Namespace'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint', 'SupportsSharedFolders'],
  GetStarted: ['Title', 'Description', 'LearnMoreUrl'],
  'DesktopFormFactor/ExtensionPoint': ['OfficeTab', 'CustomTab'],
  OfficeTab: ['Group'],
  Group: ['Label', 'Icon', 'Control'],
  Control: ['Label', 'Supertip', 'Icon', 'Action'],
  Supertip: ['Title', 'Description'],
  Action: ['TaskpaneId', 'SourceLocation', 'Title', 'FunctionName'],
  Resources: ['Images', 'Urls', 'ShortStrings', 'LongStrings'],
};

/** Every element whose children are out of the documented order or not allowed there, as "parent: why". */
function orderProblems(doc: Document): string[] {
  const problems: string[] = [];
  for (const e of Array.from(doc.getElementsByTagName('*'))) {
    const parent = e.parentNode as El | null;
    const key = [`${parent?.localName ?? ''}/${e.localName}`, e.localName ?? ''].find((k) => k in ORDER);
    if (!key) continue;
    let last = -1;
    for (const child of childElements(e)) {
      const at = ORDER[key].indexOf(child.localName ?? '');
      if (at < 0) problems.push(`<${e.localName}>: <${child.localName}> is not one of its children`);
      else if (at < last) problems.push(`<${e.localName}>: <${child.localName}> comes after <${ORDER[key][last]}>`);
      else last = at;
    }
  }
  return problems;
}

function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  assert.equal(b.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('manifest.xml at the top level (the development manifest)', () => {
  it('is what `npm run manifest` writes from manifest/addin.cjs (stale otherwise: run it and commit)', () => {
    const committed = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
    assert.ok(committed === renderXml(DEV_URL), 'manifest.xml is stale: run `npm run manifest` and commit manifest.xml');
  });

  it("is the development build's dist/manifest.xml", () => {
    assert.equal(fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8'), fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
  });
});

describe('manifest.xml (offline check of dist/manifest.xml)', () => {
  const doc = parse(BUILT);
  const BUILT_TEXT = () => fs.readFileSync(BUILT, 'utf8');
  const resources = new Map<string, { kind: string; value: string }>();
  for (const kind of ['Image', 'Url', 'String']) {
    for (const e of allNs(doc, BT, kind)) {
      if (e.hasAttribute('id')) resources.set(e.getAttribute('id')!, { kind, value: e.getAttribute('DefaultValue') ?? '' });
    }
  }
  const resid = (e: El | undefined) => e?.getAttribute('resid') ?? '';

  it('is well-formed XML (strict parse: any parser warning or error fails)', () => {
    parseStrictXml(fs.readFileSync(BUILT, 'utf8'), 'dist/manifest.xml');
  });

  it('the well-formedness check refuses broken XML', () => {
    const broken = [
      '<a><b></a>',
      '<a x="1" x="2"/>',
      '<a>&nope;</a>',
      '<p:a/>',
      '<a/><b/>',
      '<a',
      '<a b=c/>',
      '<a>&#1;</a>',
      '<a>\u0001</a>',
      '<a><!-- x -- y --></a>',
    ];
    for (const text of broken) assert.throws(() => parseStrictXml(text), /not well-formed/, text);
    assert.equal(parseStrictXml('<?xml version="1.0"?><a xmlns:p="u"><p:b>é</p:b></a>').documentElement!.localName, 'a');
  });

  it('keeps its elements in the order Microsoft documents, each under a parent that may hold it', () => {
    assert.deepEqual(orderProblems(doc), []);
  });

  it('the order check refuses a manifest out of order', () => {
    const text = BUILT_TEXT().replace(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, '$3$2$1');
    assert.deepEqual(orderProblems(parseStrictXml(text)), ['<OfficeApp>: <Version> comes after <ProviderName>']);
    const resources = BUILT_TEXT().replace(/(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, '$3$2$1');
    assert.deepEqual(orderProblems(parseStrictXml(resources)), ['<Resources>: <Images> comes after <Urls>']);
    const stray = BUILT_TEXT().replace('<SupportUrl', '<Permissions>ReadDocument</Permissions><SupportUrl');
    assert.ok(orderProblems(parseStrictXml(stray)).includes('<OfficeApp>: <SupportUrl> comes after <Permissions>'));
  });

  it('has a 32 × 32 IconUrl and a 64 × 64 HighResolutionIconUrl, as Microsoft asks outside Outlook', () => {
    const file = (tag: string) => path.join(DIST, all(doc, tag)[0].getAttribute('DefaultValue')!.slice(DEV_URL.length));
    assert.deepEqual(pngSize(file('IconUrl')), [32, 32]);
    assert.deepEqual(pngSize(file('HighResolutionIconUrl')), [64, 64]);
    for (const [size, rel] of Object.entries(addin.files.icons)) assert.deepEqual(pngSize(path.join(ROOT, rel)), [Number(size), Number(size)], rel);
  });

  it('has a GUID Id and a Version n.n.n.n', () => {
    assert.match(all(doc, 'Id')[0].textContent!.trim(), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    assert.match(all(doc, 'Version')[0].textContent!.trim(), /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
  });

  it('defines every resid it uses, once, within 32 characters', () => {
    const ids = [...allNs(doc, BT, 'Image'), ...allNs(doc, BT, 'Url'), ...allNs(doc, BT, 'String')]
      .filter((e) => e.hasAttribute('id'))
      .map((e) => e.getAttribute('id'));
    assert.equal(new Set(ids).size, ids.length, 'duplicate resource id');
    const used = Array.from(doc.getElementsByTagName('*')).filter((e) => e.hasAttribute('resid'));
    assert.ok(used.length > 10);
    for (const e of used) {
      const id = e.getAttribute('resid')!;
      assert.ok(resources.has(id), `resid "${id}" on <${e.tagName}> is not defined`);
      assert.ok(id.length <= 32, `resid "${id}" is longer than 32 characters`);
    }
  });

  it('uses https for every URL', () => {
    const urls = [
      ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation']
        .flatMap((t) => all(doc, t))
        .map((e) => e.getAttribute('DefaultValue'))
        .filter((v): v is string => v !== null),
      ...all(doc, 'AppDomain').map((e) => e.textContent!.trim()),
      ...[...resources.values()].filter((r) => r.kind !== 'String').map((r) => r.value),
    ];
    assert.ok(urls.length >= 10);
    for (const u of urls) assert.match(u, /^https:\/\/[^\s]+$/, `not an https URL: ${u}`);
  });

  it('keeps strings within the manifest limits', () => {
    const limit = (text: string, max: number, what: string) =>
      assert.ok(text.length > 0 && text.length <= max, `${what} must be 1–${max} characters, has ${text.length}`);
    limit(all(doc, 'DisplayName')[0].getAttribute('DefaultValue')!, 125, 'DisplayName');
    limit(all(doc, 'Description')[0].getAttribute('DefaultValue')!, 250, 'Description');
    limit(all(doc, 'ProviderName')[0].textContent!, 125, 'ProviderName');
    for (const e of allNs(doc, BT, 'String')) {
      const long = (e.parentNode as El).localName === 'LongStrings';
      limit(e.getAttribute('DefaultValue')!, long ? 250 : 125, `string ${e.getAttribute('id')}`);
    }
    for (const e of allNs(doc, BT, 'Url')) limit(e.getAttribute('DefaultValue')!, 2048, `URL ${e.getAttribute('id')}`);
    // The French overrides have the limits of the value they replace.
    for (const o of all(doc, 'Override').concat(allNs(doc, BT, 'Override'))) {
      const owner = o.parentNode as El;
      const max =
        owner.localName === 'DisplayName'
          ? 125
          : owner.localName === 'Description'
            ? 250
            : owner.localName === 'Url'
              ? 2048
              : (owner.parentNode as El).localName === 'LongStrings'
                ? 250
                : 125;
      limit(o.getAttribute('Value')!, max, `fr-FR override of ${owner.getAttribute('id') ?? owner.localName}`);
    }
    for (const e of ['Group', 'Control'].flatMap((t) => all(doc, t))) limit(e.getAttribute('id')!, 125, `id of <${e.localName}>`);
    for (const t of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'])
      for (const e of all(doc, t)) if (e.hasAttribute('DefaultValue')) limit(e.getAttribute('DefaultValue')!, 2048, t);
  });

  it('declares the custom functions in the BPI namespace, with their script and metadata', () => {
    const [cf] = byXsiType(doc, 'ExtensionPoint', 'CustomFunctions');
    assert.ok(cf, 'no CustomFunctions extension point');
    assert.equal(resources.get(resid(all(cf, 'Namespace')[0]))?.value, 'BPI');
    assert.match(resources.get(resid(all(all(cf, 'Script')[0], 'SourceLocation')[0]))!.value, /\/functions\.js$/);
    assert.match(resources.get(resid(all(all(cf, 'Metadata')[0], 'SourceLocation')[0]))!.value, /\/functions\.json$/);
  });

  it('runs the functions and the task pane in one shared runtime', () => {
    const runtimes = all(doc, 'Runtime');
    assert.equal(runtimes.length, 1);
    assert.equal(runtimes[0].getAttribute('lifetime'), 'long');
    const runtime = resid(runtimes[0]);
    const [cf] = byXsiType(doc, 'ExtensionPoint', 'CustomFunctions');
    assert.equal(resid(all(all(cf, 'Page')[0], 'SourceLocation')[0]), runtime, 'functions page');
    assert.equal(resid(all(doc, 'FunctionFile')[0]), runtime, 'function file');
    const [action] = byXsiType(doc, 'Action', 'ShowTaskpane');
    assert.equal(resid(all(action, 'SourceLocation')[0]), runtime, 'task pane button');
    const sets = all(doc, 'Set').map((e) => e.getAttribute('Name'));
    assert.ok(sets.includes('SharedRuntime'), 'SharedRuntime requirement set');
  });

  it('has a ribbon button with 16, 32 and 80 px icons that exist in assets/', () => {
    const [button] = byXsiType(doc, 'Control', 'Button');
    assert.ok(button);
    const sizes = all(button, 'bt:Image').map((e) => e.getAttribute('size'));
    assert.deepEqual(sizes, ['16', '32', '80']);
    for (const e of all(button, 'bt:Image')) {
      const url = resources.get(resid(e))!.value;
      assert.ok(fs.existsSync(path.join(ROOT, 'assets', path.basename(url))), `${url} has no file in assets/`);
    }
  });

  it('asks for ReadWriteDocument at most (writing a formula into the selected cell)', () => {
    assert.equal(all(doc, 'Permissions')[0].textContent!.trim(), 'ReadWriteDocument');
  });

  it('is rendered for https://localhost:3000/ in development, with every file it points at in dist/', () => {
    assert.equal(all(doc, 'Id')[0].textContent, addin.id);
    assert.deepEqual(
      all(doc, 'AppDomain').map((e) => e.textContent),
      ['https://localhost:3000'],
    );
    for (const { kind, value } of resources.values()) {
      if (kind === 'String') continue;
      assert.ok(value.startsWith(DEV_URL), value);
      const rel = value.slice(DEV_URL.length);
      assert.ok(fs.existsSync(path.join(DIST, rel)), `dist/${rel} is missing`);
    }
  });
});

describe('ADDIN_URL: the address the add-in is built for', () => {
  const WEBPACK = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const build = (addinUrl: string, out: string) =>
    spawnSync(process.execPath, [WEBPACK, '--mode', 'production', '--output-path', out], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_URL: addinUrl },
      encoding: 'utf8',
    });
  let tmp = '';
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bpi-addin-url-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('takes the address with or without a trailing slash, and refuses anything but https://', () => {
    assert.equal(addinBase('https://addins.example.com/bpi'), 'https://addins.example.com/bpi/');
    assert.equal(addinBase('https://addins.example.com/bpi/'), 'https://addins.example.com/bpi/');
    assert.equal(addinBase('https://addins.example.com'), 'https://addins.example.com/');
    for (const bad of [
      'http://addins.example.com/bpi',
      'ftp://addins.example.com/',
      'addins.example.com/bpi',
      '//addins.example.com/',
      'https://addins.example.com/bpi?v=1',
      ' https://addins.example.com/',
      '',
    ]) {
      assert.throws(() => addinBase(bad), /ADDIN_URL=.*(https|address)/, bad);
    }
  });

  it('a production build for https://addins.example.com/bpi has no localhost left, AppDomain included', () => {
    const out = path.join(tmp, 'prod');
    const r = build('https://addins.example.com/bpi', out);
    assert.equal(r.status, 0, r.stderr);
    const text = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
    assert.doesNotMatch(text, /localhost|127\.0\.0\.1|:3000/);
    const prod = parseStrictXml(text, 'production manifest.xml');
    assert.deepEqual(
      all(prod, 'AppDomain').map((e) => e.textContent),
      ['https://addins.example.com'],
    );
    const urls = Array.from(prod.getElementsByTagName('*'))
      .map((e) => e.getAttribute('DefaultValue') ?? '')
      .filter((v) => /^[a-z]+:\/\//.test(v));
    assert.ok(urls.length >= 10);
    for (const u of urls) {
      assert.ok(u.startsWith('https://addins.example.com/bpi/'), u);
      const rel = u.slice('https://addins.example.com/bpi/'.length);
      assert.ok(fs.existsSync(path.join(out, rel)), `${rel} (from ${u}) was not built`);
    }
    assert.ok(urls.includes('https://addins.example.com/bpi/functions.json'));
    assert.ok(urls.includes('https://addins.example.com/bpi/taskpane.html'));
  });

  it('the unified manifest of the same build and its French file point there too, hiding the same XML add-in', () => {
    const text = fs.readFileSync(path.join(tmp, 'prod', 'manifest.json'), 'utf8');
    assert.doesNotMatch(text, /localhost|127\.0\.0\.1|:3000/);
    const m = JSON.parse(text);
    assert.equal(m.id, addin.unifiedId);
    assert.equal(m.extensions[0].alternates[0].hide.customOfficeAddin.officeAddinId, addin.id);
    const fr = JSON.parse(fs.readFileSync(path.join(tmp, 'prod', 'fr-fr.json'), 'utf8'));
    assert.equal(fr['extensions[0].runtimes[0].customFunctions.metadataUrl'], 'https://addins.example.com/bpi/functions-fr.json');
    assert.deepEqual(m.validDomains, ['addins.example.com']);
    const r = m.extensions[0].runtimes[0];
    assert.equal(r.code.page, 'https://addins.example.com/bpi/taskpane.html');
    assert.equal(r.code.script, 'https://addins.example.com/bpi/functions.js');
    assert.equal(r.customFunctions.metadataUrl, 'https://addins.example.com/bpi/functions.json');
    const urls = (text.match(/"https:\/\/[^"]+"/g) ?? [])
      .map((u) => u.slice(1, -1))
      .filter((u) => !u.startsWith('https://developer.microsoft.com/json-schemas/'));
    assert.ok(urls.length >= 10);
    for (const u of urls)
      assert.ok(u.startsWith('https://addins.example.com/bpi/') && fs.existsSync(path.join(tmp, 'prod', u.slice('https://addins.example.com/bpi/'.length))), u);
  });

  it('an http address is refused with a clear message and a failed build', () => {
    const out = path.join(tmp, 'http');
    const r = build('http://addins.example.com/bpi', out);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /ADDIN_URL="http:\/\/addins\.example\.com\/bpi" is refused: .*https:\/\//);
    assert.ok(!fs.existsSync(path.join(out, 'manifest.xml')) && !fs.existsSync(path.join(out, 'manifest.json')));
  });
});
