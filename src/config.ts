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

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0] ?? 'configuration');
  const got = name in env ? ` (got "${env[name]}")` : '';
  throw new ConfigError(`Invalid configuration: ${name} ${issue.message.replace(/^Invalid input: /, '')}${got}`);
}

/** The direct Slack path (POST /api/slack) is on when both Slack secrets are set. */
export function isSlackEnabled(config: Config): boolean {
  return config.SLACK_SIGNING_SECRET !== '' && config.SLACK_BOT_TOKEN !== '';
}

/** The local browser chat: on by default in local mode, off in production unless WEB_CHAT=on. */
export function isWebChatEnabled(config: Config): boolean {
  return config.WEB_CHAT === 'on' || (config.WEB_CHAT === 'auto' && isLocalMode(config));
}

/** Local mode: no app id, so no authentication (the Bot Framework Emulator's mode). */
export function isLocalMode(config: Config): boolean {
  return config.MicrosoftAppId === '';
}
