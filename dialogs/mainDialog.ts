/**
 * The router: recognises what the person wants and answers it, or hands over to a flow such as the
 * symptom interview. Every turn without an active flow starts here.
 */
import type { TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  type DialogStateManagerConfiguration,
  DialogTurnStatus,
  WaterfallDialog,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { rememberAbout } from '../knowledge/understanding/about';
import type { DialogDeps } from './dialogDeps';
import { type FlowStart, answerTurn } from './intents';
import { answerPendingCheckIn } from './checkins/checkInConversation';
import { answerPendingFeedback } from './feedback/feedbackTurns';
import { InterviewFlow } from './interview/interviewFlow';
import { SymptomInterviewDialog } from './interview/symptomInterviewDialog';
import { recognizeTurn } from './turnRecognition';
import { answeredWarnings } from './turnWarnings';

export const MAIN_DIALOG = 'main';

/** How the main dialog is begun: with a flow to start when the message already asked for one. */
interface RouteOptions {
  startFlow?: FlowStart;
}
const ROUTE = 'route';

/**
 * The turn-state key under which botbuilder-dialogs looks for its memory configuration before building
 * one (botbuilder-dialogs/lib/memory/dialogStateManager.js; a test fails if it stops being honoured).
 */
export const DIALOG_STATE_MANAGER_CONFIGURATION = 'DialogStateManagerConfiguration';

export class MainDialog extends ComponentDialog {
  private readonly rootDialogs: DialogSet;
  /**
   * botbuilder-dialogs builds its memory scopes and path resolvers anew (through a service container)
   * for the first dialog context of every turn. They hold no per-turn state, so the first turn's set is
   * kept and handed to later turns.
   */
  private stateConfiguration?: DialogStateManagerConfiguration;

  constructor(private readonly deps: DialogDeps) {
    super(MAIN_DIALOG);
    this.addDialog(new WaterfallDialog(ROUTE, [this.route.bind(this), this.finish.bind(this)]));
    // Every flow a route can begin (dialogs/flows/flowDialog.ts).
    this.addDialog(new SymptomInterviewDialog(deps, new InterviewFlow(deps)));
    this.initialDialogId = ROUTE;
    this.rootDialogs = new DialogSet(deps.state.dialogState).add(this);
  }

  /**
   * Runs one turn: continues the active flow, or routes a new message. Most turns are a question and
   * its answer, which need no dialog stack: those are answered directly, and the dialog machinery (a
   * third of a turn's time) runs only when a flow is active or starts.
   */
  async run(context: TurnContext): Promise<void> {
    let startFlow: FlowStart | undefined;
    const activeFlow = await this.hasActiveFlow(context);
    await this.rememberAbout(context, activeFlow);
    if (!activeFlow) {
      startFlow = await this.routeMessage(context);
      if (!startFlow) return;
    }
    if (this.stateConfiguration) context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, this.stateConfiguration);
    const dc = await this.rootDialogs.createContext(context);
    this.stateConfiguration ??= dc.state.configuration;
    if (startFlow) {
      await dc.beginDialog(this.id, { startFlow } satisfies RouteOptions);
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  /** True while a flow such as the symptom interview is waiting for the person's answer. */
  isActive(context: TurnContext): Promise<boolean> {
    return this.hasActiveFlow(context);
  }

  /**
   * Keeps what every message says about the people in the conversation (age, sex, pregnancy, the
   * medicines the writer takes), in a flow or not, so later answers and a symptom check can use it. The
   * message is recognised as the route or the flow will read it (a flow without the previous intent).
   */
  private async rememberAbout(context: TurnContext, activeFlow: boolean): Promise<void> {
    const memory = await this.deps.state.memory.get(context, {});
    const rec = recognizeTurn(context, this.deps.recognizer, activeFlow ? undefined : memory.last?.intent);
    const about = rememberAbout(memory.about, rec.context, rec.medicines);
    if (about !== memory.about) memory.about = about;
    if (rec.diets.length) memory.diets = [...rec.diets];
  }

  private async hasActiveFlow(context: TurnContext): Promise<boolean> {
    const dialogState = await this.deps.state.dialogState.get(context);
    return Boolean(dialogState?.dialogStack?.length);
  }

  private async route(step: WaterfallStepContext) {
    const options = step.options as RouteOptions | undefined;
    const startFlow = options?.startFlow ?? (await this.routeMessage(step.context));
    // The options stay in the stored dialog state while the flow runs; the message need not.
    if (options) delete options.startFlow;
    if (startFlow) return step.beginDialog(startFlow.id, startFlow.options);
    return step.endDialog();
  }

  /**
   * Answers the message by its intent's route (dialogs/intents.ts), or says which flow to begin. A message
   * may first answer the one thing the bot asked last outside a flow (a rating's comment, a check-in or its
   * offer); anything else drops that question and is routed as usual.
   */
  private async routeMessage(context: TurnContext): Promise<FlowStart | undefined> {
    const { recognizer, state } = this.deps;
    const memory = await state.memory.get(context, {});
    const recognize = () => recognizeTurn(context, recognizer, memory.last?.intent);
    const warned = answeredWarnings(context).length > 0;
    if (await answerPendingFeedback(context, this.deps, memory, recognize, warned)) return undefined;
    if (await answerPendingCheckIn(context, this.deps, memory)) return undefined;
    const result = await answerTurn({ context, rec: recognize(), memory, deps: this.deps });
    return result?.startFlow;
  }

  private async finish(step: WaterfallStepContext) {
    return step.endDialog(step.result);
  }
}
