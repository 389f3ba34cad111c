import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { startBot } from '../../src/index';

async function startupLines(env: Record<string, string>): Promise<string> {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const bot = await startBot(loadConfig({ PORT: '0', LOG_LEVEL: 'info', ...env }), { logDestination: sink });
  await bot.stop();
  return lines.join('');
}

describe('check-ins at start-up', () => {
  it('says that STORAGE=memory loses planned check-ins on restart', async () => {
    const lines = await startupLines({});
    expect(lines).toMatch(/"level":40.*check-ins kept in this process \(STORAGE=memory\): lost on restart/);
    expect(lines).toMatch(/"checkIns":"on \(this process only\)"/);
  });

  it('says nothing of the kind with check-ins off', async () => {
    const lines = await startupLines({ CHECKINS: 'off' });
    expect(lines).not.toMatch(/lost on restart/);
    expect(lines).toMatch(/"checkIns":"off"/);
  });
});
