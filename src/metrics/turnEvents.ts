/**
 * Red flags and symptom-check events, read from what a turn did rather than reported by the dialogs:
 * the warnings the red-flag screen answered (kept in the turn state), and the conversation state before
 * and after the turn (an interview on the dialog stack; a new result kept in the conversation memory).
 * Both reads come from the turn's cached state, so observing costs no storage access.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from '../../dialogs/mainDialog';
import { RED_FLAGS_ANSWERED } from '../../dialogs/nutritionBot';
import type { BotMetrics } from './botMetrics';

interface InterviewView {
  active: boolean;
  /** The last finished interview's answers object: a new one means a result in this turn. */
  lastResult: unknown;
}

export type TurnObserver = (context: TurnContext, run: () => Promise<void>) => Promise<void>;

export function observeTurnEvents(deps: Pick<DialogDeps, 'state' | 'kb'>, metrics: BotMetrics): TurnObserver {
  const signLevels = new Map(deps.kb.data.triage.signs.map((s) => [s.id, s.level]));
  const view = async (context: TurnContext): Promise<InterviewView> => {
    const stack = (await deps.state.dialogState.get(context))?.dialogStack;
    return { active: Boolean(stack?.length), lastResult: (await deps.state.memory.get(context))?.lastInterview };
  };

  return async (context, run) => {
    // Only messages move an interview; other activities are run as they are.
    if (context.activity.type !== 'message') return run();
    const before = await view(context);
    await run();
    const after = await view(context);
    const finished = after.lastResult !== undefined && after.lastResult !== before.lastResult;
    if (!before.active && (after.active || finished)) metrics.interviewStarted();
    if (finished) metrics.interviewResult();
    else if (before.active && !after.active) metrics.interviewAbandoned();

    const answered = context.turnState.get(RED_FLAGS_ANSWERED) as string[] | undefined;
    if (answered?.length) {
      const labs = (await deps.state.memory.get(context))?.told?.labs ?? [];
      for (const id of answered) metrics.redFlag(signLevels.get(id) ?? labs.find((l) => l.id === id)?.level ?? 'other');
    }
  };
}
