/** Runs the bot server as a separate Node process from the sources (tsx), for multi-instance tests and the soak. */
import { ServerProcess } from './serverProcess';

export class BotProcess extends ServerProcess {
  constructor(env: Record<string, string>, nodeArgs: string[] = []) {
    super('bot', 'src/index.ts', { LOG_LEVEL: 'info', ...env }, [...nodeArgs, '-r', 'tsx/cjs']);
  }
}
