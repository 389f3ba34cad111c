/**
 * The symptom interview as a pure state machine: given the state and what the person typed, the next
 * state and what to say. The dialog around it only stores the state and sends the replies, so every
 * path (help, why, back, misses, red flags) is testable without a channel.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { mentionedAnswers } from '../../knowledge/scoring/matchAnswer';
import type { WarningLevel } from '../../knowledge/triage/triageSchema';
import type { Warning } from '../../knowledge/triage/warningScreen';
import { readContext } from '../../knowledge/understanding/context';
import type { Intent } from '../../knowledge/schema';
import {
  KNOWLEDGE_QUESTIONS,
  type Recognition,
  type Recognizer,
  asksSomething,
} from '../../knowledge/understanding/recognize';
import { answerQuestion } from '../answers/answerQuestion';
import { inSentence } from '../answers/format';
import { afterEmergency, basicsReply, cancelled } from '../answers/generalAnswers';
import { headline, urgentCare } from '../answers/safetyAnswers';
import { type Reply, list, note, reply, text } from '../replies/replyModel';
import type { AssessmentEngine } from './assessmentEngine';
import { assessmentReply } from './assessmentReply';
import {
  type InterviewAnswers,
  type InterviewState,
  type Stage,
  advance,
  freshInterview,
  goBack,
} from './interviewState';
import { progressLine, symptomChoices, symptomsSaidBack } from './interviewWording';

export interface FlowDeps {
  kb: KnowledgeBase;
  recognizer: Recognizer;
  engine: AssessmentEngine;
  /** An organisation's own contact for a person to talk to, for "talk to a human" mid-interview. */
  handoffContact?: string;
}

export type FlowOutcome =
  | { kind: 'continue'; state: InterviewState; replies: Reply[] }
  | { kind: 'done'; replies: Reply[]; completed?: InterviewState['answers'] };

const DONE_WORDS =
  /^(no|nope|nothing|nothing else|no more|that'?s (all|it|everything)|thats (all|it|everything)|that is (all|it|everything)|done|correct|right|yes|yep|yeah|that'?s right|thats right|continue|next|ok|okay|all good|go on|none)\b/;
