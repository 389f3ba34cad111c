import { afterEach, describe, expect, it, vi } from 'vitest';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { WARM_UP_MESSAGES, twoByte } from '../../knowledge/understanding/warmUp';
import { knowledgeBase } from '../support/knowledge';
import { UTTERANCES } from './recognizerUtterances';

afterEach(() => vi.restoreAllMocks());

describe('recogniser warm-up', () => {
  it('uses every cue pattern twice, the second use being the one V8 compiles to machine code', () => {
    const recognizer = new Recognizer(knowledgeBase());
    const uses = new Map<string, number>();
    const test = RegExp.prototype.test;
    vi.spyOn(RegExp.prototype, 'test').mockImplementation(function (this: RegExp, text: string) {
      uses.set(this.source, (uses.get(this.source) ?? 0) + 1);
      return test.call(this, text);
    });
    recognizer.warmUp();
    const cues = knowledgeBase().data.intentCues.intents.flatMap((i) =>
      i.cues.map((c) => new RegExp(c.pattern).source),
    );
    for (const source of cues) expect(uses.get(source) ?? 0, source).toBeGreaterThanOrEqual(2);
    expect(uses.size).toBeGreaterThan(cues.length);
  });

  it('reads its messages in both kinds of string V8 compiles apart (one and two bytes a character)', () => {
    const twoBytes = (s: string) => [...s].some((c) => c.charCodeAt(0) > 0xff);
    for (const message of WARM_UP_MESSAGES) {
      expect(twoBytes(message)).toBe(false);
      expect(twoBytes(twoByte(message))).toBe(true);
    }
  });

  it('runs in small steps, so a server can answer requests in between', () => {
    const steps = [...new Recognizer(knowledgeBase()).warmUpSteps()].length;
    expect(steps).toBeGreaterThanOrEqual(
      2 * (knowledgeBase().data.intentCues.intents.length + WARM_UP_MESSAGES.length),
    );
  });

  it('changes no recognition', () => {
    const cold = new Recognizer(knowledgeBase());
    const warm = new Recognizer(knowledgeBase());
    warm.warmUp();
    for (const u of UTTERANCES) {
      expect(warm.recognize(u.text, { previousIntent: u.previous })).toEqual(
        cold.recognize(u.text, { previousIntent: u.previous }),
      );
    }
  });
});
