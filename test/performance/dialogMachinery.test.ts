import { MemoryStorage, type StoreItems, TestAdapter, TurnContext, ConversationState } from 'botbuilder';
import {
  type DialogState,
  DialogSet,
  type DialogStateManagerConfiguration,
  TextPrompt,
  WaterfallDialog,
} from 'botbuilder-dialogs';
import { describe, expect, it } from 'vitest';
import { createBot } from '../../dialogs/createBot';
import { DIALOG_STATE_MANAGER_CONFIGURATION } from '../../dialogs/mainDialog';
import { knowledgeBase } from '../support/knowledge';

describe('dialog machinery only where it is needed', () => {
  it('botbuilder-dialogs takes its memory configuration from the turn state key the bot sets', async () => {
    const dialogs = new DialogSet(new ConversationState(new MemoryStorage()).createProperty('dialogs'));
    dialogs.add(new WaterfallDialog('w', [async (step) => step.endDialog()]));
    let kept: DialogStateManagerConfiguration | undefined;
    const adapter = new TestAdapter(async (context: TurnContext) => {
      if (kept) {
        // A copy with the same scopes: botbuilder must use it as given, not build its own.
        const given = { memoryScopes: [...kept.memoryScopes], pathResolvers: [...kept.pathResolvers] };
        context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, given);
        const dc = await dialogs.createContext(context);
        expect(dc.state.configuration).toBe(given);
      } else {
        kept = (await dialogs.createContext(context)).state.configuration;
      }
    });
    await adapter.receiveActivity('first');
    await adapter.receiveActivity('second');
    expect(kept?.memoryScopes.length).toBeGreaterThan(0);
  });

  it('botbuilder-dialogs keeps the running dialogs in the state property’s dialogStack, which MainDialog reads without a dialog context', async () => {
    const state = new ConversationState(new MemoryStorage());
    const accessor = state.createProperty<DialogState>('dialogs');
    const dialogs = new DialogSet(accessor).add(new TextPrompt('ask'));
    const depths: number[] = [];
    const adapter = new TestAdapter(async (context: TurnContext) => {
      const dc = await dialogs.createContext(context);
      const result = await dc.continueDialog();
      if (result.status === 'empty') await dc.prompt('ask', 'say something');
      await state.saveChanges(context);
      // Next turn's view, as MainDialog.hasActiveFlow has it: the property, not a dialog context.
      depths.push((await accessor.get(context))?.dialogStack?.length ?? 0);
    });
    await adapter.receiveActivity('start');
    await adapter.receiveActivity('an answer');
    expect(depths).toEqual([1, 0]);
  });

  it('answers a question without a dialog stack, and keeps one only while the interview runs', async () => {
    const items: StoreItems = {};
    const { bot } = createBot(knowledgeBase(), new MemoryStorage(items));
    const adapter = new TestAdapter(async (context) => bot.run(context));
    const dialogStack = () => {
      const stored = JSON.parse(String(Object.values(items)[0] ?? '{}')) as {
        dialogState?: { dialogStack: unknown[] };
      };
      return stored.dialogState?.dialogStack.length ?? 0;
    };
    await adapter.receiveActivity('what foods have potassium?');
    expect(adapter.activeQueue.splice(0).length).toBeGreaterThan(0);
    expect(dialogStack()).toBe(0);
    await adapter.receiveActivity('my calf keeps jumping');
    expect(
      adapter.activeQueue
        .splice(0)
        .map((a) => a.text)
        .join(' '),
    ).toMatch(/twitching/i);
    expect(dialogStack()).toBeGreaterThan(0);
    await adapter.receiveActivity('also tired');
    adapter.activeQueue.splice(0);
    // Once the interview has moved on, the person's opening message is not kept in the stored state.
    expect(JSON.stringify(items)).not.toContain('calf keeps jumping');
    await adapter.receiveActivity('cancel');
    adapter.activeQueue.splice(0);
    expect(dialogStack()).toBe(0);
  });
});
