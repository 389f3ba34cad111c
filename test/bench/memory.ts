/**
 * Section 4: memory and state. Bytes of stored state per conversation (conversation plus user state,
 * as the storage holds them) after a Q&A turn and in the middle of a symptom interview, per channel;
 * and live-heap growth with 10,000 conversations held at once, in a separate process. Baseline:
 * botbuilder's echo bot with a turn counter in ConversationState.
 */
import { spawn } from 'node:child_process';
import { type Activity, MemoryStorage, type StoreItems, TestAdapter, type TurnContext } from 'botbuilder';
import { createBot } from '../../dialogs/createBot';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { INTERVIEW_SCRIPT, MID_INTERVIEW } from './questions';
import { echoLogic } from './servers/echoLogic';
import { fmt, kb, printTable, ratio } from './stats';

/** Everything up to the last adaptive question: the deepest the interview's state gets. */
const LAST_QUESTION = INTERVIEW_SCRIPT.slice(0, INTERVIEW_SCRIPT.length - 2);

async function storedBytes(
  logic: (storage: MemoryStorage) => (context: TurnContext) => Promise<void>,
  channelId: string,
  messages: readonly string[],
): Promise<number> {
  const memory: StoreItems = {};
  const storage = new MemoryStorage(memory);
  const adapter = new TestAdapter(logic(storage), {
    channelId,
    conversation: { id: 'a:state-bench', conversationType: 'personal' },
  } as Partial<Activity> as never);
  for (const text of messages) {
    await adapter.receiveActivity(text);
    adapter.activeQueue.splice(0);
  }
  return Object.entries(memory)
    .filter(([, json]) => json !== undefined)
    .reduce((sum, [key, json]) => sum + Buffer.byteLength(key) + Buffer.byteLength(String(json)), 0);
}

const knowledge = createKnowledgeBase();
const botLogic = (storage: MemoryStorage) => {
  const { bot } = createBot(knowledge, storage);
  return (context: TurnContext) => bot.run(context);
};
function heapProbe(kind: 'bot' | 'echo', conversations: number): Promise<{ before: number; after: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', 'dist/test/bench/servers/heapProbe.js', kind, String(conversations)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as { before: number; after: number })
        : reject(new Error(`heap probe exited with ${code}`)),
    );
  });
}

export async function benchMemory(conversations: number): Promise<{ interviewStateBytes: number }> {
  const echoState = await storedBytes(echoLogic, 'msteams', MID_INTERVIEW);
  const rows = [{ name: `baseline: echo bot (turn counter), ${MID_INTERVIEW.length} messages`, bytes: echoState }];
  let interviewStateBytes = 0;
  for (const channel of ['msteams', 'slack', 'webchat']) {
    rows.push({
      name: `${channel}: after a Q&A turn`,
      bytes: await storedBytes(botLogic, channel, ['what foods have potassium?']),
    });
    const mid = await storedBytes(botLogic, channel, MID_INTERVIEW);
    const deepest = await storedBytes(botLogic, channel, LAST_QUESTION);
    interviewStateBytes = Math.max(interviewStateBytes, mid, deepest);
    rows.push({ name: `${channel}: mid-interview (${MID_INTERVIEW.length} messages in)`, bytes: mid });
    rows.push({ name: `${channel}: at the last question (${LAST_QUESTION.length} messages in)`, bytes: deepest });
  }
  printTable(
    '4a. Stored state per conversation (conversation + user state, keys included, as JSON)',
    ['what', 'bytes', 'x echo'],
    rows.map((r) => ({ name: r.name, cells: [r.bytes.toLocaleString('en-US'), ratio(r.bytes, echoState)] })),
  );

  const bot = await heapProbe('bot', conversations);
  const echo = await heapProbe('echo', conversations);
  const perBot = (bot.after - bot.before) / conversations;
  const perEcho = (echo.after - echo.before) / conversations;
  printTable(
    `4b. Live heap with ${conversations.toLocaleString('en-US')} conversations held at once (separate process, after full GCs)`,
    ['what', 'heap before', 'heap after', 'growth', 'per conversation', 'x echo'],
    [
      {
        name: 'baseline: echo bot',
        cells: [
          kb(echo.before),
          kb(echo.after),
          kb(echo.after - echo.before),
          `${fmt(perEcho, 0)} B`,
          ratio(perEcho, perEcho),
        ],
      },
      {
        name: 'this bot, mid-interview',
        cells: [
          kb(bot.before),
          kb(bot.after),
          kb(bot.after - bot.before),
          `${fmt(perBot, 0)} B`,
          ratio(perBot, perEcho),
        ],
      },
    ],
  );
  return { interviewStateBytes };
}
