/**
 * "Was this helpful?" on each channel: its native control produces a stored rating (kind, intent,
 * channel, time); a comment is kept only when the person types one (shown in "what do you know",
 * deleted by "forget me"); nothing of the person's own messages is kept otherwise.
 */
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { cardElements, readableText } from '../support/botFramework';
import { checkInBot } from '../support/checkInBot';
import { say, suggestions, testBot, texts } from '../support/testBot';

/** The data of a card's "Helpful" / "Not helpful" button. */
function feedbackButton(activity: Partial<Activity>, title: RegExp): Record<string, unknown> {
  const action = cardElements(activity, 'Action.Submit').find((a) => title.test(String(a.title)));
  if (!action) throw new Error('no feedback button on the card');
  return action.data as Record<string, unknown>;
}

async function send(adapter: ReturnType<typeof checkInBot>['adapter'], activity: Partial<Activity>) {
  adapter.activeQueue.splice(0);
  await adapter.receiveActivity(activity);
  return adapter.activeQueue.splice(0);
}

describe('feedback in Web Chat: card buttons', () => {
  it('stores the rating with the answer’s kind and intent, then keeps a typed comment for a limited time', async () => {
    const bot = checkInBot({ channelId: 'webchat' });
    const [answer] = await say(bot.adapter, 'what foods have potassium');
    const helpful = feedbackButton(answer!, /Helpful/);
    const thanks = await send(bot.adapter, { type: 'message', value: helpful });
    expect(texts(thanks)).toMatch(/glad it helped[\s\S]*add a comment/);
    const comment = texts(await say(bot.adapter, 'Please add bananas to the list'));
    expect(comment).toMatch(/passed your comment on[\s\S]*kept for 30 days/);
    const snapshot = await bot.insightsStore.snapshot(bot.clock.now());
    expect(snapshot.feedback).toEqual([
      { kind: 'foodList', intent: 'foodsForNutrient', rating: 'helpful', channel: 'webchat', at: bot.clock.now() },
    ]);
    expect(snapshot.comments).toMatchObject([
      { kind: 'foodList', rating: 'helpful', text: 'Please add bananas to the list' },
    ]);
    expect((await say(bot.adapter, 'what do you know about me')).map(readableText).join('\n')).toMatch(
      /Your feedback comment of Friday 1 May, kept until Sunday 31 May: “Please add bananas to the list”/,
    );
    await say(bot.adapter, 'forget me');
    expect((await bot.insightsStore.snapshot(bot.clock.now())).comments).toEqual([]);
  });

  it('keeps no comment after “no thanks”, answers a new question instead of keeping it, and keeps nothing past its TTL', async () => {
    const bot = checkInBot({ channelId: 'webchat' });
    const [answer] = await say(bot.adapter, 'signs of low magnesium');
    await send(bot.adapter, { type: 'message', value: feedbackButton(answer!, /Not helpful/) });
    expect(texts(await say(bot.adapter, 'no thanks'))).toMatch(/OK, no comment/);
    const [again] = await say(bot.adapter, 'what foods have calcium');
    await send(bot.adapter, { type: 'message', value: feedbackButton(again!, /Helpful/) });
    expect(texts(await say(bot.adapter, 'what foods have vitamin D?'))).toMatch(/Vitamin D: best food sources/);
    const snapshot = await bot.insightsStore.snapshot(bot.clock.now());
    expect(snapshot.feedback.map((f) => [f.kind, f.intent, f.rating])).toEqual([
      ['deficiencySigns', 'deficiencySigns', 'unhelpful'],
      ['foodList', 'foodsForNutrient', 'helpful'],
    ]);
    expect(snapshot.comments).toEqual([]);
    // Nothing the person typed is in the store.
    expect(JSON.stringify(snapshot)).not.toMatch(/magnesium|calcium|vitamin|no thanks/i);
  });

  it('refuses a forged button value: unknown kinds and intents never become labels', async () => {
    const bot = checkInBot({ channelId: 'webchat' });
    await say(bot.adapter, 'what foods have potassium');
    for (const value of [
      { nutribot: 'feedback', rating: 'helpful', kind: 'x'.repeat(500), intent: 'foodsForNutrient' },
      { nutribot: 'feedback', rating: 'meh', kind: 'foodList', intent: 'foodsForNutrient' },
      { nutribot: 'feedback', rating: 'helpful', kind: 'foodList', intent: '<script>' },
    ])
      await send(bot.adapter, { type: 'message', value });
    expect((await bot.insightsStore.snapshot(bot.clock.now())).feedback).toEqual([]);
  });
});

