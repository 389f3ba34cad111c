/** How a check-in's delivery can fail: for a while (retried with backoff) or for good (dropped). */

/** The channel this check-in came through is not on this instance (or not started yet). */
export class ChannelUnavailableError extends Error {
  override name = 'ChannelUnavailableError';
}

/** The conversation is gone for good: a local Direct Line conversation this process no longer holds. */
export class ConversationGoneError extends Error {
  override name = 'ConversationGoneError';
}

/** Slack's answers that mean the bot can never post there again. */
const SLACK_UNREACHABLE = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'user_not_found',
  'cannot_dm_bot',
  'user_disabled',
]);

/**
 * A failure that retrying can't fix: the connector's 403 (Teams: the app is not installed for the
 * person) or 404 (the conversation is gone), Slack's "channel not found" family, a lost local chat.
 */
export function isUnreachable(error: unknown): boolean {
  if (error instanceof ConversationGoneError) return true;
  const e = error as { statusCode?: unknown; status?: unknown; response?: { status?: unknown }; data?: unknown };
  const status = e?.statusCode ?? e?.status ?? e?.response?.status;
  if (status === 403 || status === 404) return true;
  const slackError = (e?.data as { error?: unknown } | undefined)?.error;
  return typeof slackError === 'string' && SLACK_UNREACHABLE.has(slackError);
}
