/**
 * What the bot does with every message before any dialog (dialogs/nutritionBot.ts): whether it is
 * addressed at all, who gets a welcome, messages with only attachments, numbered choices, Teams'
 * own feedback buttons, and saving state only when a turn changed it.
 */
import { type Activity, type ChannelAccount, type StoreItems, TestAdapter, TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../dialogs/createBot';
import { isAddressedToBot, shouldWelcome } from '../../dialogs/nutritionBot';
import { handleTurnErrors } from '../../src/adapter';
import { createLogger } from '../../src/logger';
import type { JsonEntry } from '../../dialogs/jsonStorage';
import { InProcessStorage } from '../../src/state/inProcessStorage';
import { readableText } from '../support/botFramework';
import { checkInBot } from '../support/checkInBot';
import { knowledgeBase } from '../support/knowledge';
import { say, suggestions, testBot, texts } from '../support/testBot';

const BOT = { id: '28:bot', name: 'NutriBot' };
const ADA = { id: '29:ada', name: 'Ada' };
const SORRY = /something went wrong/;

/** A turn context for an incoming activity, to ask the bot's per-message rules about it. */
/** A test adapter speaking as Ada in a Teams channel of her own. */
function teamsChannel(bot: ReturnType<typeof createBot>['bot']): TestAdapter {
  return new TestAdapter(async (context) => bot.run(context), {
    channelId: 'msteams',
    conversation: { id: `teams-${Math.random()}`, conversationType: 'channel', isGroup: true },
    recipient: BOT,
    from: ADA,
  } as never);
}

function contextOf(activity: Partial<Activity>): TurnContext {
  return new TurnContext(new TestAdapter(), { type: 'message', ...activity } as Activity);
}

describe('is a message addressed to the bot?', () => {
  const mentionOf = (who: { id: string } | undefined) => ({ type: 'mention', text: '<at>x</at>', mentioned: who });

  it('outside Teams, always, whatever the conversation type', () => {
    for (const conversationType of ['channel', 'groupChat', 'personal', undefined])
      expect(
        isAddressedToBot(
          contextOf({ channelId: 'slack', conversation: { conversationType } as never, recipient: BOT }),
        ),
      ).toBe(true);
  });

  it('in a Teams personal chat, or a Teams message that names no conversation, always', () => {
    expect(
      isAddressedToBot(contextOf({ channelId: 'msteams', conversation: { conversationType: 'personal' } as never })),
    ).toBe(true);
    expect(isAddressedToBot(contextOf({ channelId: 'msteams' }))).toBe(true);
  });

  it.each(['channel', 'groupChat'])('in a Teams %s, only when the bot itself is mentioned', (conversationType) => {
    const at = (entities: unknown[], withRecipient = true) =>
      isAddressedToBot(
        contextOf({
          channelId: 'msteams',
          conversation: { conversationType } as never,
          ...(withRecipient ? { recipient: BOT } : {}),
          entities: entities as never,
        }),
      );
    expect(at([mentionOf(BOT)])).toBe(true);
    expect(at([{ type: 'clientInfo', locale: 'en-GB' }, mentionOf(BOT)])).toBe(true);
    expect(at([])).toBe(false);
    expect(at([mentionOf(ADA)])).toBe(false);
    expect(at([{ type: 'clientInfo', mentioned: BOT }])).toBe(false);
    // A mention entity without whom it mentions, or a message without a recipient: not the bot, no crash.
    expect(at([mentionOf(undefined)])).toBe(false);
    expect(at([mentionOf(ADA)], false)).toBe(false);
  });
});

describe('who gets a welcome', () => {
  const welcome = (channelId: string, membersAdded: ChannelAccount[], conversationType?: string, recipient = BOT) =>
    shouldWelcome(
      contextOf({
        channelId,
        recipient,
        ...(conversationType ? { conversation: { conversationType } as never } : {}),
      }),
      membersAdded,
    );

  it('outside Teams, each person who joins, never the bot itself', () => {
    expect(welcome('webchat', [ADA])).toBe(true);
    expect(welcome('webchat', [BOT, ADA])).toBe(true);
    expect(welcome('webchat', [ADA, BOT])).toBe(true);
    expect(welcome('webchat', [BOT])).toBe(false);
    expect(welcome('webchat', [])).toBe(false);
    expect(shouldWelcome(contextOf({ channelId: 'webchat' }), [ADA])).toBe(true);
  });

  it('in Teams, when the bot is installed (alone or with people), or a person opens a personal chat', () => {
    expect(welcome('msteams', [BOT], 'channel')).toBe(true);
    expect(welcome('msteams', [ADA, BOT], 'channel')).toBe(true);
    expect(welcome('msteams', [ADA], 'channel')).toBe(false);
    expect(welcome('msteams', [ADA], 'groupChat')).toBe(false);
    expect(welcome('msteams', [ADA], 'personal')).toBe(true);
    expect(welcome('msteams', [BOT], 'personal')).toBe(true);
    expect(welcome('msteams', [ADA])).toBe(false);
  });
});

describe('a message with only attachments', () => {
  const image = [{ contentType: 'image/png', contentUrl: 'https://example.com/x.png' }];
  const send = async (activity: Partial<Activity>) => {
    const { adapter } = testBot();
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity({ type: 'message', ...activity });
    return texts(adapter.activeQueue.splice(0));
  };

  it.each([
    ['no text', {}],
    ['blank text', { text: '  ' }],
  ])('with %s: says it reads only text', async (_, text) => {
    expect(await send({ ...text, attachments: image })).toMatch(/I can only read text for now/);
  });

  it('with text too, the text is answered; with neither, no crash', async () => {
    const both = await send({ text: 'what foods have potassium', attachments: image });
    expect(both).toMatch(/Potassium: best food sources/);
    expect(both).not.toMatch(/I can only read text/);
    const neither = await send({});
    expect(neither).not.toMatch(SORRY);
    expect(neither).not.toMatch(/I can only read text/);
  });
});

describe('Teams mentions are removed before the message is read', () => {
  it('"@NutriBot 2" in a channel picks the second choice offered', async () => {
    const { bot } = createBot(knowledgeBase());
    const adapter = teamsChannel(bot);
    const mention = (text: string): Partial<Activity> => ({
      type: 'message',
      text: `<at>NutriBot</at> ${text}`,
      entities: [{ type: 'mention', mentioned: BOT, text: '<at>NutriBot</at>' }],
    });
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity(mention('what foods have potassium'));
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity(mention('2'));
    expect(readableText(adapter.activeQueue.splice(0)[0]!)).toMatch(/Signs of low potassium/);
  });

  it('a Teams message with no text is answered without a crash', async () => {
    const { adapter } = testBot('msteams');
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity({
      type: 'message',
      conversation: { id: 'x', conversationType: 'personal' } as never,
    });
    expect(adapter.activeQueue.map(readableText).join('\n')).not.toMatch(SORRY);
  });
});

describe('numbered choices', () => {
  it('a number past the choices offered is not a choice, and is answered without a crash', async () => {
    const { adapter } = testBot();
    const first = await say(adapter, 'what foods have potassium');
    expect(suggestions(first.at(-1)).length).toBeLessThan(9);
    const said = texts(await say(adapter, '9'));
    expect(said).not.toMatch(SORRY);
    // The number itself was read, not lost.
    expect(said).not.toMatch(/didn’t catch any words/);
    expect(said).not.toMatch(/Signs of low potassium|What does potassium do/);
  });

  it('a number before any choice was offered is not a choice', async () => {
    const { adapter } = testBot();
    const said = texts(await say(adapter, '1'));
    expect(said).not.toMatch(SORRY);
  });
});

describe('Teams’ own feedback buttons (message/submitAction)', () => {
  it('any other invoke is left to botbuilder, which does not implement it', async () => {
    const { adapter } = testBot('msteams');
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity({ type: 'invoke', name: 'nutribot/unknown', value: {} });
    const [response] = adapter.activeQueue.splice(0);
    expect(response?.type).toBe('invokeResponse');
    expect((response?.value as { status: number }).status).toBe(501);
  });

  it('a rating for a message the bot does not remember is accepted and stored nowhere, with no reply', async () => {
    const bot = checkInBot({ channelId: 'msteams', conversation: { conversationType: 'personal' } });
    const { adapter } = bot;
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity({
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: 'never-sent',
      value: { actionName: 'feedback', actionValue: { reaction: 'like', feedback: '{}' } },
    });
    const replies = adapter.activeQueue.splice(0);
    expect(replies.map((r) => r.type)).toEqual(['invokeResponse']);
    expect(replies[0]!.value).toEqual({ status: 200, body: {} });
    expect((await bot.insightsStore.snapshot(bot.clock.now())).feedback).toEqual([]);
  });
});

/** The in-process store, counting its writes. */
class CountingStorage extends InProcessStorage {
  writes = 0;
  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
  override async writeJson(changes: Record<string, JsonEntry>): Promise<void> {
    this.writes++;
    return super.writeJson(changes);
  }
}

describe('state is saved at the end of a turn that changed it, and only then', () => {
  it('a question is saved; a Teams channel message not addressed to the bot writes nothing', async () => {
    const storage = new CountingStorage({ ttlSeconds: 60 });
    const { bot, deps } = createBot(knowledgeBase(), storage);
    const adapter = teamsChannel(bot);
    handleTurnErrors(adapter, deps, createLogger('silent'));
    await adapter.receiveActivity({ type: 'message', text: 'lunch at noon?' });
    expect(adapter.activeQueue).toHaveLength(0);
    expect(storage.writes).toBe(0);
    await adapter.receiveActivity({
      type: 'message',
      text: '<at>NutriBot</at> what foods have potassium',
      entities: [{ type: 'mention', mentioned: BOT, text: '<at>NutriBot</at>' }],
    });
    expect(storage.writes).toBeGreaterThan(0);
  });
});

describe('a message longer than the part the bot reads', () => {
  const send = async (text: string) => {
    const { adapter } = testBot();
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity({ type: 'message', text });
    return texts(adapter.activeQueue.splice(0));
  };
  const padding = (chars: number) =>
    'we had a lovely day out at the seaside with the kids. '.repeat(Math.ceil(chars / 54));

  it('says that only its first 8,000 characters were read, after any red flag and before the answer', async () => {
    const replies = await send(`my chest pain is crushing. what foods have potassium? ${padding(9_000)}`);
    expect(replies).toMatch(/read only its first 8,000 characters/);
    expect(replies.indexOf('urgent medical care')).toBeGreaterThanOrEqual(0);
    expect(replies.indexOf('urgent medical care')).toBeLessThan(replies.indexOf('first 8,000 characters'));
    expect(replies.indexOf('first 8,000 characters')).toBeLessThan(replies.indexOf('Potassium: best food sources'));
  });

  it('says nothing of the kind for a message the bot reads whole', async () => {
    expect(await send(`what foods have potassium? ${padding(7_000)}`.slice(0, 8_000))).not.toMatch(/characters/);
  });
});
