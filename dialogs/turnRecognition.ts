/** Recognises a turn's message once and shares the result with every dialog that looks at it. */
import type { TurnContext } from 'botbuilder';
import type { Intent } from '../knowledge/schema';
import type { Recognition, Recognizer } from '../knowledge/understanding/recognize';

const RECOGNITION = Symbol('recognition');

export function recognizeTurn(context: TurnContext, recognizer: Recognizer, previousIntent?: Intent): Recognition {
  const cached = context.turnState.get(RECOGNITION) as Recognition | undefined;
  if (cached) return cached;
  const recognition = recognizer.recognize(context.activity.text ?? '', { previousIntent });
  context.turnState.set(RECOGNITION, recognition);
  return recognition;
}

/** The intent recognised in this turn, if any dialog looked at the message (for the per-turn log line). */
export function recognizedIntent(context: TurnContext): Intent | undefined {
  return (context.turnState.get(RECOGNITION) as Recognition | undefined)?.intent;
}
