/**
 * The container image's runtime stage, replayed without Docker (containers cannot run on the project's
 * CI machine): the files the Dockerfile copies go into a fresh directory, its `npm ci --omit=dev` runs
 * there, the built server starts as an unprivileged user, answers a message, passes the image's health
 * check and stops on SIGTERM. Needs the npm registry (or a warm npm cache).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listeningPort } from '../support/serverProcess';
import { messageActivity, messageReplies, post, readableText } from '../support/botFramework';
import { runtimeStage } from './dockerfile';

const stage = runtimeStage();
const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;

/** Bytes under a directory (what `du -sb` says, without relying on du's options). */
function sizeOf(path: string): number {
  let total = 0;
  for (const entry of readdirSync(path, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

describe('the container image, replayed without Docker', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nutribot-image-'));
  let child: ChildProcess | undefined;
  let base = '';
  let output = '';
  /**
   * The Node binary the unprivileged user runs. In the image it lives in /usr/local/bin, open to all; here
   * the test's Node may sit in root's home (npx node@22 puts it under /root/.npm), so a copy is used.
   */
  const runtimeNode = asRoot ? join(dir, 'node-runtime') : process.execPath;

  beforeAll(async () => {
    // Readable by the unprivileged user, writable only by root: as in the image, the code is not the process's to change.
    chmodSync(dir, 0o755);
    if (asRoot) {
      cpSync(process.execPath, runtimeNode);
      chmodSync(runtimeNode, 0o755);
    }
    for (const file of stage.contextFiles) cpSync(file, join(dir, file));
    // The build stage's result: the same compiler run as `npm run build`, into this directory.
    execFileSync(process.execPath, [
      'node_modules/typescript/bin/tsc',
      '-p',
      'tsconfig.json',
      '--outDir',
      join(dir, 'dist'),
    ]);
    cpSync('knowledge/data', join(dir, 'dist/knowledge/data'), { recursive: true });
    expect(stage.fromBuild).toEqual([['dist', 'dist']]);
    // The stage's npm ci (its cache clean is left out: it would empty this machine's npm cache).
    const installs = stage.runs
      .flatMap((r) => r.split('&&').map((c) => c.trim()))
      .filter((c) => c.startsWith('npm ci'));
    expect(installs).toHaveLength(1);
    const args = installs[0]!.split(/\s+/).slice(1);
    expect(args).toContain('--omit=dev');
    execFileSync('npm', [...args, '--prefer-offline'], {
      cwd: dir,
      stdio: 'pipe',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }, 300_000);

  afterAll(async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await once(child, 'exit');
    }
    // A whole production install: on a busy machine its removal takes well over the default 10 s.
    await rm(dir, { recursive: true, force: true });
  }, 300_000);

  it('runs a slim Node 22 image as a non-root user, with a health check on /healthz and an exec-form CMD', () => {
    expect(stage.from).toMatch(/^node:22[-.\w]*-slim$/);
    expect(stage.user).not.toMatch(/^(root|0)$/);
    expect(stage.user).not.toBe('');
    expect(stage.healthcheck).toMatch(/\/healthz/);
    expect(stage.cmd).toEqual(['node', 'dist/src/index.js']);
    expect(stage.contextFiles.some((f) => f.startsWith('.env'))).toBe(false);
  });

  it('installs no devDependency', () => {
    // Dev-only per the lockfile: the devDependencies and everything only they need. (A devDependency that
    // a production package needs as well, such as @types/node, is a production package too.)
    const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    const devOnly = Object.entries(lock.packages).filter(([path, p]) => path && p.dev);
    expect(devOnly.length).toBeGreaterThan(100);
    const installed = devOnly.map(([path]) => path).filter((path) => existsSync(join(dir, path)));
    expect(installed).toEqual([]);
    for (const name of ['typescript', 'vitest', 'botframework-webchat', 'playwright-core', 'rimraf'])
      expect(existsSync(join(dir, 'node_modules', name)), name).toBe(false);
    const hidden = JSON.parse(readFileSync(join(dir, 'node_modules/.package-lock.json'), 'utf8')) as {
      packages: Record<string, { dev?: boolean }>;
    };
    expect(Object.entries(hidden.packages).filter(([, p]) => p.dev)).toEqual([]);
    const megabytes = sizeOf(join(dir, 'node_modules')) / 1e6;
    process.stdout.write(`production install (node_modules): ${megabytes.toFixed(1)} MB\n`);
    // botframework-webchat alone is about 485 MB: far below that shows it stayed out.
    expect(megabytes).toBeLessThan(300);
  });

  it(`starts as ${asRoot ? 'the unprivileged user nobody' : 'this (non-root) user'} and answers a message`, async () => {
    const [command, ...args] = stage.cmd;
    expect(command).toBe('node');
    child = spawn(runtimeNode, args, {
      cwd: dir,
      // As the image sets them (HOST=0.0.0.0), plus what local mode on a private network needs.
      env: { PATH: process.env.PATH, NODE_ENV: 'production', HOST: '0.0.0.0', PORT: '0', ALLOW_UNAUTHENTICATED: 'on' },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
    });
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const port = await listeningPort(child, 30_000, (text) => (output += text));
    base = `http://127.0.0.1:${port}`;
    const uid = /^Uid:\s+(\d+)/m.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
    if (asRoot) expect(Number(uid)).toBe(NOBODY);
    else expect(Number(uid)).not.toBe(0);

    const result = await post(base, '/api/messages', messageActivity('what foods have potassium', 'image-1'));
    expect(result.status).toBe(200);
    expect(messageReplies(result.body).map(readableText).join('\n')).toMatch(/banana/i);
  }, 60_000);

  it("passes the image's HEALTHCHECK command", () => {
    const command = JSON.parse(stage.healthcheck.slice(stage.healthcheck.indexOf('CMD') + 3).trim()) as string[];
    expect(command[0]).toBe('node');
    const port = new URL(base).port;
    execFileSync(process.execPath, command.slice(1), { env: { ...process.env, PORT: port }, timeout: 10_000 });
  });

  it('stops on SIGTERM with exit code 0', async () => {
    child!.kill('SIGTERM');
    const [code] = (await once(child!, 'exit')) as [number];
    expect(code).toBe(0);
  });
});
