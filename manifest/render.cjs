// Renders the add-in's manifests (XML add-in only manifest; unified manifest for Microsoft 365 with its French
// localization file) from manifest/addin.cjs for the base address the add-in is served from.
// ADDIN_URL is that address: https only, with or without a trailing slash.
const fs = require('node:fs');
const path = require('node:path');
const { zipSync } = require('fflate');
const addin = require('./addin.cjs');

const DEV_URL = 'https://localhost:3000/';

/** The base address as "https://host[:port]/path/", or an Error saying what is wrong with it. */
function addinBase(raw) {
  const said = `ADDIN_URL=${JSON.stringify(raw)}`;
  if (typeof raw !== 'string' || raw === '' || raw !== raw.trim())
    throw new Error(`${said}: give the https:// address dist/ is served from, e.g. https://addins.example.com/bpi/`);
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${said} is not an address: give the https:// address dist/ is served from, e.g. https://addins.example.com/bpi/`);
  }
  if (url.protocol !== 'https:') throw new Error(`${said} is refused: Office loads add-ins over https only, so the address must start with https://`);
  if (url.username || url.password || url.search || url.hash)
    throw new Error(`${said} is refused: the address must have no user name, password, ?query or #fragment`);
  const pathname = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${pathname}`;
}

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every address the manifests use, from the base. */
function addresses(base) {
  const at = (file) => new URL(file, base).href;
  const f = addin.files;
  return {
    origin: new URL(base).origin,
    page: at(f.page),
    functionsScript: at(f.functionsScript),
    functionsMetadata: at(f.functionsMetadata),
    functionsMetadataFr: at(f.functionsMetadataFr),
    icons: Object.fromEntries(Object.entries(f.icons).map(([size, file]) => [size, at(file)])),
    website: at(f.website),
    privacy: at(f.privacy),
    termsOfUse: at(f.termsOfUse),
  };
}

/** The XML add-in only manifest (TaskPaneApp with VersionOverrides: shared runtime, custom functions, ribbon button). */
function renderXml(base) {
  const a = addresses(base);
  const r = addin.ribbon;
  const g = addin.getStarted;
  // A French Office reads these instead of the default (en-US) values.
  const inFrench = (value, prefix = 'bt:', element = 'Override') => `<${prefix}${element} Locale="${esc(addin.fr.locale)}" Value="${esc(value)}"/>`;
  const icons = (indent) => ['16', '32', '80'].map((s) => `${' '.repeat(indent)}<bt:Image size="${s}" resid="Icon.${s}x${s}"/>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- ${esc(addin.name)} add-in: custom functions in the ${esc(addin.namespace)} namespace and a task pane, in one shared runtime.
     Rendered from manifest/addin.cjs for ${esc(base)} (manifest.xml at the top level: npm run manifest;
     dist/: the build): edit that file, not this one. -->
<OfficeApp xmlns="http://schemas.microsoft.com/office/appforoffice/1.1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:bt="http://schemas.microsoft.com/office/officeappbasictypes/1.0" xmlns:ov="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="TaskPaneApp">
  <Id>${esc(addin.id)}</Id>
  <Version>${esc(addin.version)}.0</Version>
  <ProviderName>${esc(addin.provider)}</ProviderName>
  <DefaultLocale>${esc(addin.locale)}</DefaultLocale>
  <DisplayName DefaultValue="${esc(addin.name)}">${inFrench(addin.fr.name, '', 'Override')}</DisplayName>
  <Description DefaultValue="${esc(addin.description)}">${inFrench(addin.fr.description, '', 'Override')}</Description>
  <IconUrl DefaultValue="${esc(a.icons[32])}"/>
  <HighResolutionIconUrl DefaultValue="${esc(a.icons[64])}"/>
  <SupportUrl DefaultValue="${esc(a.page)}"/>
  <AppDomains>
    <AppDomain>${esc(a.origin)}</AppDomain>
  </AppDomains>
  <Hosts>
    <Host Name="Workbook"/>
  </Hosts>
  <Requirements>
    <Sets DefaultMinVersion="1.1">
      <Set Name="SharedRuntime" MinVersion="1.1"/>
    </Sets>
  </Requirements>
  <DefaultSettings>
    <SourceLocation DefaultValue="${esc(a.page)}"/>
  </DefaultSettings>
  <!-- The least that works: the only workbook access is writing a BPI.RATE formula into the selected
       cell from the task pane (Excel JavaScript API, which needs ReadWriteDocument). -->
  <Permissions>${esc(addin.permission.xml)}</Permissions>
  <VersionOverrides xmlns="http://schemas.microsoft.com/office/taskpaneappversionoverrides" xsi:type="VersionOverridesV1_0">
    <Hosts>
      <Host xsi:type="Workbook">
        <Runtimes>
          <Runtime resid="Taskpane.Url" lifetime="long"/>
        </Runtimes>
        <AllFormFactors>
          <ExtensionPoint xsi:type="CustomFunctions">
            <Script>
              <SourceLocation resid="Functions.Script.Url"/>
            </Script>
            <Page>
              <SourceLocation resid="Taskpane.Url"/>
            </Page>
            <Metadata>
              <SourceLocation resid="Functions.Metadata.Url"/>
            </Metadata>
            <Namespace resid="Functions.Namespace"/>
          </ExtensionPoint>
        </AllFormFactors>
        <DesktopFormFactor>
          <GetStarted>
            <Title resid="GetStarted.Title"/>
            <Description resid="GetStarted.Description"/>
            <LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>
          </GetStarted>
          <FunctionFile resid="Taskpane.Url"/>
          <ExtensionPoint xsi:type="PrimaryCommandSurface">
            <OfficeTab id="TabHome">
              <Group id="${esc(addin.ids.group)}">
                <Label resid="Group.Label"/>
                <Icon>
