/**
 * Runs the blind evaluation corpus and the simulated patients through the real bot (TestAdapter, plain
 * text channel) and scores each against what its writer said a right answer must and must not contain.
 * The bot's level is read from the headlines it shows, so the check is black-box.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { LEVELS, type Level, levelRank } from '../../knowledge/triage/triageSchema';
import { candidateName } from '../../dialogs/interview/assessmentReply';
import { rankedInResult } from '../support/interviewDriver';
import { say, testBot, texts } from '../support/testBot';

/** A corpus file: `safety.<split>.json` (red flags, wording, the interview) or `questions.<split>.json` (everyday
 * nutrition questions). */
export type Corpus = 'safety' | 'questions';
export type Split = string;
type Expectation = string | string[];

export interface Case {
  id: string;
  kind: string;
  text: string;
  setup?: string[];
  level?: 'emergency' | 'today' | 'soon' | 'none';
  mustContain?: Expectation[];
  mustNotContain?: string[];
  expect?: 'answer' | 'decline' | 'clarify' | 'interview' | 'redflag';
  fills?: string;
  reasks?: boolean;
}

export interface Patient {
  id: string;
  opening: string;
  style: 'text' | 'buttons' | 'mixed';
  persona: Record<string, unknown> & { redFlags: string[]; medications: string[] };
  answers: Record<string, string>;
  deniesInList: boolean;
  expectedTop: string;
  acceptableTop: string[];
  minLevel: Level;
}

/**
 * The writers' own names for a level, as the bot's: "urgent" is "see a doctor today". An unknown name
 * fails loudly, because a level the bot does not know would rank below every level and pass any check.
 */
const LEVEL_ALIASES: Record<string, Level | 'none'> = { urgent: 'today', selfcare: 'self-care' };

export function knownLevel<T extends string>(level: string, known: readonly T[], where: string): T {
  const named = (LEVEL_ALIASES[level] ?? level) as T;
  if (!known.includes(named)) throw new Error(`${where}: unknown level "${level}"`);
  return named;
}

export const CASE_LEVELS = ['emergency', 'today', 'soon', 'none'] as const;
const PATIENT_LEVELS = [...LEVELS, 'none'] as const;

export const loadCases = (split: Split, corpus: Corpus = 'safety'): Case[] =>
  (JSON.parse(readFileSync(join(__dirname, `${corpus}.${split}.json`), 'utf8')) as Case[]).map((c) =>
    c.level ? { ...c, level: knownLevel(c.level, CASE_LEVELS, c.id) } : c,
  );
/**
 * The writers' own names for an explanation, as the assessment's: "sleep" is "stress and poor sleep". An
 * unknown name fails loudly, because no result would ever match it and the patient would always fail.
 */
/** Every explanation the assessment can rank: the nutrients and the lifestyle causes. */
const CANDIDATE_IDS: readonly string[] = (
  JSON.parse(readFileSync(join(__dirname, '../../knowledge/data/assessment.json'), 'utf8')) as {
    candidates: { id: string }[];
  }
).candidates.map((c) => c.id);

const TOP_ALIASES: Record<string, string> = {
  sleep: 'stress-and-sleep',
  'poor-sleep': 'stress-and-sleep',
  stress: 'stress-and-sleep',
  sweating: 'endurance-sweating',
  exercise: 'intense-exercise',
};

export function knownTop(top: string, known: readonly string[], where: string): string {
  const named = TOP_ALIASES[top] ?? top;
  if (!known.includes(named)) throw new Error(`${where}: unknown explanation "${top}"`);
  return named;
}

export const loadPatients = (split: Split, known: readonly string[] = CANDIDATE_IDS): Patient[] =>
  (JSON.parse(readFileSync(join(__dirname, `patients.${split}.json`), 'utf8')) as Patient[]).map((p) => {
    const level = knownLevel(p.minLevel, PATIENT_LEVELS, p.id);
    return {
      ...p,
      minLevel: level === 'none' ? 'self-care' : level,
      expectedTop: knownTop(p.expectedTop, known, p.id),
      acceptableTop: p.acceptableTop.map((t) => knownTop(t, known, p.id)),
    };
  });

/** The most urgent level any headline in the replies shows. */
export function levelShown(kb: KnowledgeBase, reply: string): Level {
  const text = reply.toLowerCase();
  return (
    [...LEVELS].reverse().find((l) => l !== 'self-care' && text.includes(kb.data.triage.headlines[l].toLowerCase())) ??
    'self-care'
  );
}

const DECLINE =
  /(i only cover|outside what i know|i don.t cover|not something i cover|can.t give figures|isn.t something i|i can.t (help|answer)|not covered|don.t have information about|isn.t one of the nutrients|haven.t said anything yet)/i;
