/**
 * Red flags and symptom-check events, read from what a turn did rather than reported by the dialogs:
 * the warnings the red-flag screen answered (kept in the turn state), and the conversation state before
 * and after the turn (an interview on the dialog stack; a new result kept in the conversation memory).
 * Both reads come from the turn's cached state, so observing costs no storage access of its own.
 */
import type { StoreItem, TurnContext } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';
import type { ConversationMemory } from '../../dialogs/conversationMemory';
import type { DialogDeps } from '../../dialogs/dialogDeps';
import { answeredWarnings } from '../../dialogs/turnWarnings';
import type { BotMetrics } from './botMetrics';

interface InterviewView {
  active: boolean;
  /** The last finished interview's answers object: a new one means a result in this turn. */
  lastResult: unknown;
}

export type TurnObserver = (context: TurnContext, run: () => Promise<void>) => Promise<void>;

export function observeTurnEvents(deps: Pick<DialogDeps, 'state'>, metrics: BotMetrics): TurnObserver {
  // The conversation state as the turn holds it; property names as dialogs/conversationMemory.ts creates them.
  const view = (state: StoreItem | undefined): InterviewView => {
    const { dialogState, memory } = (state ?? {}) as { dialogState?: DialogState; memory?: ConversationMemory };
    return { active: Boolean(dialogState?.dialogStack?.length), lastResult: memory?.lastInterview };
  };

  return async (context, run) => {
    // Only messages move an interview; other activities are run as they are.
    if (context.activity.type !== 'message') return run();
    // Loading here fills the turn's cache, so the bot reads the same state without another storage call.
    const before = view(await deps.state.conversationState.load(context));
    await run();
    const after = view(deps.state.conversationState.get(context));
    const finished = after.lastResult !== undefined && after.lastResult !== before.lastResult;
    if (!before.active && (after.active || finished)) metrics.interviewStarted();
    if (finished) metrics.interviewResult();
    else if (before.active && !after.active) metrics.interviewAbandoned();

    for (const warning of answeredWarnings(context)) metrics.redFlag(warning.level);
  };
}
