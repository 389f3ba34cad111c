/**
 * The bot server in a child process whose clock the test sets, over IPC: { now, poll: true } sets the
 * time and polls for due check-ins at once, answering with what the poll did. Two of these on one Redis
 * are two instances of the bot racing for the same check-ins, with no test waiting for real time.
 */
import { loadConfig } from '../../src/config';
import { startBot } from '../../src/index';
import { ManualClock } from './clock';

interface Command {
  id: number;
  now: number;
  poll?: boolean;
}

async function main(): Promise<void> {
  const clock = new ManualClock(Number(process.env.TEST_CLOCK_START));
  const bot = await startBot(loadConfig(process.env), { clock, manualCheckInPolling: true });
  process.on('message', (command: Command) => {
    clock.set(command.now);
    const done = command.poll ? bot.checkIns!.poll() : Promise.resolve(undefined);
    void done.then((result) => process.send!({ id: command.id, result }));
  });
  process.on('SIGTERM', () => {
    void bot.stop().then(() => process.exit(0));
  });
}

void main();
