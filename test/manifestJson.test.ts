/*
 * Offline check of the unified manifest for Microsoft 365 the build renders into dist/manifest.json from the
 * same source as dist/manifest.xml (manifest/addin.cjs): well-formed JSON, shaped as the schema of its
 * manifestVersion allows (required fields, lengths, no property the schema does not define at the levels we
 * write), and consistent with the XML manifest: same version, namespace, pages, script, functions
 * metadata, icons, ribbon button and get-started message, one shared runtime, the same French; its own id,
 * hiding the XML add-in where both are deployed. Microsoft's schema itself: test/manifestSchema.test.ts.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { Document, Element } from '@xmldom/xmldom';
import { DEV_URL, UNIFIED_VERSION, addin, renderAppPackage } from '../manifest/render.cjs';
import { DIST } from './harness/paths';
import { parseStrictXml } from './harness/xml';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const BT = 'http://schemas.microsoft.com/office/officeappbasictypes/1.0';

/** Keys the schema defines for each object we write (a subset of them is used). */
const ALLOWED: Record<string, string[]> = {
  root: [
    '$schema',
    'manifestVersion',
    'id',
    'version',
    'name',
    'description',
    'developer',
    'icons',
    'accentColor',
    'localizationInfo',
    'validDomains',
    'authorization',
    'extensions',
    'packageName',
    'webApplicationInfo',
    'showLoadingIndicator',
    'isFullScreen',
    'permissions',
    'devicePermissions',
    'configurableProperties',
    'supportedChannelTypes',
    'defaultBlockUntilAdminAction',
    'publisherDocsUrl',
    'defaultInstallScope',
    'defaultGroupCapability',
    'meetingExtensionDefinition',
    'subscriptionOffer',
    'activities',
    'graphConnector',
    'dashboardCards',
    'copilotAgents',
    'elementRelationshipSet',
    'backgroundLoadConfiguration',
    'intuneInfo',
    'staticTabs',
    'configurableTabs',
    'bots',
    'connectors',
    'composeExtensions',
    'scopeConstraints',
    'actions',
  ],
  name: ['short', 'full'],
  description: ['short', 'full'],
  developer: ['name', 'mpnId', 'websiteUrl', 'privacyUrl', 'termsOfUseUrl'],
  icons: ['color', 'outline', 'color32x32'],
  localizationInfo: ['defaultLanguageTag', 'defaultLanguageFile', 'additionalLanguages'],
  extension: [
    'requirements',
    'runtimes',
    'ribbons',
    'autoRunEvents',
    'alternates',
    'audienceClaimUrl',
    'appDeeplinks',
    'contentRuntimes',
    'getStartedMessages',
    'contextMenus',
    'keyboardShortcuts',
  ],
  requirements: ['capabilities', 'scopes', 'formFactors'],
  runtime: ['requirements', 'id', 'type', 'code', 'lifetime', 'actions', 'customFunctions'],
  code: ['page', 'script'],
  action: ['id', 'type', 'displayName', 'pinnable', 'view', 'multiselect', 'supportsNoItemContext', 'taskpane'],
  customFunctions: ['functions', 'namespace', 'allowCustomDataForDataTypeAny', 'metadataUrl', 'enums'],
  namespace: ['id', 'name'],
  ribbon: ['requirements', 'contexts', 'tabs', 'fixedControls', 'spamPreProcessingDialog'],
  tab: ['id', 'label', 'position', 'builtInTabId', 'groups', 'customMobileRibbonGroups'],
  group: ['id', 'label', 'icons', 'controls', 'builtInGroupId', 'overriddenByRibbonApi'],
  control: ['id', 'type', 'builtInControlId', 'label', 'icons', 'supertip', 'actionId', 'overriddenByRibbonApi', 'enabled', 'items'],
  supertip: ['title', 'description'],
  icon: ['size', 'url'],
  getStarted: ['requirements', 'title', 'description', 'learnMoreUrl'],
};

function shaped(obj: Json, kind: string, where: string) {
  assert.equal(typeof obj, 'object', where);
  for (const key of Object.keys(obj)) assert.ok(ALLOWED[kind].includes(key), `${where}: "${key}" is not a property of ${kind}`);
}

