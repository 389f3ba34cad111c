/**
 * The bot's server with some of its shortcuts replaced by botbuilder's own way (BENCH_WITHOUT, comma-separated
 * ids from ../shortcuts.ts; empty: the bot as it ships). Started like `node dist/src/index.js`.
 */
import { startBot } from '../../../src/index';
import { loadConfig } from '../../../src/config';
import { applyWithout } from '../shortcuts';

applyWithout(process.env.BENCH_WITHOUT);
void startBot(loadConfig()).then((running) => {
  process.on('SIGTERM', () => void running.stop().then(() => process.exit(0)));
});
