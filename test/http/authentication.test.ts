import { createSign, generateKeyPairSync } from 'node:crypto';
import { type Server, createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { type RunningBot, startBot } from '../../src/index';
import { messageActivity, messageReplies, post } from '../support/botFramework';

const APP_ID = '00000000-0000-0000-0000-000000000001';
const b64url = (value: object | Buffer) =>
  Buffer.from(value instanceof Buffer ? value : JSON.stringify(value)).toString('base64url');

function signedToken(privateKey: import('node:crypto').KeyObject, kid: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid };
  const claims = {
    iss: 'https://api.botframework.com',
    aud: APP_ID,
    exp: now + 600,
    nbf: now - 60,
    serviceurl: 'http://127.0.0.1:1',
  };
  const data = `${b64url(header)}.${b64url(claims)}`;
  return `${data}.${b64url(createSign('RSA-SHA256').update(data).sign(privateKey))}`;
}

/** A local OpenID authority whose key set holds one key, not the one the attacker signs with. */
describe('authentication with an app id configured', () => {
  const known = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const unknown = generateKeyPairSync('rsa', { modulusLength: 2048 });
  let keysFetched = 0;
  let authority: Server;
  let bot: RunningBot;
  let base: string;

  beforeAll(async () => {
    authority = createServer((req, res) => {
      const origin = `http://127.0.0.1:${(authority.address() as { port: number }).port}`;
      res.setHeader('content-type', 'application/json');
      if (req.url?.startsWith('/keys')) {
        keysFetched++;
        const jwk = known.publicKey.export({ format: 'jwk' });
        res.end(
          JSON.stringify({
            keys: [{ ...jwk, kid: 'known-key', use: 'sig', alg: 'RS256', endorsements: ['emulator', 'msteams'] }],
          }),
        );
      } else {
        res.end(
          JSON.stringify({
            issuer: 'https://api.botframework.com',
            jwks_uri: `${origin}/keys`,
            id_token_signing_alg_values_supported: ['RS256'],
          }),
        );
      }
    });
    await new Promise<void>((resolve) => authority.listen(0, '127.0.0.1', resolve));
    const metadata = `http://127.0.0.1:${(authority.address() as { port: number }).port}/.well-known/openidconfiguration`;
    bot = await startBot(
      loadConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-secret',
        BOT_OPENID_METADATA_URL: metadata,
      }),
    );
    base = `http://127.0.0.1:${bot.port}`;
  });
  afterAll(async () => {
    await bot.stop();
    await new Promise((resolve) => authority.close(resolve));
  });

  it('rejects a missing token with 401 and never runs the bot', async () => {
    const result = await post(base, '/api/messages', messageActivity('what foods have potassium', 'auth-a'));
    expect(result.status).toBe(401);
    expect(messageReplies(result.body)).toHaveLength(0);
  });

  it('rejects a malformed token with 401', async () => {
    const result = await post(base, '/api/messages', messageActivity('hello', 'auth-b'), {
      authorization: 'Bearer not.a.jwt',
    });
    expect(result.status).toBe(401);
  });

  it('rejects a token signed by an unknown key with 401 after looking the key up, and never runs the bot', async () => {
    const token = signedToken(unknown.privateKey, 'unknown-key');
    const result = await post(base, '/api/messages', messageActivity('what foods have potassium', 'auth-c'), {
      authorization: `Bearer ${token}`,
    });
    expect(result.status).toBe(401);
    expect(messageReplies(result.body)).toHaveLength(0);
    expect(result.text).not.toMatch(/at .*\.js:\d+/);
    expect(keysFetched).toBeGreaterThan(0);
  });
});
