/**
 * A local Direct Line v3 stand-in inside the same restify server, so Microsoft's Web Chat can talk to
 * this bot with no Azure resource: start a conversation (which sends the conversationUpdate that
 * triggers the welcome), post activities (echoed back with an id and their clientActivityID, or Web
 * Chat reports "Send failed"), and poll for new ones with a watermark. For local use: off in
 * production unless enabled.
 */
import { randomUUID } from 'node:crypto';
import { type Activity, ActivityTypes, type ResourceResponse, TurnContext } from 'botbuilder';
import { OutboundOnlyAdapter } from '../outboundOnlyAdapter';

import type { RateLimiter } from '../state/rateLimiter';

const BOT = { id: 'nutribot', name: 'NutriBot', role: 'bot' };
/** Conversations kept at once; the oldest is dropped beyond this. */
const MAX_CONVERSATIONS = 1_000;
/** Activities kept per conversation. */
const MAX_ACTIVITIES = 1_000;

export class DirectLineShim extends OutboundOnlyAdapter {
  protected readonly channelName = 'The local Direct Line';
  private readonly conversations = new Map<string, Partial<Activity>[]>();

  constructor(
    private readonly logic: (context: TurnContext) => Promise<void>,
    private readonly limiter?: RateLimiter,
  ) {
    super();
  }

  /** True when this conversation (or user) has sent too much too fast: the route answers 429. */
  isLimited(conversationId: string, userId = 'webchat-user'): boolean {
    return this.limiter?.isLimited([`c:webchat/${conversationId}`, `u:webchat/${userId}`]) ?? false;
  }

  /** Starts a conversation and lets the bot greet the person. */
  async startConversation(userId = 'webchat-user'): Promise<string> {
    const id = randomUUID();
    this.conversations.set(id, []);
    if (this.conversations.size > MAX_CONVERSATIONS) this.conversations.delete(this.conversations.keys().next().value!);
    await this.run(
      id,
      {
        type: ActivityTypes.ConversationUpdate,
        from: { id: userId, name: 'You', role: 'user' },
        membersAdded: [{ id: userId, name: 'You' }],
      },
      false,
    );
    return id;
  }

  has(conversationId: string): boolean {
    return this.conversations.has(conversationId);
  }

  /** Takes an activity from Web Chat: stores the echo at once, then runs the bot on it. */
  async receive(conversationId: string, incoming: Partial<Activity>): Promise<string> {
    return this.run(conversationId, incoming, true);
  }

  activitiesSince(conversationId: string, watermark: number): { activities: Partial<Activity>[]; watermark: string } {
    const all = this.conversations.get(conversationId) ?? [];
    return { activities: all.slice(Math.max(0, watermark)), watermark: String(all.length) };
  }

  private async run(conversationId: string, incoming: Partial<Activity>, echo: boolean): Promise<string> {
    const activity = {
      ...incoming,
      id: this.nextId(conversationId),
      channelId: 'webchat',
      serviceUrl: 'local',
      timestamp: new Date().toISOString(),
      conversation: { id: conversationId },
      recipient: BOT,
      from: incoming.from ?? { id: 'webchat-user', role: 'user' },
    } as unknown as Activity;
    if (echo) this.append(conversationId, activity);
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
    return `${conversationId}|${String(this.conversations.get(conversationId)?.length ?? 0).padStart(7, '0')}-${randomUUID().slice(0, 8)}`;
  }

  private append(conversationId: string, activity: Partial<Activity>): void {
    const list = this.conversations.get(conversationId);
    if (!list) return;
    list.push(activity);
    if (list.length > MAX_ACTIVITIES) list.splice(0, list.length - MAX_ACTIVITIES);
  }
}
