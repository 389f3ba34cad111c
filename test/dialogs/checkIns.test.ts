import { describe, expect, it } from 'vitest';
import type { Activity, TestAdapter } from 'botbuilder';
import { ConversationGoneError } from '../../src/checkins/deliveryErrors';
import { DAY } from '../support/clock';
import { checkInBot } from '../support/checkInBot';
import { say, suggestions, texts } from '../support/testBot';

/** A symptom check that ends with a self-care result (twitching, nothing else told). */
async function selfCareCheck(adapter: TestAdapter): Promise<string> {
  let reply = '';
  for (const message of ['my calf keeps jumping', 'that’s all', 'none', 'none'])
    reply = texts(await say(adapter, message));
  for (let i = 0; i < 8 && !/Your result/.test(reply); i++) reply = texts(await say(adapter, 'skip'));
  return reply;
}

describe('a check-in after a symptom check', () => {
  it('is offered after a self-care result, with 2 weeks first and “no thanks”', async () => {
    const { adapter } = checkInBot();
    let replies: Partial<Activity>[] = [];
    for (const message of ['my calf keeps jumping', 'that’s all', 'none', 'none'])
      replies = await say(adapter, message);
    for (let i = 0; i < 8 && !/Your result/.test(texts(replies)); i++) replies = await say(adapter, 'skip');
    expect(texts(replies)).toMatch(/Your result: self-care[\s\S]*Shall I check in with you to see how you’re doing/);
    expect(suggestions(replies.at(-1))).toEqual(['In 2 weeks', 'In 1 week', 'In 3 days', 'No thanks']);
  });

  it('is planned, sent once at the due time, and answered “better” closes it', async () => {
    const bot = checkInBot();
    const result = await selfCareCheck(bot.adapter);
    expect(result).toMatch(/Your result: self-care/);
    expect(result).toMatch(/Shall I check in with you/);
    expect(await say(bot.adapter, 'In 2 weeks').then(texts)).toMatch(/check in with you in 2 weeks, on Friday 15 May/);
    bot.clock.advance(14 * DAY - 60_000);
    expect(await bot.scheduler.poll()).toMatchObject({ sent: 0 });
    expect(bot.adapter.activeQueue).toHaveLength(0);
    bot.clock.advance(60_000);
    expect(await bot.scheduler.poll()).toMatchObject({ sent: 1 });
    const sent = bot.adapter.activeQueue.splice(0);
    expect(texts(sent)).toMatch(
      /Checking in[\s\S]*On Friday 1 May you did a symptom check with me about muscle twitching/,
    );
    expect(suggestions(sent.at(-1))).toEqual(['Better', 'The same', 'Worse', 'Stop check-ins']);
    // Once: a second poll, even much later, sends nothing.
    bot.clock.advance(DAY);
    expect(await bot.scheduler.poll()).toMatchObject({ sent: 0 });
    expect(await bot.store.size()).toBe(0);
    expect(texts(await say(bot.adapter, 'much better thanks'))).toMatch(/Good to hear you’re feeling better/);
    const snapshot = await bot.insightsStore.snapshot(bot.clock.now());
    expect(snapshot.counts).toMatchObject({ 'checkIn|scheduled': 1, 'checkIn|sent': 1, 'checkIn|better': 1 });
  });

  it('answered “worse”: see a doctor, with the summary of the check to show them', async () => {
    const bot = checkInBot();
    await selfCareCheck(bot.adapter);
    await say(bot.adapter, 'in 3 days');
    bot.clock.advance(3 * DAY);
    await bot.scheduler.poll();
    bot.adapter.activeQueue.splice(0);
    const reply = texts(await say(bot.adapter, 'it’s getting worse'));
    expect(reply).toMatch(/Please see a doctor in the next few days/);
    expect(reply).toMatch(/Symptoms that get worse should be checked by a doctor/);
    expect(reply).toMatch(/Symptom check summary[\s\S]*Symptoms: muscle twitching/);
    expect(reply).toMatch(/Urgency at the check \(Friday 1 May\): Self-care is reasonable for now/);
    expect(reply).toMatch(/not a diagnosis/);
  });

  it('answered “the same” early: self-care reminders and one more offer; the same again two weeks on: a doctor', async () => {
    const bot = checkInBot();
    await selfCareCheck(bot.adapter);
    await say(bot.adapter, 'in 3 days');
    bot.clock.advance(3 * DAY);
    await bot.scheduler.poll();
    bot.adapter.activeQueue.splice(0);
    const same = await say(bot.adapter, 'about the same');
    expect(texts(same)).toMatch(/Some things that can help while it settles[\s\S]*Foods with magnesium/);
    expect(texts(same)).toMatch(/Shall I check in again/);
    expect(suggestions(same.at(-1))).toEqual(['In 1 week', 'In 2 weeks', 'No thanks']);
    expect(texts(await say(bot.adapter, 'In 2 weeks'))).toMatch(/in 2 weeks/);
    bot.clock.advance(14 * DAY);
    expect(await bot.scheduler.poll()).toMatchObject({ sent: 1 });
    bot.adapter.activeQueue.splice(0);
    const lasting = texts(await say(bot.adapter, 'no better'));
    expect(lasting).toMatch(/still there two weeks on should be checked by a doctor/);
    expect(lasting).toMatch(/Symptom check summary/);
  });

  it('takes free text: “check on me next Monday”, “in 10 days”; and asks again for a time out of range', async () => {
    const bot = checkInBot();
    await selfCareCheck(bot.adapter);
    expect(texts(await say(bot.adapter, 'in 3 months'))).toMatch(/from tomorrow up to eight weeks/);
    expect(texts(await say(bot.adapter, 'check on me next Monday'))).toMatch(/on Monday 4 May/);
    expect(texts(await say(bot.adapter, 'actually check in with me in 10 days'))).toMatch(
      /in 10 days, on Monday 11 May/,
    );
    // One check-in per conversation: the later plan replaced the earlier.
    expect(await bot.store.size()).toBe(1);
  });

  it('“no thanks” plans nothing; a check-in can still be asked for later', async () => {
    const bot = checkInBot();
    await selfCareCheck(bot.adapter);
    expect(texts(await say(bot.adapter, 'no thanks'))).toMatch(/OK, no check-in/);
    expect(await bot.store.size()).toBe(0);
    expect(texts(await say(bot.adapter, 'can you check in with me in a week?'))).toMatch(/in 1 week/);
    expect(await bot.store.size()).toBe(1);
  });

  it('“stop check-ins” cancels it, and “what do you know about me” lists it until then', async () => {
    const bot = checkInBot();
    await selfCareCheck(bot.adapter);
    await say(bot.adapter, 'In 1 week');
    expect(texts(await say(bot.adapter, 'what do you know about me'))).toMatch(/A check-in planned for Friday 8 May/);
    expect(texts(await say(bot.adapter, 'stop check-ins'))).toMatch(/cancelled your check-in/);
    expect(await bot.store.size()).toBe(0);
    expect(texts(await say(bot.adapter, 'what do you know about me'))).not.toMatch(/check-in/);
    bot.clock.advance(8 * DAY);
    expect(await bot.scheduler.poll()).toMatchObject({ sent: 0 });
  });

  it('in the middle of a symptom check, “stop check-ins” cancels it and the check goes on; “check in with me” waits for the result', async () => {
    const bot = checkInBot();
    await selfCareCheck(bot.adapter);
    await say(bot.adapter, 'In 1 week');
    expect(texts(await say(bot.adapter, 'my hands are tingling'))).toMatch(/Anything to add or correct/);
    const stopped = texts(await say(bot.adapter, 'stop check-ins'));
    expect(stopped).toMatch(/cancelled your check-in[\s\S]*Anything to add or correct/);
    expect(await bot.store.size()).toBe(0);
    const asked = texts(await say(bot.adapter, 'check in with me in 10 days'));
    expect(asked).toMatch(/Let’s finish this symptom check first[\s\S]*Anything to add or correct/);
    expect(await bot.store.size()).toBe(0);
  });

  it('“forget me” deletes it', async () => {
    const bot = checkInBot();
    await selfCareCheck(bot.adapter);
    await say(bot.adapter, 'In 1 week');
    await say(bot.adapter, 'forget me');
    expect(await bot.store.size()).toBe(0);
  });

  it('waits while the conversation is in the middle of a symptom check, and comes once it ends', async () => {
    const bot = checkInBot();
    await selfCareCheck(bot.adapter);
    await say(bot.adapter, 'In 1 week');
    bot.clock.advance(7 * DAY);
    await say(bot.adapter, 'my hands are tingling');
    expect(await bot.scheduler.poll()).toMatchObject({ sent: 0, waiting: 1 });
    expect(bot.adapter.activeQueue).toHaveLength(0);
    await say(bot.adapter, 'cancel');
    bot.clock.advance(5 * 60_000);
    expect(await bot.scheduler.poll()).toMatchObject({ sent: 1 });
    expect(texts(bot.adapter.activeQueue.splice(0))).toMatch(/Checking in/);
  });

  it('is not offered where the bot cannot speak first, nor after a result that says see a doctor today', async () => {
    const bot = checkInBot();
    bot.scheduler.reachable = () => false;
    expect(await selfCareCheck(bot.adapter)).not.toMatch(/check in/i);
    const urgent = checkInBot();
    let reply = '';
    for (const m of ['my calf keeps jumping', 'that’s all', 'none', 'An irregular, racing or skipping heartbeat'])
      reply = texts(await say(urgent.adapter, m));
    for (let i = 0; i < 8 && !/Your result/.test(reply); i++) reply = texts(await say(urgent.adapter, 'skip'));
    expect(reply).toMatch(/Your result: please see a doctor today/);
    expect(reply).not.toMatch(/Shall I check in/);
    expect(texts(await say(urgent.adapter, 'check in with me in a week'))).toMatch(/please see a doctor first/);
    expect(await urgent.store.size()).toBe(0);
  });
});

