/**
 * `npm run bench`: timings of the knowledge functions and of whole in-process turns, each printed as an
 * absolute median and as a ratio against a baseline measured in the same run (these machines are
 * noisy, so the ratio is the figure to compare). Also prints the recogniser's accuracy on its table.
 */
import { performance } from 'node:perf_hooks';
import { TestAdapter } from 'botbuilder';
import { createBot } from '../../dialogs/createBot';
import { createKnowledgeBase } from '../../knowledge/knowledgeBase';
import { normalize } from '../../knowledge/text';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { candidateName } from '../../dialogs/interview/assessmentReply';
import { assess } from '../../knowledge/scoring/assess';
import { UTTERANCES } from '../knowledge/recognizerUtterances';
import { VIGNETTES } from '../knowledge/scoring/vignettes';
import { playInterview, rankedInResult } from '../support/interviewDriver';

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

/** Median time of one call, in microseconds, over rounds of the whole input set. */
function timeEach<T>(inputs: T[], fn: (input: T) => unknown, rounds = 20): number[] {
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const input of inputs) {
      const start = performance.now();
      fn(input);
      samples.push((performance.now() - start) * 1000);
    }
  }
  return samples;
}

async function timeTurns(texts: string[], rounds = 5): Promise<number[]> {
  const kb = createKnowledgeBase();
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const { bot } = createBot(kb);
    const adapter = new TestAdapter(async (context) => bot.run(context));
    for (const text of texts) {
      const start = performance.now();
      await adapter.receiveActivity(text);
      samples.push((performance.now() - start) * 1000);
      adapter.activeQueue.splice(0);
    }
  }
  return samples;
}

async function main(): Promise<void> {
  const startLoad = performance.now();
  const kb = createKnowledgeBase();
  const loadMs = performance.now() - startLoad;
  const recognizer = new Recognizer(kb);
  const texts = UTTERANCES.map((u) => u.text);
  const qa = [
    'what foods have potassium?',
    'what does magnesium do for my muscles?',
    'how much calcium is in yogurt',
    'vegan b12',
    'what nutrients are in lentils?',
  ];

  // Warm up the JIT and the spelling cache before measuring.
  timeEach(texts, (t) => recognizer.recognize(t), 3);

  const baselineSamples = timeEach(texts, (t) => normalize(t));
  const baseline = median(baselineSamples);
  const rows: [string, number[]][] = [
    ['baseline: normalise a message', baselineSamples],
    ['recognise a message (table of ' + texts.length + ')', timeEach(texts, (t) => recognizer.recognize(t))],
    [
      'foodsRichIn(potassium)',
      timeEach(['potassium', 'magnesium', 'calcium', 'vitaminD', 'vitaminB12'] as const, (id) => kb.foodsRichIn(id)),
    ],
    ['findFood("baked potatoes")', timeEach(['baked potatoes', 'garbanzo beans', 'bananna'], (t) => kb.findFood(t))],
    ['one Q&A turn in-process (TestAdapter)', await timeTurns(qa)],
    ['assess() on a vignette', timeEach(VIGNETTES, (v) => assess(v, kb.data.assessment))],
  ];

  console.log(`knowledge base load and index: ${loadMs.toFixed(1)} ms (once at start-up)\n`);
  console.log('what'.padEnd(44), 'median µs'.padStart(10), 'p99 µs'.padStart(10), 'x baseline'.padStart(11));
  for (const [name, samples] of rows) {
    const m = median(samples);
    console.log(
      name.padEnd(44),
      m.toFixed(1).padStart(10),
      percentile(samples, 99).toFixed(1).padStart(10),
      (m / baseline).toFixed(1).padStart(11),
    );
  }

  let top1 = 0;
  let top3 = 0;
  let questions = 0;
  for (const v of VIGNETTES) {
    const { bot } = createBot(kb);
    const adapter = new TestAdapter(async (context) => bot.run(context));
    const run = await playInterview(adapter, kb, v);
    const ranked = rankedInResult(run.resultText);
    const expected = candidateName(kb, v.expectedTop);
    if (ranked[0] === expected) top1++;
    if (ranked.slice(0, 3).includes(expected)) top3++;
    questions += run.questionsAsked.length;
  }
  const pct = (n: number) => `${((n / VIGNETTES.length) * 100).toFixed(0)}%`;
  console.log(
    `\nsymptom interview, ${VIGNETTES.length} vignettes through the whole dialog: top-1 ${top1}/${VIGNETTES.length} (${pct(top1)}), ` +
      `top-3 ${top3}/${VIGNETTES.length} (${pct(top3)}), ${(questions / VIGNETTES.length).toFixed(1)} adaptive questions on average (safety screen not counted)`,
  );

  const correct = UTTERANCES.filter((u) => {
    const rec = recognizer.recognize(u.text, { previousIntent: u.previous });
    const food = rec.foods[0] ? kb.food(rec.foods[0]) : undefined;
    return (
      rec.intent === u.intent &&
      (!u.nutrient || rec.nutrients[0] === u.nutrient) &&
      (!u.food || food?.name.toLowerCase().includes(u.food.toLowerCase())) &&
      (!u.diet || rec.diet === u.diet)
    );
  }).length;
  console.log(
    `\nrecogniser accuracy on its utterance table: ${correct}/${UTTERANCES.length} (${((correct / UTTERANCES.length) * 100).toFixed(1)}%)`,
  );
}

void main();
