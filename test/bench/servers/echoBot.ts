/**
 * Baseline (b) for the HTTP benchmark: botbuilder's echo bot as the official samples build it, a
 * CloudAdapter from configuration, an ActivityHandler that echoes, and ConversationState on
 * MemoryStorage (a turn counter, saved every turn). Prints {"port":N} once listening.
 */
import restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } from 'botbuilder';
import { EchoBot } from './echoLogic';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
adapter.onTurnError = async (context, error) => {
  console.error(error);
  await context.sendActivity('The bot encountered an error.');
};
const bot = new EchoBot(new ConversationState(new MemoryStorage()));

const server = restify.createServer();
server.use(restify.plugins.bodyParser());
server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(JSON.stringify({ port: (server.address() as { port: number }).port }));
});

// Exit normally on SIGTERM so --cpu-prof can write its profile.
process.on('SIGTERM', () => process.exit(0));