describe('feedback in Teams', () => {
  const teams = (conversationType: string) =>
    checkInBot({ channelId: 'msteams', conversation: { conversationType, isGroup: conversationType !== 'personal' } });

  it('turns on Teams’ own feedback buttons in a personal chat, and stores the rating and comment of message/submitAction', async () => {
    const bot = teams('personal');
    const [answer] = await say(bot.adapter, 'what does magnesium do for my muscles');
    expect(answer!.channelData).toEqual({ feedbackLoopEnabled: true });
    expect(cardElements(answer!, 'Action.Submit').filter((a) => /helpful/i.test(String(a.title)))).toEqual([]);
    bot.adapter.activeQueue.splice(0);
    await bot.adapter.receiveActivity({
      type: 'invoke',
      name: 'message/submitAction',
      replyToId: answer!.id,
      value: {
        actionName: 'feedback',
        actionValue: { reaction: 'dislike', feedback: JSON.stringify({ feedbackText: 'Too long for a phone' }) },
      },
    });
    const [invokeResponse] = bot.adapter.activeQueue.splice(0);
    expect(invokeResponse?.type).toBe('invokeResponse');
    expect((invokeResponse?.value as { status: number }).status).toBe(200);
    const snapshot = await bot.insightsStore.snapshot(bot.clock.now());
    expect(snapshot.feedback).toMatchObject([
      { kind: 'nutrientInfo', intent: 'nutrientRole', rating: 'unhelpful', channel: 'teams' },
    ]);
    expect(snapshot.comments).toMatchObject([{ kind: 'nutrientInfo', text: 'Too long for a phone' }]);
  });

  it('uses card buttons in a group chat, whose click needs no mention', async () => {
    const bot = teams('groupChat');
    const [answer] = await say(bot.adapter, '<at>NutriBot</at> what foods have potassium');
    expect(answer).toBeUndefined();
    const [mentioned] = await send(bot.adapter, {
      type: 'message',
      text: '<at>NutriBot</at> what foods have potassium',
      entities: [{ type: 'mention', mentioned: { id: 'bot' }, text: '<at>NutriBot</at>' }],
      recipient: { id: 'bot', name: 'NutriBot' },
    });
    expect(mentioned!.channelData).toBeUndefined();
    await send(bot.adapter, { type: 'message', value: feedbackButton(mentioned!, /Helpful/) });
    expect((await bot.insightsStore.snapshot(bot.clock.now())).feedback).toMatchObject([
      { kind: 'foodList', rating: 'helpful', channel: 'teams' },
    ]);
  });
});

