/**
 * The channels a check-in can be sent through, each opening a turn in the job's conversation: Bot
 * Framework (Teams, Web Chat on Direct Line, Azure's Slack channel) with CloudAdapter's
 * continueConversationAsync and the stored ConversationReference, the direct Slack path (chat.postMessage
 * to the DM or thread), and the local browser chat's Direct Line stand-in. An adapter hands a failing
 * turn to its error handler (which would apologise into the same broken conversation), so the failure is
 * caught inside the turn and rethrown here, for the scheduler to retry or drop.
 */
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { SlackBotAdapter } from '../slack/slackBotAdapter';
import type { DirectLineShim } from '../webchat/directLineShim';
import type { ProactiveChannel } from './checkInScheduler';
import type { CheckInJob } from './checkInStore';

type Logic = (context: TurnContext) => Promise<void>;

/** Runs the logic through an adapter's turn, rethrowing its failure instead of the adapter handling it. */
async function surfacing(run: (logic: Logic) => Promise<void>, logic: Logic): Promise<void> {
  let failure: { error: unknown } | undefined;
  await run(async (context) => {
    try {
      await logic(context);
    } catch (error) {
      failure = { error };
    }
  });
  if (failure) throw failure.error;
}

export function cloudChannel(adapter: CloudAdapter, appId: string): ProactiveChannel {
  return {
    continue: (job: CheckInJob, logic: Logic) =>
      surfacing((inner) => adapter.continueConversationAsync(appId, job.reference, inner), logic),
  };
}

export function slackChannel(adapter: SlackBotAdapter): ProactiveChannel {
  return {
    continue: (job: CheckInJob, logic: Logic) =>
      surfacing((inner) => adapter.continueInRoute(job.reference, job.route, inner), logic),
  };
}

export function webChatChannel(shim: DirectLineShim): ProactiveChannel {
  return {
    continue: (job: CheckInJob, logic: Logic) =>
      surfacing((inner) => shim.continueConversation(job.reference, inner), logic),
  };
}
