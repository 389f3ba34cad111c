/**
 * The Bot Framework CloudAdapter for POST /api/messages, authenticated from configuration (an empty
 * app id means local mode without authentication), with one error handler for every turn.
 */
import {
  type Activity,
  type ActivityTimestamps,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  StatusCodes,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConstants, AuthenticationError } from 'botframework-connector';
import { somethingWentWrong, storageUnavailable } from '../dialogs/answers/generalAnswers';
import type { DialogDeps } from '../dialogs/dialogDeps';
import { renderActivity } from '../dialogs/rendering/renderActivity';
import { CachingBotFrameworkAuthentication } from './auth/cachingBotFrameworkAuthentication';
import { ServiceUrlPolicy } from './auth/serviceUrlPolicy';
import type { Config } from './config';
import { errorForLog, hashId } from './logFields';
import type { Logger } from './logger';
import { StorageUnavailableError } from './state/redisStorage';

/** What POST /api/messages answers: a status and, for expectReplies and invokes, a JSON body. */
export interface HttpTurnResult {
  status: number;
  body?: unknown;
}

/**
 * CloudAdapter with an HTTP entry point for a body the server has already parsed and checked.
 * CloudAdapter.process re-validates the request with zod schemas it builds on every call (a visible share
 * of a turn) and prints authentication failures with console.error; this authenticates with the same
 * botbuilder authentication, checks the service URL the replies would go to, and runs the same
 * processActivity, leaving the response and the logging to the server.
 */
export class BotCloudAdapter extends CloudAdapter {
  constructor(
    auth: ConstructorParameters<typeof CloudAdapter>[0],
    private readonly serviceUrls: ServiceUrlPolicy,
  ) {
    super(auth);
  }

  async processHttpActivity(
    activity: Activity,
    authHeader: string,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<HttpTurnResult> {
    try {
      const authenticated = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
      if (!this.serviceUrls.permits(activity.serviceUrl, authenticated.claimsIdentity)) {
        return {
          status: 403,
          body: { code: 'Forbidden', message: 'The serviceUrl is not one this bot may send replies to.' },
        };
      }
      const invokeResponse = await this.processActivity(authenticated, withDates(activity), logic);
      return { status: invokeResponse?.status ?? StatusCodes.OK, body: invokeResponse?.body };
    } catch (error) {
      if (error instanceof AuthenticationError) {
        return { status: StatusCodes.UNAUTHORIZED, body: { code: 'Unauthorized', message: 'Authentication failed.' } };
      }
      throw error;
    }
  }
}

/** The wire format has ISO strings where the Activity type has Dates; botbuilder converts them the same way. */
function withDates(activity: ActivityTimestamps): Activity {
  for (const [field, raw] of [
    ['timestamp', 'rawTimestamp'],
    ['localTimestamp', 'rawLocalTimestamp'],
    ['expiration', 'rawExpiration'],
  ] as const) {
    const value: unknown = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity;
}

export function createCloudAdapter(config: Config): BotCloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
    ...openIdMetadataOverride(config.BOT_OPENID_METADATA_URL),
  });
  return new BotCloudAdapter(
    new CachingBotFrameworkAuthentication(auth),
    new ServiceUrlPolicy(config.ALLOWED_SERVICE_URLS),
  );
}

/**
 * Public-cloud settings with another OpenID metadata document for incoming tokens (a sovereign or test
 * authority). Setting one parameter switches botbuilder to fully parameterised auth, so all are given.
 */
function openIdMetadataOverride(url: string | undefined): Record<string, string | boolean> {
  if (!url) return {};
  return {
    ToBotFromChannelOpenIdMetadataUrl: url,
    ToBotFromEmulatorOpenIdMetadataUrl: url,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}

/**
 * Logs the error with the (hashed) conversation id, tells the person in plain words, and clears the
 * conversation's state so the next message starts fresh instead of replaying the failure.
 */
export function handleTurnErrors(
  adapter: { onTurnError: (context: TurnContext, error: Error) => Promise<void> },
  deps: DialogDeps,
  logger: Logger,
): void {
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    if (error instanceof StorageUnavailableError) {
      // The store is down, not the conversation: apologise, keep everyone's state for when it is back.
      logger.error(
        { conversation: hashId(context.activity.conversation?.id), err: errorForLog(error) },
        'storage unavailable',
      );
      await context
        .sendActivity(renderActivity(storageUnavailable(), context.activity.channelId))
        .catch(() => undefined);
      return;
    }
    logger.error(
      {
        conversation: hashId(context.activity.conversation?.id),
        err: errorForLog(error, { stack: true }),
      },
      'turn failed',
    );
    try {
      await deps.state.conversationState.delete(context);
    } catch (stateError) {
      logger.error({ err: errorForLog(stateError) }, 'could not clear conversation state');
    }
    try {
      await context.sendActivity(renderActivity(somethingWentWrong(), context.activity.channelId));
    } catch (sendError) {
      logger.error({ err: errorForLog(sendError) }, 'could not tell the person about the error');
    }
  };
}
