/* eslint-disable no-undef */
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const LocalizedMetadataPlugin = require('./scripts/metadata-plugin.cjs');

// Where the add-in is served from. Development: https://localhost:3000/. For a deployment, build with
// ADDIN_URL=https://your.host/path/ and host dist/ there (the manifest in dist/ then points at it).
const DEV_URL = 'https://localhost:3000/';
const PORT = 3000;

module.exports = (env, argv) => {
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
      clean: true,
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
};
