// ESLint flat config (kept as a dotfile so the top level holds only the project's own folders).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers (docs/architecture.md): src/ (hosting) -> dialogs/ (conversation) -> knowledge/ (data and
 * functions, no botbuilder). ESLint's own no-restricted-imports with regular expressions on the import
 * path: no plugin or resolver to keep in step with ESLint, and the project has no path aliases, so an
 * import of another layer always climbs out of its own with "../".
 */
const climbsInto = (...folders) => `^(\\.\\./)+(${folders.join('|')})(/|$)`;
export const LAYER_RULES = {
  knowledge: [
    {
      regex: climbsInto('dialogs', 'src'),
      message: 'knowledge/ is the lowest layer: it imports nothing from dialogs/ or src/ (docs/architecture.md).',
    },
    {
      regex: '^(botbuilder|botframework)',
      message: 'knowledge/ never imports botbuilder: it is data and functions, tested without a bot.',
    },
  ],
  dialogs: [
    {
      regex: climbsInto('src'),
      message: 'dialogs/ never imports from src/ (hosting): src/ wires dialogs/ to the outside world, not the reverse.',
    },
    {
      regex: '^(restify|ioredis|prom-client|pino|@slack/)',
      message: 'dialogs/ knows botbuilder, not HTTP, Redis, logs or metrics: those belong to src/.',
    },
  ],
  // The stores sit below the bot: of dialogs/ they know only the JSON contract its state classes ask for.
  state: [
    {
      regex: '^(\\.\\./)+dialogs/(?!jsonStorage$)',
      message: 'src/state/ stores import only the storage contract from dialogs/ (dialogs/jsonStorage.ts).',
    },
  ],
};

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
  { files: ['knowledge/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: LAYER_RULES.knowledge }] } },
  { files: ['dialogs/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: LAYER_RULES.dialogs }] } },
  { files: ['src/state/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: LAYER_RULES.state }] } },
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
