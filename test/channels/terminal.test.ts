/** `npm run chat`: the terminal adapter prints replies with numbered options, and a typed number picks one. */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../dialogs/createBot';
import { TerminalAdapter } from '../../src/terminal/terminalAdapter';
import { knowledgeBase } from '../support/knowledge';

describe('the terminal chat', () => {
  it('shows the options numbered, and "2" is the second option', async () => {
    const { bot } = createBot(knowledgeBase());
    const printed: string[] = [];
    const adapter = new TerminalAdapter((text) => printed.push(text));
    const logic = (context: Parameters<typeof bot.run>[0]) => bot.run(context);
    await adapter.join(logic);
    expect(printed.join('')).toMatch(/1\. What foods have potassium\?\n2\. What does magnesium do for my muscles\?/);
    printed.length = 0;
    await adapter.say('2', logic);
    expect(printed.join('')).toMatch(/Magnesium/);
    expect(printed.join('')).not.toMatch(/outside what I know/);
  });

  it('cannot start a conversation of its own, and says so', async () => {
    const adapter = new TerminalAdapter(() => undefined);
    await expect(adapter.continueConversation({}, async () => undefined)).rejects.toThrow(/does not support proactive/);
  });
});
