/**
 * botbuilder's echo bot as the official samples build it: an ActivityHandler that echoes, with a turn
 * counter in ConversationState saved at the end of every turn. The baseline of every benchmark section.
 */
import { ActivityHandler, ConversationState, type Storage, type TurnContext } from 'botbuilder';

export class EchoBot extends ActivityHandler {
  constructor(conversationState: ConversationState) {
    super();
    const turns = conversationState.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      await turns.set(context, (await turns.get(context, 0)) + 1);
      await context.sendActivity(`Echo: ${context.activity.text}`);
      await next();
    });
    this.onDialog(async (context, next) => {
      await conversationState.saveChanges(context, false);
      await next();
    });
  }
}

/** A turn of the echo bot on this storage, for adapters that take a logic function. */
export function echoLogic(storage: Storage): (context: TurnContext) => Promise<void> {
  const bot = new EchoBot(new ConversationState(storage));
  return (context) => bot.run(context);
}
