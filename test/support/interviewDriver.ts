/** Plays a vignette through the whole chat, answering each question the bot asks as the person would. */
import type { Activity, TestAdapter } from 'botbuilder';
import type { AssessmentModel } from '../../knowledge/scoring/assessmentSchema';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { say, texts } from './testBot';

export interface VignetteAnswers {
  openingMessage: string;
  symptoms: string[];
  factors: Record<string, string>;
  triage: string[];
  /** Said at the open question before the result; "no" when not given. */
  anythingElse?: string;
}

export interface InterviewRun {
  resultText: string;
  /** Adaptive questions the bot asked (the safety screen not included). */
  questionsAsked: string[];
  transcript: string[];
  /** The activities of the last turn (the result, or the emergency advice). */
  lastActivities: Partial<Activity>[];
}

export async function playInterview(
  adapter: TestAdapter,
  kb: KnowledgeBase,
  v: VignetteAnswers,
): Promise<InterviewRun> {
  const model: AssessmentModel = kb.data.assessment;
  const labelOf = (id: string) => kb.data.symptoms.find((s) => s.id === id)!.label.toLowerCase();
  const transcript: string[] = [];
  let lastActivities: Partial<Activity>[] = [];
  const send = async (text: string) => {
    lastActivities = await say(adapter, text);
    const reply = texts(lastActivities);
    transcript.push(`> ${text}`, reply);
    return reply;
  };

  let reply = await send(v.openingMessage);
  const understood = kb.data.symptoms
    .filter((s) => reply.toLowerCase().includes(s.label.toLowerCase()))
    .map((s) => s.id);
  if (/What are you noticing/.test(reply)) reply = await send(v.symptoms.map(labelOf).join(', '));
  else {
    for (const id of v.symptoms.filter((s) => !understood.includes(s))) reply = await send(`also ${labelOf(id)}`);
    for (const id of understood.filter((s) => !v.symptoms.includes(s))) reply = await send(`no, not ${labelOf(id)}`);
  }
  reply = await send('that’s all');

  const labels = (later: boolean) =>
    kb.data.triage.signs
      .filter((t) => t.checklist && (later ? t.level !== 'emergency' : t.level === 'emergency'))
      .filter((t) => v.triage.includes(t.id))
      .map((t) => t.label);
  if (/quick safety check/.test(reply)) {
    const emergency = labels(false);
    reply = await send(emergency.length ? emergency.join(', ') : 'none');
    // An emergency ends the interview with the emergency advice.
    if (emergency.length) return { resultText: reply, questionsAsked: [], transcript, lastActivities };
  }
  if (/And any of these/.test(reply)) {
    const later = labels(true);
    reply = await send(later.length ? later.join(', ') : 'none');
  }

  const questionsAsked: string[] = [];
  for (let guard = 0; guard < 15 && !/Your result/.test(reply); guard++) {
    if (/Before your result: is there anything else/.test(reply)) {
      reply = await send(v.anythingElse ?? 'no');
      continue;
    }
    const question = model.questions.find((q) => reply.includes(q.text));
    if (!question) throw new Error(`unexpected reply in the interview:\n${transcript.join('\n')}`);
    questionsAsked.push(question.id);
    const value = v.factors[question.id];
    const option = question.options.find((o) => o.value === value);
    reply = await send(option ? option.label : 'skip');
  }
  return { resultText: reply, questionsAsked, transcript, lastActivities };
}

/** The candidates of a result, in order, from its numbered headings. */
export function rankedInResult(resultText: string): string[] {
  return [...resultText.matchAll(/\*\*\d\. (.+?): (higher|moderate|lower) match\*\*/g)].map((m) => m[1]!);
}
