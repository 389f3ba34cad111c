/** A server in its own Node process (benchmarks, multi-instance tests); it prints a JSON line with "port" once listening. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';

/** Output kept after start-up, for tests that read the log lines (the newest, up to this many characters). */
const KEPT_OUTPUT = 1_000_000;

export class ServerProcess {
  private child?: ChildProcess;
  private kept = '';
  /** Keep the output after start-up for output() (off for benchmarks, where copying it would cost). */
  keepOutput = false;
  port = 0;
  /** Milliseconds from spawn to the "listening" line. */
  listeningAfterMs = 0;

  constructor(
    readonly name: string,
    private readonly script: string,
    private readonly env: Record<string, string> = {},
    private readonly nodeArgs: string[] = [],
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the process; resolves with the spawn time (performance.now() clock) once it listens. */
  async start(): Promise<number> {
    const spawnedAt = performance.now();
    const child = spawn(process.execPath, [...this.nodeArgs, this.script], {
      env: { ...process.env, PORT: '0', ...this.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    let output = '';
    this.port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${this.name} did not start: ${output}`)), 30_000);
      const onData = (d: Buffer) => {
        output += d.toString();
        const match = /"port":(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          // Keep draining later output (per-turn logs), holding on to a bounded tail of it.
          if (this.keepOutput) this.kept = output;
          child.stdout!.off('data', onData).on('data', (more: Buffer) => this.keep(more));
          resolve(Number(match[1]));
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', (d: Buffer) => {
        output += d.toString();
        this.keep(d);
      });
      child.on('exit', (code) => reject(new Error(`${this.name} exited with ${code}: ${output}`)));
    });
    this.listeningAfterMs = performance.now() - spawnedAt;
    return spawnedAt;
  }

  /** Everything the process printed (stdout and stderr), up to the newest KEPT_OUTPUT characters. */
  output(): string {
    return this.kept;
  }

  /** True while the process runs. */
  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  private keep(chunk: Buffer): void {
    if (this.keepOutput) this.kept = (this.kept + chunk.toString()).slice(-KEPT_OUTPUT);
  }

  /**
   * CPU time (user + system, ms) the process has used so far, from /proc (Linux); undefined elsewhere.
   * Under load from other processes it is a steadier measure of a server's work than requests per second.
   */
  cpuMs(): number | undefined {
    if (!this.child?.pid) return undefined;
    try {
      // Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second on Linux).
      const fields = readFileSync(`/proc/${this.child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      return (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      return undefined;
    }
  }

  async stop(): Promise<void> {
    if (!this.child || !this.running) return;
    this.child.kill('SIGTERM');
    await once(this.child, 'exit');
  }
}

/**
 * The port a server spawned by a test prints in its "listening" log line ("port":N). collect receives
 * everything the process writes to stdout, before and after, for the test's own checks and messages.
 */
export function listeningPort(
  child: ChildProcess,
  timeoutMs: number,
  collect: (text: string) => void = () => {},
): Promise<number> {
  let seen = '';
  let settled = false;
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${seen}`)), timeoutMs);
    child.stdout!.on('data', (d: Buffer) => {
      const text = d.toString();
      collect(text);
      if (settled) return;
      seen += text;
      const match = /"port":(\d+)/.exec(seen);
      if (match) {
        settled = true;
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      if (!settled) reject(new Error(`server exited with ${code}: ${seen}`));
    });
  });
}