const BACK = /^(back|go back|previous|undo|change (my )?(last )?answer)$/;
const WHY = /^(why|why\?|why do you ask|why do you need (that|this)|why that|why are you asking|how come)\b/;
const SKIP = /^(skip|pass|dont know|don'?t know|not sure|unsure|no idea|idk|prefer not to say)$/;
const MAX_MISSES = 2;
/** Intents that ask something the bot answers (or honestly declines) before asking its step again. */
const ANSWERS_QUESTIONS: ReadonlySet<Intent> = new Set([
  ...KNOWLEDGE_QUESTIONS,
  'lifestyle',
  'seeDoctor',
  'symptomCheck',
  'outOfScope',
]);
const EMERGENCY: readonly WarningLevel[] = ['emergency'];
const LATER: readonly WarningLevel[] = ['today', 'soon'];

export class InterviewFlow {
  constructor(private readonly deps: FlowDeps) {}

  /**
   * Starts from the opening message: whatever it already says is used, and so is every warning sign the
   * person raised earlier in the conversation (told), so the safety lists don't ask about them again.
   */
  start(
    openingText: string,
    told: { signs: readonly string[]; labs?: readonly Warning[] } = { signs: [] },
  ): InterviewState {
    const rec = this.deps.recognizer.recognize(openingText);
    const state = freshInterview(rec.symptoms.filter((s) => !s.negated).map((s) => s.id));
    const answers: InterviewAnswers = {
      ...state.answers,
      factors: this.deps.engine.prefill(rec),
      triage: [...told.signs],
      ...(told.labs?.length ? { labs: [...told.labs] } : {}),
    };
    return { ...state, answers: this.withContext(answers, openingText) };
  }

  /**
   * What the opening already tells a doctor should see (numbness, weeks of symptoms, pregnancy, a child),
   * said once before the first question. Warnings answered earlier in this turn are not repeated.
   */
  opening(state: InterviewState, alreadySaid: readonly string[]): Reply[] {
    const triage = this.deps.engine.triage(state.answers);
    const reasons = triage.reasons.filter((r) => !alreadySaid.includes(r.id));
    if (!reasons.length || triage.level === 'self-care') return [];
    return [
      reply('doctor', {
        title: headline(this.deps.kb, triage.level),
        blocks: [
          text(`Because of ${reasons.map((r) => inSentence(r.label)).join('; ')}:`),
          list([...new Set(reasons.map((r) => r.advice.text))]),
          text('I’ll still go through the nutrition side with you now.'),
        ],
        healthInfo: true,
        sources: [...new Set(reasons.map((r) => r.advice.source))],
      }),
    ];
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
            ...mentionedFactors(kb, state.answers.factors).map((f) =>
              text(
                `You mentioned ${inSentence(f.name)}: ${inSentence(f.howItContributes.text)} I’ll take that into account.`,
              ),
            ),
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
      case 'screenUrgent': {
        const levels = state.stage === 'screenEmergency' ? EMERGENCY : LATER;
        const signs = engine.checklist(levels, state.answers.triage);
        const told = this.toldAt(state, levels);
        const intro =
          state.stage === 'screenEmergency'
            ? 'First, a quick safety check. Is any of these happening now or recently?'
            : retry
              ? 'Please pick any that apply, or say “none”:'
              : 'And any of these?';
        return reply('question', {
          blocks: [
            ...(told.length ? [text(`You told me about ${told.join('; ')}: I’ve taken that into account.`)] : []),
            text(intro),
            { type: 'list', items: signs.map((t) => t.label) },
            progress,
          ],
          suggestions: ['None of these', ...signs.map((t) => t.label)].slice(0, 6),
        });
      }
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

  /**
   * What to say and where to go after the person's message. A rule the message newly meets (a medicine,
   * weeks of symptoms, pregnancy, a child) is said at once, so the person hears it when they tell it and
   * not only in the result.
   */
  handle(state: InterviewState, message: string): FlowOutcome {
    const outcome = this.respond(state, message);
    if (outcome.kind !== 'continue') return outcome;
    const raised = this.rulesRaised(state.answers, outcome.state.answers);
    if (!raised) return outcome;
    return { ...outcome, replies: [raised, ...outcome.replies.filter((r) => r !== NOTED)] };
  }

  /** The triage rules (not warning signs, which are answered as warnings) met now and not before. */
  private rulesRaised(before: InterviewAnswers, after: InterviewAnswers): Reply | undefined {
    if (before === after) return undefined;
    const { engine, kb } = this.deps;
    const ruleIds = new Set(kb.data.triage.rules.map((r) => r.id));
    const earlier = new Set(engine.triage(before).reasons.map((r) => r.id));
    const now = engine.triage(after);
    const fresh = now.reasons.filter((r) => ruleIds.has(r.id) && !earlier.has(r.id));
    if (!fresh.length || now.level === 'self-care') return undefined;
    return reply('doctor', {
      title: headline(kb, now.level),
      blocks: [
        text(`Because of ${fresh.map((r) => inSentence(r.label)).join('; ')}:`),
        list([...new Set(fresh.map((r) => r.advice.text))]),
        text('I’ve noted it for your result; let’s carry on.'),
      ],
      healthInfo: true,
      sources: [...new Set(fresh.map((r) => r.advice.source))],
    });
  }

  private respond(state: InterviewState, message: string): FlowOutcome {
    const { recognizer, kb } = this.deps;
    // Warning signs first, in any answer: an emergency ends the interview with the emergency advice.
    const warnings = kb.screenRedFlags(message);
    if (warnings.some((w) => w.level === 'emergency')) return this.emergency(warnings);
    if (warnings.length) state = { ...state, answers: this.withWarnings(state.answers, warnings) };
    const raised = warnings.length ? [urgentCare(kb, warnings)] : [];

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
    if (rec.intent === 'help' || raw === 'help') return this.stay(state, [...raised, this.helpFor(state)]);
    if (rec.intent === 'summary') return this.stay(state, [...raised, summaryLater()]);
    if (rec.intent === 'repeat')
      return this.stay(state, [...raised, reply('smallTalk', { blocks: [text('Here is my question again:')] })]);

    if (WHY.test(raw)) return this.stay(state, [...raised, this.whyFor(state)]);
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

    // A question of its own ("can coffee cause twitching?"): answered or honestly declined, then the
    // step is asked again. It is never taken as a symptom or counted as a failed answer.
    if (this.isQuestion(state, rec, raw)) {
      const answer = answerQuestion(kb, rec);
      return this.stay(state, [
        ...raised,
        answer.reply,
        reply('smallTalk', { blocks: [text('Now, back to your symptom check.')] }),
      ]);
    }

    // Facts given in passing (how long, at night, pregnant, a child, a medicine) fill their answers.
    const withContext = { ...state, answers: this.withContext(state.answers, message) };
    const next = this.handleStage(withContext, rec, normal, raw);
    if (next) return this.withReplies(raised, next);
    // Conversation basics (thanks, what can you do, are you a doctor, talk to a person) are answered and
    // the step asked again; goodbye ends the check. Only after the step had its chance: "ok" answers it.
    const basics = basicsReply(rec.intent, this.deps);
    if (basics)
      return rec.intent === 'goodbye'
        ? { kind: 'done', replies: [...raised, basics] }
        : this.stay(state, [...raised, basics]);
    if (raised.length || withContext.answers !== state.answers) {
      // A warning sign named at the second safety list is an answer to it.
      if (raised.length && state.stage === 'screenUrgent')
        return this.withReplies(raised, this.nextQuestionOrResult(withContext, withContext.answers, state.asked));
      const filled = this.afterContext(withContext);
      return this.withReplies(raised, filled ?? this.stay(withContext, [NOTED]));
    }
    return this.miss(state);
  }

  /** The person's message raised an emergency: stop, with the advice, and leave the way back open. */
  private emergency(warnings: Warning[]): FlowOutcome {
    return {
      kind: 'done',
      replies: [
        urgentCare(this.deps.kb, warnings),
        reply('smallTalk', {
          blocks: [
            text('I’ve stopped the symptom check so you can get help now.'),
            ...afterEmergency().blocks.slice(-1),
          ],
        }),
      ],
    };
  }

  private withWarnings(answers: InterviewAnswers, warnings: readonly Warning[]): InterviewAnswers {
    const signIds = new Set(this.deps.kb.data.triage.signs.map((s) => s.id));
    const signs = warnings.filter((w) => signIds.has(w.id)).map((w) => w.id);
    const labs = warnings.filter((w) => !signIds.has(w.id));
    return {
      ...answers,
      triage: unique([...answers.triage, ...signs]),
      ...(labs.length
        ? { labs: [...(answers.labs ?? []).filter((l) => !labs.some((n) => n.id === l.id)), ...labs] }
        : {}),
    };
  }

  /** Context read from a message, merged into the answers; the same object back when it adds nothing. */
  private withContext(answers: InterviewAnswers, message: string): InterviewAnswers {
    const context = readContext(message);
    const factors: Record<string, string> = { ...mentionedAnswers(this.deps.kb.data.assessment, message) };
    if (context.duration) factors.duration = context.duration;
    if (context.timing === 'exercise') factors.exercise = 'yes';
    const changed = Object.entries(factors).filter(([k, v]) => answers.factors[k] !== v);
    const stages = context.lifeStages.filter((l) => !(answers.context ?? []).includes(l));
    const nightCramps =
      context.timing === 'night' && answers.symptoms.includes('cramps') && !answers.triage.includes('night-cramps');
    if (!changed.length && !stages.length && !nightCramps) return answers;
    return {
      ...answers,
      factors: { ...answers.factors, ...Object.fromEntries(changed) },
      ...(stages.length ? { context: [...(answers.context ?? []), ...stages] } : {}),
      triage: nightCramps ? [...answers.triage, 'night-cramps'] : answers.triage,
    };
  }

  /** After context filled the pending question, move on; otherwise stay. */
  private afterContext(state: InterviewState): FlowOutcome | undefined {
    if (state.stage === 'question' && state.answers.factors[state.questionId!] !== undefined)
      return this.nextQuestionOrResult(state, state.answers, state.asked);
    return undefined;
  }

  private isQuestion(state: InterviewState, rec: Recognition, raw: string): boolean {
    const asks = asksSomething(raw);
    if (!asks || !ANSWERS_QUESTIONS.has(rec.intent)) return false;
    // "is it bad that my hands are numb?" still tells a symptom while symptoms are being collected, and so
    // does an opening with a question in it; "does potassium help cramps?" about a known symptom asks.
    if (
      (state.stage === 'symptoms' || state.stage === 'confirm') &&
      (rec.intent === 'symptomCheck' || rec.symptoms.some((s) => !s.negated && !state.answers.symptoms.includes(s.id)))
    )
      return false;
    if (state.stage === 'question') {
      const q = this.deps.engine.question(state.questionId!);
      return !(q && raw.length <= 24 && this.deps.engine.matchOption(q, raw));
    }
    return true;
  }

  /** Labels of the signs already told at these levels, said back in the safety list. */
  private toldAt(state: InterviewState, levels: readonly WarningLevel[]): string[] {
    const signs = this.deps.kb.data.triage.signs.filter(
      (s) => levels.includes(s.level) && state.answers.triage.includes(s.id),
    );
    const labs = (state.answers.labs ?? []).filter((l) => levels.includes(l.level));
    return [...signs, ...labs].map((s) => inSentence(s.label));
  }

  private withReplies(first: Reply[], outcome: FlowOutcome): FlowOutcome {
    return first.length ? { ...outcome, replies: [...first, ...outcome.replies] } : outcome;
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
        if (DONE_WORDS.test(raw) || DONE_WORDS.test(normal)) return this.toScreenEmergency(state);
        return undefined;
      }
      case 'screenEmergency': {
        const screen = engine.matchChecklist(raw, engine.checklist(EMERGENCY, state.answers.triage));
        if (!screen.none && !screen.ids.length) return undefined;
        if (screen.none) return this.toScreenUrgent(state, state.answers);
        const picked = this.deps.kb.data.triage.signs.filter((s) => screen.ids.includes(s.id));
        return this.emergency(picked.map((s) => ({ id: s.id, level: s.level, label: s.label, advice: s.advice })));
      }
      case 'screenUrgent': {
        const screen = engine.matchChecklist(raw, engine.checklist(LATER, state.answers.triage));
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

  /** The safety lists, each skipped when everything on it was already told. */
  private toScreenEmergency(state: InterviewState): FlowOutcome {
    if (this.deps.engine.checklist(EMERGENCY, state.answers.triage).length)
      return this.to(state, 'screenEmergency', {});
    return this.toScreenUrgent(state, state.answers);
  }

  private toScreenUrgent(state: InterviewState, answers: InterviewAnswers): FlowOutcome {
    if (this.deps.engine.checklist(LATER, answers.triage).length) return this.to(state, 'screenUrgent', { answers });
    return this.nextQuestionOrResult(state, answers, state.asked);
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
        return this.withNote(skipped, this.toScreenEmergency(state));
      case 'screenEmergency':
        return this.withNote(skipped, this.toScreenUrgent(state, state.answers));
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
      screenUrgent: 'These signs mean a doctor should look at you soon, whatever the nutrition side shows.',
      question: q?.why ?? 'Your answer can change which explanation fits best.',
    };
    return reply('help', { blocks: [text(byStage[state.stage])] });
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Shared so handle() can tell it apart when a rule's advice says more. */
const NOTED: Reply = Object.freeze(reply('smallTalk', { blocks: [text('Thanks, I’ve noted that.')] }));

/** "summary" during the interview: what the summary will hold, and that it comes with the result. */
function summaryLater(): Reply {
  return reply('smallTalk', {
    blocks: [
      text(
        'Your summary comes at the end, with your result: your symptoms, any warning signs, your answers, the explanations that fit best and the blood tests to ask a doctor about. We’re nearly there.',
      ),
    ],
  });
}

/**
 * Lifestyle causes the person mentioned in passing (caffeine, nicotine, new training, endurance sweating,
 * heavy drinking), said back with why they matter: the answers that only a mention can give.
 */
function mentionedFactors(kb: KnowledgeBase, factors: Readonly<Record<string, string>>) {
  const model = kb.data.assessment;
  const ids = model.questions
    .filter((q) => q.mentionOnly || q.id === 'alcohol')
    .flatMap((q) => q.options.find((o) => o.value === factors[q.id])?.effects ?? [])
    .map((e) => e.candidate);
  return kb.data.guidance.lifestyleFactors.filter((f) => ids.includes(f.id));
}
