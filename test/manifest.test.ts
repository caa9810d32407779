/*
 * Offline check of the XML add-in manifest the build renders into dist/ from manifest/addin.cjs
 * (office-addin-manifest validate needs the network, and no XSD is available offline): well-formed (strict
 * xmldom parse), ids and versions in the right form, every resid defined, https URLs, the string length
 * limits, and the shared runtime wired to one page. Then a production build with ADDIN_URL, read back.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Element } from '@xmldom/xmldom';
import { DEV_URL, addin, addinBase } from '../manifest/render.cjs';
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

describe('manifest.xml (offline check of dist/manifest.xml)', () => {
  const doc = parse(BUILT);
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
    const broken = ['<a><b></a>', '<a x="1" x="2"/>', '<a>&nope;</a>', '<p:a/>', '<a/><b/>', '<a', '<a b=c/>', '<a>&#1;</a>', '<a>\u0001</a>', '<a><!-- x -- y --></a>'];
    for (const text of broken) assert.throws(() => parseStrictXml(text), /not well-formed/, text);
    assert.equal(parseStrictXml('<?xml version="1.0"?><a xmlns:p="u"><p:b>é</p:b></a>').documentElement!.localName, 'a');
  });

  it('has a GUID Id and a Version n.n.n.n', () => {
    assert.match(all(doc, 'Id')[0].textContent!.trim(), /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    assert.match(all(doc, 'Version')[0].textContent!.trim(), /^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
  });

  it('defines every resid it uses, once, within 32 characters', () => {
    const ids = [...allNs(doc, BT, 'Image'), ...allNs(doc, BT, 'Url'), ...allNs(doc, BT, 'String')].filter((e) => e.hasAttribute('id')).map((e) => e.getAttribute('id'));
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
      ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].flatMap((t) => all(doc, t)).map((e) => e.getAttribute('DefaultValue')).filter((v): v is string => v !== null),
      ...all(doc, 'AppDomain').map((e) => e.textContent!.trim()),
      ...[...resources.values()].filter((r) => r.kind !== 'String').map((r) => r.value),
    ];
    assert.ok(urls.length >= 10);
    for (const u of urls) assert.match(u, /^https:\/\/[^\s]+$/, `not an https URL: ${u}`);
  });

  it('keeps strings within the manifest limits', () => {
    const limit = (text: string, max: number, what: string) => assert.ok(text.length > 0 && text.length <= max, `${what} must be 1–${max} characters, has ${text.length}`);
    limit(all(doc, 'DisplayName')[0].getAttribute('DefaultValue')!, 125, 'DisplayName');
    limit(all(doc, 'Description')[0].getAttribute('DefaultValue')!, 250, 'Description');
    limit(all(doc, 'ProviderName')[0].textContent!, 125, 'ProviderName');
    for (const e of allNs(doc, BT, 'String')) {
      const long = (e.parentNode as El).localName === 'LongStrings';
      limit(e.getAttribute('DefaultValue')!, long ? 250 : 125, `string ${e.getAttribute('id')}`);
    }
    for (const e of allNs(doc, BT, 'Url')) limit(e.getAttribute('DefaultValue')!, 2048, `URL ${e.getAttribute('id')}`);
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
    assert.deepEqual(all(doc, 'AppDomain').map((e) => e.textContent), ['https://localhost:3000']);
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
    spawnSync(process.execPath, [WEBPACK, '--mode', 'production', '--output-path', out], { cwd: ROOT, env: { ...process.env, ADDIN_URL: addinUrl }, encoding: 'utf8' });
  let tmp = '';
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bpi-addin-url-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('takes the address with or without a trailing slash, and refuses anything but https://', () => {
    assert.equal(addinBase('https://addins.example.com/bpi'), 'https://addins.example.com/bpi/');
    assert.equal(addinBase('https://addins.example.com/bpi/'), 'https://addins.example.com/bpi/');
    assert.equal(addinBase('https://addins.example.com'), 'https://addins.example.com/');
    for (const bad of ['http://addins.example.com/bpi', 'ftp://addins.example.com/', 'addins.example.com/bpi', '//addins.example.com/', 'https://addins.example.com/bpi?v=1', ' https://addins.example.com/', '']) {
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
    assert.deepEqual(all(prod, 'AppDomain').map((e) => e.textContent), ['https://addins.example.com']);
    const urls = Array.from(prod.getElementsByTagName('*')).map((e) => e.getAttribute('DefaultValue') ?? '').filter((v) => /^[a-z]+:\/\//.test(v));
    assert.ok(urls.length >= 10);
    for (const u of urls) {
      assert.ok(u.startsWith('https://addins.example.com/bpi/'), u);
      const rel = u.slice('https://addins.example.com/bpi/'.length);
      assert.ok(fs.existsSync(path.join(out, rel)), `${rel} (from ${u}) was not built`);
    }
    assert.ok(urls.includes('https://addins.example.com/bpi/functions.json'));
    assert.ok(urls.includes('https://addins.example.com/bpi/taskpane.html'));
  });

  it('the unified manifest of the same build points there too, with the same id', () => {
    const text = fs.readFileSync(path.join(tmp, 'prod', 'manifest.json'), 'utf8');
    assert.doesNotMatch(text, /localhost|127\.0\.0\.1|:3000/);
    const m = JSON.parse(text);
    assert.equal(m.id, addin.id);
    assert.deepEqual(m.validDomains, ['addins.example.com']);
    const r = m.extensions[0].runtimes[0];
    assert.equal(r.code.page, 'https://addins.example.com/bpi/taskpane.html');
    assert.equal(r.code.script, 'https://addins.example.com/bpi/functions.js');
    assert.equal(r.customFunctions.metadataUrl, 'https://addins.example.com/bpi/functions.json');
    const urls = (text.match(/"https:\/\/[^"]+"/g) ?? []).map((u) => u.slice(1, -1)).filter((u) => !u.startsWith('https://developer.microsoft.com/json-schemas/'));
    assert.ok(urls.length >= 10);
    for (const u of urls) assert.ok(u.startsWith('https://addins.example.com/bpi/') && fs.existsSync(path.join(tmp, 'prod', u.slice('https://addins.example.com/bpi/'.length))), u);
  });

  it('an http address is refused with a clear message and a failed build', () => {
    const out = path.join(tmp, 'http');
    const r = build('http://addins.example.com/bpi', out);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /ADDIN_URL="http:\/\/addins\.example\.com\/bpi" is refused: .*https:\/\//);
    assert.ok(!fs.existsSync(path.join(out, 'manifest.xml')) && !fs.existsSync(path.join(out, 'manifest.json')));
  });
});
