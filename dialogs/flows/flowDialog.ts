/**
 * The dialog around a flow, and the one interruption step every flow goes through, in the spirit of
 * BotBuilder's CancelAndHelpDialog: an emergency ends the flow, then the message's intent does what its
 * route says mid-flow (dialogs/intents.ts: end, restart, help, repeat, an answer first, a question, an
 * aside), and only then does the flow's own step read it.
 *
 * The flow's state travels in the dialog stack (ConversationState), so any process sharing the store
 * can continue it; a waterfall asks (TextPrompt) and handles the answer, looping with replaceDialog.
 */
import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  type PromptOptions,
  type PromptRecognizerResult,
  TextPrompt,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { asksInSomeSentence } from '../../knowledge/understanding/recognize';
import type { DialogDeps } from '../dialogDeps';
import { answerTurn, routeFor } from '../intents';
import { type Reply, reply, text } from '../replies/replyModel';
import { recognizeTurn } from '../turnRecognition';
import { answeredWarnings } from '../turnWarnings';
import { type Flow, type FlowOptions, type FlowOutcome, type FlowTurn, stoppedForEmergency } from './flow';

const LOOP = 'flowLoop';
const ASK = 'flowAnswer';

/** An interruption that ends the flow with its own answer ("cancel", "bye", "forget me"). */
type TurnOutcome<S, R> = FlowOutcome<S, R> | { kind: 'ended' };

/**
 * Takes every message as the answer, empty ones included: the flow answers what it cannot use (and asks
 * again), so nothing is left to TextPrompt's retry, which has no prompt to repeat.
 */
class FlowAnswerPrompt extends TextPrompt {
  protected override async onRecognize(
    context: TurnContext,
    _state: unknown,
    _options: PromptOptions,
  ): Promise<PromptRecognizerResult<string>> {
    return { succeeded: true, value: context.activity.text ?? '' };
  }
}

export abstract class FlowDialog<S, R, O extends FlowOptions<S> = FlowOptions<S>> extends ComponentDialog {
  constructor(
    id: string,
    protected readonly deps: DialogDeps,
    protected readonly flow: Flow<S, R>,
  ) {
    super(id);
    this.addDialog(new FlowAnswerPrompt(ASK));
    this.addDialog(new WaterfallDialog(LOOP, [this.ask.bind(this), this.handle.bind(this)]));
    this.initialDialogId = LOOP;
  }

  /** The first state, from the options the flow was begun with, and what to say before its first question. */
  protected abstract begin(context: TurnContext, options: O): Promise<{ state: S; replies: Reply[] }>;

  /** The flow came to its result: keep what the rest of the conversation needs. */
  protected abstract finished(context: TurnContext, result: R): Promise<void>;

  /**
   * Sends the step's question and waits for the answer. The question is sent here rather than handed to
   * the TextPrompt, which would keep the rendered activity (a whole Adaptive Card, twice with its retry
   * copy) in the dialog state of every conversation in a flow; the state stays a few hundred bytes.
   */
  private async ask(step: WaterfallStepContext) {
    const options = (step.options ?? {}) as O;
    let state = options.state;
    if (state === undefined) {
      const begun = await this.begin(step.context, options);
      state = begun.state;
      // Only a state that was not passed in needs keeping: the options are kept already.
      (step.values as { state?: S }).state = state;
      for (const r of begun.replies) await this.deps.sender.send(step.context, r);
    }
    await this.deps.sender.send(step.context, this.flow.prompt(state));
    return step.prompt(ASK, {});
  }

  private async handle(step: WaterfallStepContext) {
    const state = (step.values as { state?: S }).state ?? ((step.options ?? {}) as O).state!;
    const { context } = step;
    const turn: FlowTurn = {
      text: String(step.result ?? ''),
      rec: recognizeTurn(context, this.deps.recognizer),
      warnings: answeredWarnings(context),
    };
    const outcome = await this.interrupt(context, state, turn);
    if (outcome.kind === 'ended') return step.cancelAllDialogs();
    // The bot already answered this message's warnings; the same urgent advice is not said twice.
    const replies = turn.warnings.length ? outcome.replies.filter((r) => r.kind !== 'urgent') : outcome.replies;
    for (const r of replies) await this.deps.sender.send(context, r);
    if (outcome.kind === 'done') {
      if (outcome.result !== undefined) await this.finished(context, outcome.result);
      return step.endDialog(outcome.result);
    }
    return step.replaceDialog(LOOP, { state: outcome.state } satisfies FlowOptions<S>);
  }

  /** The interruption step: what the message does to the flow before (and unless) its step reads it. */
  private async interrupt(context: TurnContext, current: S, turn: FlowTurn): Promise<TurnOutcome<S, R>> {
    const { flow } = this;
    // Warning signs were answered before any dialog ran; an emergency ends the flow.
    if (turn.warnings.some((w) => w.level === 'emergency'))
      return { kind: 'done', replies: [stoppedForEmergency(flow.name)] };
    const state = flow.hear(current, turn);
    const route = routeFor(turn.rec.intent);
    const again = (...replies: Reply[]): FlowOutcome<S, R> => ({ kind: 'continue', state, replies });
    const answer = async () => {
      const memory = await this.deps.state.memory.get(context, {});
      await answerTurn({ context, rec: turn.rec, memory, deps: this.deps, flow: { progress: flow.progress(state) } });
    };
    switch (route.midFlow) {
      case 'end':
        await answer();
        return { kind: 'ended' };
      case 'restart':
        return { kind: 'continue', state: flow.restart(state), replies: [said('OK, let’s start again.')] };
      case 'help':
        return again(flow.help(state));
      case 'repeat':
        return again(said('Here is my question again:'));
      case 'first':
        await answer();
        return again();
      case 'question':
        // A question of its own ("can coffee cause twitching?"), in any sentence ("meat mostly. what does a
        // man of 52 need?"), is answered or honestly declined, then
        // the step is asked again; it is never taken as an answer or counted as a miss.
        if (asksInSomeSentence(turn.text) && !flow.readsItself(state, turn)) {
          await answer();
          // What the flow kept from it may say so itself ("I've noted it for your result; let's carry on").
          const after = flow.asked(state, turn);
          return after.kind === 'continue' && !after.replies.length
            ? { ...after, replies: [said(`Now, back to your ${flow.name}.`)] }
            : after;
        }
        break;
      case 'aside':
      case 'step':
        break;
      default:
        return unreachable(route.midFlow);
    }
    const stepped = flow.step(state, turn);
    if (stepped) return stepped;
    // Only after the step had its chance: "ok" may answer it before it is "thanks".
    if (route.midFlow === 'aside') {
      await answer();
      return again();
    }
    return flow.unused(state, turn);
  }
}

function said(line: string): Reply {
  return reply('smallTalk', { blocks: [text(line)] });
}

function unreachable(value: never): never {
  throw new Error(`unhandled mid-flow route ${String(value)}`);
}
