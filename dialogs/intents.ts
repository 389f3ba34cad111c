/**
 * Every intent in one place: its answer, and what it does while a flow (the symptom interview) is
 * active. Its name is in INTENTS (knowledge/schema.ts) and its cues are data (knowledge/data/intents.json).
 * The table is typed over every intent, so an intent without a route does not compile, and a knowledge
 * answer given to an intent the knowledge base cannot answer does not either.
 */
import type { TurnContext } from 'botbuilder';
import type { Intent } from '../knowledge/schema';
import type { Recognition } from '../knowledge/understanding/recognize';
import { currentSymptoms } from '../knowledge/understanding/symptomsNotCurrent';
import { type QuestionIntent, answerQuestion } from './answers/answerQuestion';
import { sources } from './answers/contextAnswers';
import {
  aboutBot,
  afterEmergency,
  cancelled,
  capabilities,
  goodbye,
  handoff,
  help,
  nothingToRepeat,
  thanks,
} from './answers/generalAnswers';
import { fromReplay, toReplay } from './answers/replay';
import { resultsInRange } from './answers/labAnswers';
import { contextAdvice } from './answers/safetyAnswers';
import { offersCheck, withStory } from './answers/storyAnswers';
import { unansweredOf } from './answers/unanswered';
import { requestCheckIn, stopCheckIns } from './checkins/checkInConversation';
import { checkInAfterFlow } from './checkins/checkInReplies';
import type { ConversationMemory } from './conversationMemory';
import type { DialogDeps } from './dialogDeps';
import { feedbackCommand } from './feedback/feedbackTurns';
import { summaryComesLater, summaryReply } from './interview/assessmentReply';
import { SYMPTOM_INTERVIEW } from './flows/flowIds';
import type { InterviewOptions } from './interview/interviewState';
import { forgetMe, whatDoYouKnow } from './privacy';
import type { Reply } from './replies/replyModel';
import { answeredWarnings } from './turnWarnings';

/** What an intent does while a flow is active; the flow's interruption step (dialogs/flows/) applies it. */
export type MidFlow =
  /** Answered, and the flow ends ("cancel", "bye", "forget me"). */
  | 'end'
  /** The flow starts again from its first step ("start over"). */
  | 'restart'
  /** The flow's help for its current step, then the step again. */
  | 'help'
  /** The step asked again ("say that again"). */
  | 'repeat'
  /** Answered before the step sees the message, then the step again ("what do you know about me"). */
  | 'first'
  /** Asked as a question the step cannot take as its answer: answered, then the step again. */
  | 'question'
  /** Answered only when the step cannot use the message ("ok" answers a question before it is thanks). */
  | 'aside'
  /** Left to the step: an answer to it, or a miss. */
  | 'step';

/** A flow in progress, as an answer given in the middle of it sees it. */
export interface ActiveFlow {
  /** What the flow keeps so far, in a sentence ("The symptom check in progress: 2 symptom(s)..."). */
  progress: string;
}

export interface RouteTurn<I extends Intent = Intent> {
  context: TurnContext;
  rec: Recognition & { intent: I };
  memory: ConversationMemory;
  deps: DialogDeps;
  /** Set when the answer is an aside in a flow: it then keeps nothing for follow-ups. */
  flow?: ActiveFlow;
  /** The story told in the previous message, whose symptom check that answer offered. */
  story?: string;
}

/** A flow to begin: its dialog's id, and the options it is begun with. */
export interface FlowStart {
  id: string;
  options: object;
}

/** A route answers the turn itself, or asks for a flow (the symptom interview) to begin. */
export type RouteResult = { startFlow: FlowStart } | void;

export interface IntentRoute<I extends Intent = Intent> {
  answer: (turn: RouteTurn<I>) => Promise<RouteResult>;
  midFlow: MidFlow;
  /** "Say that again" gives this answer again; false for answers that must not be kept (privacy). */
  repeatable?: false;
}

export type IntentRoutes = { readonly [I in Intent]: IntentRoute<I> };

/** A reply that needs nothing but the turn. */
function say(build: (turn: RouteTurn) => Reply | Promise<Reply>): (turn: RouteTurn) => Promise<void> {
  return async (turn) => turn.deps.sender.send(turn.context, await build(turn));
}

