/* eslint-disable no-undef */
const fs = require('fs');
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

// Where the add-in is served from. Development: https://localhost:3000/. For a deployment, build with
// ADDIN_URL=https://your.host/path/ and host dist/ there (the manifest in dist/ then points at it).
const DEV_URL = 'https://localhost:3000/';
const PORT = 3000;

module.exports = (env, argv) => [addin(argv), cli(argv)];

function addin(argv) {
  const addinUrl = process.env.ADDIN_URL || DEV_URL;
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
          {
            // Named exactly: a glob at the project root makes the dev server rebuild in a loop.
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (addinUrl === DEV_URL ? content : content.toString().split(DEV_URL).join(addinUrl)),
          },
        ],
      }),
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
function cli(argv) {
  return {
    name: 'cli',
    target: 'node20',
    devtool: argv.mode === 'production' ? false : 'source-map',
    entry: { 'bpi-price': './src/cli/bpi-price.ts' },
    output: { path: path.resolve(__dirname, 'dist', 'cli'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.js'] },
    externalsType: 'commonjs',
    externals: [/^csv-parse(\/.*)?$/, /^csv-stringify(\/.*)?$/, 'decimal.js'],
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true } } }],
    },
    optimization: { minimize: false },
    plugins: [
      new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }),
      {
        // npm makes a bin executable when it installs the package; in the repository, the build does.
        apply: (compiler) =>
          compiler.hooks.afterEmit.tap('ExecutableBin', () => fs.chmodSync(path.join(compiler.outputPath, 'bpi-price.js'), 0o755)),
      },
    ],
    performance: { hints: false },
  };
}
