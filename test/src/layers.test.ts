/**
 * The layers are enforced by lint (.eslint.config.mjs): src/ -> dialogs/ -> knowledge/, no botbuilder in
 * knowledge/, and the stores in src/state know only the storage contract of dialogs/. Each fixture is
 * linted by ESLint's Node API as if it were a file at that path, with the project's own configuration.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ overrideConfigFile: '.eslint.config.mjs' });

/** The layer messages ESLint gives for this code at this path. */
async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  // The first lint loads the configuration and the TypeScript parser: seconds on a busy machine.
  beforeAll(() => eslint.lintText('', { filePath: 'knowledge/warm-up.ts' }), 60_000);

  it.each([
    ['knowledge/fixture.ts', "import { INTENT_ROUTES } from '../dialogs/intents';", /knowledge\/ is the lowest layer/],
    [
      'knowledge/triage/fixture.ts',
      "import { loadConfig } from '../../src/config';",
      /knowledge\/ is the lowest layer/,
    ],
    ['knowledge/search/fixture.ts', "import type { TurnContext } from 'botbuilder';", /never imports botbuilder/],
    ['knowledge/fixture.ts', "import { DialogSet } from 'botbuilder-dialogs';", /never imports botbuilder/],
    ['knowledge/fixture.ts', "export { ConnectorClient } from 'botframework-connector';", /never imports botbuilder/],
    [
      'dialogs/answers/fixture.ts',
      "import { createLogger } from '../../src/logger';",
      /dialogs\/ never imports from src\//,
    ],
    ['dialogs/fixture.ts', "export * from '../src/config';", /dialogs\/ never imports from src\//],
    ['dialogs/fixture.ts', "import Redis from 'ioredis';", /not HTTP, Redis, logs or metrics/],
    ['dialogs/fixture.ts', "import restify from 'restify';", /not HTTP, Redis, logs or metrics/],
    // The inversion this rule was written for: a store importing the bot's state classes.
    [
      'src/state/fixture.ts',
      "import { SnapshotBotState } from '../../dialogs/snapshotBotState';",
      /only the storage contract/,
    ],
  ])('%s: %s is an error', async (filePath, code, message) => {
    const errors = await layerErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    ['knowledge/triage/fixture.ts', "import { normalize } from '../text';"],
    ['knowledge/fixture.ts', "import { z } from 'zod';"],
    ['dialogs/answers/fixture.ts', "import type { KnowledgeBase } from '../../knowledge/knowledgeBase';"],
    ['dialogs/fixture.ts', "import { TurnContext } from 'botbuilder';"],
    ['src/fixture.ts', "import { createBot } from '../dialogs/createBot';"],
    ['src/state/fixture.ts', "import type { JsonStorage } from '../../dialogs/jsonStorage';"],
  ])('%s: %s is allowed', async (filePath, code) => {
    expect(await layerErrors(filePath, code)).toEqual([]);
  });

  // `npm run lint` checks the project's own files; here, that the rules apply to every file of each layer.
  it.each([
    ['knowledge/understanding/recognize.ts', 'knowledge/ is the lowest layer'],
    ['dialogs/interview/interviewFlow.ts', 'dialogs/ never imports from src/'],
    ['src/state/inProcessStorage.ts', 'only the storage contract'],
  ])('%s is linted with its layer rule', async (file, message) => {
    const config = (await eslint.calculateConfigForFile(file)) as { rules: Record<string, unknown> };
    expect(JSON.stringify(config.rules['no-restricted-imports'])).toContain(message);
  });
});
