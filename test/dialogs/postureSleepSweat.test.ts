/**
 * Lifestyle causes of the dev13 round: posture at a desk or screen, late nights as poor sleep, and heavy
 * sweating told in everyday words during the symptom check.
 */
import { describe, expect, it } from 'vitest';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';
import { lastReply, say, testBot, texts } from '../support/testBot';

const kb = knowledgeBase();
const recognizer = new Recognizer(kb);

describe('posture, late nights and sweating by their everyday names', () => {
  it.each([
    ['my neck and shoulder muscles twitch, i sit hunched at a laptop like 10 hrs a day', 'posture'],
    ['could my new desk setup cause neck twitching? monitor is really low', 'posture'],
    ['does bad posture cause muscle twitching?', 'posture'],
    ['gaming till 3am every night + red bull, my eyelid is so twitchy', 'poor-sleep'],
    ['staying up late every night and my eye twitches', 'poor-sleep'],
    ['i do a lot of running and sweat loads', 'endurance-sweating'],
  ])('"%s" names %s', (message, factor) => {
    expect(recognizer.recognize(message).lifestyleFactors).toContain(factor);
  });

  it('does not read someone slumped in a chair as posture', () => {
    expect(recognizer.recognize('my dad just slumped in his chair').lifestyleFactors).not.toContain('posture');
  });
});

describe('what the bot says about them', () => {
  it('answers a question about a desk setup with what posture does and what helps, from its source', async () => {
    const reply = await lastReply('could my new desk setup cause neck twitching? monitor is really low');
    const posture = kb.data.guidance.lifestyleFactors.find((f) => f.id === 'posture')!;
    expect(posture.howItContributes.source).toBe('MEDLINEPLUS_NECK_PAIN');
    expect(reply).toContain(posture.howItContributes.text);
    expect(reply).toMatch(/screen at eye level/);
    expect(reply).not.toMatch(/don’t list that as a cause/);
  });

  it('names sleep and caffeine when both are told with a twitch', async () => {
    const reply = await lastReply('gaming till 3am every night + red bull, my eyelid is so twitchy');
    expect(reply).toMatch(/You mentioned poor sleep/);
    expect(reply).toMatch(/You mentioned caffeine/);
  });

  it('takes heavy sweating told during the check into account, with fluids', async () => {
    const { adapter } = testBot();
    await say(adapter, 'why do I get leg cramps at night');
    const reply = texts(await say(adapter, 'i do a lot of running and sweat loads'));
    expect(reply).toMatch(/You mentioned heavy sweating/);
    expect(reply).toMatch(/fluid/);
  });
});
