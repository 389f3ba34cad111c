/**
 * Plans check-ins for the dialogs and sends them when due. Every instance polls the shared store now and
 * then; a due check-in is claimed with a lease (exactly one instance gets it), sent in its conversation
 * through the channel it came from (Bot Framework's proactive continueConversation, the direct Slack
 * path's chat.postMessage, or the local Direct Line), under the conversation's turn lock. A conversation
 * in the middle of a symptom check gets it once the check is over. A channel failure is retried with a
 * doubling delay, then given up and logged; a conversation the bot can no longer reach (Teams answers
 * 403 when the app is not installed for the person) is dropped at once.
 */
import { randomUUID } from 'node:crypto';
import { type ConversationReference, TurnContext } from 'botbuilder';
import type {
  CheckInScheduler,
  CheckedSymptoms,
  DeliveryOutcome,
  DueCheckIn,
  PlannedCheckIn,
} from '../../dialogs/checkins/checkInTypes';
import type { Clock } from '../../dialogs/clock';
import { errorForLog, hashId } from '../logFields';
import type { Logger } from '../logger';
import { type TurnLocks, conversationLockKey } from '../state/turnLocks';
import type { CheckInClaim, CheckInJob, CheckInStore, SlackRoute } from './checkInStore';
import { ChannelUnavailableError, isUnreachable } from './deliveryErrors';

