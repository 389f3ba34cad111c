/**
 * Check-ins in the conversation: the offer at the end of a symptom check, its answer ("in 2 weeks",
 * "next Monday", "no thanks"), "check in with me in 10 days" later on, "stop check-ins", the check-in
 * sent days later (waiting while a symptom check is in progress) and what follows its answer.
 */
import type { TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Level } from '../../knowledge/triage/triageSchema';
import type { Clock } from '../clock';
import type { BotState, CheckInBasis, ConversationMemory } from '../conversationMemory';
import type { Insights } from '../insights';
import type { AssessmentEngine } from '../interview/assessmentEngine';
import { summaryReply } from '../interview/assessmentReply';
import type { InterviewAnswers } from '../../knowledge/scoring/assess';
import type { ReplySender } from '../replies/replySender';
import {
  cannotReachHere,
  checkInDeclined,
  checkInOffer,
  checkInPlanned,
  checkInQuestion,
  checkInsStopped,
  gladBetter,
  noCheckInAfterUrgent,
  noCheckToFollow,
  readCheckInAnswer,
  seeDoctorNow,
  stillTheSame,
  whenAgain,
} from './checkInReplies';
import { TWO_WEEKS_MS, dayName, knownTimeZone, readCheckInTime } from './checkInTime';
import type { CheckInScheduler, DeliveryOutcome, DueCheckIn } from './checkInTypes';

export interface CheckInDeps {
  kb: KnowledgeBase;
  engine: AssessmentEngine;
  sender: ReplySender;
  state: BotState;
  clock: Clock;
  checkIns?: CheckInScheduler;
  insights?: Insights;
}

