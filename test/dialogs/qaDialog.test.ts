import { describe, expect, it } from 'vitest';
import { joinActivity, say, suggestions, testBot, texts } from '../support/testBot';

describe('welcome', () => {
  it('welcomes a person who joins with who the bot is, three things to try and the not-medical-advice line', async () => {
    const { adapter } = testBot();
    await adapter.send(joinActivity()).assertReply((a) => {
      expect(a.text).toMatch(/NutriBot/);
      expect(a.text).toMatch(/not a substitute|not medical advice|general information/i);
      expect(suggestions(a)).toHaveLength(3);
      expect(suggestions(a)).toContain('Check my symptoms');
    });
  });

  it('does not greet the bot itself when it is added', async () => {
    const { adapter } = testBot();
    const replies = await (async () => {
      adapter.activeQueue.splice(0);
      await adapter.processActivity({
        type: 'conversationUpdate',
        membersAdded: [{ id: 'bot', name: 'Bot' }],
        recipient: { id: 'bot', name: 'Bot' },
      });
      return adapter.activeQueue.splice(0);
    })();
    expect(replies).toHaveLength(0);
  });
});

describe('questions and answers', () => {
  it('answers foods for potassium with a ranked list, the document foods, suggestions and the disclaimer once', async () => {
    const { adapter } = testBot();
    const replies = await say(adapter, 'what foods have potassium?');
    const text = texts(replies);
    expect(text).toMatch(/Potassium: best food sources/);
    expect(text).toMatch(/\d+ mg · \d+% DV/);
    for (const food of ['bananas', 'sweet potatoes', 'spinach', 'avocado', 'beans'])
      expect(text.toLowerCase()).toContain(food);
    expect(text).toMatch(/general information/i);
    expect(suggestions(replies.at(-1))).toContain('Check my symptoms');

    const second = texts(await say(adapter, 'what foods have magnesium'));
    expect(second).toMatch(/Magnesium: best food sources/);
    expect(second).not.toMatch(/general information/i);
  });

  it('continues the previous question kind on a short follow-up', async () => {
    const { adapter } = testBot();
    await say(adapter, 'what does magnesium do for my muscles?');
    expect(texts(await say(adapter, 'and calcium?'))).toMatch(/Calcium and your muscles/);
  });

  it('keeps the food of a previous amount question for "and calcium?"', async () => {
    const { adapter } = testBot();
    expect(texts(await say(adapter, 'how much potassium in milk'))).toMatch(/Potassium in milk/i);
    expect(texts(await say(adapter, 'and calcium?'))).toMatch(/Calcium in milk/i);
  });

  it('answers what a food provides and how much of a nutrient it has', async () => {
    const { adapter } = testBot();
    expect(texts(await say(adapter, 'what nutrients are in lentils?'))).toMatch(/lentil/i);
    const potato = texts(await say(adapter, 'how much potassium does a baked potato have?'));
    expect(potato).toMatch(/potato/i);
    expect(potato).toMatch(/\d+ mg of potassium, \d+% DV/);
  });

  it('says plainly when a nutrient is not one it covers', async () => {
    const { adapter } = testBot();
    const text = texts(await say(adapter, 'how much protein is in chicken'));
    expect(text).toMatch(/don’t have information about protein: it isn’t one of the nutrients I cover/);
    expect(text).toMatch(/magnesium, calcium, potassium, vitamin D and vitamin B12/);
    expect(text).toMatch(/chicken/i);
    // No table of the five nutrients standing in for the one asked about.
    expect(text).not.toMatch(/% DV/);
  });

  it('cautions about potassium and kidney disease with potassium food advice', async () => {
    const { adapter } = testBot();
    expect(texts(await say(adapter, 'what foods have potassium'))).toMatch(/kidney disease/);
  });

  it('gives vegans an honest note about B12', async () => {
    const { adapter } = testBot();
    const text = texts(await say(adapter, 'vegan b12'));
    expect(text).toMatch(/vegan/i);
    expect(text).toMatch(/fortified|supplement/i);
  });

  it('shows the sources of the previous answer on "source?"', async () => {
    const { adapter } = testBot();
    await say(adapter, 'what foods have potassium');
    const text = texts(await say(adapter, 'source?'));
    expect(text).toMatch(/USDA/);
  });

  it('answers large supplement doses with caution and a pointer to a clinician, never an endorsement', async () => {
    const { adapter } = testBot();
    const text = texts(await say(adapter, 'can i take 10000 iu of vitamin d a day?'));
    expect(text).toMatch(/doctor|pharmacist/i);
    expect(text).toMatch(/can’t recommend|cannot recommend/i);
  });

  it('answers red flags first with urgent-care advice', async () => {
    const { adapter } = testBot();
    const replies = await say(adapter, 'I have chest pain and my legs cramp');
    expect(replies[0]?.text).toMatch(/urgent|emergency/i);
    expect(replies[0]?.text).toMatch(/chest pain/i);
  });

  it('answers help, greetings, thanks, out-of-scope and odd input politely', async () => {
    const { adapter } = testBot();
    expect(texts(await say(adapter, 'help'))).toMatch(/What I can do[\s\S]*what you’d like help with\?/);
    expect(texts(await say(adapter, 'hello'))).toMatch(/Hello/);
    expect(texts(await say(adapter, 'thanks'))).toMatch(/welcome/i);
    expect(texts(await say(adapter, 'tell me a joke'))).toMatch(/outside what I know/);
    expect(texts(await say(adapter, '🎉🎉'))).toMatch(/didn’t catch any words/);
    expect(texts(await say(adapter, '¿Qué alimentos tienen potasio?'))).toMatch(/only speak English/);
    expect(texts(await say(adapter, '<script>alert(1)</script>'))).not.toContain('<script>');
    expect(texts(await say(adapter, 'a'.repeat(10_000)))).toMatch(/\w/);
  });

  it('asks which nutrient when the question needs one', async () => {
    const { adapter } = testBot();
    const replies = await say(adapter, 'what foods are rich in it');
    expect(replies[0]?.text).toMatch(/Which nutrient/);
    expect(suggestions(replies[0])).toHaveLength(5);
  });
});

