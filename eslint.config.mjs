// ESLint, flat config: the `yo office` template's set (eslint-plugin-office-addins' recommended config: ESLint's
// recommended rules and the Office.js rules, on the TypeScript parser) with typescript-eslint's recommended
// rules. Formatting is Prettier's (`prettier --check` in `npm run lint`, `npm run format` to apply), so the
// template's prettier/prettier rule is off here rather than reporting every difference twice.
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The plugin's config brings its own copy of @typescript-eslint (an older one); ESLint allows one plugin per
// name, so its rules run on the project's typescript-eslint (plugin and parser), registered just before.
const officeRecommended = officeAddins.configs.recommended.map((config) => {
  if (!config.plugins?.['@typescript-eslint']) return config;
  const { '@typescript-eslint': _ours, ...plugins } = config.plugins;
  return { ...config, plugins, languageOptions: { ...config.languageOptions, parser: tseslint.parser } };
});

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/generated/', 'test/artifacts/', 'test/harness/.rss-child.cjs'] },
  ...tseslint.configs.recommended,
  ...officeRecommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.node, ...globals.browser, Office: 'readonly', Excel: 'readonly', CustomFunctions: 'readonly' },
    },
    rules: {
      'prettier/prettier': 'off',
      // `_`-prefixed parameters and caught errors are deliberately unused (signatures Excel or a callback imposes).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // TypeScript checks names itself (typescript-eslint's advice); ESLint's no-undef does not know its types.
    files: ['**/*.ts', '**/*.cts', '**/*.mts'],
    rules: { 'no-undef': 'off' },
  },
  {
    // The Office.js rules are for code that talks to Office; the build scripts and the sheet tests read and
    // write .xlsx files with excelts, whose getCell/numFmt/note the rules take for Office's (no sync there).
    files: ['scripts/**', 'test/harness/**', 'test/sheets/**'],
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, 'off'])),
  },
  {
    // CommonJS files: the manifest renderer, webpack's config, the build helpers.
    files: ['**/*.cjs', 'webpack.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
