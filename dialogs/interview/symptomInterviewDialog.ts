/**
 * The guided symptom interview as a flow dialog (dialogs/flows/flowDialog.ts): the pure InterviewFlow
 * answers its steps; the flow dialog handles interruptions and keeps the state in the dialog stack.
 */
import type { TurnContext } from 'botbuilder';
import type { DialogDeps } from '../dialogDeps';
import { offerCheckIn } from '../checkins/checkInConversation';
import { FlowDialog } from '../flows/flowDialog';
import { SYMPTOM_INTERVIEW } from '../flows/flowIds';
import { answeredWarnings } from '../turnWarnings';
import type { InterviewFlow } from './interviewFlow';
import type { InterviewAnswers } from '../../knowledge/scoring/assess';
import type { InterviewOptions, InterviewState } from './interviewState';

export class SymptomInterviewDialog extends FlowDialog<InterviewState, InterviewAnswers, InterviewOptions> {
  constructor(
    deps: DialogDeps,
    private readonly interview: InterviewFlow,
  ) {
    super(SYMPTOM_INTERVIEW, deps, interview);
  }

  /**
   * Starts from the opening message and the warnings told earlier in the conversation; says once what
   * already needs a doctor, leaving out the warnings answered in this turn.
   */
  protected async begin(context: TurnContext, options: InterviewOptions) {
    const memory = await this.deps.state.memory.get(context, {});
    // Stryker disable next-line StringLiteral: every start names its opening message (intents.ts); a fallback with no symptom in it starts the same check.
    const state = this.interview.start(options.openingText ?? '', memory.told, memory.about);
    const alreadySaid = answeredWarnings(context).map((w) => w.id);
    return { state, replies: this.interview.opening(state, alreadySaid) };
  }

  protected async finished(context: TurnContext, answers: InterviewAnswers) {
    const memory = await this.deps.state.memory.get(context, {});
    memory.lastInterview = answers;
    // Signs picked in the safety lists count for the rest of the conversation too.
    // Stryker disable next-line ArrayDeclaration: a sign id that is no sign raises nothing, as no sign does.
    const toldBefore = memory.told?.signs ?? [];
    memory.told = { ...memory.told, signs: [...new Set([...toldBefore, ...answers.triage])] };
    // A check-in days later: offered after a result that says self-care or a doctor soon.
    await offerCheckIn(context, this.deps, memory, answers);
  }
}
