/**
 * Feedback in the conversation: a rating from a button (or Teams' own feedback buttons, whose form may
 * carry a comment), "feedback" typed on channels without buttons, and the optional comment after a
 * rating. A message that is clearly a new question is answered instead of being kept as a comment.
 */
import type { TurnContext } from 'botbuilder';
import { CLARIFY_BELOW, KNOWLEDGE_QUESTIONS, type Recognition } from '../../knowledge/understanding/recognize';
import { asksSomething } from '../../knowledge/understanding/recognize';
import type { Clock } from '../clock';
import type { BotState, ConversationMemory } from '../conversationMemory';
import { type AnswerTag, type Insights, type Rating, ownerKey } from '../insights';
import { channelFamily } from '../rendering/renderActivity';
import type { ReplySender } from '../replies/replySender';
import {
  askForRating,
  cleanComment,
  commentKept,
  declinesComment,
  noComment,
  notCollected,
  nothingToRate,
  rateAfterFlow,
  ratingFromText,
  thanksForRating,
} from './feedback';

export interface FeedbackDeps {
  sender: ReplySender;
  state: BotState;
  clock: Clock;
  insights?: Insights;
}

/** The answer an activity rates: the one it replies to when the channel says so, else the latest. */
export function ratedAnswer(memory: ConversationMemory, replyToId?: string): AnswerTag | undefined {
  const answers = memory.answers ?? [];
  const found = (replyToId && answers.find((a) => a.id === replyToId)) || answers.at(-1);
  return found && { kind: found.kind, intent: found.intent };
}

/**
 * Records a rating. A comment given with it (Teams' form) is kept too; otherwise one is asked for,
 * except in the middle of a symptom check, whose next message is an answer to it.
 */
export async function rate(
  context: TurnContext,
  deps: FeedbackDeps,
  tag: AnswerTag,
  rating: Rating,
  options: { comment?: string; reply: boolean; flowActive: boolean },
): Promise<void> {
  const { insights, clock, sender, state } = deps;
  const at = clock.now();
  await insights?.feedback({ ...tag, rating, channel: channelFamily(context.activity.channelId), at });
  if (options.comment) {
    await keepComment(context, deps, { ...tag, rating }, options.comment);
    if (options.reply) await sender.send(context, commentKept(insights?.commentDays ?? 0));
    return;
  }
  if (!options.reply) return;
  const askComment = Boolean(insights) && !options.flowActive;
  if (askComment) (await state.memory.get(context, {})).feedbackStep = { ...tag, rating };
  await sender.send(context, thanksForRating(rating, askComment));
}

async function keepComment(
  context: TurnContext,
  deps: FeedbackDeps,
  rated: AnswerTag & { rating: Rating },
  text: string,
): Promise<void> {
  const { activity } = context;
  await deps.insights?.comment(ownerKey(activity.channelId, activity.from?.id), {
    ...rated,
    text,
    at: deps.clock.now(),
  });
}

/**
 * "feedback" typed: rates the last answer at once when the message says how, else asks. In a flow its
 * next message answers the flow, so a rating is only taken when given in the same message.
 */
export async function feedbackCommand(
  context: TurnContext,
  deps: FeedbackDeps,
  memory: ConversationMemory,
  flowActive = false,
): Promise<void> {
  if (!deps.insights) return deps.sender.send(context, notCollected());
  const tag = ratedAnswer(memory);
  if (!tag) return deps.sender.send(context, nothingToRate());
  const rating = ratingFromText(context.activity.text ?? '');
  if (rating) return rate(context, deps, tag, rating, { reply: true, flowActive });
  if (flowActive) return deps.sender.send(context, rateAfterFlow());
  memory.feedbackStep = tag;
  await deps.sender.send(context, askForRating());
}

/** A message after "feedback" (the rating) or after a rating (the optional comment); true when it was one. */
export async function answerPendingFeedback(
  context: TurnContext,
  deps: FeedbackDeps,
  memory: ConversationMemory,
  recognition: () => Recognition,
  raisedWarnings: boolean,
): Promise<boolean> {
  const step = memory.feedbackStep;
  if (!step) return false;
  delete memory.feedbackStep;
  const message = context.activity.text ?? '';
  const { kind, intent } = step;
  if (!step.rating) {
    const rating = ratingFromText(message);
    if (!rating) return false;
    await rate(context, deps, { kind, intent }, rating, { reply: true, flowActive: false });
    return true;
  }
  // Warning signs were answered already; a new question is answered rather than kept.
  if (raisedWarnings || looksLikeNewQuestion(message, recognition())) return false;
  if (declinesComment(message)) {
    await deps.sender.send(context, noComment());
    return true;
  }
  const comment = cleanComment(message);
  if (!comment) return false;
  await keepComment(context, deps, { kind, intent, rating: step.rating }, comment);
  await deps.sender.send(context, commentKept(deps.insights?.commentDays ?? 0));
  return true;
}

/**
 * A knowledge question asked as one ("what foods have calcium?") is answered rather than kept. A
 * statement is the comment that was asked for, even one with a symptom word ("the list is confusing");
 * warning signs in it were answered before this is called.
 */
function looksLikeNewQuestion(message: string, rec: Recognition): boolean {
  return asksSomething(message) && KNOWLEDGE_QUESTIONS.has(rec.intent) && rec.confidence >= CLARIFY_BELOW;
}
