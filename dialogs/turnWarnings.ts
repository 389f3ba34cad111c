/**
 * The warnings the bot answered in this turn, before any dialog ran: the routes and flows read them
 * (an emergency ends a flow; warning advice stands on its own), and so do the turn's metrics.
 */
import type { TurnContext } from 'botbuilder';
import type { Warning } from '../knowledge/triage/warningScreen';

const WARNINGS_ANSWERED = Symbol('warningsAnswered');

export function setAnsweredWarnings(context: TurnContext, warnings: readonly Warning[]): void {
  context.turnState.set(WARNINGS_ANSWERED, warnings);
}

/** The warnings answered in this turn, most urgent first; empty when there were none. */
export function answeredWarnings(context: TurnContext): readonly Warning[] {
  return (context.turnState.get(WARNINGS_ANSWERED) as readonly Warning[] | undefined) ?? [];
}
