/**
 * Configuration from environment variables, validated once at start-up. A bad value stops the start
 * with one clear line naming the variable. Every variable is listed in .env.example.
 */
import { z } from 'zod';

const emptyAsUnset = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
/** One or two sentences: it is shown in a chat reply. */
const MAX_HANDOFF_CONTACT = 300;
const optionalText = z.preprocess(emptyAsUnset, z.string().trim().optional()).transform((v) => v ?? '');

export const configSchema = z
  .object({
    PORT: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(65535).default(3978)),
    /** Empty: 127.0.0.1 in local mode (no credentials), every interface (0.0.0.0) with an app id. */
    HOST: optionalText,
    ALLOW_UNAUTHENTICATED: z.preprocess(emptyAsUnset, z.enum(['auto', 'on', 'off']).default('auto')),
    ALLOWED_SERVICE_URLS: z
      .preprocess(emptyAsUnset, z.string().optional())
      .transform((list, ctx) => serviceUrlOrigins(list ?? '', ctx)),
    LOG_HASH_SALT: z.preprocess(emptyAsUnset, z.string().min(16, 'must be at least 16 characters').optional()),
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.preprocess(
      emptyAsUnset,
      z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    ),
    MicrosoftAppTenantId: optionalText,
    BOT_OPENID_METADATA_URL: z.preprocess(emptyAsUnset, z.url().optional()),
    LOG_LEVEL: z.preprocess(
      emptyAsUnset,
      z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    ),
    MAX_BODY_BYTES: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1024).max(10_485_760).default(262_144)),
    STORAGE: z.preprocess(emptyAsUnset, z.enum(['memory', 'redis']).default('memory')),
    REDIS_URL: z.preprocess(
      emptyAsUnset,
      z
        .string()
        .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
        .default('redis://127.0.0.1:6379'),
    ),
    REDIS_KEY_PREFIX: z.preprocess(emptyAsUnset, z.string().default('nutribot:')),
    CONVERSATION_TTL_SECONDS: z.preprocess(
      emptyAsUnset,
      z.coerce.number().int().min(0).max(31_536_000).default(86_400),
    ),
    RATE_LIMIT_BURST: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(10_000).default(10)),
    RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(100_000).default(30)),
    WEB_CHAT: z.preprocess(emptyAsUnset, z.enum(['auto', 'on', 'off']).default('auto')),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_BOT_TOKEN: optionalText,
    SLACK_BOT_USER_ID: optionalText,
    SLACK_BOT_ID: optionalText,
    SLACK_API_URL: z.preprocess(emptyAsUnset, z.url().optional()),
    /** GET /metrics (Prometheus): off unless on, or a METRICS_TOKEN is set. */
    METRICS: z.preprocess(emptyAsUnset, z.enum(['on', 'off']).default('off')),
    METRICS_TOKEN: z
      .preprocess(emptyAsUnset, z.string().min(16, 'must be at least 16 characters').optional())
      .transform((v) => v ?? ''),
    /** Check-ins days after a symptom check (a proactive message in the same conversation). */
    CHECKINS: z.preprocess(emptyAsUnset, z.enum(['on', 'off']).default('on')),
    /** How often each instance looks for due check-ins. */
    CHECKIN_POLL_SECONDS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(3600).default(30)),
    /** "Was this helpful?" on answers and results, and the "feedback" command. */
    FEEDBACK: z.preprocess(emptyAsUnset, z.enum(['on', 'off']).default('on')),
    /** Days a typed feedback comment is kept. */
    FEEDBACK_COMMENT_DAYS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(365).default(30)),
    /** Keep the scrubbed text of low-confidence questions for the team's report (off: counts only). */
    KEEP_UNANSWERED_TEXT: z.preprocess(emptyAsUnset, z.enum(['on', 'off']).default('off')),
    /** Days a scrubbed low-confidence question is kept. */
    UNANSWERED_TEXT_DAYS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(365).default(30)),
    SHUTDOWN_TIMEOUT_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(120_000).default(10_000)),
    /** Who to contact for a person (a nurse line, occupational health), shown when someone asks for a human. */
    HANDOFF_CONTACT: z
      .preprocess(emptyAsUnset, z.string().trim().max(MAX_HANDOFF_CONTACT).optional())
      // Shown in a chat reply: one line, whatever the environment holds.
      .transform((v) => (v ?? '').replace(/\p{Cc}+/gu, ' ')),
  })
  .superRefine((c, ctx) => {
    if (c.MicrosoftAppType === 'SingleTenant' && c.MicrosoftAppId && !c.MicrosoftAppTenantId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppTenantId'],
        message: 'is required when MicrosoftAppType is SingleTenant',
      });
    }
    if (Boolean(c.SLACK_SIGNING_SECRET) !== Boolean(c.SLACK_BOT_TOKEN)) {
      const missing = c.SLACK_SIGNING_SECRET ? 'SLACK_BOT_TOKEN' : 'SLACK_SIGNING_SECRET';
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'is required: the direct Slack path needs both SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN',
      });
    }
    if (c.MicrosoftAppPassword && !c.MicrosoftAppId) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppId'],
        message: 'is required when MicrosoftAppPassword is set',
      });
    }
  });

