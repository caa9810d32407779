/*
 * After custom-functions-metadata has generated functions.json from the JSDoc (which it marks
 * allowCustomDataForDataTypeAny: the formatted numbers of src/functions/cellValues.ts need it), writes each
 * language's metadata from it and its translation table (functions-fr.json), failing the build when a
 * function or parameter has no translation. The tables are TypeScript, loaded through tsx.
 */
const { sources, Compilation, WebpackError } = require('webpack');
const { require: tsxRequire } = require('tsx/cjs/api');

const NAME = 'LocalizedMetadataPlugin';

class LocalizedMetadataPlugin {
  constructor({ input = 'functions.json', languages }) {
    this.input = input;
    this.languages = languages; // [{ output: 'functions-fr.json', table: './src/i18n/functions.fr.ts', exportName: 'FUNCTIONS_FR' }]
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap({ name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.input);
        if (!asset) return; // the metadata plugin reported its own error
        const english = JSON.parse(asset.source.source().toString());
        const { localizeMetadata } = tsxRequire('../src/i18n/localizeMetadata.ts', __filename);
        for (const { output, table, exportName } of this.languages) {
          try {
            const localized = localizeMetadata(english, tsxRequire(table, __filename)[exportName]);
            compilation.emitAsset(output, new sources.RawSource(`${JSON.stringify(localized, null, 2)}\n`));
          } catch (e) {
            compilation.errors.push(new WebpackError(`${output}: ${e instanceof Error ? e.message : String(e)}`));
          }
        }
      });
    });
  }
}

module.exports = LocalizedMetadataPlugin;
