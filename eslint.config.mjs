// Lint rules. Runtime boundaries are folders; the restricted imports below keep them honest:
// shared code is pure, browser code never pulls in Node, and the site never imports the service.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';

const nodeBuiltins = { group: ['node:*'], message: 'Browser and shared code must not use Node APIs.' };
// Bare names (`fs`, `url`, `worker_threads`, `fs/promises`…) as exact paths: as patterns they would
// also match relative files such as './events'.
const nodeModulePaths = builtinModules.map((name) => ({ name, message: nodeBuiltins.message }));
// Docusaurus's own type packages pull @types/node into any program that imports them, so the
// browser tsconfig cannot hide Node's globals; this rule does.
const nodeGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate'].map(
  (name) => ({ name, message: 'Browser and shared code run without Node: no Node globals.' }),
);
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'location'].map((name) => ({
  name,
  message: 'src/shared runs in the service and the build too: no DOM.',
}));
const server = { group: ['**/server/**'], message: 'Only the comment service imports from src/server.' };
// Every language's glossary, with translation records: a page gets the terms it shows from its
// metadata (src/plugins/docs), so the tables never ship to a browser.
const buildTimeData = {
  group: ['**/data/glossaryLocales/**', '**/data/glossaryTranslations', '**/data/glossaryTranslations.*'],
  message:
    'The glossary translation tables are build-time data; the glossary page reads its terms from usePageGraph().',
};

export default tseslint.config(
  { ignores: ['build/', '.docusaurus/', 'node_modules/', '/data/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: [
      'src/shared/**',
      'src/client/**',
      'src/components/**',
      'src/theme/**',
      'src/pages/**',
      'src/plugins/*/theme/**',
    ],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeModulePaths, patterns: [nodeBuiltins, server, buildTimeData] }],
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  {
    files: ['src/shared/**'],
    rules: { 'no-restricted-globals': ['error', ...nodeGlobals, ...domGlobals] },
  },
);
