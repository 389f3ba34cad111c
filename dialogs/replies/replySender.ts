/**
 * Sends replies: adds the not-a-substitute-for-a-clinician line to the first health reply of a
 * conversation, remembers what the answer was about, and renders for the channel.
 */
import type { Activity, TurnContext } from 'botbuilder';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { BotState } from '../conversationMemory';
import { SLACK_BLOCK_KIT, channelFamily, renderActivity } from '../rendering/renderActivity';
import { type Reply, note } from './replyModel';
import { renderShared } from './sharedReplies';

export class ReplySender {
  constructor(
    private readonly kb: KnowledgeBase,
    private readonly state: BotState,
  ) {}

  /** The activity for a reply, with the disclaimer when this conversation has not had it yet. */
  async prepare(context: TurnContext, reply: Reply): Promise<Partial<Activity>> {
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
    // Keyed by channel family, not channelId: the rendering depends only on the family, and a client
    // choosing a new channelId for each request must not add a rendering each time.
    return renderShared(final, `${channelFamily(channelId)}|${slackBlockKit}`, () =>
      renderActivity(final, channelId, { slackBlockKit }),
    );
  }

  async send(context: TurnContext, reply: Reply): Promise<void> {
    await context.sendActivity(await this.prepare(context, reply));
  }
}