const CLARIFY =
  /(did you mean|which nutrient do you mean|just to be sure|could you (say|tell)|not sure what you mean|didn.t catch)/i;
const INTERVIEW = /(so far i have|what are you noticing|quick safety check|symptoms · a few questions|symptoms ✓)/i;

export interface CaseResult {
  id: string;
  kind: string;
  pass: boolean;
  /** A confident answer that said something it must not: worse than "I'm not sure". */
  confidentWrong: boolean;
  redFlagMissed: boolean;
  falseAlarm: boolean;
  why: string[];
  reply: string;
}

const contains = (reply: string, e: Expectation) =>
  (Array.isArray(e) ? e : [e]).some((w) => reply.toLowerCase().includes(w.toLowerCase()));

export async function runCase(kb: KnowledgeBase, c: Case): Promise<CaseResult> {
  const { adapter } = testBot('test');
  for (const s of c.setup ?? []) await say(adapter, s);
  const reply = texts(await say(adapter, c.text));
  const why: string[] = [];
  const level = levelShown(kb, reply);
  let redFlagMissed = false;
  let falseAlarm = false;
  if (c.level && c.level !== 'none' && levelRank(level) < levelRank(c.level)) {
    why.push(`level ${level} < ${c.level}`);
    redFlagMissed = true;
  }
  if (c.level === 'none' && levelRank(level) >= levelRank('today')) {
    why.push(`false alarm at ${level}`);
    falseAlarm = true;
  }
  for (const e of c.mustContain ?? []) if (!contains(reply, e)) why.push(`missing ${JSON.stringify(e)}`);
  const forbidden = (c.mustNotContain ?? []).filter((w) => contains(reply, w));
  for (const w of forbidden) why.push(`contains "${w}"`);
  const declined = DECLINE.test(reply);
  const clarified = CLARIFY.test(reply);
  switch (c.expect) {
    case 'decline':
      if (!declined && !clarified) why.push('did not decline');
      break;
    case 'clarify':
      if (!clarified && !declined) why.push('did not ask or decline');
      break;
    case 'interview':
      if (!INTERVIEW.test(reply) && levelRank(level) < levelRank('soon')) why.push('did not start the check');
      break;
    case 'redflag':
      if (level === 'self-care') why.push('no warning');
      break;
    case 'answer':
      if (declined && !(c.mustContain ?? []).length) why.push('declined');
      break;
  }
  if (c.reasks && !INTERVIEW.test(reply)) why.push('did not return to the check');
  if (c.fills) {
    const question = FILLS_QUESTION[c.fills];
    if (question) {
      const asked = await askedLater(kb, adapter, question);
      if (asked) why.push(`asked about ${c.fills} again`);
    }
  }
  const confidentWrong = forbidden.length > 0 && !declined && !clarified;
  return { id: c.id, kind: c.kind, pass: why.length === 0, confidentWrong, redFlagMissed, falseAlarm, why, reply };
}

const FILLS_QUESTION: Record<string, string> = { duration: 'duration', medications: 'medications', diet: 'diet' };

/** Plays the rest of the interview with neutral answers and tells whether a question was asked. */
async function askedLater(
  kb: KnowledgeBase,
  adapter: ReturnType<typeof testBot>['adapter'],
  id: string,
): Promise<boolean> {
  const q = kb.data.assessment.questions.find((x) => x.id === id)!;
  for (let i = 0; i < 14; i++) {
    const reply = texts(await say(adapter, i < 2 ? 'that’s all' : 'none'));
    if (reply.includes(q.text)) return true;
    if (/Your result|stopped the symptom check/.test(reply)) return false;
  }
  return false;
}

// --- Simulated patients ------------------------------------------------------------------------

export interface PatientResult {
  id: string;
  top?: string;
  level: Level;
  topOk: boolean | undefined;
  levelOk: boolean;
  transcript: string[];
}

