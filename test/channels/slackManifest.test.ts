import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The Slack app manifest is YAML; these checks read the lines that matter without a YAML parser. */
describe('slack/manifest.yml', () => {
  const manifest = readFileSync('slack/manifest.yml', 'utf8');

  it('asks for the scopes the bot uses and no more', () => {
    for (const scope of ['app_mentions:read', 'chat:write', 'im:history', 'im:read', 'im:write'])
      expect(manifest).toContain(`- ${scope}`);
    expect(manifest).not.toMatch(/channels:history|users:read\.email/);
  });

  it('subscribes to mentions and DMs and sends events and interactions to /api/slack', () => {
    expect(manifest).toMatch(/bot_events:\s*\n\s*- app_mention\s*\n\s*- message\.im/);
    expect(manifest.match(/request_url: https:\/\/YOUR-PUBLIC-HOST\/api\/slack/g)).toHaveLength(2);
    expect(manifest).toMatch(/interactivity:\s*\n\s*is_enabled: true/);
  });
});
