/** Starts test/support/clockedBot.ts as a child process and sets its clock (and polls) over IPC. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import type { PollResult } from '../../src/checkins/checkInScheduler';
import { listeningPort } from './serverProcess';

export class ClockedBotProcess {
  private child?: ChildProcess;
  private nextId = 1;
  private readonly waiting = new Map<number, (result: PollResult | undefined) => void>();
  output = '';
  port = 0;

  constructor(private readonly env: Record<string, string>) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['-r', 'tsx/cjs', 'test/support/clockedBot.ts'], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    this.child = child;
    child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    child.on('message', (message: { id: number; result?: PollResult }) => {
      this.waiting.get(message.id)?.(message.result);
      this.waiting.delete(message.id);
    });
    this.port = await listeningPort(child, 60_000, (text) => (this.output += text));
  }

  /** Sets the clock to `now` and polls for due check-ins, resolving with what the poll did. */
  poll(now: number): Promise<PollResult> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, (result) => resolve(result!));
      this.child!.send({ id, now, poll: true });
    });
  }

  /** Sets the clock without polling. */
  setTime(now: number): Promise<void> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.waiting.set(id, () => resolve());
      this.child!.send({ id, now });
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
}
