/**
 * botbuilder's authentication with its outbound clients reused across turns.
 *
 * CloudAdapter asks for a new ConnectorClient and a new UserTokenClient on every turn, even when the
 * replies go back in the HTTP body (expectReplies) and neither is used; building their HTTP pipelines
 * was the largest single cost of a turn. The clients hold no per-turn state (credentials fetch and
 * refresh their own tokens), so one per app id, audience and service URL is enough, as botbuilder's
 * older BotFrameworkAdapter also kept them. Every request is still authenticated by the wrapped
 * authentication: only what it builds after a request has been accepted is cached.
 */
import type { Activity } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  AuthenticationConstants,
  BotFrameworkAuthentication,
  type BotFrameworkClient,
  type ClaimsIdentity,
  type ConnectorClient,
  ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { BoundedCache } from './boundedCache';

/** Service URLs come from requests, so the caches are bounded; a bot talks to a handful of them. */
const MAX_CACHED_CLIENTS = 256;

/** The bot's app id as botbuilder reads it from the claims (audience, else appid; none when anonymous). */
function appIdOf(claims: ClaimsIdentity): string {
  return (
    claims.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claims.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

/** Hands out one ConnectorClient per (app id, service URL, audience), built by botbuilder's own factory. */
class CachingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly appId: string,
    private readonly inner: ConnectorFactory,
    private readonly clients: BoundedCache<Promise<ConnectorClient>>,
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    return this.clients.getOrCreate(`${this.appId}\n${audience ?? ''}\n${serviceUrl}`, () =>
      this.inner.create(serviceUrl, audience),
    );
  }
}

export class CachingBotFrameworkAuthentication extends BotFrameworkAuthentication {
  private readonly connectorClients = new BoundedCache<Promise<ConnectorClient>>(MAX_CACHED_CLIENTS);
  private readonly userTokenClients = new BoundedCache<Promise<UserTokenClient>>(MAX_CACHED_CLIENTS);

  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    return this.withCachedFactory(await this.inner.authenticateRequest(activity, authHeader));
  }

  override async authenticateStreamingRequest(
    authHeader: string,
    channelIdHeader: string,
  ): Promise<AuthenticateRequestResult> {
    return this.withCachedFactory(await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader));
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return new CachingConnectorFactory(
      appIdOf(claimsIdentity),
      this.inner.createConnectorFactory(claimsIdentity),
      this.connectorClients,
    );
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.getOrCreate(appIdOf(claimsIdentity), () =>
      this.inner.createUserTokenClient(claimsIdentity),
    );
  }

  override createBotFrameworkClient(): BotFrameworkClient {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }

  private withCachedFactory(result: AuthenticateRequestResult): AuthenticateRequestResult {
    if (!result.connectorFactory) return result;
    return {
      ...result,
      connectorFactory: new CachingConnectorFactory(
        appIdOf(result.claimsIdentity),
        result.connectorFactory,
        this.connectorClients,
      ),
    };
  }
}
