// Types of manifest/render.cjs, for the tests.
export interface Addin {
  readonly id: string;
  readonly unifiedId: string;
  readonly version: string;
  readonly provider: string;
  readonly locale: string;
  readonly name: string;
  readonly description: string;
  readonly namespace: string;
  readonly shortDescription: string;
  readonly accentColor: string;
  readonly permission: { readonly xml: string; readonly unified: string };
  readonly files: {
    readonly page: string;
    readonly functionsScript: string;
    readonly functionsMetadata: string;
    readonly functionsMetadataFr: string;
    readonly icons: Readonly<Record<'16' | '32' | '64' | '80', string>>;
    readonly website: string;
    readonly privacy: string;
    readonly termsOfUse: string;
  };
  readonly ids: { readonly runtime: string; readonly taskpane: string; readonly showTaskpane: string; readonly group: string; readonly button: string };
  readonly packageIcons: { readonly color: string; readonly outline: string };
  readonly appPackage: string;
  readonly ribbon: { readonly groupLabel: string; readonly buttonLabel: string; readonly buttonTooltip: string };
  readonly getStarted: { readonly title: string; readonly description: string };
  readonly fr: {
    readonly locale: string;
    readonly languageFile: string;
    readonly name: string;
    readonly shortDescription: string;
    readonly description: string;
    readonly ribbon: Addin['ribbon'];
    readonly getStarted: Addin['getStarted'];
  };
}
/** The add-in's files as full https addresses under the origin it is served from. */
export type Addresses = Addin['files'] & {
  readonly origin: string;
};
export const DEV_URL: string;
export const addin: Addin;
/** "https://host[:port]/path/" from ADDIN_URL; throws for anything but an https:// address. */
export function addinBase(raw: string): string;
export function addresses(base: string): Addresses;
export function renderXml(base: string): string;
export const UNIFIED_VERSION: string;
export function renderJson(base: string): string;
/** The unified manifest's fr-fr localization file. */
export function renderJsonFr(base: string): string;
/** The app package: manifest.json, its localization file and icons, fixed dates and order (byte-identical builds). */
export function renderAppPackage(base: string): Buffer;
