/**
 * `npm run chat`: the same bot in the terminal, in-process. No server, no account, no configuration.
 */
import { createInterface } from 'node:readline/promises';
import { createBot } from '../../dialogs/createBot';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { handleTurnErrors } from '../adapter';
import { createLogger } from '../logger';
import { TerminalAdapter } from './terminalAdapter';

async function main(): Promise<void> {
  const kb = createKnowledgeBase();
  const { bot, deps } = createBot(kb);
  const adapter = new TerminalAdapter((text) => process.stdout.write(text));
  handleTurnErrors(adapter, deps, createLogger(process.env.LOG_LEVEL ?? 'error'));
  const logic = (context: Parameters<typeof bot.run>[0]) => bot.run(context);

  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  console.log('NutriBot in your terminal. Type a question, a number to pick an option, or "quit" to leave.');
  await adapter.join(logic);
  rl.setPrompt('\nyou> ');
  rl.prompt();
  for await (const line of rl) {
    if (/^\s*(quit|exit|:q)\s*$/i.test(line)) break;
    await adapter.say(line, logic);
    rl.prompt();
  }
  rl.close();
}

void main();
