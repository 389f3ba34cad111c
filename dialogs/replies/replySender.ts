/**
 * Sends replies: adds the not-a-substitute-for-a-clinician line to the first health reply of a
 * conversation, remembers what the answer was about, adds the channel's "was this helpful?" control to
 * answers and results (when feedback is collected), and renders for the channel.
 */
import type { Activity, TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Intent } from '../../knowledge/schema';
import type { BotState } from '../conversationMemory';
import { RATED_KINDS } from '../feedback/feedback';
import type { AnswerTag } from '../insights';
import {
  type FeedbackControl,
  type FeedbackStyle,
  SLACK_BLOCK_KIT,
  channelFamily,
  renderActivity,
} from '../rendering/renderActivity';
import { recognizedIntent } from '../turnRecognition';
import { type Reply, note } from './replyModel';
import { renderShared } from './sharedReplies';

/** Answers a person may still rate, per conversation. */
const RATEABLE_ANSWERS = 3;

export interface SenderOptions {
  /** Collect "was this helpful?" ratings (an insights store is configured). */
  feedback?: boolean;
}

export class ReplySender {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly state: BotState,
    private readonly options: SenderOptions = {},
  ) {}

  /** The activity for a reply, with the disclaimer when this conversation has not had it yet. */
  async prepare(context: TurnContext, reply: Reply): Promise<Partial<Activity>> {
    return (await this.build(context, reply)).activity;
  }

  async send(context: TurnContext, reply: Reply): Promise<void> {
    const { activity, tag } = await this.build(context, reply);
    const sent = await context.sendActivity(activity);
    if (!tag) return;
    // Remembered for "feedback" typed later, and for Teams' feedback, which names the message it rates.
    const memory = await this.state.memory.get(context, {});
    const answers = [...(memory.answers ?? []), { ...tag, ...(sent?.id ? { id: sent.id } : {}) }];
    memory.answers = answers.slice(-RATEABLE_ANSWERS);
  }

  private async build(context: TurnContext, reply: Reply): Promise<{ activity: Partial<Activity>; tag?: AnswerTag }> {
    const memory = await this.state.memory.get(context, {});
    let final = reply;
    const hasDisclaimer = reply.blocks.some((b) => b.type === 'note' && b.text === this.kb.data.guidance.disclaimer);
    if (reply.healthInfo && !memory.disclaimerShown && !hasDisclaimer) {
      final = { ...reply, blocks: [...reply.blocks, note('info', this.kb.data.guidance.disclaimer)] };
    }
    if (final.healthInfo || hasDisclaimer) memory.disclaimerShown = true;
    // Typing a choice's number works on every channel: remember what was offered.
    if (reply.suggestions.length) memory.lastSuggestions = reply.suggestions;
    const { channelId } = context.activity;
    const slackBlockKit = context.turnState.get(SLACK_BLOCK_KIT) === true;
    const tag = this.options.feedback && RATED_KINDS.has(reply.kind) ? answerTag(context, reply) : undefined;
    const style = tag ? feedbackStyle(context, slackBlockKit) : undefined;
    const feedback: FeedbackControl | undefined = tag && style ? { ...tag, style } : undefined;
    // Keyed by channel family, not channelId: the rendering depends only on the family, and a client
    // choosing a new channelId for each request must not add a rendering each time.
    const variant = `${channelFamily(channelId)}|${slackBlockKit}|${feedback ? `${feedback.style}:${feedback.kind}:${feedback.intent}` : ''}`;
    const activity = renderShared(final, variant, () =>
      renderActivity(final, channelId, { slackBlockKit, ...(feedback ? { feedback } : {}) }),
    );
    return { activity, ...(tag ? { tag } : {}) };
  }
}

/** What a rating of this reply is about: its kind, and the intent the turn recognised. */
function answerTag(context: TurnContext, reply: Reply): AnswerTag {
  const byKind: Partial<Record<Reply['kind'], Intent>> = { assessment: 'symptomCheck', summary: 'summary' };
  return { kind: reply.kind, intent: byKind[reply.kind] ?? recognizedIntent(context) ?? 'outOfScope' };
}

/**
 * The control each channel shows natively: Teams' own feedback buttons in personal chats, card buttons
 * in Teams channels and group chats and in Web Chat, Block Kit buttons on the direct Slack path. Other
 * channels have the "feedback" command.
 */
function feedbackStyle(context: TurnContext, slackBlockKit: boolean): FeedbackStyle | undefined {
  switch (channelFamily(context.activity.channelId)) {
    case 'teams':
      return context.activity.conversation?.conversationType === 'personal' ? 'teamsLoop' : 'card';
    case 'webchat':
      return 'card';
    case 'slack':
      return slackBlockKit ? 'blockKit' : undefined;
    default:
      return undefined;
  }
}
