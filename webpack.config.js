const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const fs = require('fs');
const { DEV_URL, addin, addinBase, renderAppPackage, renderJson, renderJsonFr, renderXml } = require('./manifest/render.cjs');
const LocalizedMetadataPlugin = require('./scripts/metadata-plugin.cjs');

// Where the add-in is served from. Development: https://localhost:3000/. For a deployment, build with
// ADDIN_URL=https://your.host/path (https only, trailing slash optional) and host dist/ there: the
// manifests in dist/ are rendered for that address from manifest/addin.cjs (manifest.xml at the top level is
// the development rendering, committed: `npm run manifest`).
const PORT = 3000;

/** Emits the manifests and the app package, rendered for the base address from the one source (manifest/addin.cjs). */
class EmitManifests {
  constructor(base) {
    this.base = base;
  }
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('EmitManifests', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'EmitManifests', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        compilation.emitAsset('manifest.xml', new sources.RawSource(renderXml(this.base)));
        compilation.emitAsset('manifest.json', new sources.RawSource(renderJson(this.base)));
        compilation.emitAsset(addin.fr.languageFile, new sources.RawSource(renderJsonFr(this.base)));
        for (const name of Object.values(addin.packageIcons))
          compilation.emitAsset(name, new sources.RawSource(fs.readFileSync(path.join(__dirname, 'manifest', name))));
        compilation.emitAsset(addin.appPackage, new sources.RawSource(renderAppPackage(this.base)));
      });
    });
  }
}

module.exports = (env, argv) => [addinConfig(argv), cliConfig(argv)];

/** The add-in: custom functions and task pane in one shared runtime, and its manifests. */
function addinConfig(argv) {
  let base;
  try {
    base = addinBase(process.env.ADDIN_URL || DEV_URL);
  } catch (e) {
    // One clear line and a failed build, rather than a manifest that points at the wrong place.
    console.error(`[bpi] ${e.message}`);
    process.exit(1);
  }
  return {
    devtool: argv.mode === 'production' ? false : 'source-map',
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/taskpane.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // dist/cli is the command line's build (below), dist/lib the library's (tsc -p tsconfig.lib.json).
      clean: { keep: /^(cli|lib)([\\/]|$)/ },
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        // Type checking is `npm run typecheck` (tsc --noEmit); the loader only transpiles, because the
        // associate calls the metadata plugin appends confuse a type-checking loader in watch mode.
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } },
        { test: /\.css$/, type: 'asset/source' },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      // French names and descriptions for a French Excel (manifest: fr-FR override of Functions.Metadata.Url).
      new LocalizedMetadataPlugin({
        languages: [{ output: 'functions-fr.json', table: '../src/i18n/functions.fr.ts', exportName: 'FUNCTIONS_FR' }],
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        // Shared runtime: the one page hosts the custom functions and the task pane.
        chunks: ['functions', 'taskpane'],
        chunksSortMode: 'manual',
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          // A stylesheet file, not inline styles: the task pane's CSP allows styles from 'self' only.
          { from: 'src/taskpane/taskpane.css', to: 'taskpane.css' },
        ],
      }),
      new EmitManifests(base),
    ],
    performance: { hints: false },
    devServer: {
      port: PORT,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: { directory: path.resolve(__dirname, 'dist') },
    },
  };
}

/**
 * bpi-price, the command line (src/cli): one file for Node with a shebang. Its runtime dependencies are
 * required from node_modules, as an installed package has them, not bundled.
 */
function cliConfig(argv) {
  return {
    name: 'cli',
    target: 'node20',
    devtool: argv.mode === 'production' ? false : 'source-map',
    entry: { 'bpi-price': './src/cli/bpi-price.ts' },
    output: { path: path.resolve(__dirname, 'dist', 'cli'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    externalsType: 'commonjs',
    externals: [/^csv-parse(\/.*)?$/, /^csv-stringify(\/.*)?$/, /^iconv-lite(\/.*)?$/],
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }],
    },
    optimization: { minimize: false },
    plugins: [
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }),
      {
        // npm makes a bin executable when it installs the package; in the repository, the build does.
        apply: (compiler) => compiler.hooks.afterEmit.tap('ExecutableBin', () => fs.chmodSync(path.join(compiler.outputPath, 'bpi-price.js'), 0o755)),
      },
    ],
    performance: { hints: false },
  };
}