/** A question answered from the knowledge base; outside a flow, kept for follow-ups ("and calcium?"). */
export async function question(turn: RouteTurn<QuestionIntent>): Promise<void> {
  const { context, memory, deps, flow } = turn;
  // "I'm vegetarian, no fish either" ... "what can I eat for vit D?": a food list keeps to the diets said before.
  const rec =
    turn.rec.intent === 'foodsForNutrient' && !turn.rec.diets.length && memory.diets?.length
      ? { ...turn.rec, diets: memory.diets }
      : turn.rec;
  const answered = answerQuestion(deps.kb, rec, flow ? undefined : memory.last, memory.about);
  // A story with a question: answered, then the symptom check offered; "check my symptoms" begins with it.
  // After emergency advice the check waits until the person is safe and asks for it: it is not offered.
  const emergency = answeredWarnings(context).some((w) => w.level === 'emergency');
  const answer = flow ? answered : { ...answered, reply: withStory(deps.kb, rec, answered.reply, !emergency) };
  if (!flow && !emergency && offersCheck(rec, answered.reply))
    memory.storyToCheck = (context.activity.text ?? '').slice(0, 1000);
  if (answer.remember && !flow) {
    memory.last = answer.remember;
    memory.replay = toReplay(rec, answer.remember);
  }
  // After warning advice, "sorry, that's outside what I know" would only blur it.
  const warned = answeredWarnings(context).length > 0;
  // A blood result in range is what the person asked about first ("potassium 4.3, all good?").
  const results = resultsInRange(deps.kb, context.activity.text ?? '');
  if (results) await deps.sender.send(context, results);
  if (!(warned && answer.reply.kind === 'fallback')) await deps.sender.send(context, answer.reply);
  // What the team learns: a question out of scope or unsure (a topic label; its text only if configured).
  const unanswered = warned ? undefined : unansweredOf(deps.kb, rec, answer.reply, deps.clock.now());
  if (unanswered) deps.insights?.unanswered({ ...unanswered, text: context.activity.text ?? '' });
  // In a flow, the flow reads pregnancy, a child or a medicine from the message itself.
  if (flow) return;
  const told = rec.symptoms.filter((s) => !s.negated).map((s) => s.id);
  const advice = contextAdvice(deps.kb, context.activity.text ?? '', told);
  if (advice) await deps.sender.send(context, advice);
}

/** A message put as a question: a question mark, or a question word first. */
const ASKS = /\?\s*$|^\s*(?:what|why|how|when|which|is|are|can|could|do|does|will|would|should)\b/i;

/** "Check my symptoms" starts the interview; inside a flow it is a question about the symptoms named. */
async function symptomCheck(turn: RouteTurn<'symptomCheck'>): Promise<RouteResult> {
  if (turn.flow) return question(turn);
  // An emergency in the opening message comes first: no interview until the person is safe.
  if (answeredWarnings(turn.context).some((w) => w.level === 'emergency')) {
    await turn.deps.sender.send(turn.context, afterEmergency());
    return;
  }
  const opening = turn.context.activity.text ?? '';
  // "What can cause muscle twitching?": a question about a symptom in general, none told as the person's own
  // now. Answered, with the check offered, rather than a check that would start with nothing. ("The twitch
  // went away after two days" tells the person's own, and starts the check.)
  const named = turn.rec.symptoms.filter((s) => !s.negated);
  if (named.length && ASKS.test(opening) && !currentSymptoms(turn.deps.kb, named, opening).length)
    return question(turn);
  // Said again later, the symptom check is its summary, not a new check.
  turn.memory.replay = { ...toReplay(turn.rec), intent: 'summary' };
  // "Check my symptoms" after a story answered: the check begins with the symptoms that story told.
  const story = named.length ? undefined : turn.story;
  const options: InterviewOptions = { openingText: story ?? opening };
  return { startFlow: { id: SYMPTOM_INTERVIEW, options } };
}

/** "Say that again": the last answer, rebuilt from what it was about. */
async function repeatLast(turn: RouteTurn<'repeat'>): Promise<RouteResult> {
  const { memory, deps } = turn;
  if (!memory.replay) return say(nothingToRepeat)(turn);
  return answerTurn({ ...turn, rec: fromReplay(deps.kb, memory.replay) });
}

