/**
 * What POST /api/messages lets through when it can't authenticate anyone (local mode, no app id).
 * It refuses everything unless unauthenticated use is allowed (see allowsUnauthenticated), and even
 * then refuses the channels this server serves on their own path: their conversations and people
 * (a Slack user's symptom-check summary, a browser chat) must not be reachable by naming their ids here.
 */
import { type Config, allowsUnauthenticated, isLocalMode } from '../config';

export interface AccessRefusal {
  status: number;
  code: string;
  message: string;
}

/** slack: the direct Slack path (signed by Slack); webchat: the local Direct Line (server-issued ids). */
const CHANNELS_WITH_THEIR_OWN_PATH: ReadonlySet<string> = new Set(['slack', 'webchat']);

export class UnauthenticatedAccess {
  constructor(private readonly allowed: boolean) {}

  refusal(activity: { channelId?: unknown }): AccessRefusal | undefined {
    if (!this.allowed) {
      return {
        status: 403,
        code: 'Forbidden',
        message:
          'This server does not accept unauthenticated requests: set MicrosoftAppId, or ALLOW_UNAUTHENTICATED=on on a private network.',
      };
    }
    const channel = typeof activity.channelId === 'string' ? activity.channelId.trim().toLowerCase() : '';
    if (CHANNELS_WITH_THEIR_OWN_PATH.has(channel)) {
      return {
        status: 403,
        code: 'Forbidden',
        message: `The ${channel} channel is served on its own authenticated path, not on unauthenticated /api/messages.`,
      };
    }
    return undefined;
  }
}

/** The gate for local mode; undefined with an app id, where botbuilder authenticates every request. */
export function unauthenticatedAccess(config: Config): UnauthenticatedAccess | undefined {
  return isLocalMode(config) ? new UnauthenticatedAccess(allowsUnauthenticated(config)) : undefined;
}
