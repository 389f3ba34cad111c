// ESLint flat config (kept as a dotfile so the top level holds only the project's own folders).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-output/', '.scratch/', '.stryker-tmp/', 'reports/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: [
      'src/terminal/**',
      'src/teams/packageTeamsApp.ts',
      'test/bench/**',
      'test/soak/**',
      'test/gallery/run.ts',
      'test/eval/report.ts',
      'test/mutation/**',
    ],
    rules: { 'no-console': 'off' },
  },
  {
    // Plain ES module scripts run by Node (tool configs, the mutation runner).
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
