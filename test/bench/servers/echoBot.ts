/**
 * Baseline (b) for the HTTP benchmark: botbuilder's echo bot as the official samples build it, a
 * CloudAdapter from configuration, an ActivityHandler that echoes, and ConversationState on
 * MemoryStorage (a turn counter, saved every turn). Prints {"port":N} once listening.
 */
import restify from 'restify';
import {
  ActivityHandler,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConversationState,
  MemoryStorage,
} from 'botbuilder';

class EchoBot extends ActivityHandler {
  constructor(conversationState: ConversationState) {
    super();
    const turns = conversationState.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      const count = (await turns.get(context, 0)) + 1;
      await turns.set(context, count);
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
    this.onDialog(async (context, next) => {
      await conversationState.saveChanges(context, false);
      await next();
    });
  }
}

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
