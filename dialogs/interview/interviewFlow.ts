/**
 * The symptom interview as a pure state machine: given the state and what the person typed, the next
 * state and what to say. The dialog around it only stores the state and sends the replies, so every
 * path (help, why, back, misses, red flags) is testable without a channel.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { KNOWLEDGE_QUESTIONS, type Recognition, type Recognizer } from '../../knowledge/understanding/recognize';
import { type Answer, answerQuestion } from '../answers/answerQuestion';
import { cancelled } from '../answers/generalAnswers';
import { type Reply, note, reply, text } from '../replies/replyModel';
import type { AssessmentEngine } from './assessmentEngine';
import { assessmentReply } from './assessmentReply';
import { type InterviewState, type Stage, advance, freshInterview, goBack } from './interviewState';
import { progressLine, symptomChoices, symptomsSaidBack } from './interviewWording';

export interface FlowDeps {
  kb: KnowledgeBase;
  recognizer: Recognizer;
  engine: AssessmentEngine;
}

export type FlowOutcome =
  | { kind: 'continue'; state: InterviewState; replies: Reply[] }
  | { kind: 'done'; replies: Reply[]; completed?: InterviewState['answers'] };

const DONE_WORDS =
  /^(no|nope|nothing|nothing else|no more|that'?s (all|it|everything)|thats (all|it|everything)|that is (all|it|everything)|done|correct|right|yes|yep|yeah|that'?s right|thats right|continue|next|ok|okay|all good|go on|none)\b/;
const BACK = /^(back|go back|previous|undo|change (my )?(last )?answer)$/;
const WHY = /^(why|why\?|why do you ask|why do you need (that|this)|why that|why are you asking|how come)\b/;
const SKIP = /^(skip|pass|dont know|don'?t know|not sure|unsure|no idea|idk|prefer not to say)$/;
const YES = /^(yes|y|yep|yeah|sure|ok|okay|continue|go on|please do|carry on)\b/;
const NO = /^(no|n|nope|stop|not now|no thanks|later)\b/;
const MAX_MISSES = 2;

export class InterviewFlow {
  constructor(private readonly deps: FlowDeps) {}

  /** Starts from the opening message: whatever it already says is used. */
  start(openingText: string): InterviewState {
    const rec = this.deps.recognizer.recognize(openingText);
    const state = freshInterview(rec.symptoms.filter((s) => !s.negated).map((s) => s.id));
    return { ...state, answers: { ...state.answers, factors: this.deps.engine.prefill(rec) } };
  }

  /** The question for the current stage, with its progress line and choices (clearer after a miss). */
  prompt(state: InterviewState): Reply {
    const { kb, engine } = this.deps;
    const retry = state.misses > 0;
    const progress = note('info', progressLine(state.stage));
    switch (state.stage) {
      case 'symptoms':
        return reply('question', {
          blocks: [
            text(
              retry
                ? 'Sorry, I didn’t recognise a symptom there. Try describing it in your own words, for example “my calf keeps twitching”, “cramps at night” or “tingling lips”, or pick one:'
                : 'What are you noticing? Describe it in your own words, or pick one:',
            ),
            progress,
          ],
          suggestions: symptomChoices(kb, []),
        });
      case 'confirm':
        return reply('question', {
          blocks: [
            text(`So far I have: ${symptomsSaidBack(kb, state.answers.symptoms)}.`),
            text(
              retry
                ? 'Is there anything else, or should I remove something? For example “also tired”, “no, not numbness”, or “that’s all”.'
                : 'Anything to add or correct? (for example “also tired” or “no, not numbness”)',
            ),
            progress,
          ],
          suggestions: ['That’s all', ...symptomChoices(kb, state.answers.symptoms).slice(0, 3)],
        });
      case 'screenEmergency':
        return reply('question', {
          blocks: [
            text('First, a quick safety check. Is any of these happening now or recently?'),
            { type: 'list', items: engine.triageItems('emergency').map((t) => t.label) },
            progress,
          ],
          suggestions: ['None of these', ...engine.triageItems('emergency').map((t) => t.label)].slice(0, 6),
        });
      case 'afterEmergency':
        return reply('question', {
          blocks: [text('Once you’ve arranged care, I can still go through the nutrition side with you. Continue?')],
          suggestions: ['Continue', 'Stop here'],
        });
      case 'screenUrgent':
        return reply('question', {
          blocks: [
            text(retry ? 'Please pick any that apply, or say “none”:' : 'And any of these?'),
            { type: 'list', items: engine.triageItems('today', 'soon').map((t) => t.label) },
            progress,
          ],
          suggestions: ['None of these', ...engine.triageItems('today', 'soon').map((t) => t.label)].slice(0, 6),
        });
      case 'question': {
        const q = engine.question(state.questionId!);
        const options = q?.options.map((o) => o.label) ?? [];
        return reply('question', {
          blocks: [
            text(
              retry
                ? `Sorry, I didn’t get that. ${q?.text} You can answer with one of: ${options.join(', ')}; or say “skip”.`
                : (q?.text ?? ''),
            ),
            progress,
          ],
          suggestions: options,
        });
      }
    }
  }

  /** What to say and where to go after the person's message. */
  handle(state: InterviewState, message: string): FlowOutcome {
    const { recognizer } = this.deps;
    const rec = recognizer.recognize(message);
    const normal = rec.analysis.corrected.join(' ');
    const raw = message.trim().toLowerCase();

    if (rec.intent === 'cancel') return { kind: 'done', replies: [cancelled()] };
    if (rec.intent === 'startOver') {
      const fresh = freshInterview();
      return {
        kind: 'continue',
        state: fresh,
        replies: [reply('smallTalk', { blocks: [text('OK, let’s start again.')] }), this.prompt(fresh)],
      };
    }
    if (rec.intent === 'help' || raw === 'help') return this.stay(state, [this.helpFor(state)]);
    if (WHY.test(raw)) return this.stay(state, [this.whyFor(state)]);
    if (BACK.test(raw)) {
      const previous = goBack(state);
      if (!previous)
        return this.stay(state, [
          reply('smallTalk', { blocks: [text('This is the first step, so there is nothing to go back to.')] }),
        ]);
      return {
        kind: 'continue',
        state: previous,
        replies: [reply('smallTalk', { blocks: [text('OK, let’s change that.')] }), this.prompt(previous)],
      };
    }

    const next = this.handleStage(state, rec, normal, raw);
    if (next) return next;

    // Not an answer to this step: maybe a question of its own, answered before resuming.
    // A question of the Q&A kind ("what foods have potassium?") is answered, then the interview resumes.
    const isQuestion =
      (KNOWLEDGE_QUESTIONS.has(rec.intent) && (rec.nutrients.length || rec.foods.length)) || rec.intent === 'seeDoctor';
    if (isQuestion) {
      const answer: Answer = answerQuestion(this.deps.kb, rec);
      return {
        kind: 'continue',
        state,
        replies: [
          answer.reply,
          reply('smallTalk', { blocks: [text('Now, back to your symptom check.')] }),
          this.prompt(state),
        ],
      };
    }
    return this.miss(state);
  }

  private handleStage(state: InterviewState, rec: Recognition, normal: string, raw: string): FlowOutcome | undefined {
    const { engine } = this.deps;
    const mentioned = rec.symptoms.filter((s) => !s.negated).map((s) => s.id);
    const denied = rec.symptoms.filter((s) => s.negated).map((s) => s.id);
    switch (state.stage) {
      case 'symptoms':
        if (!mentioned.length) return undefined;
        return this.to(state, 'confirm', { answers: { ...state.answers, symptoms: unique(mentioned) } });
      case 'confirm': {
        if (mentioned.length || denied.length) {
          const symptoms = unique([...state.answers.symptoms.filter((s) => !denied.includes(s)), ...mentioned]);
          if (!symptoms.length) return this.to(state, 'symptoms', { answers: { ...state.answers, symptoms } });
          return this.to(state, 'confirm', { answers: { ...state.answers, symptoms } });
        }
        if (DONE_WORDS.test(raw) || DONE_WORDS.test(normal)) return this.to(state, 'screenEmergency', {});
        return undefined;
      }
      case 'screenEmergency': {
        const screen = engine.matchTriage(raw, ['emergency']);
        if (!screen.none && !screen.ids.length) return undefined;
        if (screen.none) return this.to(state, 'screenUrgent', {});
        const answers = { ...state.answers, triage: unique([...state.answers.triage, ...screen.ids]) };
        const next = advance(state, { stage: 'afterEmergency', answers });
        return { kind: 'continue', state: next, replies: [engine.urgentAdvice(screen.ids), this.prompt(next)] };
      }
      case 'afterEmergency':
        if (YES.test(raw)) return this.to(state, 'screenUrgent', {});
        if (NO.test(raw))
          return {
            kind: 'done',
            replies: [
              reply('smallTalk', {
                blocks: [
                  text('OK. Please get that care now. I’m here whenever you want to talk about food and nutrients.'),
                ],
              }),
            ],
          };
        return undefined;
      case 'screenUrgent': {
        const screen = engine.matchTriage(raw, ['today', 'soon']);
        if (!screen.none && !screen.ids.length) return undefined;
        const answers = { ...state.answers, triage: unique([...state.answers.triage, ...screen.ids]) };
        return this.nextQuestionOrResult(state, answers, state.asked);
      }
      case 'question': {
        const q = engine.question(state.questionId!);
        if (!q) return this.nextQuestionOrResult(state, state.answers, state.asked);
        if (SKIP.test(raw)) return this.nextQuestionOrResult(state, this.skipped(state), state.asked);
        const option = engine.matchOption(q, raw);
        if (!option) return undefined;
        return this.nextQuestionOrResult(
          state,
          { ...state.answers, factors: { ...state.answers.factors, [q.id]: option.value } },
          state.asked,
        );
      }
    }
  }

  private nextQuestionOrResult(
    state: InterviewState,
    answers: InterviewState['answers'],
    asked: string[],
  ): FlowOutcome {
    const { engine, kb } = this.deps;
    const question = engine.nextQuestion(answers, asked);
    if (question) {
      const next = advance(state, {
        stage: 'question',
        answers,
        questionId: question.id,
        asked: unique([...asked, question.id]),
      });
      return { kind: 'continue', state: next, replies: [this.prompt(next)] };
    }
    return { kind: 'done', replies: [assessmentReply(kb, engine, answers)], completed: answers };
  }

  /** A skipped safety question counts as "not sure": the cautious answer. */
  private skipped(state: InterviewState): InterviewState['answers'] {
    const q = state.stage === 'question' ? this.deps.engine.question(state.questionId!) : undefined;
    const unsure = q?.safetyFor ? q.options.find((o) => o.value === 'unsure') : undefined;
    if (!q || !unsure) return state.answers;
    return { ...state.answers, factors: { ...state.answers.factors, [q.id]: unsure.value } };
  }

  private to(state: InterviewState, stage: Stage, change: Partial<InterviewState>): FlowOutcome {
    const next = advance(state, { ...change, stage });
    return { kind: 'continue', state: next, replies: [this.prompt(next)] };
  }

  private stay(state: InterviewState, replies: Reply[]): FlowOutcome {
    return { kind: 'continue', state, replies: [...replies, this.prompt(state)] };
  }

  /** An answer the step cannot use: a clearer prompt with examples, then skip gracefully. */
  private miss(state: InterviewState): FlowOutcome {
    const misses = state.misses + 1;
    if (misses < MAX_MISSES)
      return { kind: 'continue', state: { ...state, misses }, replies: [this.prompt({ ...state, misses })] };
    const skipped = reply('smallTalk', { blocks: [text('No problem, let’s skip that one.')] });
    switch (state.stage) {
      case 'symptoms':
      case 'confirm':
        return this.withNote(skipped, this.to(state, 'screenEmergency', {}));
      case 'screenEmergency':
        return this.withNote(skipped, this.to(state, 'screenUrgent', {}));
      case 'afterEmergency':
        return this.withNote(skipped, this.to(state, 'screenUrgent', {}));
      case 'screenUrgent':
      case 'question':
        return this.withNote(skipped, this.nextQuestionOrResult(state, this.skipped(state), state.asked));
    }
  }

  private withNote(first: Reply, outcome: FlowOutcome): FlowOutcome {
    return { ...outcome, replies: [first, ...outcome.replies] };
  }

  private helpFor(state: InterviewState): Reply {
    const byStage: Record<Stage, string> = {
      symptoms:
        'Tell me what you notice in your own words, for example “my calf keeps twitching”, “cramps in my feet at night” or “my fingers tingle”. You can name several.',
      confirm: 'Add a symptom (“also tired”), remove one (“no, not numbness”), or say “that’s all” to go on.',
      screenEmergency: 'These signs need urgent care, so I check them first. Name any that apply, or say “none”.',
      afterEmergency: 'Say “continue” to go on with the nutrition questions, or “stop”.',
      screenUrgent: 'These signs mean a doctor should see you soon. Name any that apply, or say “none”.',
      question: 'Pick the answer that fits best, or say “skip” if you’d rather not answer.',
    };
    return reply('help', {
      blocks: [
        text(byStage[state.stage]),
        text('You can also say “back” to change your last answer, “why?” to hear why I ask, “start over” or “cancel”.'),
      ],
    });
  }

  private whyFor(state: InterviewState): Reply {
    const q = state.stage === 'question' ? this.deps.engine.question(state.questionId!) : undefined;
    const byStage: Record<Stage, string> = {
      symptoms:
        'Your symptoms are what point towards one nutrient or another: tingling around the mouth, for example, fits low calcium better than low potassium.',
      confirm: 'I want to be sure I understood you correctly before I use it.',
      screenEmergency: 'Some causes of these symptoms need urgent care, and that matters more than nutrition.',
      afterEmergency: 'The nutrition side can still help once you’re safe.',
      screenUrgent: 'These signs mean a doctor should look at you soon, whatever the nutrition side shows.',
      question: q?.why ?? 'Your answer can change which explanation fits best.',
    };
    return reply('help', { blocks: [text(byStage[state.stage])] });
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
