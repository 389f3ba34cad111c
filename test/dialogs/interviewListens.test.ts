/** The interview listens: warnings first in any answer, questions answered and the step asked again, facts used. */
import { describe, expect, it } from 'vitest';
import { say, testBot, texts } from '../support/testBot';

const send = async (adapter: ReturnType<typeof testBot>['adapter'], text: string) => texts(await say(adapter, text));

describe('an interview that listens', () => {
  it('a sign told in the opening is left out of the safety list, and "None of these" never lowers the level', async () => {
    const { adapter } = testBot();
    expect(await send(adapter, 'my calf keeps twitching and my heart is skipping beats')).toMatch(
      /Please see a doctor today/,
    );
    await send(adapter, 'that’s all');
    const later = await send(adapter, 'none of these');
    expect(later).toMatch(/You told me about an irregular, racing or skipping heartbeat/);
    expect(later).not.toMatch(/• An irregular, racing or skipping heartbeat/);
    let reply = await send(adapter, 'none of these');
    for (let i = 0; i < 8 && !/Your result/.test(reply); i++) reply = await send(adapter, 'skip');
    expect(reply).toMatch(/Your result: please see a doctor today/);
  });

  it('an emergency in any answer ends the interview with the emergency advice', async () => {
    const { adapter } = testBot();
    await send(adapter, 'my legs cramp a lot');
    await send(adapter, 'that’s all');
    await send(adapter, 'none');
    const reply = await send(adapter, 'actually my chest hurts now');
    expect(reply).toMatch(/This needs urgent medical care now/);
    expect(reply).toMatch(/stopped the symptom check/);
    expect(await send(adapter, 'hello')).not.toMatch(/And any of these|symptoms ✓/);
  });

  it('a cause named at the symptoms step is noted and said back, unless the message denies something', async () => {
    const { adapter } = testBot();
    await send(adapter, 'my eyelid keeps twitching');
    const reply = await send(adapter, 'Stress');
    expect(reply).toMatch(/Thanks, I’ve noted that/);
    expect(reply).toMatch(/You mentioned stress: /);
    expect(reply).toMatch(/Anything to add or correct\?/);
    expect(reply).not.toMatch(/Is there anything else, or should I remove something/);

    const { adapter: other } = testBot();
    await send(other, 'my eyelid keeps twitching');
    const denied = await send(other, 'I’m not stressed at all');
    expect(denied).not.toMatch(/You mentioned stress/);
  });

  it('answers a question mid-interview, then asks the same step again without counting a miss', async () => {
    const { adapter } = testBot();
    await send(adapter, 'my eyelid keeps twitching');
    const reply = await send(adapter, 'can coffee cause twitching?');
    expect(reply).not.toMatch(/So far I have: muscle twitching and/);
    expect(reply).toMatch(/back to your symptom check/);
    expect(reply).toMatch(/So far I have: muscle twitching\./);
  });

  it('keeps the facts a mid-interview question carries, answers it, and never asks for them again', async () => {
    const { adapter } = testBot();
    await send(adapter, 'my calf keeps cramping at night');
    await send(adapter, 'that’s all');
    const reply = await send(adapter, 'I’ve had it for 3 weeks, could it be my omeprazole?');
    // The question is answered, and what it told is said at once.
    expect(reply).toMatch(/Proton pump inhibitors/);
    expect(reply).toMatch(/symptoms for more than two weeks/);
    expect(reply).toMatch(/a medicine that can lower one of these nutrients/);
    let next = await send(adapter, 'none of these');
    const asked: string[] = [next];
    for (let i = 0; i < 12 && !/Your result/.test(next); i++) asked.push((next = await send(adapter, 'skip')));
    expect(asked.join('\n')).not.toMatch(/How long has this been going on|Do you take any of these regularly/);
    expect(next).toMatch(/Your result/);
  });

  it('uses facts given in passing instead of asking again', async () => {
    const { adapter } = testBot();
    const opening = await send(adapter, 'I take metformin and my feet tingle, for about 3 months now');
    expect(opening).toMatch(/Please see a doctor in the next few days/);
    let reply = await send(adapter, 'that’s all');
    const asked: string[] = [reply];
    for (let i = 0; i < 10 && !/Your result/.test(reply); i++) asked.push((reply = await send(adapter, 'none')));
    expect(asked.join('\n')).not.toMatch(/Do you take any of these regularly|How long has this been going on/);
    expect(reply).toMatch(/ask your prescriber or pharmacist/);
  });

  it('says at once when a fact told mid-interview needs a doctor, once, instead of a bare "noted"', async () => {
    const { adapter } = testBot();
    await send(adapter, 'i keep getting cramps in my legs at night');
    const told = await send(adapter, 'i’m 24 weeks pregnant');
    expect(told).toMatch(/Please see a doctor in the next few days/);
    expect(told).toMatch(/Because of pregnancy/i);
    expect(told).not.toMatch(/Thanks, I’ve noted that/);
    expect(told).toMatch(/So far I have: muscle cramps/);
    // Told again: nothing new, so no second warning.
    expect(await send(adapter, 'yes i’m pregnant')).not.toMatch(/Please see a doctor in the next few days/);
  });

  it('takes the symptoms from a message that also asks something, while symptoms are collected', async () => {
    const { adapter } = testBot();
    await send(adapter, 'check my symptoms');
    const reply = await send(adapter, 'my legs cramp at night and wake me, is it a magnesium thing?');
    expect(reply).toMatch(/So far I have: muscle cramps/);
    // A question about a symptom already told is a question: answered, then the step again.
    const asked = await send(adapter, 'does potassium help cramps?');
    expect(asked).toMatch(/back to your symptom check/);
  });

  it('a child changes the advice to a paediatrician', async () => {
    const { adapter } = testBot();
    const reply = await send(adapter, 'my 8 year old has leg cramps at night');
    expect(reply).toMatch(/paediatrician/);
    expect(reply).toMatch(/Please see a doctor in the next few days/);
  });

  it('"summary" mid-interview says what it will hold and that it comes at the end', async () => {
    const { adapter } = testBot();
    await send(adapter, 'my calves cramp');
    expect(await send(adapter, 'summary')).toMatch(/comes at the end/);
  });
});

