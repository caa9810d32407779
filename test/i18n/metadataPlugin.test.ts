/*
 * The build step itself: scripts/metadata-plugin.cjs in a small webpack compilation, fed a functions.json
 * as custom-functions-metadata emits it. A missing translation must fail the build, not just a test.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webpack from 'webpack';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const LocalizedMetadataPlugin = require('../../scripts/metadata-plugin.cjs') as new (options: unknown) => webpack.WebpackPluginInstance;

const ENGLISH = {
  allowCustomDataForDataTypeAny: true,
  functions: [
    {
      id: 'RATE',
      name: 'RATE',
      description: 'Premium rate.',
      parameters: [{ name: 'country', description: 'Country.', dimensionality: 'matrix', type: 'any' }],
      result: {},
    },
  ],
};

/** Emits functions.json before the plugin runs, as custom-functions-metadata does. */
const emitEnglish: webpack.WebpackPluginInstance = {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('emitEnglish', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'emitEnglish', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL - 1 }, () => {
        compilation.emitAsset('functions.json', new webpack.sources.RawSource(JSON.stringify(ENGLISH)));
      });
    });
  },
};

function build(dir: string, table: string): Promise<webpack.Stats> {
  fs.writeFileSync(path.join(dir, 'table.ts'), table);
  fs.writeFileSync(path.join(dir, 'entry.js'), '');
  const compiler = webpack({
    mode: 'development',
    context: dir,
    entry: './entry.js',
    output: { path: path.join(dir, 'out') },
    plugins: [
      emitEnglish,
      new LocalizedMetadataPlugin({ languages: [{ output: 'functions-fr.json', table: path.join(dir, 'table.ts'), exportName: 'TABLE' }] }),
    ],
  });
  return new Promise((resolve, reject) =>
    compiler.run((err, stats) => {
      compiler.close(() => undefined);
      if (err || !stats) reject(err ?? new Error('no stats'));
      else resolve(stats);
    }),
  );
}

describe('Build: French metadata plugin', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bpi-i18n-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes functions-fr.json from functions.json and the table', async () => {
    const stats = await build(
      dir,
      `export const TABLE = { RATE: { name: 'TAUXPRIME', description: 'Taux de prime.', parameters: { country: { name: 'catégorie_pays', description: 'Catégorie de pays.' } } } };\n`,
    );
    assert.equal(stats.hasErrors(), false, stats.toString('errors-only'));
    const fr = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'functions-fr.json'), 'utf8'));
    assert.equal(fr.functions[0].name, 'TAUXPRIME');
    assert.equal(fr.functions[0].parameters[0].name, 'catégorie_pays');
    assert.equal(fr.functions[0].parameters[0].dimensionality, 'matrix');
  });

  it('fails the build when a parameter has no French text', async () => {
    const stats = await build(dir, `export const TABLE = { RATE: { name: 'TAUXPRIME', description: 'Taux de prime.', parameters: {} } };\n`);
    assert.equal(stats.hasErrors(), true);
    assert.match(stats.toString('errors-only'), /RATE\(country\): no translation/);
    assert.equal(fs.existsSync(path.join(dir, 'out', 'functions-fr.json')), false);
  });
});
