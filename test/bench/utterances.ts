/**
 * Generated utterances for the matching benchmark: the recogniser's table and the symptom wordings,
 * varied the way people type (typos, casing, padding), from a seeded generator so every run sees the
 * same inputs.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { UTTERANCES } from '../knowledge/recognizerUtterances';

/** mulberry32: a tiny seeded PRNG, enough for reproducible variation. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PADDING = ['  ', '\t', '...', '!!', ' 🙂', ' pls', '?? ', '\n'];

function typo(word: string, next: () => number): string {
  if (word.length < 5) return word;
  const i = 1 + Math.floor(next() * (word.length - 2));
  switch (Math.floor(next() * 3)) {
    case 0: // swap two letters
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1: // drop a letter
      return word.slice(0, i) + word.slice(i + 1);
    default: // double a letter
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

function vary(text: string, next: () => number): string {
  let words = text.split(' ');
  if (next() < 0.5) words = words.map((w) => (next() < 0.3 ? typo(w, next) : w));
  let out = words.join(' ');
  const casing = next();
  if (casing < 0.2) out = out.toUpperCase();
  else if (casing < 0.4) out = out.replace(/\b\w/g, (c) => c.toUpperCase());
  if (next() < 0.5) out = PADDING[Math.floor(next() * PADDING.length)]! + out;
  if (next() < 0.5) out += PADDING[Math.floor(next() * PADDING.length)]!;
  return out;
}

/** `count` variations of the given questions, in order, so every request of a run reads differently. */
export function varyQuestions(questions: readonly string[], count: number, seed: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, i) => vary(questions[i % questions.length]!, next));
}

/** At least `count` varied utterances: table questions, symptom wordings, food and nutrient names. */
export function generateUtterances(kb: KnowledgeBase, count: number, seed: number): string[] {
  const next = random(seed);
  const bases = [
    ...UTTERANCES.map((u) => u.text),
    ...kb.data.symptoms.flatMap((s) => s.phrases.map((p) => `my ${p}`)),
    ...kb.data.foods.slice(0, 60).map((f) => `how much magnesium is in ${f.name.split(',')[0]!.toLowerCase()}`),
  ];
  const out: string[] = [];
  while (out.length < count) out.push(vary(bases[out.length % bases.length]!, next));
  return out;
}
