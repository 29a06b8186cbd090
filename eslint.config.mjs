// Lint rules. Runtime boundaries are folders; the restricted imports below keep them honest:
// shared code is pure, browser code never pulls in Node, and the site never imports the service.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeBuiltins = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'],
  message: 'Browser and shared code must not use Node APIs.',
};
const server = { group: ['**/server/**'], message: 'Only the comment service imports from src/server.' };

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
    files: ['src/shared/**', 'src/client/**', 'src/components/**', 'src/theme/**', 'src/pages/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [nodeBuiltins, server] }] },
  },
);
