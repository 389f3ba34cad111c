/** Runs the bot server as a separate Node process from the sources (tsx), for multi-instance tests. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';

export class BotProcess {
  private child?: ChildProcess;
  port = 0;

  constructor(
    private readonly env: Record<string, string>,
    private readonly nodeArgs: string[] = [],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn(process.execPath, [...this.nodeArgs, '-r', 'tsx/cjs', 'src/index.ts'], {
      env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    this.port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`bot process did not start: ${output}`)), 30_000);
      const onData = (d: Buffer) => {
        output += d.toString();
        const match = /"port":(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          // Keep draining the per-turn log lines without holding on to them.
          child.stdout!.off('data', onData).on('data', () => undefined);
          resolve(Number(match[1]));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
      child.on('exit', (code) => reject(new Error(`bot process exited with ${code}: ${output}`)));
    });
  }

  async stop(): Promise<void> {
    if (!this.child || this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    await once(this.child, 'exit');
  }
}
