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
import type { Intent } from '../knowledge/schema';
import type { Recognition, Recognizer } from '../knowledge/understanding/recognize';
import { answerQuestion } from './answers/answerQuestion';
import { sources } from './answers/contextAnswers';
import { contextAdvice } from './answers/safetyAnswers';
import { afterEmergency, basicsReply, cancelled, goodbye, help, nothingToRepeat } from './answers/generalAnswers';
import { fromReplay, toReplay } from './answers/replay';
import { unansweredOf } from './answers/unanswered';
import { answerPendingCheckIn, requestCheckIn, stopCheckIns } from './checkins/checkInConversation';
import type { CheckInScheduler } from './checkins/checkInTypes';
import type { Clock } from './clock';
import type { BotState, ConversationMemory } from './conversationMemory';
import { answerPendingFeedback, feedbackCommand } from './feedback/feedbackTurns';
import type { Insights } from './insights';
import type { AssessmentEngine } from './interview/assessmentEngine';
import { summaryReply } from './interview/assessmentReply';
import { InterviewFlow } from './interview/interviewFlow';
import { type InterviewOptions, SYMPTOM_INTERVIEW, SymptomInterviewDialog } from './interview/symptomInterviewDialog';
import { forgetMe, whatDoYouKnow } from './privacy';
import type { ReplySender } from './replies/replySender';
import { recognizeTurn } from './turnRecognition';
import { RED_FLAGS_ANSWERED } from './nutritionBot';

export const MAIN_DIALOG = 'main';

/** Commands "say that again" must not repeat: privacy, check-ins, feedback. */
const NOT_REPLAYED: ReadonlySet<Intent> = new Set([
  'forgetMe',
  'whatDoYouKnow',
  'checkInRequest',
  'stopCheckIns',
  'feedback',
]);

/** How the main dialog is begun: with an interview to start when the message already asked for one. */
interface RouteOptions {
  startInterview?: InterviewOptions;
}
const ROUTE = 'route';

export interface DialogDeps {
  kb: KnowledgeBase;
  recognizer: Recognizer;
  sender: ReplySender;
  state: BotState;
  engine: AssessmentEngine;
  /** An organisation's own contact for a person to talk to (HANDOFF_CONTACT), if configured. */
  handoffContact?: string;
  clock: Clock;
  /** Plans check-ins after symptom checks (absent: none are offered). */
  checkIns?: CheckInScheduler;
  /** Where ratings, comments and unanswered questions go for the team (absent: none are collected). */
  insights?: Insights;
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

