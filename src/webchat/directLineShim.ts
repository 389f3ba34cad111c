/**
 * A local Direct Line v3 stand-in inside the same restify server, so Microsoft's Web Chat can talk to
 * this bot with no Azure resource: start a conversation (which sends the conversationUpdate that
 * triggers the welcome), post activities (echoed back with an id and their clientActivityID, or Web
 * Chat reports "Send failed"), and poll for new ones with a watermark. For local use: off in
 * production unless enabled.
 *
 * Everything here is bounded: conversation starts per client address are rate limited, each
 * conversation gets its own server-issued user id (whatever `from` a client sends), and only the
 * fields Web Chat shows are kept, in a bounded history per conversation and a bounded number of
 * conversations.
 */
import { randomUUID } from 'node:crypto';
import {
  type Activity,
  ActivityTypes,
  type ConversationReference,
  type ResourceResponse,
  TurnContext,
} from 'botbuilder';
import { ConversationGoneError } from '../checkins/deliveryErrors';
import { OutboundOnlyAdapter } from '../outboundOnlyAdapter';
import type { RateLimiter } from '../state/rateLimiter';
import { type DirectLineActivity, echoOf, incomingFrom } from './directLineActivities';

const BOT = { id: 'nutribot', name: 'NutriBot', role: 'bot' };
/** Conversations kept at once; the oldest is dropped beyond this. */
export const MAX_CONVERSATIONS = 200;
/** Activities kept per conversation (the newest). */
export const MAX_ACTIVITIES = 100;

interface Conversation {
  /** The person's id, issued by the server when the conversation started. */
  userId: string;
  activities: DirectLineActivity[];
  /** Activities dropped from the front of the history, so a watermark stays a position in the whole conversation. */
  dropped: number;
}

export class DirectLineShim extends OutboundOnlyAdapter {
  protected readonly channelName = 'The local Direct Line';
  private readonly conversations = new Map<string, Conversation>();

  constructor(
    private readonly logic: (context: TurnContext) => Promise<void>,
    private readonly limiter?: RateLimiter,
  ) {
    super();
  }

  /** True when this conversation has sent too much too fast: the route answers 429. */
  async isLimited(conversationId: string): Promise<boolean> {
    const conversation = this.conversations.get(conversationId);
    if (!conversation || !this.limiter) return false;
    return this.limiter.isLimited(turnKeys(conversationId, conversation.userId));
  }

  /**
   * Starts a conversation for a new person and lets the bot greet them; undefined when this client
   * address has started too many conversations too fast.
   */
  async startConversation(clientAddress: string): Promise<string | undefined> {
    if (this.limiter && !(await this.limiter.take([`s:webchat/${clientAddress}`])).allowed) return undefined;
    const id = randomUUID();
    const userId = `dl-${randomUUID()}`;
    this.conversations.set(id, { userId, activities: [], dropped: 0 });
    if (this.conversations.size > MAX_CONVERSATIONS) this.conversations.delete(this.conversations.keys().next().value!);
    await this.run(id, {
      type: ActivityTypes.ConversationUpdate,
      from: { id: userId, name: 'You', role: 'user' },
      membersAdded: [{ id: userId, name: 'You' }],
    } as Partial<Activity>);
    return id;
  }

  has(conversationId: string): boolean {
    return this.conversations.has(conversationId);
  }

  /** Takes an activity from Web Chat: stores its echo at once, then runs the bot on it. */
  async receive(conversationId: string, posted: Record<string, unknown>): Promise<string> {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) throw new Error('No such conversation.');
    const activity = incomingFrom(posted, { id: conversation.userId, name: 'You', role: 'user' });
    return this.run(conversationId, activity, (stamped) => this.append(conversationId, echoOf(stamped)));
  }

  /** A turn the bot starts itself (a check-in), in a conversation this process still holds. */
  override async continueConversation(
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void> {
    const id = reference.conversation?.id ?? '';
    const conversation = this.conversations.get(id);
    if (!conversation) throw new ConversationGoneError('The local chat conversation is no longer here.');
    const activity = {
      type: ActivityTypes.Event,
      name: 'ContinueConversation',
      id: this.nextId(id),
      channelId: 'webchat',
      serviceUrl: 'local',
      timestamp: new Date().toISOString(),
      conversation: { id },
      from: { id: conversation.userId, name: 'You', role: 'user' },
      recipient: BOT,
    } as unknown as Activity;
    await this.runMiddleware(new TurnContext(this, activity), logic);
  }

  activitiesSince(conversationId: string, watermark: number): { activities: DirectLineActivity[]; watermark: string } {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return { activities: [], watermark: '0' };
    const { activities, dropped } = conversation;
    return {
      activities: activities.slice(Math.max(0, watermark - dropped)),
      watermark: String(dropped + activities.length),
    };
  }

  private async run(
    conversationId: string,
    incoming: Partial<Activity>,
    beforeTurn?: (activity: Activity) => void,
  ): Promise<string> {
    const activity = {
      ...incoming,
      id: this.nextId(conversationId),
      channelId: 'webchat',
      serviceUrl: 'local',
      timestamp: new Date().toISOString(),
      conversation: { id: conversationId },
      recipient: BOT,
    } as unknown as Activity;
    beforeTurn?.(activity);
    await this.runMiddleware(new TurnContext(this, activity), this.logic);
    return activity.id!;
  }

  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation.id;
    return activities.map((a) => {
      if (a.type !== ActivityTypes.Message && a.type !== ActivityTypes.Typing) return { id: '' };
      const id = this.nextId(conversationId);
      this.append(conversationId, {
        ...a,
        id,
        from: BOT,
        conversation: { id: conversationId } as Activity['conversation'],
        timestamp: new Date(),
      });
      return { id };
    });
  }

  private nextId(conversationId: string): string {
    const conversation = this.conversations.get(conversationId);
    const position = conversation ? conversation.dropped + conversation.activities.length : 0;
    return `${conversationId}|${String(position).padStart(7, '0')}-${randomUUID().slice(0, 8)}`;
  }

  private append(conversationId: string, activity: DirectLineActivity): void {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return;
    conversation.activities.push(activity);
    const excess = conversation.activities.length - MAX_ACTIVITIES;
    if (excess > 0) {
      conversation.activities.splice(0, excess);
      conversation.dropped += excess;
    }
  }
}

/** The rate-limit keys of a Web Chat turn, as the turn runner builds them. */
function turnKeys(conversationId: string, userId: string): string[] {
  return [`c:webchat/${conversationId}`, `u:webchat/${userId}`];
}