${icons(18)}
                </Icon>
                <Control xsi:type="Button" id="${esc(addin.ids.button)}">
                  <Label resid="TaskpaneButton.Label"/>
                  <Supertip>
                    <Title resid="TaskpaneButton.Label"/>
                    <Description resid="TaskpaneButton.Tooltip"/>
                  </Supertip>
                  <Icon>
${icons(20)}
                  </Icon>
                  <Action xsi:type="ShowTaskpane">
                    <TaskpaneId>${esc(addin.ids.taskpane)}</TaskpaneId>
                    <SourceLocation resid="Taskpane.Url"/>
                  </Action>
                </Control>
              </Group>
            </OfficeTab>
          </ExtensionPoint>
        </DesktopFormFactor>
      </Host>
    </Hosts>
    <Resources>
      <bt:Images>
        <bt:Image id="Icon.16x16" DefaultValue="${esc(a.icons[16])}"/>
        <bt:Image id="Icon.32x32" DefaultValue="${esc(a.icons[32])}"/>
        <bt:Image id="Icon.80x80" DefaultValue="${esc(a.icons[80])}"/>
      </bt:Images>
      <bt:Urls>
        <bt:Url id="Functions.Script.Url" DefaultValue="${esc(a.functionsScript)}"/>
        <bt:Url id="Functions.Metadata.Url" DefaultValue="${esc(a.functionsMetadata)}">${inFrench(a.functionsMetadataFr)}</bt:Url>
        <bt:Url id="Taskpane.Url" DefaultValue="${esc(a.page)}"/>
        <bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${esc(a.page)}"/>
      </bt:Urls>
      <bt:ShortStrings>
        <bt:String id="Functions.Namespace" DefaultValue="${esc(addin.namespace)}"/>
        <bt:String id="GetStarted.Title" DefaultValue="${esc(g.title)}">${inFrench(addin.fr.getStarted.title)}</bt:String>
        <bt:String id="Group.Label" DefaultValue="${esc(r.groupLabel)}">${inFrench(addin.fr.ribbon.groupLabel)}</bt:String>
        <bt:String id="TaskpaneButton.Label" DefaultValue="${esc(r.buttonLabel)}">${inFrench(addin.fr.ribbon.buttonLabel)}</bt:String>
      </bt:ShortStrings>
      <bt:LongStrings>
        <bt:String id="GetStarted.Description" DefaultValue="${esc(g.description)}">${inFrench(addin.fr.getStarted.description)}</bt:String>
        <bt:String id="TaskpaneButton.Tooltip" DefaultValue="${esc(r.buttonTooltip)}">${inFrench(addin.fr.ribbon.buttonTooltip)}</bt:String>
      </bt:LongStrings>
    </Resources>
  </VersionOverrides>
