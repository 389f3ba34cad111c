/**
 * The Prometheus recorder (prom-client) on its own registry: turns, latency, red flags, rate limits,
 * storage, Slack retries, interviews, and Node's process metrics. Loaded only when METRICS=on.
 */
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { INTENTS } from '../../knowledge/schema';
import { type BotMetrics, type StorageOperation, type TurnOutcome, channelLabel } from './botMetrics';

export interface PrometheusMetrics extends BotMetrics {
  registry: Registry;
}

const INTENT_NAMES = new Set<string>(INTENTS);

/**
 * A labelled metric's child per label values, kept: prom-client hashes the labels on every labels() call,
 * a visible share of a fast turn. The label sets are bounded, so is this map.
 */
function children<T>(make: (...values: string[]) => T): (...values: string[]) => T {
  const made = new Map<string, T>();
  return (...values) => {
    const key = values.join('\u0000');
    let child = made.get(key);
    if (!child) made.set(key, (child = make(...values)));
    return child;
  };
}

export function createPrometheusMetrics(): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const turns = new Counter({
    name: 'nutribot_turns_total',
    help: 'Turns processed, by channel, recognised intent ("none" when no message was recognised) and outcome.',
    labelNames: ['channel', 'intent', 'outcome'] as const,
    registers,
  });
  const turnSeconds = new Histogram({
    name: 'nutribot_turn_duration_seconds',
    help: 'Time to process a turn, rate limit and conversation lock included.',
    labelNames: ['channel'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers,
  });
  const redFlags = new Counter({
    name: 'nutribot_red_flags_total',
    help: 'Red flags answered with urgent advice, by urgency level.',
    labelNames: ['level'] as const,
    registers,
  });
  const rateLimited = new Counter({
    name: 'nutribot_rate_limited_total',
    help: 'Activities refused by the rate limits, by channel.',
    labelNames: ['channel'] as const,
    registers,
  });
  const storageOps = new Counter({
    name: 'nutribot_storage_operations_total',
    help: 'State store operations, by operation.',
    labelNames: ['operation'] as const,
    registers,
  });
  const storageErrors = new Counter({
    name: 'nutribot_storage_errors_total',
    help: 'State store operations that failed (store unreachable or eTag conflict), by operation.',
    labelNames: ['operation'] as const,
    registers,
  });
  const storageSeconds = new Histogram({
    name: 'nutribot_storage_duration_seconds',
    help: 'Time of a state store operation, by operation.',
    labelNames: ['operation'] as const,
    buckets: [0.0001, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers,
  });
  const slackRetries = new Counter({
    name: 'nutribot_slack_retries_ignored_total',
    help: 'Slack deliveries ignored as retries or replays of an event already taken.',
    registers,
  });
  const interviews = new Counter({
    name: 'nutribot_interviews_total',
    help: 'Symptom checks by event: started, result (finished with a result) or abandoned (ended without one).',
    labelNames: ['event'] as const,
    registers,
  });
  // Zero-valued series exist from the start, so rate() and alerts work before the first event.
  for (const event of ['started', 'result', 'abandoned']) interviews.labels(event).inc(0);
  slackRetries.inc(0);

  const turnsOf = children((ch, intent, outcome) => turns.labels(ch!, intent!, outcome!));
  const turnSecondsOf = children((ch) => turnSeconds.labels(ch!));
  const storageOf = children((op) => ({
    ops: storageOps.labels(op!),
    seconds: storageSeconds.labels(op!),
    errors: storageErrors.labels(op!),
  }));

  return {
    registry,
    enabled: true,
    turn(channel: string | undefined, intent: string | undefined, outcome: TurnOutcome, seconds: number) {
      const ch = channelLabel(channel);
      turnsOf(ch, intent && INTENT_NAMES.has(intent) ? intent : 'none', outcome).inc();
      turnSecondsOf(ch).observe(seconds);
    },
    redFlag: (level: string) => redFlags.labels(level).inc(),
    rateLimited: (channel: string | undefined) => rateLimited.labels(channelLabel(channel)).inc(),
    storage(operation: StorageOperation, seconds: number, failed: boolean) {
      const child = storageOf(operation);
      child.ops.inc();
      child.seconds.observe(seconds);
      if (failed) child.errors.inc();
    },
    slackRetryIgnored: () => slackRetries.inc(),
    interviewStarted: () => interviews.labels('started').inc(),
    interviewResult: () => interviews.labels('result').inc(),
    interviewAbandoned: () => interviews.labels('abandoned').inc(),
  };
}
