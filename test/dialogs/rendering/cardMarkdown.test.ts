/** Card text is markdown: a line that looks like a list item must stay a line of text. */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { escapeCardText } from '../../../dialogs/rendering/adaptiveCard';

// Web Chat renders Adaptive Card markdown with markdown-it, so this is the renderer people see.
const markdown = new MarkdownIt();

describe('Adaptive Card text that starts like a list item', () => {
  it.each(['2. Low vitamin B12: moderate match', '10) Tenth', '- not a bullet', '+ not a bullet either'])(
    '"%s" renders as a paragraph with its own marker',
    (text) => {
      const html = markdown.render(escapeCardText(text));
      expect(html).not.toMatch(/<(ol|ul|li)\b/);
      expect(html).toContain(text.replace(/^(\d+)([.)])/, '$1$2').slice(0, 3));
    },
  );

  it('leaves numbers inside a sentence alone', () => {
    expect(escapeCardText('Take 2. Then rest')).toBe('Take 2. Then rest');
  });
});
