/**
 * What the bot counts, as an interface: the code that counts does not know whether metrics are on.
 * With METRICS off every call goes to `noMetrics`, which does nothing; with it on, to the Prometheus
 * recorder (prometheusMetrics.ts, which alone loads prom-client). Labels are bounded sets (channel
 * families, intent names, levels), never text from a request, so no client can grow the series.
 */

export type TurnOutcome = 'ok' | 'limited' | 'error';
export type StorageOperation = 'read' | 'write' | 'delete';

export interface BotMetrics {
  turn(channel: string | undefined, intent: string | undefined, outcome: TurnOutcome, seconds: number): void;
  /** A red flag answered, by its urgency level; never its text. */
  redFlag(level: string): void;
  rateLimited(channel: string | undefined): void;
  storage(operation: StorageOperation, seconds: number, failed: boolean): void;
  slackRetryIgnored(): void;
  interviewStarted(): void;
  interviewResult(): void;
  interviewAbandoned(): void;
  /** Whether turns should be observed for red flags and interview events at all. */
  readonly enabled: boolean;
}

const nothing = () => undefined;

export const noMetrics: BotMetrics = {
  turn: nothing,
  redFlag: nothing,
  rateLimited: nothing,
  storage: nothing,
  slackRetryIgnored: nothing,
  interviewStarted: nothing,
  interviewResult: nothing,
  interviewAbandoned: nothing,
  enabled: false,
};

/** Channel ids a label may take; anything else a client sends is counted as "other". */
const CHANNELS = new Set(['msteams', 'slack', 'webchat', 'directline', 'emulator', 'test', 'terminal']);

export function channelLabel(channelId: string | undefined): string {
  return channelId && CHANNELS.has(channelId) ? channelId : 'other';
}