/** A channel the bot can speak in first: runs the logic in a turn of the job's conversation. */
export interface ProactiveChannel {
  continue(job: CheckInJob, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/** Sends the check-in in its conversation (or says the conversation is busy): the dialogs' part. */
export type DeliverCheckIn = (context: TurnContext, due: DueCheckIn) => Promise<DeliveryOutcome>;

export type CheckInEvent = 'scheduled' | 'sent' | 'dropped' | 'gaveUp';

export interface SchedulerOptions {
  store: CheckInStore;
  clock: Clock;
  logger: Logger;
  locks: TurnLocks;
  deliver: DeliverCheckIn;
  /** Which channel a turn came through (by its adapter); undefined: the bot can't speak there first. */
  viaOf: (context: TurnContext) => string | undefined;
  /** The proactive channels by name; a channel may join later (the direct Slack path, once built). */
  channels: Map<string, ProactiveChannel>;
  /** Counts for the team's report. */
  onEvent?: (event: CheckInEvent) => void;
  /** How long a claim lasts before another instance may take the check-in (default 5 minutes). */
  leaseMs?: number;
  /** How long a check-in waits for a symptom check in progress to end (default 5 minutes). */
  busyWaitMs?: number;
  /** The first retry's delay; each next one doubles (default 1 minute). */
  retryBaseMs?: number;
  /** Deliveries tried before giving up (default 5). */
  maxAttempts?: number;
  /** Check-ins claimed per poll (default 20). */
  batch?: number;
}

export interface PollResult {
  sent: number;
  waiting: number;
  retried: number;
  dropped: number;
}

export class CheckInService implements CheckInScheduler {
  private readonly leaseMs: number;
  private readonly busyWaitMs: number;
  private readonly retryBaseMs: number;
  private readonly maxAttempts: number;
  private readonly batch: number;
  private timer?: NodeJS.Timeout;
  private polling?: Promise<PollResult>;
  private storeDown = false;

  constructor(private readonly options: SchedulerOptions) {
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.busyWaitMs = options.busyWaitMs ?? 5 * 60_000;
    this.retryBaseMs = options.retryBaseMs ?? 60_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.batch = options.batch ?? 20;
  }

  reachable(context: TurnContext): boolean {
    const via = this.options.viaOf(context);
    return via !== undefined && this.options.channels.has(via);
  }

  async schedule(context: TurnContext, plan: PlannedCheckIn, check: CheckedSymptoms): Promise<void> {
    const via = this.options.viaOf(context);
    if (!via) throw new Error('This channel cannot receive check-ins.');
    const { activityId: _reply, ...reference } = TurnContext.getConversationReference(context.activity);
    const route = (context.activity.channelData as { route?: SlackRoute } | undefined)?.route;
    const job: CheckInJob = {
      id: randomUUID(),
      conversationKey: keyOf(context),
      via,
      reference: withoutNames(reference as Partial<ConversationReference>),
      ...(via === 'slack' && route ? { route: { channel: route.channel, threadTs: route.threadTs } } : {}),
      ...(plan.timeZone ? { timeZone: plan.timeZone } : {}),
      dueAt: plan.dueAt,
      check,
      attempts: 0,
    };
    await this.options.store.put(job);
    this.options.onEvent?.('scheduled');
  }

  async pending(context: TurnContext): Promise<PlannedCheckIn | undefined> {
    const job = await this.options.store.forConversation(keyOf(context));
    return job && { dueAt: job.dueAt, ...(job.timeZone ? { timeZone: job.timeZone } : {}) };
  }

  cancel(context: TurnContext): Promise<boolean> {
    return this.options.store.removeConversation(keyOf(context));
  }

  /** Polls every intervalMs (with a little jitter, so instances don't poll in step). */
  start(intervalMs: number): void {
    const next = () => {
      this.timer = setTimeout(
        () => {
          void this.poll().finally(() => {
            if (this.timer) next();
          });
        },
        intervalMs * (0.8 + Math.random() * 0.4),
      );
      this.timer.unref();
    };
    next();
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.polling;
  }

  /** Sends what is due now; one poll at a time per instance. */
  poll(): Promise<PollResult> {
    this.polling ??= this.pollOnce().finally(() => {
      this.polling = undefined;
    });
    return this.polling;
  }

  private async pollOnce(): Promise<PollResult> {
    const result: PollResult = { sent: 0, waiting: 0, retried: 0, dropped: 0 };
    const { store, clock, logger } = this.options;
    let claims: CheckInClaim[];
    try {
      const now = clock.now();
      claims = await store.claimDue(now, now + this.leaseMs, this.batch, randomUUID());
      if (this.storeDown) logger.info('check-ins: store reachable again');
      this.storeDown = false;
    } catch (error) {
      // Logged once per outage, not at every poll; the next poll tries again.
      if (!this.storeDown) logger.warn({ err: errorForLog(error) }, 'check-ins: store unavailable; retrying');
      this.storeDown = true;
      return result;
    }
    for (const claim of claims) result[await this.deliver(claim)]++;
    return result;
  }

  private async deliver(claim: CheckInClaim): Promise<keyof PollResult> {
    const { job } = claim;
    const { store, clock, logger, locks, deliver } = this.options;
    const log = { conversation: hashId(job.conversationKey), via: job.via, attempt: job.attempts + 1 };
    const channel = this.options.channels.get(job.via);
    try {
      if (!channel) throw new ChannelUnavailableError(`No ${job.via} channel on this instance`);
      let outcome: DeliveryOutcome = 'busy';
      const due: DueCheckIn = {
        dueAt: job.dueAt,
        check: job.check,
        ...(job.timeZone ? { timeZone: job.timeZone } : {}),
      };
      await channel.continue(job, (context) =>
        locks.run(conversationLockKey(job.reference.channelId, job.reference.conversation?.id), async () => {
          outcome = await deliver(context, due);
        }),
      );
      if (outcome === 'busy') {
        await store.retryAt(claim, clock.now() + this.busyWaitMs, job.attempts);
        logger.info(log, 'check-in waits for the symptom check in progress');
        return 'waiting';
      }
      await store.finish(claim);
      logger.info(log, 'check-in sent');
      this.options.onEvent?.('sent');
      return 'sent';
    } catch (error) {
      return this.failed(claim, error, log);
    }
  }

  private async failed(claim: CheckInClaim, error: unknown, log: Record<string, unknown>): Promise<keyof PollResult> {
    const { store, clock, logger } = this.options;
    const attempts = claim.job.attempts + 1;
    const unreachable = isUnreachable(error);
    try {
      if (unreachable || attempts >= this.maxAttempts) {
        await store.finish(claim);
        logger.warn(
          { ...log, err: errorForLog(error) },
          unreachable ? 'check-in dropped: the conversation can no longer be reached' : 'check-in given up',
        );
        this.options.onEvent?.(unreachable ? 'dropped' : 'gaveUp');
        return 'dropped';
      }
      await store.retryAt(claim, clock.now() + this.retryBaseMs * 2 ** (attempts - 1), attempts);
      logger.warn({ ...log, err: errorForLog(error) }, 'check-in failed; will retry');
      return 'retried';
    } catch (storeError) {
      // The lease runs out and another poll takes it again.
      logger.warn({ ...log, err: errorForLog(storeError) }, 'check-ins: could not record a failed delivery');
      return 'retried';
    }
  }
}

/** Only what addresses the conversation is kept: ids, not the person's display name. */
function withoutNames(reference: Partial<ConversationReference>): Partial<ConversationReference> {
  const { user, bot, conversation, ...rest } = reference;
  return {
    ...rest,
    ...(user ? { user: { id: user.id, name: '' } } : {}),
    ...(bot ? { bot: { id: bot.id, name: '' } } : {}),
    ...(conversation
      ? {
          conversation: {
            id: conversation.id,
            isGroup: conversation.isGroup,
            conversationType: conversation.conversationType,
            ...(conversation.tenantId ? { tenantId: conversation.tenantId } : {}),
            name: '',
          },
        }
      : {}),
  };
}

/** The conversation's key, shared by every instance (the turn lock's key). */
function keyOf(context: TurnContext): string {
  return conversationLockKey(context.activity.channelId, context.activity.conversation?.id);
}
