import { describe, expect, it } from 'vitest';
import { scrubText } from '../../src/insights/scrub';
import { knowledgeBase } from '../support/knowledge';

const scrub = (text: string) => scrubText(text, (w) => knowledgeBase().isKnownWord(w));

describe('scrubbing a low-confidence question', () => {
  it('replaces e-mail addresses, links, numbers and phone numbers', () => {
    expect(scrub('mail me at jo.smith+bot@example.co.uk or see https://x.example/a?b=1')).toBe(
      'mail me at [email] or see [link]',
    );
    expect(scrub('I take 400 mg, call +44 (0)20 7946 0958 or 555-0100 tomorrow')).toBe(
      'I take [number] mg, call [number] or [number] tomorrow',
    );
  });

  it('replaces names: words it does not know, and known words capitalised mid-sentence', () => {
    expect(scrub('my wife Sarah and my friend Mark get cramps')).toBe('my wife [name] and my friend [name] get cramps');
    expect(scrub('Dr Okonkwo said magnesium')).toBe('[name] [name] said magnesium');
    expect(scrub('Magnesium for zyxwv? I think so')).toBe('Magnesium for [name]? I think so');
  });

  it('keeps ordinary words, the bot’s own words and contractions, and bounds the length', () => {
    expect(scrub("I don't know if spinach has potassium")).toBe("I don't know if spinach has potassium");
    expect(scrub('calf '.repeat(200)).length).toBeLessThanOrEqual(300);
  });
});
