/**
 * A bot on botbuilder's TestAdapter with check-ins and feedback wired as in production (the in-process
 * stores, the real scheduler and delivery) and a manual clock.
 */
import { type Activity, MemoryStorage, type Storage, TestAdapter, TurnContext } from 'botbuilder';
import { createBot } from '../../dialogs/createBot';
import { handleTurnErrors } from '../../src/adapter';
import { CheckInService, type ProactiveChannel } from '../../src/checkins/checkInScheduler';
import { type CheckInStore, InProcessCheckInStore } from '../../src/checkins/checkInStore';
import { InProcessInsightsStore } from '../../src/insights/insightsStore';
import { scrubText } from '../../src/insights/scrub';
import { TeamInsights } from '../../src/insights/teamInsights';
import { createLogger } from '../../src/logger';
import { InProcessTurnLocks } from '../../src/state/turnLocks';
import { ManualClock } from './clock';
import { knowledgeBase } from './knowledge';

export interface CheckInBotOptions {
  channelId?: string;
  conversation?: Partial<Activity['conversation']>;
  store?: CheckInStore;
  storage?: Storage;
  keepTextDays?: number;
  /** Replaces the test channel's delivery (to simulate a failing channel). */
  channel?: ProactiveChannel;
}

export function checkInBot(options: CheckInBotOptions = {}) {
  const kb = knowledgeBase();
  const clock = new ManualClock();
  const store = options.store ?? new InProcessCheckInStore();
  const insightsStore = new InProcessInsightsStore();
  const logger = createLogger('silent');
  const insights = new TeamInsights({
    store: insightsStore,
    clock,
    logger,
    commentDays: 30,
    keepTextDays: options.keepTextDays ?? 0,
    scrub: (text) => scrubText(text, (w) => kb.isKnownWord(w)),
  });
  const channels = new Map<string, ProactiveChannel>();
  let deliver: ReturnType<typeof createBot>['deliverCheckIn'] = async () => 'busy';
  const scheduler = new CheckInService({
    store,
    clock,
    logger,
    locks: new InProcessTurnLocks(),
    deliver: (context, due) => deliver(context, due),
    viaOf: () => 'test',
    channels,
    onEvent: (event) => insights.count(`checkIn|${event}`),
    retryBaseMs: 60_000,
  });
  const created = createBot(kb, options.storage ?? new MemoryStorage(), { clock, checkIns: scheduler, insights });
  deliver = created.deliverCheckIn;
  const adapter = new TestAdapter(async (context) => created.bot.run(context), {
    channelId: options.channelId ?? 'test',
    conversation: { id: `c-${Math.random()}`, ...options.conversation },
  } as never);
  handleTurnErrors(adapter, created.deps, logger);
  // The TestAdapter has no continueConversation: a proactive turn is a continuation activity processed as any other.
  channels.set(
    'test',
    options.channel ?? {
      continue: async (job, logic) => {
        const activity = TurnContext.applyConversationReference(
          { type: 'event', name: 'ContinueConversation' },
          job.reference,
          true,
        );
        let failure: { error: unknown } | undefined;
        await adapter.processActivity(activity, async (context) => {
          try {
            await logic(context);
          } catch (error) {
            failure = { error };
          }
        });
        if (failure) throw failure.error;
      },
    },
  );
  return { adapter, clock, store, scheduler, insights, insightsStore, kb, ...created };
}
