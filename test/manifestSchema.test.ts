/*
 * What the build ships, validated offline against the schemas Microsoft publishes in @microsoft/app-manifest
 * (the Microsoft 365 Agents Toolkit's package, which bundles the unified manifest's schemas v1.0–v1.30):
 * dist/manifest.json against the schema of the manifestVersion it declares, its French localization file
 * against the localization schema of the same version, and functions.json and functions-fr.json against
 * the custom-function definitions of that schema (extensionCustomFunctions: the functions array and
 * allowCustomDataForDataTypeAny). Each validator is shown to refuse a broken copy. The schemas are JSON
 * Schema draft-04, hence ajv-draft-04 (ajv's draft-04 build) with ajv-formats.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Ajv, { ErrorObject, ValidateFunction } from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import { addin } from '../manifest/render.cjs';
import { DIST, ROOT } from './harness/paths';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const SCHEMAS = path.join(ROOT, 'node_modules', '@microsoft', 'app-manifest', 'build', 'json-schemas', 'teams');
const readJson = (file: string): Json => JSON.parse(fs.readFileSync(file, 'utf8'));
const clone = (j: Json): Json => structuredClone(j);

/** The version a manifest or localization file declares through its $schema address. */
function declaredVersion(doc: Json, file: string): string {
  const m = /^https:\/\/developer\.microsoft\.com\/json-schemas\/teams\/v(\d+\.\d+)\/MicrosoftTeams(\.Localization)?\.schema\.json$/.exec(doc.$schema ?? '');
  assert.ok(m, `${doc.$schema} is not the address of a Microsoft 365 app manifest schema`);
  assert.ok(fs.existsSync(path.join(SCHEMAS, `v${m[1]}`, file)), `@microsoft/app-manifest has no v${m[1]}/${file}`);
  return m[1];
}

/**
 * A validator for one schema file of one version. The localization schema's patterns are not valid under
 * JavaScript's u flag (one has a lone "]"), so they are compiled without it, as draft-04 regular expressions
 * (ECMA 262) are; the manifest schema's need it (\p{L} in function names).
 */
function validator(version: string, file: string, unicode: boolean, wrap?: (key: string) => Json): ValidateFunction {
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: unicode });
  addFormats(ajv);
  const schema = readJson(path.join(SCHEMAS, `v${version}`, file));
  if (!wrap) return ajv.compile(schema);
  ajv.addSchema(schema, 'manifest');
  return ajv.compile(wrap('manifest'));
}

const explain = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`).join('\n');
const valid = (v: ValidateFunction, doc: unknown, what: string) => assert.ok(v(doc), `${what} does not validate:\n${explain(v.errors)}`);
const refused = (v: ValidateFunction, doc: unknown, what: string) => assert.equal(v(doc), false, `${what} was accepted`);

describe('Microsoft schemas (offline, @microsoft/app-manifest)', () => {
  const manifest = readJson(path.join(DIST, 'manifest.json'));
  const version = declaredVersion(manifest, 'MicrosoftTeams.schema.json');
  const localizationFile = manifest.localizationInfo?.additionalLanguages?.find((l: Json) => l.languageTag === 'fr-fr')?.file as string;
  const localization = readJson(path.join(DIST, localizationFile ?? 'missing'));

  describe(`dist/manifest.json against the v${version} schema it declares`, () => {
    const v = validator(version, 'MicrosoftTeams.schema.json', true);

    it('declares that version in $schema and manifestVersion', () => {
      assert.equal(manifest.manifestVersion, version);
    });

    it('validates', () => valid(v, manifest, 'dist/manifest.json'));

    it('a broken copy is refused: no developer, a name.short over 30 characters, an unknown property, an http page', () => {
      const noDeveloper = clone(manifest);
      delete noDeveloper.developer;
      refused(v, noDeveloper, 'a manifest without developer');
      refused(v, { ...clone(manifest), name: { short: 'B'.repeat(31), full: 'BPI' } }, 'a 31-character name.short');
      refused(v, { ...clone(manifest), pricing: 'free' }, 'an unknown top-level property');
      const http = clone(manifest);
      http.extensions[0].runtimes[0].code.page = 'http://localhost:3000/taskpane.html';
      refused(v, http, 'an http page');
    });
  });

  describe(`the French localization file (${localizationFile}) against the v${version} localization schema`, () => {
    const v = validator(declaredVersion(localization, 'MicrosoftTeams.Localization.schema.json'), 'MicrosoftTeams.Localization.schema.json', false);

    it("is listed in localizationInfo, declares the manifest's version and validates", () => {
      assert.equal(localizationFile, addin.fr.languageFile);
      assert.equal(declaredVersion(localization, 'MicrosoftTeams.Localization.schema.json'), version);
      valid(v, localization, localizationFile);
    });

    it('is the one in the app package, byte for byte', () => {
      const entries = unzipSync(fs.readFileSync(path.join(DIST, addin.appPackage)));
      assert.ok(entries[localizationFile], `${localizationFile} is not in ${addin.appPackage}`);
      assert.ok(Buffer.from(entries[localizationFile]).equals(fs.readFileSync(path.join(DIST, localizationFile))));
    });

    it('a broken copy is refused: a key the schema does not define, an empty name, a second extension', () => {
      refused(v, { ...clone(localization), 'extensions[0].runtimes[0].customFunctions.functionsUrl': 'https://x/' }, 'an undefined key');
      refused(v, { ...clone(localization), 'name.short': '' }, 'an empty name.short');
      refused(v, { ...clone(localization), 'extensions[1].getStartedMessages[0].title': 'Titre' }, 'a key of a second extension');
      const noDescription = clone(localization);
      delete noDescription['description.full'];
      refused(v, noDescription, 'no description.full');
    });
  });

  describe("functions.json and functions-fr.json against the schema's custom-function definitions", () => {
    // The metadata file is extensionCustomFunctions' functions array and flag, without the namespace and
    // metadataUrl the manifest carries.
    const v = validator(version, 'MicrosoftTeams.schema.json', true, (key) => ({
      type: 'object',
      additionalProperties: false,
      required: ['functions'],
      properties: {
        functions: { $ref: `${key}#/definitions/extensionCustomFunctions/properties/functions` },
        allowCustomDataForDataTypeAny: { $ref: `${key}#/definitions/extensionCustomFunctions/properties/allowCustomDataForDataTypeAny` },
      },
    }));
    const en = readJson(path.join(DIST, addin.files.functionsMetadata));
    const fr = readJson(path.join(DIST, addin.files.functionsMetadataFr));

    it('functions.json validates', () => valid(v, en, 'functions.json'));
    it('functions-fr.json validates, with the same ids as functions.json', () => {
      valid(v, fr, 'functions-fr.json');
      assert.deepEqual(
        fr.functions.map((f: Json) => f.id),
        en.functions.map((f: Json) => f.id),
      );
    });

    it('a broken copy is refused: a name starting with a digit, a parameter neither scalar nor matrix, no functions', () => {
      const digit = clone(fr);
      digit.functions[0].name = '1TAUX';
      refused(v, digit, 'a name starting with a digit');
      const cube = clone(en);
      cube.functions[0].parameters[0].dimensionality = 'cube';
      refused(v, cube, 'a parameter dimensionality "cube"');
      refused(v, { functions: [] }, 'an empty functions array');
      refused(v, { ...clone(en), namespace: 'BPI' }, 'a namespace in the metadata file');
    });
  });
});