export type Config = z.infer<typeof configSchema>;

/** The origins (scheme, host, port) of a comma-separated list of http(s) URLs. */
function serviceUrlOrigins(list: string, ctx: z.RefinementCtx): string[] {
  const origins: string[] = [];
  for (const item of list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const url = URL.canParse(item) ? new URL(item) : undefined;
    if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
      ctx.addIssue({ code: 'custom', message: 'must be a comma-separated list of http:// or https:// URLs' });
      return [];
    }
    origins.push(url.origin);
  }
  return origins;
}

/** Settings whose values are secrets: a configuration error names them but never shows their value. */
const SECRET_SETTINGS = new Set([
  'MicrosoftAppPassword',
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'LOG_HASH_SALT',
  'METRICS_TOKEN',
]);
const MAX_SHOWN_VALUE = 100;

/**
 * A value as a configuration error may show it: secrets hidden, a URL's credentials (everything between
 * its scheme and the last "@") and query masked, even when the URL is malformed.
 */
export function shownValue(name: string, value: string): string {
  if (SECRET_SETTINGS.has(name)) return '(hidden)';
  let shown = value;
  const at = shown.lastIndexOf('@');
  if (at >= 0) {
    const scheme = /^[a-z][a-z0-9+.-]*:\/*/i.exec(shown)?.[0] ?? '';
    shown = `${scheme}***${shown.slice(at)}`;
  }
  shown = shown.replace(/\?.*$/s, (query) => (query.length > 1 ? '?***' : query));
  return `"${shown.length > MAX_SHOWN_VALUE ? `${shown.slice(0, MAX_SHOWN_VALUE)}…` : shown}"`;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0] ?? 'configuration');
  const raw = env[name];
  const got = typeof raw === 'string' ? ` (got ${shownValue(name, raw)})` : '';
  throw new ConfigError(`Invalid configuration: ${name} ${issue.message.replace(/^Invalid input: /, '')}${got}`);
}

/** The direct Slack path (POST /api/slack) is on when both Slack secrets are set. */
export function isSlackEnabled(config: Config): boolean {
  return config.SLACK_SIGNING_SECRET !== '' && config.SLACK_BOT_TOKEN !== '';
}

/**
 * The local browser chat: on by default in local mode where unauthenticated use is allowed, off in
 * production unless WEB_CHAT=on.
 */
export function isWebChatEnabled(config: Config): boolean {
  return config.WEB_CHAT === 'on' || (config.WEB_CHAT === 'auto' && allowsUnauthenticated(config));
}

/** GET /metrics is served: METRICS=on, or a token to protect it is set. */
export function isMetricsEnabled(config: Config): boolean {
  return config.METRICS === 'on' || config.METRICS_TOKEN !== '';
}

/** Local mode: no app id, so no authentication (the Bot Framework Emulator's mode). */
export function isLocalMode(config: Config): boolean {
  return config.MicrosoftAppId === '';
}

/** The address to listen on: HOST, else loopback only without credentials and every interface with them. */
export function listenHost(config: Config): string {
  return config.HOST || (isLocalMode(config) ? '127.0.0.1' : '0.0.0.0');
}

/** True for an address only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  return bare === 'localhost' || bare === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(bare);
}

/**
 * Whether POST /api/messages (and the local Direct Line) may be used without authentication in local
 * mode. ALLOW_UNAUTHENTICATED=on or off decides; auto allows it only while the server listens on the
 * loopback and the direct Slack path is off (Slack needs a tunnel, which makes the port public).
 */
export function allowsUnauthenticated(config: Config): boolean {
  if (!isLocalMode(config) || config.ALLOW_UNAUTHENTICATED === 'off') return false;
  if (config.ALLOW_UNAUTHENTICATED === 'on') return true;
  return isLoopbackHost(listenHost(config)) && !isSlackEnabled(config);
}