describe('feedback on text channels: the “feedback” command', () => {
  it('asks which rating for the last answer, stores it, and keeps no text without a comment', async () => {
    const bot = checkInBot({ channelId: 'test' });
    expect(texts(await say(bot.adapter, 'feedback'))).toMatch(/no answer of mine to rate yet/);
    const [answer] = await say(bot.adapter, 'how much potassium in a baked potato');
    expect(answer!.attachments ?? []).toEqual([]);
    const asked = await say(bot.adapter, 'feedback');
    expect(texts(asked)).toMatch(/Was my last answer helpful/);
    expect(suggestions(asked.at(-1))).toEqual(['Helpful', 'Not helpful']);
    expect(texts(await say(bot.adapter, '2'))).toMatch(/Thanks for telling me/);
    await say(bot.adapter, 'no');
    expect(texts(await say(bot.adapter, 'that was helpful'))).toMatch(/glad it helped/);
    await say(bot.adapter, 'no thanks');
    const snapshot = await bot.insightsStore.snapshot(bot.clock.now());
    expect(snapshot.feedback.map((f) => [f.kind, f.intent, f.rating, f.channel])).toEqual([
      ['foodAmount', 'foodNutrientAmount', 'unhelpful', 'chat'],
      ['foodAmount', 'foodNutrientAmount', 'helpful', 'chat'],
    ]);
    expect(snapshot.comments).toEqual([]);
  });
});

describe('feedback in the middle of a symptom check', () => {
  it('takes a typed rating for the last answer without asking for a comment, then asks the step again', async () => {
    const bot = checkInBot({ channelId: 'test' });
    await say(bot.adapter, 'what foods have potassium');
    expect(texts(await say(bot.adapter, 'my calf keeps jumping'))).toMatch(/Anything to add or correct/);
    const rated = texts(await say(bot.adapter, 'that was helpful'));
    expect(rated).toMatch(/Thanks, glad it helped\.[\s\S]*Anything to add or correct/);
    expect(rated).not.toMatch(/add a comment/);
    const alone = texts(await say(bot.adapter, 'feedback'));
    expect(alone).toMatch(/Let’s finish this symptom check first[\s\S]*Anything to add or correct/);
    const snapshot = await bot.insightsStore.snapshot(bot.clock.now());
    expect(snapshot.feedback.map((f) => [f.kind, f.intent, f.rating])).toEqual([
      ['foodList', 'foodsForNutrient', 'helpful'],
    ]);
    expect(snapshot.comments).toEqual([]);
  });
});

describe('what the bot could not answer', () => {
  it('counts out-of-scope topics and low-confidence intents, keeping no text by default', async () => {
    const bot = checkInBot();
    await say(bot.adapter, 'foods with iron');
    await say(bot.adapter, 'banana bread recipe please');
    expect(texts(await say(bot.adapter, 'what about magnesium stuff for Sarah'))).toMatch(/did you mean one of these/);
    await new Promise((r) => setTimeout(r, 10));
    const snapshot = await bot.insightsStore.snapshot(bot.clock.now());
    expect(snapshot.counts).toEqual({
      'outOfScope|iron': 1,
      'outOfScope|recipe': 1,
      'lowConfidence|foodsForNutrient': 1,
    });
    expect(snapshot.texts).toEqual([]);
  });

  it('keeps low-confidence questions scrubbed, with a TTL, only when KEEP_UNANSWERED_TEXT is on', async () => {
    const bot = checkInBot({ keepTextDays: 30 });
    await say(bot.adapter, 'what about magnesium stuff for Sarah');
    await new Promise((r) => setTimeout(r, 10));
    const snapshot = await bot.insightsStore.snapshot(bot.clock.now());
    expect(snapshot.texts).toHaveLength(1);
    const [kept] = snapshot.texts;
    expect(kept!.text).toBe('what about magnesium stuff for [name]');
    expect(kept!.label).toBe('foodsForNutrient');
    expect(kept!.expiresAt).toBe(bot.clock.now() + 30 * 86_400_000);
    expect((await bot.insightsStore.snapshot(bot.clock.now() + 31 * 86_400_000)).texts).toEqual([]);
  });
});

describe('where feedback is not collected', () => {
  it('says so to “feedback”, and shows no control', async () => {
    const { adapter } = testBot('webchat');
    const [answer] = await say(adapter, 'what foods have potassium');
    expect(JSON.stringify(answer)).not.toMatch(/Was this helpful/);
    expect(texts(await say(adapter, 'feedback'))).toMatch(/don’t collect feedback in this chat/);
  });
});