describe('a check-in the channel fails to deliver', () => {
  it('is retried with a doubling delay, then given up and logged', async () => {
    let calls = 0;
    const bot = checkInBot({
      channel: {
        continue: async () => {
          calls++;
          throw Object.assign(new Error('Service Unavailable'), { statusCode: 503 });
        },
      },
    });
    await selfCareCheck(bot.adapter);
    await say(bot.adapter, 'In 3 days');
    bot.clock.advance(3 * DAY);
    expect(await bot.scheduler.poll()).toMatchObject({ retried: 1 });
    // Not before the backoff: 1 minute, then 2, 4, 8.
    expect(await bot.scheduler.poll()).toMatchObject({ retried: 0 });
    for (const minutes of [1, 2, 4]) {
      bot.clock.advance(minutes * 60_000);
      expect(await bot.scheduler.poll()).toMatchObject({ retried: 1 });
    }
    bot.clock.advance(8 * 60_000);
    expect(await bot.scheduler.poll()).toMatchObject({ dropped: 1 });
    expect(calls).toBe(5);
    expect(await bot.store.size()).toBe(0);
    expect((await bot.insightsStore.snapshot(bot.clock.now())).counts['checkIn|gaveUp']).toBe(1);
  });

  it('is dropped at once when the conversation can no longer be reached (Teams 403, a lost local chat)', async () => {
    for (const error of [
      Object.assign(new Error('Forbidden'), { statusCode: 403 }),
      new ConversationGoneError('gone'),
    ]) {
      const bot = checkInBot({
        channel: {
          continue: async () => {
            throw error;
          },
        },
      });
      await selfCareCheck(bot.adapter);
      await say(bot.adapter, 'In 3 days');
      bot.clock.advance(3 * DAY);
      expect(await bot.scheduler.poll()).toMatchObject({ dropped: 1 });
      expect(await bot.store.size()).toBe(0);
    }
  });
});

describe('self-care reminders at a check-in', () => {
  it('keep to the diet the symptom check was told', async () => {
    const { stillTheSame } = await import('../../dialogs/checkins/checkInReplies');
    const bot = checkInBot();
    const vegan = stillTheSame(
      bot.kb,
      bot.deps.engine,
      { symptoms: ['cramps', 'weakness', 'constipation'], factors: { diet: 'vegan' }, triage: [] },
      false,
    );
    const said = JSON.stringify(vegan.blocks);
    expect(said).toMatch(/Foods with/);
    expect(said).not.toMatch(/clams|beef|liver|mussels|salmon|yogurt|cheese/i);
    expect(said).toMatch(/Foods with vitamin B12: [^"]*fortified/);
  });
});
