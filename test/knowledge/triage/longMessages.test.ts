import { describe, expect, it } from 'vitest';
import { CONTEXT_CHARS, nearMatch, toldAsCurrent } from '../../../knowledge/triage/warningScreen';
import { knowledgeBase } from '../../support/knowledge';

const kb = knowledgeBase();
const ids = (text: string) => kb.screenRedFlags(text).map((w) => w.id);
/** Filler that tells nothing: words of a long, ordinary message. */
const filler = (chars: number) =>
  'we went to the shops and then had lunch with my aunt. '.repeat(Math.ceil(chars / 54));

describe('the part of a message a match is read in', () => {
  it('is the whole message when it is short either side of the match', () => {
    const text = `${'a'.repeat(CONTEXT_CHARS - 1)} chest pain ${'b'.repeat(CONTEXT_CHARS - 1)}`;
    const start = CONTEXT_CHARS;
    expect(nearMatch(text, start, start + 10)).toEqual([text, start, start + 10, 0]);
  });

  it('is CONTEXT_CHARS either side of a match in a long message, starting at a word', () => {
    const before = filler(3 * CONTEXT_CHARS);
    const text = `${before}chest pain${filler(3 * CONTEXT_CHARS)}`;
    const start = before.length;
    const [part, at, to, from] = nearMatch(text, start, start + 10);
    expect(part.slice(at, to)).toBe('chest pain');
    expect(text.slice(from, from + part.length)).toBe(part);
    expect(at).toBeLessThanOrEqual(CONTEXT_CHARS);
    expect(at).toBeGreaterThan(CONTEXT_CHARS - 20);
    expect(part.length - to).toBe(CONTEXT_CHARS);
    // It starts at a word: the character before it is a space.
    expect(text[from - 1]).toBe(' ');
  });

  it('starts at the match when the match follows one long word', () => {
    const text = `${'x'.repeat(3 * CONTEXT_CHARS)}chest pain`;
    const start = 3 * CONTEXT_CHARS;
    const [part, at] = nearMatch(text, start, start + 10);
    expect(at).toBe(0);
    expect(part).toBe('chest pain');
  });
});

describe('red flags in long messages', () => {
  it('are caught anywhere in the part that is read', () => {
    expect(ids(`${filler(5_000)}and now i have crushing chest pain`)).toContain('chest-pain');
    expect(ids(`i have crushing chest pain. ${filler(5_000)}`)).toContain('chest-pain');
  });

  it('are still denied by the words right before them', () => {
    expect(ids(`${filler(5_000)}no chest pain, no palpitations`)).not.toContain('chest-pain');
  });

  it('are still explained away by what follows them', () => {
    const told = `${filler(2_000)}i had chest pain years ago and it was heartburn. ${filler(2_000)}`;
    expect(ids(told)).not.toContain('chest-pain');
  });

  it('read blood results with their units near the end of a long message', () => {
    const found = kb.screenRedFlags(`${filler(5_000)}my potassium came back 2.4 mmol/L today`);
    expect(found.map((w) => w.id)).toContain('lab-potassium-low');
  });

  it('read at most a dozen results of one test, the first ones', () => {
    const found = kb.screenRedFlags('my magnesium was 1.1 mg/dL, '.repeat(300)).map((w) => w.id);
    const magnesium = found.filter((id) => id === 'lab-magnesium-low');
    expect(magnesium.length).toBeGreaterThan(0);
    expect(magnesium.length).toBeLessThanOrEqual(12);
  });

  it('tell a symptom as current from its own sentence, however long the message', () => {
    const text = `${filler(3_000)}i had a seizure years ago. ${filler(3_000)}`.toLowerCase();
    const start = text.indexOf('seizure');
    expect(toldAsCurrent(text, start, start + 'seizure'.length)).toBe(false);
    const now = `${filler(3_000)}my son is having a seizure right now. ${filler(3_000)}`.toLowerCase();
    const at = now.indexOf('seizure');
    expect(toldAsCurrent(now, at, at + 'seizure'.length)).toBe(true);
  });
});