export const INTENT_ROUTES: IntentRoutes = {
  greeting: { answer: question, midFlow: 'step' },
  thanks: { answer: say(thanks), midFlow: 'aside' },
  help: { answer: say(help), midFlow: 'help' },
  cancel: { answer: say(cancelled), midFlow: 'end' },
  repeat: { answer: repeatLast, midFlow: 'repeat', repeatable: false },
  capabilities: { answer: say(capabilities), midFlow: 'aside' },
  aboutBot: { answer: say(aboutBot), midFlow: 'aside' },
  handoff: { answer: say(({ deps }) => handoff(deps.handoffContact)), midFlow: 'aside' },
  goodbye: { answer: say(goodbye), midFlow: 'end' },
  startOver: { answer: say(cancelled), midFlow: 'restart' },
  foodsForNutrient: { answer: question, midFlow: 'question' },
  nutrientRole: { answer: question, midFlow: 'question' },
  deficiencySigns: { answer: question, midFlow: 'question' },
  whoIsAtRisk: { answer: question, midFlow: 'question' },
  nutrientsInFood: { answer: question, midFlow: 'question' },
  foodNutrientAmount: { answer: question, midFlow: 'question' },
  compareFoods: { answer: question, midFlow: 'question' },
  mealTotal: { answer: question, midFlow: 'question' },
  howMany: { answer: question, midFlow: 'question' },
  selfCare: { answer: question, midFlow: 'question' },
  symptomCheck: { answer: symptomCheck, midFlow: 'question' },
  lifestyle: { answer: question, midFlow: 'question' },
  seeDoctor: { answer: question, midFlow: 'question' },
  supplements: { answer: question, midFlow: 'question' },
  dailyNeeds: { answer: question, midFlow: 'question' },
  medicine: { answer: question, midFlow: 'question' },
  // "I'm 52, female" mid-check: the check reads what it can (pregnancy), and it is acknowledged.
  personalDetails: { answer: question, midFlow: 'aside' },
  sources: { answer: say(({ deps, memory }) => sources(deps.kb, memory.last?.sources ?? [])), midFlow: 'step' },
  whatDoYouKnow: {
    answer: say(({ context, deps, flow }) => whatDoYouKnow(context, deps, flow?.progress)),
    midFlow: 'first',
    repeatable: false,
  },
  forgetMe: { answer: say(({ context, deps }) => forgetMe(context, deps)), midFlow: 'end', repeatable: false },
  // "Check in with me in 10 days": planned after a symptom check; in the middle of one, at its end.
  checkInRequest: {
    answer: async ({ context, deps, memory, flow }) =>
      flow ? deps.sender.send(context, checkInAfterFlow()) : requestCheckIn(context, deps, memory),
    midFlow: 'first',
    repeatable: false,
  },
  stopCheckIns: {
    answer: ({ context, deps, memory }) => stopCheckIns(context, deps, memory),
    midFlow: 'first',
    repeatable: false,
  },
  // "Feedback", "that was helpful": rates the last answer. Mid-flow no comment is asked for (the next
  // message answers the flow), and only when the step cannot use the message.
  feedback: {
    answer: ({ context, deps, memory, flow }) => feedbackCommand(context, deps, memory, Boolean(flow)),
    midFlow: 'aside',
    repeatable: false,
  },
  summary: {
    answer: say(({ deps, memory, flow }) =>
      flow ? summaryComesLater() : summaryReply(deps.kb, deps.engine, memory.lastInterview),
    ),
    midFlow: 'first',
  },
  outOfScope: { answer: question, midFlow: 'question' },
  empty: { answer: question, midFlow: 'step' },
  otherLanguage: { answer: question, midFlow: 'step' },
};

export function routeFor<I extends Intent>(intent: I): IntentRoute<I> {
  return INTENT_ROUTES[intent];
}

/** Answers the turn's intent; outside a flow, what the answer is built from is kept for "say that again". */
export async function answerTurn(turn: RouteTurn): Promise<RouteResult> {
  const route = routeFor(turn.rec.intent);
  // A story whose symptom check was offered is kept for the next message only.
  if (!turn.flow && turn.memory.storyToCheck !== undefined) {
    turn.story = turn.memory.storyToCheck;
    delete turn.memory.storyToCheck;
  }
  if (!turn.flow && route.repeatable !== false) turn.memory.replay = toReplay(turn.rec);
  return route.answer(turn);
}
