import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { TestAdapter } from 'botbuilder';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../dialogs/createBot';
import { APP_PACKAGE_DIR, buildTeamsPackage, teamsManifest } from '../../src/teams/teamsAppPackage';
import { readableText } from '../support/botFramework';
import { knowledgeBase } from '../support/knowledge';

const BOT = { id: '28:bot-id', name: 'NutriBot' };

function teamsAdapter(conversationType: 'personal' | 'channel' | 'groupChat') {
  const { bot } = createBot(knowledgeBase());
  const adapter = new TestAdapter(async (context) => bot.run(context), {
    channelId: 'msteams',
    conversation: {
      id: `teams-${conversationType}-${Math.random()}`,
      conversationType,
      isGroup: conversationType !== 'personal',
    },
    recipient: BOT,
    from: { id: '29:user-id', name: 'Ada' },
  } as never);
  return adapter;
}

async function send(adapter: TestAdapter, activity: Partial<Activity>): Promise<Partial<Activity>[]> {
  adapter.activeQueue.splice(0);
  await adapter.receiveActivity(activity);
  return adapter.activeQueue.splice(0);
}

const mention = (text: string): Partial<Activity> => ({
  type: 'message',
  text: `<at>NutriBot</at> ${text}`,
  entities: [{ type: 'mention', mentioned: BOT, text: '<at>NutriBot</at>' }],
});

describe('Microsoft Teams conversations', () => {
  it('answers in a personal chat without a mention, with an Adaptive Card and no suggested actions beside it', async () => {
    const replies = await send(teamsAdapter('personal'), { type: 'message', text: 'what foods have potassium' });
    expect(replies).toHaveLength(1);
    expect(replies[0]!.attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(replies[0]!.suggestedActions).toBeUndefined();
    expect(readableText(replies[0]!)).toMatch(/Potassium: best food sources/);
  });

  it('stays silent in a channel unless mentioned, and strips the mention when it is', async () => {
    const adapter = teamsAdapter('channel');
    expect(await send(adapter, { type: 'message', text: 'what foods have potassium' })).toHaveLength(0);
    const replies = await send(adapter, mention('what foods have potassium'));
    expect(readableText(replies[0]!)).toMatch(/Potassium: best food sources/);
  });

  it('answers a mention in a group chat and ignores other chatter', async () => {
    const adapter = teamsAdapter('groupChat');
    expect(await send(adapter, { type: 'message', text: 'lunch at noon?' })).toHaveLength(0);
    expect(readableText((await send(adapter, mention('help')))[0]!)).toMatch(/What I can do/);
  });

  it('welcomes once when installed in a team, never for each person added to it', async () => {
    const adapter = teamsAdapter('channel');
    const installed = await send(adapter, { type: 'conversationUpdate', membersAdded: [BOT] });
    expect(readableText(installed[0]!)).toMatch(/NutriBot/);
    const people = await send(adapter, {
      type: 'conversationUpdate',
      membersAdded: Array.from({ length: 50 }, (_, i) => ({ id: `29:p${i}`, name: `P${i}` })),
    });
    expect(people).toHaveLength(0);
  });

  it('welcomes a person who starts a personal chat', async () => {
    const replies = await send(teamsAdapter('personal'), {
      type: 'conversationUpdate',
      membersAdded: [{ id: '29:user-id', name: 'Ada' }],
    });
    expect(readableText(replies[0]!)).toMatch(/NutriBot/);
  });
});

describe('Teams app package', () => {
  const appId = '11111111-2222-3333-4444-555555555555';

  it('has a current manifest with the required fields and the bot id from configuration', () => {
    const manifest = teamsManifest(appId) as {
      manifestVersion: string;
      $schema: string;
      id: string;
      bots: { botId: string; scopes: string[] }[];
      name: { short: string };
      description: { short: string; full: string };
    } & Record<string, unknown>;
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.24);
    expect(manifest.$schema).toContain(`v${manifest.manifestVersion}`);
    for (const field of ['id', 'version', 'developer', 'name', 'description', 'icons', 'accentColor'])
      expect(manifest[field]).toBeDefined();
    expect(manifest.id).toBe(appId);
    expect(manifest.bots[0]!.botId).toBe(appId);
    expect(manifest.bots[0]!.scopes).toEqual(expect.arrayContaining(['personal', 'team', 'groupChat']));
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
  });

  it('refuses to build without a valid app id', () => {
    expect(() => teamsManifest('')).toThrowError(/MicrosoftAppId/);
  });

  it('ships a 192x192 colour icon and a 32x32 transparent, white outline icon', () => {
    const color = PNG.sync.read(readFileSync(join(APP_PACKAGE_DIR, 'color.png')));
    expect([color.width, color.height]).toEqual([192, 192]);
    const outline = PNG.sync.read(readFileSync(join(APP_PACKAGE_DIR, 'outline.png')));
    expect([outline.width, outline.height]).toEqual([32, 32]);
    let transparent = 0;
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [outline.data[i], outline.data[i + 1], outline.data[i + 2], outline.data[i + 3]];
      if (a === 0) transparent++;
      else expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
  });

  it('zips the manifest and both icons at the zip root', async () => {
    const zip = await JSZip.loadAsync(await buildTeamsPackage(appId));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(await zip.file('manifest.json')!.async('string')).bots[0].botId).toBe(appId);
  });
});