describe('conversation basics in the middle of the interview', () => {
  it('answers "are you a doctor?" and "talk to a human", then asks the same step again', async () => {
    const { adapter } = testBot();
    await send(adapter, 'my calves cramp every day');
    const doctor = await send(adapter, 'are you a doctor?');
    expect(doctor).toMatch(/not a doctor|bot/i);
    expect(doctor).toMatch(/So far I have: muscle cramps/);
    const human = await send(adapter, 'can I talk to a real person');
    expect(human).toMatch(/So far I have: muscle cramps/);
  });

  it('"repeat that" asks the pending question again, and goodbye ends the check', async () => {
    const { adapter } = testBot();
    await send(adapter, 'my eyelid twitches');
    expect(await send(adapter, 'can you repeat that')).toMatch(/question again[\s\S]*So far I have: muscle twitching/);
    expect(await send(adapter, 'bye')).not.toMatch(/So far I have/);
    expect(await send(adapter, 'what foods have potassium')).toMatch(/potassium/i);
  });
});

describe('short answers are answers first', () => {
  it('"ok" answers "how have your stress and sleep been" instead of being taken as thanks', async () => {
    const { adapter } = testBot();
    // How long and the medicines told up front, so the ranking's questions come next.
    await send(adapter, 'my eyelid keeps twitching, on no medicines, for a few weeks');
    await send(adapter, 'that’s all');
    await send(adapter, 'none');
    let reply = await send(adapter, 'none');
    for (let i = 0; i < 8 && !/How have your stress and sleep been lately/.test(reply); i++)
      reply = await send(adapter, 'skip');
    expect(reply).toMatch(/How have your stress and sleep been lately/);
    const next = await send(adapter, 'ok');
    expect(next).not.toMatch(/You’re welcome/);
    expect(next).not.toMatch(/How have your stress and sleep been lately/);
  });
});

describe('warning signs outlive the check (the conversation’s level only goes up)', () => {
  /** Answers the check's remaining questions with "skip" until its result. */
  const toResult = async (adapter: ReturnType<typeof testBot>['adapter']) => {
    let reply = '';
    for (let i = 0; i < 10 && !/Your result/.test(reply); i++) reply = await send(adapter, 'skip');
    return reply;
  };
  const NIGHT = /Please see a doctor in the next few days\*\*\s+Because of frequent cramps that disturb your sleep:/;

  it('a sign the check itself noted (cramps at night) counts in the next check', async () => {
    const { adapter } = testBot();
    // Night cramps are the check's own finding, not a warning the bot answered: only the check remembers them.
    expect(await send(adapter, 'my legs cramp at night')).toMatch(NIGHT);
    await send(adapter, 'that’s all');
    await send(adapter, 'none');
    await send(adapter, 'none');
    expect(await toResult(adapter)).toMatch(/Your result: please see a doctor in the next few days/);
    expect(await send(adapter, 'check my symptoms')).toMatch(NIGHT);
  });

  it('a sign told before "start again" keeps its level in the restarted check and the next one', async () => {
    const { adapter } = testBot();
    await send(adapter, 'my calf keeps twitching and my heart is skipping beats');
    await send(adapter, 'start again');
    await send(adapter, 'my legs cramp');
    await send(adapter, 'that’s all');
    await send(adapter, 'none');
    await send(adapter, 'none');
    // "None of these" in the restarted check never lowers the level the heartbeat raised.
    const result = await toResult(adapter);
    expect(result).not.toMatch(/self-care is reasonable/);
    expect(result).toMatch(/Please see a doctor today/);
    expect(await send(adapter, 'check my symptoms')).toMatch(
      /Please see a doctor today\*\*\s+Because of an irregular, racing or skipping heartbeat:/,
    );
  });

  it('a check with no warning sign leaves the next one with none', async () => {
    const { adapter } = testBot();
    await send(adapter, 'my legs cramp a lot');
    await send(adapter, 'that’s all');
    await send(adapter, 'none');
    await send(adapter, 'none');
    expect(await toResult(adapter)).toMatch(/Your result: self-care is reasonable for now/);
    const next = await send(adapter, 'check my symptoms');
    expect(next).toMatch(/^What are you noticing\?/);
    expect(next).not.toMatch(/doctor|Because of/);
  });

  it('a warning answered in the opening message is not said again as the check begins', async () => {
    const { adapter } = testBot();
    const reply = await send(adapter, 'my legs cramp and my calf is red and swollen');
    expect(reply.match(/Please see a doctor today/g)).toHaveLength(1);
    expect(reply).toMatch(/You mentioned a calf or leg that is red/);
    expect(reply).not.toMatch(/Because of/);
    expect(reply).toMatch(/So far I have: muscle cramps/);
  });
});

describe('warning advice stands on its own', () => {
  it('is not followed by "outside what I know" when the rest of the message is not understood', async () => {
    const { adapter } = testBot();
    const reply = await send(adapter, 'my hand locked up like a claw and wont open');
    expect(reply).toMatch(/This needs urgent medical care now/);
    expect(reply).not.toMatch(/outside what I know/);
  });
});
