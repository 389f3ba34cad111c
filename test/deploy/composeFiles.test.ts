/**
 * What compose.yaml, the Caddyfile and .dockerignore promise, checked as text (no Docker here): Redis with
 * persistence, two bot replicas on STORAGE=redis listening on every interface, one proxy port, and no
 * secrets in the image's build context.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const compose = readFileSync('compose.yaml', 'utf8');
/** The block of one service: its lines up to the next service or top-level key. */
const service = (name: string) => new RegExp(`^  ${name}:\\n((?: {4,}.*\\n|\\n)*)`, 'm').exec(compose)?.[1] ?? '';

describe('compose.yaml', () => {
  it('runs Redis with an append-only file on a named volume', () => {
    const redis = service('redis');
    expect(redis).toMatch(/image: redis:\d/);
    expect(redis).toMatch(/--appendonly', 'yes'/);
    expect(redis).toMatch(/- redis-data:\/data/);
    expect(compose).toMatch(/^volumes:\n {2}redis-data:/m);
  });

  it('runs two bot replicas built from the Dockerfile, sharing Redis, on 0.0.0.0', () => {
    const bot = service('bot');
    expect(bot).toMatch(/build: \./);
    expect(bot).toMatch(/replicas: 2/);
    expect(bot).toMatch(/STORAGE: redis/);
    expect(bot).toMatch(/REDIS_URL: redis:\/\/redis:6379/);
    expect(bot).toMatch(/HOST: 0\.0\.0\.0/);
    // Credentials from .env at run time, never in the image; unauthenticated access only when asked for.
    expect(bot).toMatch(/path: \.env/);
    expect(bot).toMatch(/ALLOW_UNAUTHENTICATED: \$\{ALLOW_UNAUTHENTICATED:-off\}/);
    expect(bot).not.toMatch(/ports:/);
  });

  it('puts one reverse proxy in front of the replicas on one port', () => {
    const proxy = service('proxy');
    expect(proxy).toMatch(/image: caddy:2/);
    expect(proxy).toMatch(/- '127\.0\.0\.1:\$\{PROXY_PORT:-8080\}:8080'/);
    const caddyfile = readFileSync('deploy/Caddyfile', 'utf8');
    expect(caddyfile).toMatch(/name bot\n\s+port 3978/);
    expect(caddyfile).toMatch(/@internal path \/metrics \/readyz\n\s+respond @internal 404/);
  });
});

describe('.dockerignore', () => {
  it('keeps .env, git history and local installs out of the build context', () => {
    const ignored = readFileSync('.dockerignore', 'utf8').split('\n');
    for (const entry of ['.env', '.env.*', '.git', 'node_modules', 'dist']) expect(ignored).toContain(entry);
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    expect(dockerfile).not.toMatch(/^(COPY|ADD)\s+(\.\s|.*\.env)/m);
  });
});