  /**
   * Runs one turn: continues the active flow, or routes a new message. Most turns are a question and
   * its answer, which need no dialog stack: those are answered directly, and the dialog machinery (a
   * third of a turn's time) runs only when a flow is active or starts.
   */
  async run(context: TurnContext): Promise<void> {
    let startInterview: InterviewOptions | undefined;
    const activeFlow = await this.hasActiveFlow(context);
    if (!activeFlow) {
      startInterview = await this.routeMessage(context);
      if (!startInterview) return;
    }
    if (this.stateConfiguration) context.turnState.set(DIALOG_STATE_MANAGER_CONFIGURATION, this.stateConfiguration);
    const dc = await this.rootDialogs.createContext(context);
    this.stateConfiguration ??= dc.state.configuration;
    if (activeFlow && (await this.recognize(context)).intent === 'goodbye') {
      // "Bye" ends whatever flow is active, with a goodbye rather than a "stopped".
      await dc.cancelAllDialogs();
      await this.deps.sender.send(context, goodbye());
      return;
    }
    if (startInterview) {
      await dc.beginDialog(this.id, { startInterview } satisfies RouteOptions);
      return;
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  /** True while a flow such as the symptom interview is waiting for the person's answer. */
  isActive(context: TurnContext): Promise<boolean> {
    return this.hasActiveFlow(context);
  }

  private async hasActiveFlow(context: TurnContext): Promise<boolean> {
    const dialogState = await this.deps.state.dialogState.get(context);
    return Boolean(dialogState?.dialogStack?.length);
  }

  private async route(step: WaterfallStepContext) {
    const options = step.options as RouteOptions | undefined;
    const startInterview = options?.startInterview ?? (await this.routeMessage(step.context));
    // The options stay in the stored dialog state while the interview runs; the message need not.
    if (options) delete options.startInterview;
    if (startInterview) return step.beginDialog(SYMPTOM_INTERVIEW, startInterview);
    return step.endDialog();
  }

  private async recognize(context: TurnContext): Promise<Recognition> {
    const memory = await this.deps.state.memory.get(context, {});
    return recognizeTurn(context, this.deps.recognizer, memory.last?.intent);
  }

  /** Answers the message, or returns how to start the symptom interview when that is what it asks for. */
  private async routeMessage(context: TurnContext): Promise<InterviewOptions | undefined> {
    const { kb, sender, state, recognizer } = this.deps;
    const memory = await state.memory.get(context, {});
    // A message may answer what the bot asked last: a rating's comment, a check-in or its offer.
    const recognition = () => recognizeTurn(context, recognizer, memory.last?.intent);
    if (await answerPendingFeedback(context, this.deps, memory, recognition, warnedThisTurn(context))) return undefined;
    if (await answerPendingCheckIn(context, this.deps, memory)) return undefined;
    const rec = await this.recognize(context);
    if (rec.intent !== 'repeat') return this.respond(context, rec, memory);
    // "Say that again": the last answer, rebuilt from what it was about.
    if (memory.replay) return this.respond(context, fromReplay(kb, memory.replay), memory);
    await sender.send(context, nothingToRepeat());
    return undefined;
  }

  private async respond(
    context: TurnContext,
    rec: Recognition,
    memory: ConversationMemory,
  ): Promise<InterviewOptions | undefined> {
    const { kb, sender } = this.deps;
    // What the answer is built from, for "say that again"; privacy answers are not kept.
    if (!NOT_REPLAYED.has(rec.intent)) memory.replay = toReplay(rec);
    switch (rec.intent) {
      case 'help':
        await sender.send(context, help());
        break;
      case 'cancel':
      case 'startOver':
        await sender.send(context, cancelled());
        break;
      case 'goodbye':
        await sender.send(context, goodbye());
        break;
      case 'sources':
        await sender.send(context, sources(kb, memory.last?.sources ?? []));
        break;
      case 'whatDoYouKnow':
        await sender.send(context, await whatDoYouKnow(context, this.deps));
        break;
      case 'forgetMe':
        await sender.send(context, await forgetMe(context, this.deps));
        break;
      case 'checkInRequest':
        await requestCheckIn(context, this.deps, memory);
        break;
      case 'stopCheckIns':
        await stopCheckIns(context, this.deps, memory);
        break;
      case 'feedback':
        await feedbackCommand(context, this.deps, memory);
        break;
      case 'symptomCheck':
        // An emergency in the opening message comes first: no interview until the person is safe.
        if (raisedEmergency(context, kb)) {
          await sender.send(context, afterEmergency());
          break;
        }
        // Said again later, the symptom check is its summary, not a new check.
        memory.replay = { ...toReplay(rec), intent: 'summary' };
        return { openingText: context.activity.text ?? '' };
      case 'summary':
        await sender.send(context, summaryReply(kb, this.deps.engine, memory.lastInterview));
        break;
      default: {
        const basics = basicsReply(rec.intent, this.deps);
        if (basics) {
          await sender.send(context, basics);
          break;
        }
        const answer = answerQuestion(kb, rec, memory.last);
        if (answer.remember) {
          memory.last = answer.remember;
          memory.replay = toReplay(rec, answer.remember);
        }
        // After warning advice, "sorry, that's outside what I know" would only blur it.
        const warned = warnedThisTurn(context);
        if (!(warned && answer.reply.kind === 'fallback')) await sender.send(context, answer.reply);
        const unanswered = warned ? undefined : unansweredOf(kb, rec, answer.reply, this.deps.clock.now());
        if (unanswered) this.deps.insights?.unanswered({ ...unanswered, text: context.activity.text ?? '' });
        const told = rec.symptoms.filter((s) => !s.negated).map((s) => s.id);
        const advice = contextAdvice(kb, context.activity.text ?? '', told);
        if (advice) await sender.send(context, advice);
      }
    }
    return undefined;
  }

  private async finish(step: WaterfallStepContext) {
    return step.endDialog(step.result);
  }
}

function warnedThisTurn(context: TurnContext): boolean {
  return Boolean((context.turnState.get(RED_FLAGS_ANSWERED) as string[] | undefined)?.length);
}

function raisedEmergency(context: TurnContext, kb: KnowledgeBase): boolean {
  const ids = (context.turnState.get(RED_FLAGS_ANSWERED) as string[] | undefined) ?? [];
  return kb.screenRedFlags(context.activity.text ?? '').some((w) => w.level === 'emergency' && ids.includes(w.id));
}