function pngSize(file: string): [number, number] {
  const b = fs.readFileSync(file);
  assert.equal(b.subarray(1, 4).toString('latin1'), 'PNG', `${file} is not a PNG`);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

/** The entries of a zip file, read from its central directory; each entry's CRC is checked. */
function unzip(file: string): Map<string, Buffer> {
  const zip = fs.readFileSync(file);
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(end >= 0, 'no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const out = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    assert.equal(zip.readUInt32LE(at), 0x02014b50, 'central directory entry');
    const [method, crc, size] = [zip.readUInt16LE(at + 10), zip.readUInt32LE(at + 16), zip.readUInt32LE(at + 20)];
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const local = zip.readUInt32LE(at + 42);
    assert.equal(zip.readUInt32LE(local), 0x04034b50, `local header of ${name}`);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = method === 0 ? zip.subarray(start, start + size) : zlib.inflateRawSync(zip.subarray(start, start + zip.readUInt32LE(at + 20)));
    assert.equal(zlib.crc32(data) >>> 0, crc, `CRC of ${name}`);
    out.set(name, data);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return out;
}

describe('manifest.json (unified manifest for Microsoft 365, offline check of dist/manifest.json)', () => {
  let m: Json;
  let xml: Document;
  const res = new Map<string, string>();
  before(() => {
    m = JSON.parse(fs.readFileSync(path.join(DIST, 'manifest.json'), 'utf8'));
    xml = parseStrictXml(fs.readFileSync(path.join(DIST, 'manifest.xml'), 'utf8'), 'dist/manifest.xml');
    for (const e of Array.from(xml.getElementsByTagNameNS(BT, '*')))
      if (e.hasAttribute('id')) res.set(e.getAttribute('id')!, e.getAttribute('DefaultValue') ?? '');
  });
  const xmlText = (tag: string) => xml.getElementsByTagName(tag)[0].textContent!.trim();
  const xmlAttr = (tag: string) => (xml.getElementsByTagName(tag)[0] as Element).getAttribute('DefaultValue')!;
  const ext = () => m.extensions[0];
  const runtime = () => ext().runtimes[0];

  it('is well-formed JSON shaped as its schema version allows', () => {
    shaped(m, 'root', 'manifest');
    assert.equal(m.manifestVersion, UNIFIED_VERSION);
    assert.equal(m.$schema, `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_VERSION}/MicrosoftTeams.schema.json`);
    for (const key of ['manifestVersion', 'id', 'version', 'name', 'description', 'developer', 'icons', 'accentColor'])
      assert.ok(key in m, `required "${key}" is missing`);
    shaped(m.name, 'name', 'name');
    shaped(m.description, 'description', 'description');
    shaped(m.developer, 'developer', 'developer');
    shaped(m.icons, 'icons', 'icons');
    shaped(m.localizationInfo, 'localizationInfo', 'localizationInfo');
    const within = (s: string, max: number, what: string) =>
      assert.ok(typeof s === 'string' && s.length >= 1 && s.length <= max, `${what}: 1–${max} characters, has ${s?.length}`);
    within(m.name.short, 30, 'name.short');
    within(m.name.full, 100, 'name.full');
    within(m.description.short, 80, 'description.short');
    within(m.description.full, 4000, 'description.full');
    within(m.developer.name, 32, 'developer.name');
    assert.match(m.version, /^\d+\.\d+\.\d+$/);
    assert.match(m.accentColor, /^#[0-9a-fA-F]{6}$/);
    assert.match(m.localizationInfo.defaultLanguageTag, /^[a-z]{2}(-[a-z]{2})?$/);
    assert.equal(m.extensions.length, 1);
    shaped(ext(), 'extension', 'extensions[0]');
    shaped(ext().requirements, 'requirements', 'extensions[0].requirements');
    for (const r of ext().runtimes) {
      shaped(r, 'runtime', 'runtime');
      shaped(r.code, 'code', 'runtime.code');
      r.actions.forEach((a: Json) => shaped(a, 'action', 'runtime.actions[]'));
      if (r.customFunctions) {
        shaped(r.customFunctions, 'customFunctions', 'runtime.customFunctions');
        shaped(r.customFunctions.namespace, 'namespace', 'customFunctions.namespace');
      }
    }
    for (const ribbon of ext().ribbons) {
      shaped(ribbon, 'ribbon', 'ribbon');
      for (const tab of ribbon.tabs) {
        shaped(tab, 'tab', 'tab');
        for (const group of tab.groups) {
          shaped(group, 'group', 'group');
          group.icons.forEach((i: Json) => shaped(i, 'icon', 'group.icons[]'));
          for (const control of group.controls) {
            shaped(control, 'control', 'control');
            shaped(control.supertip, 'supertip', 'control.supertip');
            control.icons.forEach((i: Json) => shaped(i, 'icon', 'control.icons[]'));
          }
        }
      }
    }
    ext().getStartedMessages.forEach((g: Json) => shaped(g, 'getStarted', 'getStartedMessages[]'));
  });

  it('has an id of its own and hides the XML add-in (alternates), so that both may be deployed side by side', () => {
    // Microsoft: distinct ids, and extensions.alternates[].hide.customOfficeAddin naming the XML add-in's id
    // (an add-in not from AppSource), so that Office shows one copy of the add-in where both are installed.
    assert.match(m.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.notEqual(m.id.toLowerCase(), xmlText('Id').toLowerCase());
    assert.deepEqual(ext().alternates, [{ hide: { customOfficeAddin: { officeAddinId: xmlText('Id') } } }]);
  });

  it("has the XML manifest's version, name and provider, and asks for the same document access", () => {
    assert.equal(`${m.version}.0`, xmlText('Version'));
    assert.equal(m.name.short, xmlAttr('DisplayName'));
    assert.equal(m.description.full, xmlAttr('Description'));
    assert.equal(m.developer.name, xmlText('ProviderName'));
    assert.equal(xmlText('Permissions'), 'ReadWriteDocument');
    assert.deepEqual(m.authorization.permissions.resourceSpecific, [{ name: 'Document.ReadWrite.User', type: 'Delegated' }]);
  });

  it('declares the custom functions in the BPI namespace in one long-lived shared runtime on the task pane page', () => {
    assert.deepEqual(ext().requirements.scopes, ['workbook']);
    const caps = ext().requirements.capabilities.map((c: Json) => `${c.name} ${c.minVersion}`);
    assert.ok(caps.includes('SharedRuntime 1.1') && caps.includes('CustomFunctionsRuntime 1.1'), caps.join(', '));
    assert.equal(ext().runtimes.length, 1, 'one runtime for the functions and the task pane');
    const r = runtime();
    assert.equal(r.type, 'general');
    assert.equal(r.lifetime, 'long');
    assert.equal(r.code.page, res.get('Taskpane.Url'));
    assert.equal(r.code.script, res.get('Functions.Script.Url'));
    assert.deepEqual(r.customFunctions.namespace, { id: 'BPI', name: 'BPI' });
    assert.equal(r.customFunctions.namespace.id, res.get('Functions.Namespace'));
    assert.equal(r.customFunctions.metadataUrl, res.get('Functions.Metadata.Url'));
    assert.match(r.customFunctions.metadataUrl, /\/functions\.json$/);
  });

  it("has the XML manifest's ribbon button, opening the task pane through the runtime's action", () => {
    const [tab] = ext().ribbons[0].tabs;
    assert.equal(tab.builtInTabId, 'TabHome');
    const [group] = tab.groups;
    assert.equal(group.id, (xml.getElementsByTagName('Group')[0] as Element).getAttribute('id'));
    assert.equal(group.label, res.get('Group.Label'));
    const [button] = group.controls;
    assert.equal(button.type, 'button');
    assert.equal(button.label, res.get('TaskpaneButton.Label'));
    assert.equal(button.supertip.description, res.get('TaskpaneButton.Tooltip'));
    const action = runtime().actions.find((a: Json) => a.id === button.actionId);
    assert.ok(action, `no action "${button.actionId}" in the runtime`);
    assert.equal(action.type, 'openPage');
    for (const icons of [group.icons, button.icons]) {
      assert.deepEqual(
        icons,
        [16, 32, 80].map((size) => ({ size, url: res.get(`Icon.${size}x${size}`) })),
      );
    }
    const [hello] = ext().getStartedMessages;
    assert.deepEqual(
      [hello.title, hello.description, hello.learnMoreUrl],
      [res.get('GetStarted.Title'), res.get('GetStarted.Description'), res.get('GetStarted.LearnMoreUrl')],
    );
  });

  it('points every URL at the served files over https, and ships its two app-package icons beside it', () => {
    const urls: string[] = [];
    const walk = (v: unknown) => {
      if (typeof v === 'string' && /^[a-z]+:\/\//i.test(v)) urls.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk({ ...m, $schema: undefined });
    assert.ok(urls.length >= 10);
    for (const u of urls) {
      assert.ok(u.startsWith(DEV_URL), `${u} is not under ${DEV_URL}`);
      assert.ok(fs.existsSync(path.join(DIST, u.slice(DEV_URL.length))), `${u} has no file in dist/`);
    }
    assert.deepEqual(m.validDomains, ['localhost:3000']);
    assert.deepEqual(pngSize(path.join(DIST, m.icons.color)), [192, 192]);
    assert.deepEqual(pngSize(path.join(DIST, m.icons.outline)), [32, 32]);
  });

  it('is packaged with its French localization file and its two icons, top level, in the app package Microsoft 365 takes', () => {
    const entries = unzip(path.join(DIST, addin.appPackage));
    assert.deepEqual([...entries.keys()], ['manifest.json', 'fr-fr.json', 'color.png', 'outline.png']);
    for (const [name, data] of entries) assert.ok(data.equals(fs.readFileSync(path.join(DIST, name))), `${name} in the package differs from dist/${name}`);
  });

  it("gives a French Office what the XML manifest's fr-FR overrides give: names, ribbon, get-started, French functions", () => {
    assert.deepEqual(m.localizationInfo, { defaultLanguageTag: 'en-us', additionalLanguages: [{ languageTag: 'fr-fr', file: 'fr-fr.json' }] });
    const fr = JSON.parse(fs.readFileSync(path.join(DIST, 'fr-fr.json'), 'utf8'));
    const override = (e: Element | undefined) => (e?.getElementsByTagNameNS('*', 'Override')[0] as Element | undefined)?.getAttribute('Value');
    const xmlFr = (tag: string) => override(xml.getElementsByTagName(tag)[0] as Element);
    const resFr = (id: string) => override(Array.from(xml.getElementsByTagNameNS(BT, '*')).find((e) => e.getAttribute('id') === id));
    const group = 'extensions[0].ribbons[0].tabs[0].groups[0]';
    assert.deepEqual(fr, {
      $schema: `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_VERSION}/MicrosoftTeams.Localization.schema.json`,
      'name.short': xmlFr('DisplayName'),
      'name.full': xmlFr('DisplayName'),
      'description.short': addin.fr.shortDescription,
      'description.full': xmlFr('Description'),
      [`${group}.label`]: resFr('Group.Label'),
      [`${group}.controls[0].label`]: resFr('TaskpaneButton.Label'),
      [`${group}.controls[0].supertip.title`]: resFr('TaskpaneButton.Label'),
      [`${group}.controls[0].supertip.description`]: resFr('TaskpaneButton.Tooltip'),
      'extensions[0].getStartedMessages[0].title': resFr('GetStarted.Title'),
      'extensions[0].getStartedMessages[0].description': resFr('GetStarted.Description'),
      'extensions[0].runtimes[0].customFunctions.metadataUrl': resFr('Functions.Metadata.Url'),
    });
    assert.equal(fr['name.short'], 'Prime BPI');
    assert.equal(fr['extensions[0].runtimes[0].customFunctions.metadataUrl'], `${DEV_URL}functions-fr.json`);
    assert.ok(fs.existsSync(path.join(DIST, 'functions-fr.json')));
  });

  it('the app package is the same bytes at every build (fixed entry dates and order)', () => {
    // Rendered again now, minutes after the build: a date taken from the clock would differ.
    assert.ok(renderAppPackage(DEV_URL).equals(fs.readFileSync(path.join(DIST, addin.appPackage))), 'the package differs from a fresh rendering');
    const zip = fs.readFileSync(path.join(DIST, addin.appPackage));
    // Local headers: DOS time at offset 10, date at 12; 1 January 2026 = ((2026-1980) << 9) | (1 << 5) | 1.
    for (let at = zip.indexOf(Buffer.from([0x50, 0x4b, 3, 4])); at >= 0; at = zip.indexOf(Buffer.from([0x50, 0x4b, 3, 4]), at + 4)) {
      assert.deepEqual([zip.readUInt16LE(at + 10), zip.readUInt16LE(at + 12)], [0, ((2026 - 1980) << 9) | (1 << 5) | 1]);
    }
  });
});
