import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of HOUSE-STYLE.md, enforced: domain imports nothing of ours; db imports only domain; web never
// imports db, server, or cli code (types from server are allowed); nothing imports cli.
const layerRule = (patterns) => ({
  '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
});
const forbid = (group, message, allowTypeImports = false) => ({ group, message, allowTypeImports });

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'src/db/migrations/**', 'bench/results/**', 'data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/domain/**/*.ts'],
    rules: layerRule([
      forbid(['**/db/**', '**/server/**', '**/web/**', '**/cli/**', '**/tests/**'], 'domain is pure: it imports nothing of ours outside domain/.'),
    ]),
  },
  {
    files: ['src/db/**/*.ts'],
    rules: layerRule([forbid(['**/server/**', '**/web/**', '**/cli/**'], 'db imports only domain.')]),
  },
  {
    files: ['src/server/**/*.ts'],
    rules: layerRule([forbid(['**/web/**', '**/cli/**'], 'server imports domain and db only.')]),
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: layerRule([
      forbid(['**/db/**', '**/cli/**'], 'web never imports db or cli code.'),
      forbid(['**/server/**'], 'web may import server types only (import type).', true),
    ]),
  },
);