/** Levels after which a check-in is offered: self-care, or a doctor in the next few days. */
const OFFERED_AFTER: ReadonlySet<Level> = new Set(['self-care', 'soon']);
/** "The same" this close to two weeks counts as two weeks (a check-in planned for two weeks arrives then). */
const LASTING_MS = TWO_WEEKS_MS - 12 * 60 * 60 * 1000;
/** Check-ins after one symptom check: the first, and one more after "the same". */
const MAX_ROUNDS = 2;
const YES = /^\s*(yes|yeah|yep|yup|sure|ok|okay|please|yes please|sounds good|go ahead|good idea)\b/i;
const NO = /^\s*(no|nope|nah|no thanks|no thank you|not now|no need|dont|don't|maybe later)\b/i;

/** The person's time zone, when the channel sends it (Teams, Web Chat). */
function timeZoneOf(context: TurnContext): string | undefined {
  return knownTimeZone((context.activity as { localTimezone?: unknown }).localTimezone);
}

/** At the end of a symptom check: offers a check-in when its level allows and the channel can be reached later. */
export async function offerCheckIn(
  context: TurnContext,
  deps: CheckInDeps,
  memory: ConversationMemory,
  answers: InterviewAnswers,
): Promise<void> {
  memory.lastInterviewAt = deps.clock.now();
  const level = deps.engine.triage(answers).level;
  if (!OFFERED_AFTER.has(level) || !deps.checkIns?.reachable(context)) return;
  memory.checkInOffer = { takenAt: memory.lastInterviewAt, level, round: 0 };
  await deps.sender.send(context, checkInOffer());
}

/** A message answering a pending check-in question or offer; true when it was one. */
export async function answerPendingCheckIn(
  context: TurnContext,
  deps: CheckInDeps,
  memory: ConversationMemory,
): Promise<boolean> {
  const message = context.activity.text ?? '';
  if (memory.checkIn) {
    const answer = readCheckInAnswer(message);
    if (answer) {
      const basis = memory.checkIn;
      delete memory.checkIn;
      await followUp(context, deps, memory, basis, answer);
      return true;
    }
  }
  const offer = memory.checkInOffer;
  if (!offer) return false;
  if (NO.test(message) && !readCheckInTime(message, deps.clock.now())) {
    delete memory.checkInOffer;
    await deps.sender.send(context, checkInDeclined());
    return true;
  }
  const now = deps.clock.now();
  const when = readCheckInTime(message, now, timeZoneOf(context));
  if (when && 'outOfRange' in when) {
    await deps.sender.send(context, whenAgain());
    return true;
  }
  const dueAt = when?.dueAt ?? (YES.test(message) ? now + TWO_WEEKS_MS : undefined);
  // Anything else: the person moved on, and the offer with them.
  delete memory.checkInOffer;
  if (dueAt === undefined) return false;
  await plan(context, deps, memory, offer, dueAt);
  return true;
}

/** "Check in with me in 10 days", after a symptom check in this conversation. */
export async function requestCheckIn(
  context: TurnContext,
  deps: CheckInDeps,
  memory: ConversationMemory,
): Promise<void> {
  const answers = memory.lastInterview;
  if (!answers) return deps.sender.send(context, noCheckToFollow());
  const level = deps.engine.triage(answers).level;
  if (!OFFERED_AFTER.has(level)) return deps.sender.send(context, noCheckInAfterUrgent(deps.kb));
  const now = deps.clock.now();
  const when = readCheckInTime(context.activity.text ?? '', now, timeZoneOf(context));
  if (when && 'outOfRange' in when) return deps.sender.send(context, whenAgain());
  const basis = memory.checkIn ?? memory.checkInOffer ?? { takenAt: memory.lastInterviewAt ?? now, level, round: 0 };
  delete memory.checkInOffer;
  await plan(context, deps, memory, basis, when?.dueAt ?? now + TWO_WEEKS_MS);
}

export async function stopCheckIns(context: TurnContext, deps: CheckInDeps, memory: ConversationMemory): Promise<void> {
  const cancelled = (await deps.checkIns?.cancel(context)) ?? false;
  const had = cancelled || Boolean(memory.checkIn || memory.checkInOffer);
  delete memory.checkIn;
  delete memory.checkInOffer;
  await deps.sender.send(context, checkInsStopped(had));
}

async function plan(
  context: TurnContext,
  deps: CheckInDeps,
  memory: ConversationMemory,
  basis: CheckInBasis,
  dueAt: number,
): Promise<void> {
  const answers = memory.lastInterview;
  if (!answers) return deps.sender.send(context, noCheckToFollow());
  if (!deps.checkIns?.reachable(context)) return deps.sender.send(context, cannotReachHere());
  const timeZone = timeZoneOf(context);
  await deps.checkIns.schedule(context, { dueAt, ...(timeZone ? { timeZone } : {}) }, { ...basis, answers });
  await deps.sender.send(context, checkInPlanned(dueAt, deps.clock.now(), timeZone));
}

async function followUp(
  context: TurnContext,
  deps: CheckInDeps,
  memory: ConversationMemory,
  basis: CheckInBasis,
  answer: 'better' | 'same' | 'worse',
): Promise<void> {
  const { kb, engine, sender } = deps;
  deps.insights?.checkInAnswered(answer);
  const answers = memory.lastInterview;
  if (answer === 'better') return sender.send(context, gladBetter());
  const lasting = deps.clock.now() - basis.takenAt >= LASTING_MS;
  if (answer === 'worse' || lasting || basis.level !== 'self-care') {
    await sender.send(context, seeDoctorNow(kb, answer === 'worse' ? 'worse' : lasting ? 'lasting' : 'advised'));
    await sender.send(context, summaryReply(kb, engine, answers, dayName(basis.takenAt, timeZoneOf(context))));
    return;
  }
  if (!answers) return sender.send(context, gladBetter());
  const offerAgain = basis.round < MAX_ROUNDS && Boolean(deps.checkIns?.reachable(context));
  if (offerAgain) memory.checkInOffer = basis;
  await sender.send(context, stillTheSame(kb, engine, answers, offerAgain));
}

/**
 * The check-in, in a turn the scheduler opened in its conversation: sent unless a symptom check is in
 * progress there (then it waits). The state is saved before the message goes, so a failed send retried
 * later can't leave the conversation without the question it asks.
 */
export async function deliverCheckIn(
  context: TurnContext,
  deps: CheckInDeps,
  due: DueCheckIn,
): Promise<DeliveryOutcome> {
  const { state } = deps;
  const dialogState = await state.dialogState.get(context);
  if (dialogState?.dialogStack?.length) return 'busy';
  const memory = await state.memory.get(context, {});
  const { answers, takenAt, level, round } = due.check;
  memory.lastInterview = answers;
  memory.lastInterviewAt = takenAt;
  memory.checkIn = { takenAt, level, round: round + 1 };
  delete memory.checkInOffer;
  const activity = await deps.sender.prepare(context, checkInQuestion(deps.kb, answers, takenAt, due.timeZone));
  await state.conversationState.saveChanges(context, false);
  await context.sendActivity(activity);
  return 'sent';
}
