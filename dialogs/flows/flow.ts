/**
 * A flow: a conversation of several steps (the symptom interview) as a pure state machine. The flow
 * answers its own steps; everything that interrupts it (help, cancel, start over, a question, an
 * emergency) is handled once for every flow by the interruption step in flowDialog.ts.
 */
import type { Recognition } from '../../knowledge/understanding/recognize';
import type { Warning } from '../../knowledge/triage/warningScreen';
import { afterEmergency } from '../answers/generalAnswers';
import { type Reply, reply, text } from '../replies/replyModel';

/** One message, as every part of a flow sees it. */
export interface FlowTurn {
  /** The message as typed. */
  text: string;
  rec: Recognition;
  /** Warnings the bot answered in this message, before the flow saw it. */
  warnings: readonly Warning[];
}

/** How a flow dialog is begun (by its own options) or continued (with its state). */
export interface FlowOptions<S> {
  state?: S;
}

/** What happens after a message: the flow goes on (and asks its step), or it is done. */
export type FlowOutcome<S, R> =
  /** replies come before the step's question, which the dialog asks itself. */
  { kind: 'continue'; state: S; replies: Reply[] } | { kind: 'done'; replies: Reply[]; result?: R };

export interface Flow<S, R> {
  /** How replies name the flow ("Now, back to your symptom check."). */
  readonly name: string;
  /** The question of the current step, with its choices. */
  prompt(state: S): Reply;
  /** What to say at the current step; "help" mid-flow. */
  help(state: S): Reply;
  /** Where "start over" begins, from the state it leaves (what must not be forgotten stays). */
  restart(state: S): S;
  /** What the flow keeps so far, in a sentence, for "what do you know about me". */
  progress(state: S): string;
  /** What the flow takes from any message, whatever else it says (the warning signs told). */
  hear(state: S, turn: FlowTurn): S;
  /**
   * The flow reads this message itself (an answer its step can use, or its own controls such as "back"),
   * so a question in it is not answered as a question.
   */
  readsItself(state: S, turn: FlowTurn): boolean;
  /**
   * A question asked mid-flow was answered: what the flow keeps from the message all the same (facts given in
   * passing: "I've had it for 3 weeks, could it be my omeprazole?"), and the step to ask next.
   */
  asked(state: S, turn: FlowTurn): FlowOutcome<S, R>;
  /** The step's reading of the message; undefined when the step cannot use it. */
  step(state: S, turn: FlowTurn): FlowOutcome<S, R> | undefined;
  /** Nothing used the message: a clearer question, or the step skipped. */
  unused(state: S, turn: FlowTurn): FlowOutcome<S, R>;
}

/** After emergency advice: the flow has stopped, and the way back is open. */
export function stoppedForEmergency(flowName: string): Reply {
  return reply('smallTalk', {
    blocks: [text(`I’ve stopped the ${flowName} so you can get help now.`), ...afterEmergency().blocks.slice(-1)],
  });
}
