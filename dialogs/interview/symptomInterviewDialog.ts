/**
 * The guided symptom interview as a botbuilder dialog: a waterfall that asks (TextPrompt) and handles
 * the answer with the pure InterviewFlow, looping with replaceDialog. The whole state travels in the
 * dialog stack, so it lives in ConversationState and survives a restart with a persistent store.
 */
import { ComponentDialog, TextPrompt, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DialogDeps } from '../mainDialog';
import { RED_FLAGS_ANSWERED } from '../nutritionBot';
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

export class SymptomInterviewDialog extends ComponentDialog {
  constructor(
    private readonly deps: DialogDeps,
    private readonly flow: InterviewFlow,
  ) {
    super(SYMPTOM_INTERVIEW);
    this.addDialog(new TextPrompt(ASK));
    this.addDialog(new WaterfallDialog(LOOP, [this.ask.bind(this), this.handle.bind(this)]));
    this.initialDialogId = LOOP;
  }

  private async ask(step: WaterfallStepContext) {
    const options = (step.options ?? {}) as InterviewOptions;
    const state = options.state ?? this.flow.start(options.openingText ?? '');
    (step.values as { state?: InterviewState }).state = state;
    const prompt = await this.deps.sender.prepare(step.context, this.flow.prompt(state));
    return step.prompt(ASK, { prompt, retryPrompt: prompt });
  }

  private async handle(step: WaterfallStepContext) {
    const state = (step.values as { state: InterviewState }).state;
    const text = String(step.result ?? '');
    // Privacy commands work at every step, as they do outside the interview.
    const intent = this.deps.recognizer.recognize(text).intent;
    if (intent === 'forgetMe') {
      await this.deps.sender.send(step.context, await forgetMe(step.context, this.deps.state));
      return step.cancelAllDialogs();
    }
    if (intent === 'whatDoYouKnow') {
      await this.deps.sender.send(step.context, await whatDoYouKnow(step.context, this.deps.state, state.answers));
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
      }
      return step.endDialog(outcome.completed);
    }
    // The last reply is the next prompt: it is sent by the prompt itself.
    for (const r of replies.slice(0, -1)) await this.deps.sender.send(step.context, r);
    return step.replaceDialog(LOOP, { state: outcome.state } satisfies InterviewOptions);
  }
}
