/**
 * "Was this helpful?" on answers and results: which replies carry the control, how each channel's
 * control comes back (a card button's or a Slack button's value, Teams' own feedback buttons), and the
 * text command for channels without buttons ("feedback"). A rating is stored with the answer's kind,
 * intent, channel and time; a comment only when the person types one.
 */
import type { Activity } from 'botbuilder';
import { INTENTS, type Intent } from '../../knowledge/schema';
import type { AnswerTag, Rating } from '../insights';
import { type Reply, type ReplyKind, reply, text } from '../replies/replyModel';

/** Answers and results: the replies worth rating. */
export const RATED_KINDS: ReadonlySet<ReplyKind> = new Set<ReplyKind>([
  'foodList',
  'nutrientInfo',
  'deficiencySigns',
  'riskGroups',
  'foodProfile',
  'foodAmount',
  'symptomOverview',
  'lifestyle',
  'doctor',
  'labResult',
  'supplements',
  'assessment',
  'summary',
]);

/** The value a card or Slack button carries back. */
export const FEEDBACK_MARK = 'feedback';
export interface FeedbackValue extends AnswerTag {
  nutribot: typeof FEEDBACK_MARK;
  rating: Rating;
}

export function feedbackValue(tag: AnswerTag, rating: Rating): FeedbackValue {
  return { nutribot: FEEDBACK_MARK, rating, kind: tag.kind, intent: tag.intent };
}

/** Longest comment kept (a few sentences). */
export const MAX_COMMENT = 500;
const INTENT_SET: ReadonlySet<string> = new Set(INTENTS);

/** A button's value, checked: only known kinds and intents, so nothing a client sends becomes a label. */
export function feedbackSubmission(value: unknown): (AnswerTag & { rating: Rating }) | undefined {
  const v = value as Partial<FeedbackValue> | null | undefined;
  if (!v || typeof v !== 'object' || v.nutribot !== FEEDBACK_MARK) return undefined;
  if (v.rating !== 'helpful' && v.rating !== 'unhelpful') return undefined;
  if (!RATED_KINDS.has(v.kind as ReplyKind) || !INTENT_SET.has(String(v.intent))) return undefined;
  return { kind: v.kind as ReplyKind, intent: v.intent as Intent, rating: v.rating };
}

/**
 * Teams' own feedback buttons: an invoke "message/submitAction" whose value names "feedback", a reaction
 * and, when the person wrote one, a text in a JSON string.
 */
export function teamsFeedback(activity: Partial<Activity>): { rating: Rating; comment?: string } | undefined {
  if (activity.type !== 'invoke' || activity.name !== 'message/submitAction') return undefined;
  const value = activity.value as
    { actionName?: unknown; actionValue?: { reaction?: unknown; feedback?: unknown } } | undefined;
  if (value?.actionName !== 'feedback') return undefined;
  const reaction = value.actionValue?.reaction;
  if (reaction !== 'like' && reaction !== 'dislike') return undefined;
  const comment = commentOf(value.actionValue?.feedback);
  return { rating: reaction === 'like' ? 'helpful' : 'unhelpful', ...(comment ? { comment } : {}) };
}

function commentOf(feedback: unknown): string | undefined {
  let raw: unknown = feedback;
  if (typeof feedback === 'string') {
    try {
      raw = (JSON.parse(feedback.slice(0, 10_000)) as { feedbackText?: unknown }).feedbackText;
    } catch {
      raw = feedback;
    }
  } else if (feedback && typeof feedback === 'object') {
    raw = (feedback as { feedbackText?: unknown }).feedbackText;
  }
  return typeof raw === 'string' ? cleanComment(raw) : undefined;
}

/** One line of plain text, bounded; undefined when nothing is left. */
export function cleanComment(raw: string): string | undefined {
  const clean = raw
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_COMMENT);
  return clean || undefined;
}

const UNHELPFUL =
  /\bnot (good|great)\b|\b(not|wasnt|isnt|no|didnt|did not|un)\s?(very |really |at all )?(helpful|useful|help)|\b(useless|no help|thumbs down|bad)\b|👎/;
const HELPFUL = /\b(helpful|useful|yes|yep|it helped|that helped|thumbs up|good|great)\b|👍/;

/** A rating said in words ("helpful", "not helpful", "👍"), if the message gives one. */
export function ratingFromText(message: string): Rating | undefined {
  const m = message.toLowerCase().replace(/['’]/g, '');
  if (UNHELPFUL.test(m)) return 'unhelpful';
  if (HELPFUL.test(m)) return 'helpful';
  return undefined;
}

const DECLINE =
  /^\s*(no|nope|no thanks|no thank you|nothing|skip|no comment|not now|thats all|that is all|all good)\s*[.!]*\s*$/i;

export function declinesComment(message: string): boolean {
  return DECLINE.test(message.replace(/['’]/g, ''));
}

export const HELPFUL_LABEL = 'Helpful';
export const UNHELPFUL_LABEL = 'Not helpful';

export function askForRating(): Reply {
  return reply('feedback', {
    blocks: [text('Was my last answer helpful?')],
    suggestions: [HELPFUL_LABEL, UNHELPFUL_LABEL],
  });
}

/** "feedback" alone in the middle of a symptom check: its next message is an answer to the check. */
export function rateAfterFlow(): Reply {
  return reply('feedback', {
    blocks: [text('Let’s finish this symptom check first; then say “feedback” to tell me whether my answers helped.')],
  });
}

export function nothingToRate(): Reply {
  return reply('feedback', {
    blocks: [
      text(
        'There is no answer of mine to rate yet. After an answer or a symptom check, say “feedback” to tell me whether it helped.',
      ),
    ],
  });
}

export function notCollected(): Reply {
  return reply('feedback', {
    blocks: [text('Thanks, but I don’t collect feedback in this chat. Anything else I can help with?')],
  });
}

export function thanksForRating(rating: Rating, askComment: boolean): Reply {
  const thanks =
    rating === 'helpful' ? 'Thanks, glad it helped.' : 'Thanks for telling me, that helps the team improve.';
  return reply('feedback', {
    blocks: [
      text(
        askComment
          ? `${thanks} Would you like to add a comment for the team? Type it now, or say “no thanks”.`
          : thanks,
      ),
    ],
    suggestions: askComment ? ['No thanks'] : [],
  });
}

export function commentKept(days: number): Reply {
  return reply('feedback', {
    blocks: [
      text(
        `Thank you, I’ve passed your comment on to the team. It is kept for ${days} days: “what do you know about me” shows it and “forget me” deletes it.`,
      ),
    ],
  });
}

export function noComment(): Reply {
  return reply('feedback', { blocks: [text('OK, no comment. Anything else I can help with?')] });
}
