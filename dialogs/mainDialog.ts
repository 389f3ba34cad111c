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
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Recognizer } from '../knowledge/understanding/recognize';
import { answerQuestion } from './answers/answerQuestion';
import { sources } from './answers/contextAnswers';
import { cancelled, help } from './answers/generalAnswers';
import type { BotState } from './conversationMemory';
import type { AssessmentEngine } from './interview/assessmentEngine';
import { summaryReply } from './interview/assessmentReply';
import { InterviewFlow } from './interview/interviewFlow';
import { type InterviewOptions, SYMPTOM_INTERVIEW, SymptomInterviewDialog } from './interview/symptomInterviewDialog';
import { forgetMe, whatDoYouKnow } from './privacy';
import type { ReplySender } from './replies/replySender';
import { recognizeTurn } from './turnRecognition';

export const MAIN_DIALOG = 'main';
const ROUTE = 'route';

export interface DialogDeps {
  kb: KnowledgeBase;
  recognizer: Recognizer;
  sender: ReplySender;
  state: BotState;
  engine: AssessmentEngine;
}

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
    this.addDialog(new SymptomInterviewDialog(deps, new InterviewFlow(deps)));
    this.initialDialogId = ROUTE;
    this.rootDialogs = new DialogSet(deps.state.dialogState).add(this);
  }

  /** Runs one turn: continues the active flow, or routes a new message. */
  async run(context: TurnContext): Promise<void> {
    if (this.stateConfiguration) context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, this.stateConfiguration);
    const dc = await this.rootDialogs.createContext(context);
    this.stateConfiguration ??= dc.state.configuration;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async route(step: WaterfallStepContext) {
    const { kb, recognizer, sender, state } = this.deps;
    const context = step.context;
    const memory = await state.memory.get(context, {});
    const rec = recognizeTurn(context, recognizer, memory.last?.intent);
    switch (rec.intent) {
      case 'help':
        await sender.send(context, help());
        break;
      case 'cancel':
      case 'startOver':
        await sender.send(context, cancelled());
        break;
      case 'sources':
        await sender.send(context, sources(kb, memory.last?.sources ?? []));
        break;
      case 'whatDoYouKnow':
        await sender.send(context, await whatDoYouKnow(context, state));
        break;
      case 'forgetMe':
        await sender.send(context, await forgetMe(context, state));
        return step.endDialog();
      case 'symptomCheck':
        return step.beginDialog(SYMPTOM_INTERVIEW, {
          openingText: context.activity.text ?? '',
        } satisfies InterviewOptions);
      case 'summary':
        await sender.send(context, summaryReply(kb, this.deps.engine, memory.lastInterview));
        break;
      default: {
        const answer = answerQuestion(kb, rec, memory.last);
        if (answer.remember) memory.last = answer.remember;
        await sender.send(context, answer.reply);
      }
    }
    return step.endDialog();
  }

  private async finish(step: WaterfallStepContext) {
    return step.endDialog(step.result);
  }
}