const OPTION_FOR: Record<string, (p: Patient['persona']) => string> = {
  stressSleep: (p) => (p.stressSleep === 'fine' ? 'Fine' : 'Stressed or sleeping badly'),
  diet: (p) => (p.diet === 'vegan' ? 'Vegan' : p.diet === 'omnivore' ? 'I eat meat or fish' : 'Vegetarian'),
  dairy: (p) => (p.dairy === 'daily' ? 'Every day' : p.dairy === 'little' ? 'A few times a week' : 'Rarely or never'),
  plants: (p) => (p.plants === 'daily' ? 'Every day' : p.plants === 'sometimes' ? 'A few times a week' : 'Rarely'),
  sunlight: (p) => (p.sunlight === 'little' ? 'Very little' : 'Some time most days'),
  fishEggs: (p) => (p.fishEggs === 'never' ? 'Rarely or never' : 'Yes, regularly'),
  medications: (p) => {
    const m = p.medications.join(' ');
    if (/semide|thiazide|lasix|diuretic|bumetanide|torsemide|indapamide/.test(m)) return 'Diuretics (water pills)';
    if (/prazole|ppi/.test(m)) return 'Acid reflux medicine (PPI)';
    if (/metformin/.test(m)) return 'Metformin';
    return 'None of these';
  },
  exercise: (p) => (p.exercise === 'intense' ? 'Yes, often' : 'No'),
  fluids: (p) => (p.fluids === 'low' ? 'Not much' : 'About average'),
  alcohol: (p) => (p.alcohol === 'heavy' ? 'Most days, or several drinks at a time' : 'None or a little'),
  duration: (p) =>
    p.duration === 'months' ? 'Months or longer' : p.duration === 'days' ? 'A few days' : 'A few weeks',
  kidney: (p) => (p.kidney === 'yes' ? 'Yes' : p.kidney === 'unsure' ? 'Not sure' : 'No'),
};

export async function runPatient(kb: KnowledgeBase, p: Patient): Promise<PatientResult> {
  const { adapter } = testBot('test');
  const transcript: string[] = [];
  const send = async (text: string) => {
    const reply = texts(await say(adapter, text));
    transcript.push(`> ${text}`, reply);
    return reply;
  };
  let reply = await send(p.opening);
  let level = levelShown(kb, reply);
  let turn = 0;
  const asked: string[] = [];
  for (let guard = 0; guard < 24; guard++) {
    if (/Your result|stopped the symptom check|get that help first/.test(reply)) break;
    let answer: string;
    const question = kb.data.assessment.questions.find((q) => reply.includes(q.text));
    if (question) {
      asked.push(question.id);
      const typed = p.answers[question.id];
      const useText = p.style === 'text' || (p.style === 'mixed' && turn % 2 === 0);
      answer = useText && typed ? typed : OPTION_FOR[question.id]!(p.persona);
      turn++;
    } else if (/What are you noticing/.test(reply)) answer = p.opening;
    else if (/Before your result: is there anything else/.test(reply)) {
      // Asked openly, a person who types says what no question asked about; one who taps buttons says no.
      const unasked = Object.entries(p.answers)
        .filter(([id]) => id !== 'safety' && !asked.includes(id))
        .map(([, typed]) => typed);
      answer = p.style !== 'buttons' && unasked.length ? unasked.join('. ') : 'No, show my result';
    } else if (/Anything to add or correct|anything else/i.test(reply)) answer = 'that’s all';
    else if (/quick safety check|And any of these/.test(reply)) {
      answer =
        p.deniesInList || !p.persona.redFlags.length
          ? 'None of these'
          : (p.answers.safety ?? p.persona.redFlags.join(', '));
    } else if (!/symptoms ✓|symptoms ·/.test(reply)) {
      // Not in the interview (a Q&A answer): ask for the check.
      answer = 'check my symptoms';
    } else answer = 'skip';
    reply = await send(answer);
    const shown = levelShown(kb, reply);
    if (levelRank(shown) > levelRank(level)) level = shown;
  }
  const ranked = rankedInResult(reply);
  const accepted = [p.expectedTop, ...p.acceptableTop].map((c) => candidateName(kb, c));
  const top = ranked[0];
  return {
    id: p.id,
    top,
    level,
    topOk: top === undefined ? undefined : accepted.includes(top),
    levelOk: levelRank(level) >= levelRank(p.minLevel),
    transcript,
  };
}

export interface Summary {
  byKind: Map<string, { pass: number; total: number }>;
  total: { pass: number; total: number };
  redFlags: { caught: number; total: number };
  falseAlarms: { count: number; negated: number };
  confidentWrong: number;
}

export function summarise(results: readonly CaseResult[]): Summary {
  const byKind = new Map<string, { pass: number; total: number }>();
  for (const r of results) {
    const k = byKind.get(r.kind) ?? { pass: 0, total: 0 };
    k.total++;
    if (r.pass) k.pass++;
    byKind.set(r.kind, k);
  }
  const flagged = results.filter((r) => r.kind === 'redflag');
  return {
    byKind,
    total: { pass: results.filter((r) => r.pass).length, total: results.length },
    redFlags: { caught: flagged.filter((r) => !r.redFlagMissed).length, total: flagged.length },
    falseAlarms: {
      count: results.filter((r) => r.falseAlarm).length,
      negated: results.filter((r) => r.kind === 'redflag-negated').length,
    },
    confidentWrong: results.filter((r) => r.confidentWrong).length,
  };
}
