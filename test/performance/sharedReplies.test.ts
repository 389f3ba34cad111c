import { MemoryStorage, TestAdapter, type Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../dialogs/answers/answerQuestion';
import { createBot } from '../../dialogs/createBot';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase, recognizeQuestion } from '../support/knowledge';

function teamsAdapter(conversation: string, storage = new MemoryStorage()) {
  const { bot } = createBot(knowledgeBase(), storage);
  return new TestAdapter(async (context) => bot.run(context), {
    channelId: 'msteams',
    conversation: { id: conversation, conversationType: 'personal' },
  } as Partial<Activity> as never);
}

async function ask(adapter: TestAdapter, text: string): Promise<Partial<Activity>[]> {
  adapter.activeQueue.splice(0);
  await adapter.receiveActivity(text);
  return adapter.activeQueue.splice(0);
}

describe('answers built from the knowledge base are built once and shared', () => {
  const kb = knowledgeBase();
  const recognizer = new Recognizer(kb);
  const answer = (text: string) => answerQuestion(kb, recognizeQuestion(recognizer, text)).reply;

  it('gives the same frozen reply for the same question, and a different one for a different question', () => {
    const a = answer('what foods have potassium?');
    expect(answer('which foods are rich in potassium')).toBe(a);
    expect(Object.isFrozen(a) && Object.isFrozen(a.blocks[0])).toBe(true);
    expect(answer('vegan potassium foods')).not.toBe(a);
    expect(answer('how much potassium is in a banana')).not.toBe(answer('how much potassium is in milk'));
    expect(() => a.suggestions.push('changed')).toThrow(TypeError);
  });

  it('does not share a reply that carries a note about this message', () => {
    const reply = answer('what foods have potassium and protein?');
    expect(Object.isFrozen(reply)).toBe(false);
    expect(reply.blocks.some((b) => b.type === 'note' && /protein/.test(b.text))).toBe(true);
  });

  it('renders a shared reply once per channel: later conversations get the same card, the first reply still gets the disclaimer', async () => {
    const first = await ask(teamsAdapter('t-1'), 'what foods have potassium?');
    const one = teamsAdapter('t-2');
    await ask(one, 'hello');
    await ask(one, 'what does magnesium do?'); // shows the disclaimer
    const later = await ask(one, 'what foods have potassium?');
    const another = teamsAdapter('t-3');
    await ask(another, 'what does calcium do?');
    const again = await ask(another, 'what foods have potassium?');

    const card = (replies: Partial<Activity>[]) => replies.find((r) => r.attachments?.length)!.attachments![0]!;
    expect(JSON.stringify(first)).toMatch(/not a substitute|general information/i);
    expect(JSON.stringify(later)).not.toMatch(/not a substitute/i);
    expect(card(again)).toBe(card(later));
    expect(Object.isFrozen(card(later))).toBe(true);
    expect(card(first)).not.toBe(card(later));
  });
});
