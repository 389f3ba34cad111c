/** "Should I just stop taking it?" after a medicine's effect on the nutrients: never on your own. */
import { describe, expect, it } from 'vitest';
import { stoppingMedicine } from '../../dialogs/answers/medicineAnswers';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';
import { say, testBot, texts } from '../support/testBot';

const recognizer = new Recognizer(knowledgeBase());

async function conversation(...messages: string[]): Promise<string> {
  const { adapter } = testBot();
  let reply = '';
  for (const m of messages) reply = texts(await say(adapter, m));
  return reply;
}

describe('stopping the medicine just talked about', () => {
  it.each(['should i just stop taking it then?', 'can i come off them?', 'so should i stop it'])(
    '"%s" after a medicine answer is still about the medicine',
    (text) => {
      expect(recognizer.recognize(text, { previousIntent: 'medicine' }).intent).toBe('medicine');
      expect(recognizer.recognize(text).intent).not.toBe('medicine');
    },
  );

  it('says not to stop on your own, and to ask the prescriber or pharmacist', async () => {
    const reply = await conversation('does nexium affect any of these nutrients', 'should i just stop taking it then?');
    expect(reply).toContain(stoppingMedicine().title!);
    expect(reply).toMatch(/don’t stop or change a prescribed medicine on your own/);
    expect(reply).toMatch(/prescriber or pharmacist/);
  });
});
