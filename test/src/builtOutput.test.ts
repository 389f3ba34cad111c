/**
 * The compiled output (CommonJS in dist/) really loads botbuilder, restify and fuse.js, and `node
 * dist/src/index.js` answers a Bot Framework activity: checked outside vitest's own module loader.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, messageReplies, post, readableText } from '../support/botFramework';
import { listeningPort } from '../support/serverProcess';

describe('the built server (dist/)', () => {
  let child: ChildProcess | undefined;
  let base = '';
  let output = '';

  beforeAll(async () => {
    execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'pipe' });
    child = spawn(process.execPath, ['dist/src/index.js'], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    const port = await listeningPort(child, 20_000, (text) => (output += text));
    base = `http://127.0.0.1:${port}`;
  }, 120_000);

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGTERM');
      await once(child, 'exit');
    }
  });

  it('loads botbuilder, restify and fuse.js from the compiled CommonJS output', () => {
    const script =
      "for (const m of ['botbuilder','restify','fuse.js','botbuilder-dialogs']) require(m); const kb = require('./dist/knowledge/knowledgeBase.js').createKnowledgeBase(); if (!kb.findNutrient('potasium')) process.exit(2); console.log('ok');";
    expect(execFileSync(process.execPath, ['-e', script]).toString().trim()).toBe('ok');
    // Loading botbuilder cold takes seconds on a busy machine (CI runs other suites alongside).
  }, 30_000);

  it('answers "what foods have potassium" over HTTP', async () => {
    const result = await post(base, '/api/messages', messageActivity('what foods have potassium', 'built-1'));
    expect(result.status).toBe(200);
    const text = messageReplies(result.body).map(readableText).join('\n');
    expect(text).toMatch(/banana/i);
    expect(text).toMatch(/% DV/);
  });

  it('stops gracefully on SIGTERM with exit code 0', async () => {
    child!.kill('SIGTERM');
    const [code] = (await once(child!, 'exit')) as [number];
    expect(code).toBe(0);
  });
});
