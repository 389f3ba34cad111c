/**
 * The guided symptom interview as a botbuilder dialog: a waterfall that asks (TextPrompt) and handles
 * the answer with the pure InterviewFlow, looping with replaceDialog. The whole state travels in the
 * dialog stack, so it lives in ConversationState and survives a restart with a persistent store.
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
import type { DialogDeps } from '../mainDialog';
import { RED_FLAGS_ANSWERED } from '../nutritionBot';
import { offerCheckIn, stopCheckIns } from '../checkins/checkInConversation';
import { forgetMe, whatDoYouKnow } from '../privacy';
import type { InterviewFlow } from './interviewFlow';
import type { InterviewState } from './interviewState';

export const SYMPTOM_INTERVIEW = 'symptomInterview';
const LOOP = 'interviewLoop';
const ASK = 'interviewAnswer';

export interface InterviewOptions {
  openingText?: string;
  state?: InterviewState;
}

/**
 * Takes every message as the answer, empty ones included: the interview flow answers what it cannot use
 * (and repeats the question), so nothing is left to TextPrompt's retry, which has no prompt to repeat.
 */
class InterviewAnswerPrompt extends TextPrompt {
  protected override async onRecognize(
    context: TurnContext,
    _state: unknown,
    _options: PromptOptions,
  ): Promise<PromptRecognizerResult<string>> {
    return { succeeded: true, value: context.activity.text ?? '' };
  }
}

export class SymptomInterviewDialog extends ComponentDialog {
  constructor(
    private readonly deps: DialogDeps,
    private readonly flow: InterviewFlow,
  ) {
    super(SYMPTOM_INTERVIEW);
    this.addDialog(new InterviewAnswerPrompt(ASK));
    this.addDialog(new WaterfallDialog(LOOP, [this.ask.bind(this), this.handle.bind(this)]));
    this.initialDialogId = LOOP;
  }

  /**
   * Sends the step's prompt and waits for the answer. The prompt is sent here rather than handed to the
   * TextPrompt, which would keep the rendered activity (a whole Adaptive Card, twice with its retry copy)
   * in the dialog state of every conversation in an interview; the state stays a few hundred bytes.
   */
  private async ask(step: WaterfallStepContext) {
    const options = (step.options ?? {}) as InterviewOptions;
    let state = options.state;
    if (!state) {
      const memory = await this.deps.state.memory.get(step.context, {});
      state = this.flow.start(options.openingText ?? '', memory.told);
      // Only a state that was not passed in needs keeping: the options are kept already.
      (step.values as { state?: InterviewState }).state = state;
      const alreadySaid = (step.context.turnState.get(RED_FLAGS_ANSWERED) as string[] | undefined) ?? [];
      for (const r of this.flow.opening(state, alreadySaid)) await this.deps.sender.send(step.context, r);
    }
    await this.deps.sender.send(step.context, this.flow.prompt(state));
    return step.prompt(ASK, {});
  }

  private async handle(step: WaterfallStepContext) {
    const state =
      (step.values as { state?: InterviewState }).state ?? ((step.options ?? {}) as InterviewOptions).state!;
    const text = String(step.result ?? '');
    // Privacy commands work at every step, as they do outside the interview.
    const intent = this.deps.recognizer.recognize(text).intent;
    if (intent === 'forgetMe') {
      await this.deps.sender.send(step.context, await forgetMe(step.context, this.deps));
      return step.cancelAllDialogs();
    }
    if (intent === 'whatDoYouKnow') {
      await this.deps.sender.send(step.context, await whatDoYouKnow(step.context, this.deps, state.answers));
      return step.replaceDialog(LOOP, { state } satisfies InterviewOptions);
    }
    if (intent === 'stopCheckIns') {
      await stopCheckIns(step.context, this.deps, await this.deps.state.memory.get(step.context, {}));
      return step.replaceDialog(LOOP, { state } satisfies InterviewOptions);
    }
    const outcome = this.flow.handle(state, text);
    const redFlagsAnswered = step.context.turnState.get(RED_FLAGS_ANSWERED) as string[] | undefined;
    // The bot already answered red flags in this message; don't repeat the same urgent advice.
    const replies = redFlagsAnswered ? outcome.replies.filter((r) => r.kind !== 'urgent') : outcome.replies;
    if (outcome.kind === 'done') {
      for (const r of replies) await this.deps.sender.send(step.context, r);
      if (outcome.completed) {
        const memory = await this.deps.state.memory.get(step.context, {});
        memory.lastInterview = outcome.completed;
        // Signs picked in the safety lists count for the rest of the conversation too.
        memory.told = {
          ...memory.told,
          signs: [...new Set([...(memory.told?.signs ?? []), ...outcome.completed.triage])],
        };
        // A check-in days later: offered after a result that says self-care or a doctor soon.
        await offerCheckIn(step.context, this.deps, memory, outcome.completed);
      }
      return step.endDialog(outcome.completed);
    }
    // The last reply is the next prompt: it is sent by the prompt itself.
    for (const r of replies.slice(0, -1)) await this.deps.sender.send(step.context, r);
    return step.replaceDialog(LOOP, { state: outcome.state } satisfies InterviewOptions);
  }
}