</OfficeApp>
`;
}

/** Schema version of the unified manifest: the first whose runtimes carry customFunctions with a metadataUrl. */
const UNIFIED_VERSION = '1.30';

/**
 * The unified manifest for Microsoft 365 (manifest.json): one extension for workbooks, one long-lived
 * runtime on the task pane page that also hosts the custom functions (shared runtime), the BPI namespace
 * with the same functions.json, the same ribbon button and get-started message as the XML manifest.
 * Its two icons are files of the app package, beside manifest.json (relative paths).
 */
function renderJson(base) {
  const a = addresses(base);
  const ids = addin.ids;
  const icons = ['16', '32', '80'].map((size) => ({ size: Number(size), url: a.icons[size] }));
  const manifest = {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_VERSION}/MicrosoftTeams.schema.json`,
    manifestVersion: UNIFIED_VERSION,
    id: addin.unifiedId,
    version: addin.version,
    name: { short: addin.name, full: addin.name },
    description: { short: addin.shortDescription, full: addin.description },
    developer: { name: addin.provider, websiteUrl: a.website, privacyUrl: a.privacy, termsOfUseUrl: a.termsOfUse },
    icons: { color: addin.packageIcons.color, outline: addin.packageIcons.outline },
    accentColor: addin.accentColor,
    localizationInfo: {
      defaultLanguageTag: addin.locale.toLowerCase(),
      additionalLanguages: [{ languageTag: addin.fr.locale.toLowerCase(), file: addin.fr.languageFile }],
    },
    validDomains: [new URL(base).host],
    authorization: { permissions: { resourceSpecific: [{ name: addin.permission.unified, type: 'Delegated' }] } },
    extensions: [
      {
        requirements: {
          scopes: ['workbook'],
          capabilities: [
            { name: 'SharedRuntime', minVersion: '1.1' },
            { name: 'CustomFunctionsRuntime', minVersion: '1.1' },
          ],
        },
        runtimes: [
          {
            id: ids.runtime,
            type: 'general',
            code: { page: a.page, script: a.functionsScript },
            lifetime: 'long',
            actions: [{ id: ids.showTaskpane, type: 'openPage', view: ids.taskpane }],
            customFunctions: {
              namespace: { id: addin.namespace, name: addin.namespace },
              metadataUrl: a.functionsMetadata,
            },
          },
        ],
        ribbons: [
          {
            contexts: ['default'],
            tabs: [
              {
                builtInTabId: 'TabHome',
                groups: [
                  {
                    id: ids.group,
                    label: addin.ribbon.groupLabel,
                    icons,
                    controls: [
                      {
                        id: ids.button,
                        type: 'button',
                        label: addin.ribbon.buttonLabel,
                        icons,
                        supertip: { title: addin.ribbon.buttonLabel, description: addin.ribbon.buttonTooltip },
                        actionId: ids.showTaskpane,
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
        getStartedMessages: [{ title: addin.getStarted.title, description: addin.getStarted.description, learnMoreUrl: a.page }],
        // The XML add-in is another add-in (another id): where both are deployed, Office shows this one only.
        alternates: [{ hide: { customOfficeAddin: { officeAddinId: addin.id } } }],
      },
    ],
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/**
 * The unified manifest's French localization file (fr-fr.json in the app package): what the XML manifest's
 * fr-FR overrides say, under the keys Microsoft's localization schema gives them, the functions metadata
 * included (extensions[0].runtimes[0].customFunctions.metadataUrl: functions-fr.json, the French names).
 */
function renderJsonFr(base) {
  const a = addresses(base);
  const fr = addin.fr;
  const group = 'extensions[0].ribbons[0].tabs[0].groups[0]';
  const button = `${group}.controls[0]`;
  const localization = {
    $schema: `https://developer.microsoft.com/json-schemas/teams/v${UNIFIED_VERSION}/MicrosoftTeams.Localization.schema.json`,
    'name.short': fr.name,
    'name.full': fr.name,
    'description.short': fr.shortDescription,
    'description.full': fr.description,
    [`${group}.label`]: fr.ribbon.groupLabel,
    [`${button}.label`]: fr.ribbon.buttonLabel,
    [`${button}.supertip.title`]: fr.ribbon.buttonLabel,
    [`${button}.supertip.description`]: fr.ribbon.buttonTooltip,
    'extensions[0].getStartedMessages[0].title': fr.getStarted.title,
    'extensions[0].getStartedMessages[0].description': fr.getStarted.description,
    'extensions[0].runtimes[0].customFunctions.metadataUrl': a.functionsMetadataFr,
  };
  return `${JSON.stringify(localization, null, 2)}\n`;
}

/** Zip entries' date: fixed, given as local time (as the ZIP format stores it), so every build is byte-identical. */
const PACKAGE_DATE = new Date(2026, 0, 1, 0, 0, 0);

/**
 * The app package Microsoft 365 takes for the unified manifest: manifest.json, its French localization file
 * and its two icons (sources in manifest/), at the top level, always in this order and with the same date.
 */
function renderAppPackage(base) {
  const entry = (data) => [data, { mtime: PACKAGE_DATE }];
  const icon = (name) => entry(fs.readFileSync(path.join(__dirname, name)));
  return Buffer.from(
    zipSync(
      {
        'manifest.json': entry(Buffer.from(renderJson(base), 'utf8')),
        [addin.fr.languageFile]: entry(Buffer.from(renderJsonFr(base), 'utf8')),
        [addin.packageIcons.color]: icon(addin.packageIcons.color),
        [addin.packageIcons.outline]: icon(addin.packageIcons.outline),
      },
      { level: 9 },
    ),
  );
}

module.exports = { DEV_URL, UNIFIED_VERSION, addin, addinBase, addresses, renderXml, renderJson, renderJsonFr, renderAppPackage };
