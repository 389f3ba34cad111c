/**
 * Run as `node --expose-gc heapProbe.js <bot|echo> <conversations>`: holds that many conversations at
 * once in one process (each in the middle of a symptom interview for the bot, a few turns in for the
 * echo bot) and prints the live heap before and after, after full garbage collections, as JSON.
 */
import { type Activity, MemoryStorage, TestAdapter, type TurnContext } from 'botbuilder';
import { createBot } from '../../../dialogs/createBot';
import { MID_INTERVIEW } from '../questions';
import { echoLogic } from './echoLogic';
import { createKnowledgeBase } from '../../../knowledge/knowledgeBase';
import { InProcessStorage } from '../../../src/state/inProcessStorage';

function botLogic(bot: { run(context: TurnContext): Promise<void> }) {
  return (context: TurnContext) => bot.run(context);
}

function liveHeap(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  for (let i = 0; i < 3; i++) gc();
  return process.memoryUsage().heapUsed;
}

async function main(): Promise<void> {
  const kind = process.argv[2] === 'echo' ? 'echo' : 'bot';
  const conversations = Number(process.argv[3] ?? 10_000);
  // Each on the store it runs on: MemoryStorage as in the samples, the bot's own in-process store.
  const logic =
    kind === 'echo'
      ? echoLogic(new MemoryStorage())
      : botLogic(createBot(createKnowledgeBase(), new InProcessStorage()).bot);
  const adapter = new TestAdapter(logic);
  const turn = async (conversation: number, text: string) => {
    await adapter.processActivity({
      type: 'message',
      text,
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      from: { id: `29:user-${conversation}`, name: 'User' },
      recipient: { id: '28:nutribot', name: 'NutriBot' },
      conversation: { id: `a:conversation-${conversation}`, conversationType: 'personal' },
    } as Partial<Activity> as Activity);
    adapter.activeQueue.splice(0);
  };
  // Warm up (code, caches, shared renderings) on conversations outside the measured range.
  for (let c = 0; c < 50; c++) for (const text of MID_INTERVIEW) await turn(-1 - c, text);
  const before = liveHeap();
  for (let c = 0; c < conversations; c++) for (const text of MID_INTERVIEW) await turn(c, text);
  const after = liveHeap();
  console.log(JSON.stringify({ kind, conversations, before, after }));
}

void main();