describe('errors and privacy', () => {
  it('apologises in plain words on an error and starts fresh on the next message', async () => {
    const { adapter, deps } = testBot();
    const original = deps.recognizer.recognize.bind(deps.recognizer);
    deps.recognizer.recognize = () => {
      throw new Error('boom');
    };
    expect(texts(await say(adapter, 'what foods have potassium'))).toMatch(/something went wrong/i);
    deps.recognizer.recognize = original;
    expect(texts(await say(adapter, 'what foods have potassium'))).toMatch(/Potassium: best food sources/);
  });

  it('says what it keeps and forgets it on request', async () => {
    const { adapter } = testBot();
    await say(adapter, 'what foods have potassium');
    expect(texts(await say(adapter, 'what do you know about me'))).toMatch(/last question/);
    expect(texts(await say(adapter, 'forget me'))).toMatch(/deleted/);
    expect(texts(await say(adapter, 'what do you know about me'))).toMatch(/Nothing about you/);
  });

  it('says what it keeps about the person (age, pregnancy, medicines) and forgets it with the rest', async () => {
    const { adapter } = testBot();
    await say(adapter, 'I’m 27 and pregnant');
    await say(adapter, 'I take omeprazole');
    const kept = texts(await say(adapter, 'what do you know about me'));
    expect(kept).toMatch(/What you told me about yourself \(pregnant, female, aged 27\)/);
    expect(kept).toMatch(/kinds of medicine you said you take \(1\)/);
    await say(adapter, 'forget me');
    expect(texts(await say(adapter, 'how much potassium do I need'))).not.toMatch(/pregnant/);
  });

  it('says it keeps a diet mentioned, and forgets it', async () => {
    const { adapter } = testBot();
    await say(adapter, 'im vegan btw');
    expect(texts(await say(adapter, 'what do you know about me'))).toMatch(/The diet you mentioned \(vegan\)/);
    await say(adapter, 'forget me');
    expect(texts(await say(adapter, 'what foods have vitamin d'))).toMatch(/trout/i);
  });
});
