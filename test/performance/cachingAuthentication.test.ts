import { type Activity, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import {
  type AuthenticateRequestResult,
  AuthenticationConstants,
  AuthenticationError,
  BotFrameworkAuthentication,
  ClaimsIdentity,
  ConnectorClient,
  ConnectorFactory,
  type UserTokenClient,
} from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { BoundedCache } from '../../src/auth/boundedCache';
import { CachingBotFrameworkAuthentication } from '../../src/auth/cachingBotFrameworkAuthentication';

const activity = { type: 'message', serviceUrl: 'https://smba.example/amer/', channelId: 'msteams' } as Activity;

/** An authentication that counts what it is asked and builds a new client each time, as botbuilder's does. */
class CountingAuthentication extends BotFrameworkAuthentication {
  authenticated = 0;
  connectorsBuilt = 0;
  tokenClientsBuilt = 0;
  reject = false;

  override async authenticateRequest(_activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    this.authenticated++;
    if (this.reject || authHeader === 'Bearer bad') throw new AuthenticationError('bad token', 401);
    const claims = new ClaimsIdentity(
      [{ type: AuthenticationConstants.AudienceClaim, value: authHeader.slice(-3) }],
      true,
    );
    return {
      audience: 'https://api.botframework.com',
      claimsIdentity: claims,
      connectorFactory: this.createConnectorFactory(claims),
    };
  }
  override authenticateStreamingRequest(): Promise<AuthenticateRequestResult> {
    throw new Error('not used');
  }
  override createConnectorFactory(_claims?: ClaimsIdentity): ConnectorFactory {
    const built = () => this.connectorsBuilt++;
    return new (class extends ConnectorFactory {
      override async create(serviceUrl: string): Promise<ConnectorClient> {
        built();
        return new ConnectorClient({ signRequest: async (r: unknown) => r } as never, { baseUri: serviceUrl });
      }
    })();
  }
  override async createUserTokenClient(): Promise<UserTokenClient> {
    this.tokenClientsBuilt++;
    return {} as UserTokenClient;
  }
}

describe('CachingBotFrameworkAuthentication', () => {
  it('authenticates every request with the wrapped authentication, and rejects what it rejects', async () => {
    const inner = new CountingAuthentication();
    const auth = new CachingBotFrameworkAuthentication(inner);
    await auth.authenticateRequest(activity, 'Bearer app');
    await auth.authenticateRequest(activity, 'Bearer app');
    await expect(auth.authenticateRequest(activity, 'Bearer bad')).rejects.toBeInstanceOf(AuthenticationError);
    expect(inner.authenticated).toBe(3);
  });

  it('builds one connector client per app id, service URL and audience, and reuses it on later turns', async () => {
    const inner = new CountingAuthentication();
    const auth = new CachingBotFrameworkAuthentication(inner);
    const first = await auth.authenticateRequest(activity, 'Bearer app');
    const second = await auth.authenticateRequest(activity, 'Bearer app');
    const a = await first.connectorFactory!.create(activity.serviceUrl, first.audience);
    const b = await second.connectorFactory!.create(activity.serviceUrl, second.audience);
    expect(b).toBe(a);
    expect(inner.connectorsBuilt).toBe(1);

    const otherUrl = await second.connectorFactory!.create('https://smba.example/emea/', second.audience);
    const otherAudience = await second.connectorFactory!.create(activity.serviceUrl, 'skill-app-id');
    const otherApp = await (
      await auth.authenticateRequest(activity, 'Bearer two')
    ).connectorFactory!.create(activity.serviceUrl, first.audience);
    expect(new Set([a, otherUrl, otherAudience, otherApp]).size).toBe(4);
    expect(inner.connectorsBuilt).toBe(4);
  });

  it('shares the cache with connector factories made for proactive messages', async () => {
    const inner = new CountingAuthentication();
    const auth = new CachingBotFrameworkAuthentication(inner);
    const result = await auth.authenticateRequest(activity, 'Bearer app');
    const fromTurn = await result.connectorFactory!.create(activity.serviceUrl, result.audience);
    const proactive = await auth
      .createConnectorFactory(result.claimsIdentity)
      .create(activity.serviceUrl, result.audience);
    expect(proactive).toBe(fromTurn);
  });

  it('builds one user-token client per app id', async () => {
    const inner = new CountingAuthentication();
    const auth = new CachingBotFrameworkAuthentication(inner);
    const claims = (id: string) =>
      new ClaimsIdentity([{ type: AuthenticationConstants.AudienceClaim, value: id }], true);
    const a = await auth.createUserTokenClient(claims('app'));
    expect(await auth.createUserTokenClient(claims('app'))).toBe(a);
    expect(await auth.createUserTokenClient(claims('other'))).not.toBe(a);
    expect(inner.tokenClientsBuilt).toBe(2);
  });

  it('still answers 401-worthy errors for botbuilder’s configuration authentication with an app id', async () => {
    const auth = new CachingBotFrameworkAuthentication(
      new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret' }),
    );
    await expect(auth.authenticateRequest(activity, '')).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe('BoundedCache', () => {
  it('shares a value, forgets a rejected one, and drops the oldest when full', async () => {
    const cache = new BoundedCache<Promise<string>>(2);
    let built = 0;
    const make = (v: string) => () => (built++, Promise.resolve(v));
    expect(await cache.getOrCreate('a', make('A'))).toBe('A');
    expect(await cache.getOrCreate('a', make('other'))).toBe('A');
    expect(built).toBe(1);

    await expect(cache.getOrCreate('x', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await Promise.resolve();
    expect(await cache.getOrCreate('x', make('X'))).toBe('X');

    await cache.getOrCreate('b', make('B')); // full: evicts a, the oldest
    expect(cache.size).toBe(2);
    expect(await cache.getOrCreate('x', make('new'))).toBe('X');
    expect(await cache.getOrCreate('a', make('A2'))).toBe('A2');
  });
});
