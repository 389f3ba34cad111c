import { describe, expect, it } from 'vitest';
import { say, testBot, texts } from '../support/testBot';

const OUT_OF_SCOPE = /outside what I know/;
/** Words of the bot's insides that a person should never read. */
const INTERNAL = /\b(intent|aboutBot|handoff|capabilities|outOfScope|source document)\b/;

describe('conversation basics', () => {
  it('says what it can do, and what it cannot', async () => {
    const { adapter } = testBot();
    const text = texts(await say(adapter, 'what can you do?'));
    expect(text).toMatch(/What I can do/);
    expect(text).toMatch(/what foods have potassium/i);
    expect(text).toMatch(/can’t examine you, diagnose/);
    expect(text).not.toMatch(INTERNAL);
  });

  it.each(['are you a doctor?', 'are you a bot', 'am I talking to a real person?', 'are you an AI'])(
    '"%s": an honest answer, a chatbot and not a clinician',
    async (message) => {
      const { adapter } = testBot();
      const text = texts(await say(adapter, message));
      expect(text).toMatch(/chatbot/);
      expect(text).toMatch(/not a doctor, nurse or any other person/);
      expect(text).not.toMatch(OUT_OF_SCOPE);
    },
  );

  it.each(['I want to talk to a real person', 'talk to a human', 'can I speak to a nurse please'])(
    '"%s": cannot transfer, says who to contact, emergency number included',
    async (message) => {
      const { adapter } = testBot();
      const text = texts(await say(adapter, message));
      expect(text).toMatch(/can’t pass you to a person/);
      expect(text).toMatch(/doctor/);
      expect(text).toMatch(/pharmacist/);
      expect(text).toMatch(/emergency number/);
      expect(text).not.toMatch(OUT_OF_SCOPE);
      expect(text).not.toMatch(INTERNAL);
    },
  );

  it('names the configured HANDOFF_CONTACT only when one is configured', async () => {
    const contact = 'Occupational health nurse line: 0800 555 0100 (weekdays 8–6)';
    const configured = testBot('test', undefined, undefined, { handoffContact: contact });
    expect(texts(await say(configured.adapter, 'I want to talk to a real person'))).toContain(contact);
    const plain = testBot();
    expect(texts(await say(plain.adapter, 'I want to talk to a real person'))).not.toMatch(/Occupational health/);
  });

  it('thanks: you are welcome', async () => {
    const { adapter } = testBot();
    expect(texts(await say(adapter, 'thank you so much'))).toMatch(/You’re welcome/);
  });

  it('goodbye is a friendly goodbye, not “stopped”', async () => {
    const { adapter } = testBot();
    const text = texts(await say(adapter, 'ok thanks, bye!'));
    expect(text).toMatch(/Goodbye/);
    expect(text).not.toMatch(/stopped/i);
  });

  it('goodbye during the symptom check ends it', async () => {
    const { adapter } = testBot();
    expect(texts(await say(adapter, 'check my symptoms'))).toMatch(/What are you noticing/);
    expect(texts(await say(adapter, 'bye'))).toMatch(/Goodbye/);
    // The check is over: a question is answered as a question, with no return to the check.
    const next = texts(await say(adapter, 'what foods have magnesium?'));
    expect(next).toMatch(/Magnesium: best food sources/);
    expect(next).not.toMatch(/back to your symptom check/);
  });
});

describe('say that again', () => {
  it.each(['can you repeat that?', 'say that again', 'what did you say?'])(
    '"%s" re-sends the previous answer',
    async (message) => {
      const { adapter } = testBot();
      const first = await say(adapter, 'how much potassium in a banana?');
      expect(texts(first)).toMatch(/Potassium in/i);
      const again = await say(adapter, message);
      expect(texts(again)).not.toMatch(OUT_OF_SCOPE);
      // The same answer (the disclaimer goes with the first health answer only).
      expect(again.at(-1)?.attachments).toEqual(first.at(-1)?.attachments);
      expect(texts(again)).toContain(texts(first).split('\n')[0]!);
    },
  );

  it('repeats the answer, not the message: a follow-up is repeated as answered', async () => {
    const { adapter } = testBot();
    await say(adapter, 'what does magnesium do for my muscles?');
    expect(texts(await say(adapter, 'and calcium?'))).toMatch(/Calcium and your muscles/);
    expect(texts(await say(adapter, 'repeat that please'))).toMatch(/Calcium and your muscles/);
  });

  it('repeats small talk and help too', async () => {
    const { adapter } = testBot();
    await say(adapter, 'help');
    expect(texts(await say(adapter, 'say that again'))).toMatch(/What I can do/);
  });

  it('with nothing said yet, says so', async () => {
    const { adapter } = testBot();
    const text = texts(await say(adapter, 'can you repeat that?'));
    expect(text).toMatch(/haven’t said anything yet/);
    expect(text).not.toMatch(OUT_OF_SCOPE);
  });

  it('keeps only a few ids in the conversation state, not the reply', async () => {
    const { adapter, deps } = testBot();
    await say(adapter, 'foods with magnesiam');
    let kept: unknown;
    await adapter.receiveActivity('what foods have potassium');
    // Read the state through a turn of its own.
    await new Promise<void>((resolve) => {
      void adapter.processActivity({ type: 'event', name: 'peek' } as never, async (context) => {
        kept = (await deps.state.memory.get(context, {})).replay;
        resolve();
      });
    });
    expect(kept).toMatchObject({ intent: 'foodsForNutrient', nutrients: ['potassium'] });
    expect(JSON.stringify(kept).length).toBeLessThan(400);
  });
});
