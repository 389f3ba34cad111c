/**
 * The symptom interview as a pure state machine: given the state and what the person typed, the next
 * state and what to say. What interrupts any flow (help, cancel, start over, a question, an emergency)
 * is handled once in dialogs/flows/flowDialog.ts; this is the interview's own part: its steps, "why?",
 * "back", misses, and the warning signs and facts it records from every answer.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { type Level, WARNING_LEVELS, type WarningLevel } from '../../knowledge/triage/triageSchema';
import { type Warning, signWarning } from '../../knowledge/triage/warningScreen';
import type { InterviewAnswers } from '../../knowledge/scoring/assess';
import { listedOptions } from '../../knowledge/scoring/assessmentSchema';
import type { AboutPeople } from '../../knowledge/understanding/about';
import { addWarnings } from '../../knowledge/triage/toldWarnings';
import { answersInPassing, readContext } from '../../knowledge/understanding/context';
import { currentSymptoms } from '../../knowledge/understanding/symptomsNotCurrent';
import type { Recognition, Recognizer } from '../../knowledge/understanding/recognize';
import { inSentence } from '../answers/format';
import { urgentCare } from '../answers/safetyAnswers';
import { SEE_A_DOCTOR_SOON, headline } from '../answers/urgency';
import { type Flow, type FlowOutcome as AnyFlowOutcome, type FlowTurn, stoppedForEmergency } from '../flows/flow';
import { type Reply, list, note, reply, text } from '../replies/replyModel';
import type { AssessmentEngine } from './assessmentEngine';
import { assessmentReply } from './assessmentReply';
import { type InterviewState, type Stage, advance, freshInterview, goBack } from './interviewState';
import { progressLine, symptomChoices, symptomsSaidBack } from './interviewWording';

export interface FlowDeps {
  kb: KnowledgeBase;
  recognizer: Recognizer;
  engine: AssessmentEngine;
  /** An organisation's own contact for a person to talk to, for "talk to a human" mid-interview. */
  handoffContact?: string;
}

type FlowOutcome = AnyFlowOutcome<InterviewState, InterviewAnswers>;

const DONE_WORDS =
  /^(no|nope|nothing|nothing else|no more|that'?s (all|it|everything)|thats (all|it|everything)|that is (all|it|everything)|done|correct|right|yes|yep|yeah|that'?s right|thats right|continue|next|ok|okay|all good|go on|none)\b/;
const BACK = /^(back|go back|previous|undo|change (my )?(last )?answer)$/;
const WHY = /^(why|why\?|why do you ask|why do you need (that|this)|why that|why are you asking|how come)\b/;
const SKIP = /^(skip|pass|dont know|don'?t know|not sure|unsure|no idea|idk|prefer not to say)$/;
const MAX_MISSES = 2;
/** The first safety list asks about emergencies, the second about every other warning level. */
const EMERGENCY: readonly WarningLevel[] = ['emergency'];
const LATER: readonly WarningLevel[] = WARNING_LEVELS.filter((l) => l !== 'emergency');

export class InterviewFlow implements Flow<InterviewState, InterviewAnswers> {
  constructor(private readonly deps: FlowDeps) {}

  /**
   * Starts from the opening message: whatever it already says is used, and so is every warning sign the
   * person raised earlier in the conversation (told), so the safety lists don't ask about them again.
   */
  start(
    openingText: string,
    told: { signs: readonly string[]; labs?: readonly Warning[] } = { signs: [] },
    about?: AboutPeople,
  ): InterviewState {
    const rec = this.deps.recognizer.recognize(openingText);
    // "was in A&E for palpitations, all tests normal; now it's just calf cramps": only what is told as now.
    const state = freshInterview(currentSymptoms(this.deps.kb, rec.symptoms, openingText));
    const self = about?.self;
    const stages = [
      ...(self?.pregnant ? (['pregnant'] as const) : []),
      ...(self?.breastfeeding ? (['breastfeeding'] as const) : []),
    ];
    const answers: InterviewAnswers = {
      ...state.answers,
      // Medicines named earlier in the conversation answer their questions, read from the medicines table.
      factors: { ...this.earlierMedicineAnswers(about), ...this.deps.engine.prefill(rec) },
      triage: [...told.signs],
      ...(told.labs?.length ? { labs: [...told.labs] } : {}),
      ...(about?.medicines?.length ? { medicines: [...about.medicines] } : {}),
      ...(stages.length ? { context: [...stages] } : {}),
    };
    const mentioned = rec.lifestyleFactors.length ? { mentioned: [...rec.lifestyleFactors] } : {};
    return { ...state, ...mentioned, answers: this.withContext(answers, openingText) };
  }

  /** The answers medicines named earlier in the conversation give, read from the medicines table. */
  private earlierMedicineAnswers(about?: AboutPeople): Record<string, string> {
    const factors: Record<string, string> = {};
    // Stryker disable next-line ArrayDeclaration: an entry in the empty fallback is no medicine id, so it answers nothing.
    for (const id of about?.medicines ?? []) {
      const m = this.deps.kb.medicine(id);
      if (m?.interview) factors[m.interview.question] = m.interview.option;
    }
    return factors;
  }

  /**
   * The medicine classes told: by name, or else by kind ("water tablets", "a diuretic"), read as the class of
   * that kind with no names of its own, so what it lowers can be said.
   */
  private medicinesTold(answers: InterviewState['answers']): string[] {
    if (answers.medicines?.length) return answers.medicines;
    const option = answers.factors['medications'];
    // Stryker disable next-line ConditionalExpression,ArrayDeclaration: a shortcut (the table has no class without a question and without names), and a made-up id is no medicine.
    if (!option) return [];
    const general = this.deps.kb.data.medicines.find((m) => m.interview?.option === option && !m.members.length);
    // Stryker disable next-line ArrayDeclaration: a made-up id is no medicine, so it says nothing.
    return general ? [general.id] : [];
  }

  /**
   * What the person's medicines do to these nutrients (from the medicines table) and, for a child, what
   * is common and when to see their paediatrician: said with the reasons to see a doctor.
   */
  private aboutThePerson(
    medicineIds: readonly string[],
    stages: readonly string[],
  ): { blocks: Reply['blocks']; sources: string[] } {
    const { kb } = this.deps;
    const medicines = medicineIds.map((id) => kb.medicine(id)).filter((m) => m !== undefined);
    const lines = medicines.flatMap((m) => [
      ...m.effects
        .filter((e) => e.effect === 'lower' || e.effect === 'raise')
        .map(
          (e) =>
            `${m.plainName.charAt(0).toUpperCase()}${m.plainName.slice(1)} can ${e.effect} ${inSentence(kb.nutrient(e.nutrient).name)}: ${e.text}`,
        ),
      ...(m.muscle ? [m.muscle.text] : []),
    ]);
    const notes = kb.data.guidance.lifeStageNotes.filter((n) => stages.includes(n.stage));
    return {
      blocks: [...(lines.length ? [text('About your medicine:'), list(lines)] : []), ...notes.map((n) => text(n.text))],
      sources: [
        ...medicines.flatMap((m) => [...m.effects.flatMap((e) => e.sources), ...(m.muscle ? [m.muscle.source] : [])]),
        ...notes.map((n) => n.source),
      ],
    };
  }

  /**
   * What the opening already tells a doctor should see (numbness, weeks of symptoms, pregnancy, a child),
   * said once before the first question. Warnings answered earlier in this turn are not repeated.
   */
  opening(state: InterviewState, alreadySaid: readonly string[]): Reply[] {
    const triage = this.deps.engine.triage(state.answers);
    const reasons = triage.reasons.filter((r) => !alreadySaid.includes(r.id));
    // Any reason raises the level above self-care: every sign and rule has a warning level.
    if (!reasons.length) return [];
    // Stryker disable next-line ArrayDeclaration: an entry in the empty fallback is no life stage, so it has no notes.
    const extra = this.aboutThePerson(this.medicinesTold(state.answers), state.answers.context ?? []);
    return [this.because(triage.level, reasons, 'I’ll still go through the nutrition side with you now.', extra)];
  }

  /** What needs a doctor and why, headed with its level, said mid-interview before carrying on. */
  private because(
    level: Level,
    reasons: readonly Warning[],
    carryOn: string,
    extra: { blocks: Reply['blocks']; sources: string[] },
  ): Reply {
    return reply('doctor', {
      title: headline(this.deps.kb, level),
      blocks: [
        text(`Because of ${reasons.map((r) => inSentence(r.label)).join('; ')}:`),
        list([...new Set(reasons.map((r) => r.advice.text))]),
        ...extra.blocks,
        text(carryOn),
      ],
      healthInfo: true,
      sources: [...new Set([...reasons.map((r) => r.advice.source), ...extra.sources])],
    });
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
            ...mentionedFactors(kb, state.answers.factors, state.mentioned).map((f) =>
              // What it does and the first thing that helps (the schema requires one): the full card would bury the question.
              text(
                `You mentioned ${inSentence(f.name)}: ${inSentence(f.howItContributes.text)} ${f.advice[0]!.text} I’ll take that into account.`,
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
      case 'anythingElse':
        return reply('question', {
          blocks: [
            text(
              retry
                ? 'Tell me anything else in your own words, or say “no” to see your result.'
                : 'Before your result: is there anything else you’d like to tell me? Another symptom, a medicine, or something that worries you. Or say “no”.',
            ),
            progress,
          ],
          suggestions: [NO_MORE],
        });
      case 'question': {
        const q = engine.question(state.questionId!);
        const options = q ? listedOptions(q).map((o) => o.label) : [];
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

  readonly name = 'symptom check';

  help(state: InterviewState): Reply {
    return this.helpFor(state);
  }

  /**
   * "Start again": the symptoms and answers go; what raised the level stays (warning signs and blood results
   * told: the conversation's level only goes up, so a "None of these" in the new check must not lower it),
   * and so do the medicines and life stages told, as a new check would take them from the conversation.
   */
  restart(state: InterviewState): InterviewState {
    const fresh = freshInterview();
    const { triage, labs, medicines, context } = state.answers;
    return {
      ...fresh,
      answers: {
        ...fresh.answers,
        factors: this.earlierMedicineAnswers({ medicines: [...(medicines ?? [])] }),
        triage: [...triage],
        ...(labs?.length ? { labs: [...labs] } : {}),
        ...(medicines?.length ? { medicines: [...medicines] } : {}),
        ...(context?.length ? { context: [...context] } : {}),
      },
    };
  }

  progress(state: InterviewState): string {
    const { symptoms, factors } = state.answers;
    return `The symptom check in progress: ${symptoms.length} symptom(s) and ${Object.keys(factors).length} answer(s) so far`;
  }

  /** Warning signs told in any answer count from now on, whatever else the message does. */
  hear(state: InterviewState, turn: FlowTurn): InterviewState {
    return turn.warnings.length ? { ...state, answers: this.withWarnings(state.answers, turn.warnings) } : state;
  }

  readsItself(state: InterviewState, turn: FlowTurn): boolean {
    const raw = turn.text.trim().toLowerCase();
    if (WHY.test(raw) || BACK.test(raw)) return true;
    // "is it bad that my hands are numb?" still tells a symptom while symptoms are being collected, and so
    // does an opening with a question in it; "does potassium help cramps?" about a known symptom asks.
    const { rec } = turn;
    if (
      (state.stage === 'symptoms' || state.stage === 'confirm') &&
      (rec.intent === 'symptomCheck' || rec.symptoms.some((s) => !s.negated && !state.answers.symptoms.includes(s.id)))
    )
      return true;
    if (state.stage === 'question') {
      const q = this.deps.engine.question(state.questionId!);
      return Boolean(q && raw.length <= 24 && this.deps.engine.matchOption(q, raw));
    }
    return false;
  }

  /**
   * "why?", "back", then facts given in passing and the step's own answer. A rule the message newly meets
   * (a medicine, weeks of symptoms, pregnancy, a child) is said at once, here and when nothing else used
   * the message, so the person hears it when they tell it and not only in the result.
   */
  step(state: InterviewState, turn: FlowTurn): FlowOutcome | undefined {
    const outcome = this.stepOf(state, turn);
    return outcome && this.withRulesRaised(state, outcome);
  }

  /**
   * Facts a question carried fill their answers, as in any other message; when they answered the pending
   * question, the check moves on instead of asking it again.
   */
  asked(state: InterviewState, turn: FlowTurn): FlowOutcome {
    // A medicine asked about ("does omeprazole lower magnesium?") is the person's only when they say so.
    const withContext = this.withContextOf(state, turn.text, { ownMedicinesOnly: true });
    const outcome = this.afterContext(withContext) ?? this.stay(withContext, []);
    return this.withRulesRaised(state, outcome);
  }

  unused(state: InterviewState, turn: FlowTurn): FlowOutcome {
    return this.withRulesRaised(state, this.unusedOf(state, turn));
  }

  private withRulesRaised(state: InterviewState, outcome: FlowOutcome): FlowOutcome {
    if (outcome.kind !== 'continue') return outcome;
    const raised = this.rulesRaised(state.answers, outcome.state.answers);
    if (!raised) return outcome;
    // Stryker disable next-line ArrowFunction,ConditionalExpression: today every outcome that meets a new rule says nothing or only NOTED; another reply a step adds must stay.
    return { ...outcome, replies: [raised, ...outcome.replies.filter((r) => r !== NOTED)] };
  }

  /** The triage rules (not warning signs, which are answered as warnings) met now and not before. */
  private rulesRaised(before: InterviewAnswers, after: InterviewAnswers): Reply | undefined {
    // Stryker disable next-line ConditionalExpression: a shortcut; the same answers meet no new rule.
    if (before === after) return undefined;
    const { engine, kb } = this.deps;
    const ruleIds = new Set(kb.data.triage.rules.map((r) => r.id));
    const earlier = new Set(engine.triage(before).reasons.map((r) => r.id));
    const now = engine.triage(after);
    const fresh = now.reasons.filter((r) => ruleIds.has(r.id) && !earlier.has(r.id));
    // Any rule met raises the level above self-care: every rule has a warning level.
    if (!fresh.length) return undefined;
    // Stryker disable next-line ArrayDeclaration: an entry in an empty fallback is no medicine id, so it says nothing and matches none.
    const newMedicines = (after.medicines ?? []).filter((id) => !(before.medicines ?? []).includes(id));
    // Stryker disable next-line ArrayDeclaration: an entry in an empty fallback is no life stage, so it has no notes and matches none.
    const newStages = (after.context ?? []).filter((s) => !(before.context ?? []).includes(s));
    return this.because(
      now.level,
      fresh,
      'I’ve noted it for your result; let’s carry on.',
      this.aboutThePerson(newMedicines, newStages),
    );
  }

  private stepOf(state: InterviewState, turn: FlowTurn): FlowOutcome | undefined {
    const raw = turn.text.trim().toLowerCase();
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
        replies: [reply('smallTalk', { blocks: [text('OK, let’s change that.')] })],
      };
    }
    // Facts given in passing (how long, at night, pregnant, a child, a medicine) fill their answers.
    const normal = turn.rec.analysis.corrected.join(' ');
    return this.handleStage(this.withContextOf(state, turn.text), turn.rec, normal, raw);
  }

  /** Nothing used the message: a warning sign or a fact given in passing still counts; otherwise a miss. */
  private unusedOf(state: InterviewState, turn: FlowTurn): FlowOutcome {
    const withContext = withNamedFactors(this.withContextOf(state, turn.text), turn.rec, turn.text);
    if (!turn.warnings.length && withContext === state) return this.miss(state);
    // A warning sign named at the second safety list is an answer to it.
    if (turn.warnings.length && state.stage === 'screenUrgent')
      return this.nextQuestionOrResult(withContext, withContext.answers, state.asked);
    return this.afterContext(withContext) ?? this.stay(withContext, [NOTED]);
  }

  private withContextOf(state: InterviewState, message: string, options: ContextOptions = {}): InterviewState {
    const answers = this.withContext(state.answers, message, options);
    // Stryker disable next-line ConditionalExpression: a copy of an unchanged state reads the same (nothing compares states).
    return answers === state.answers ? state : { ...state, answers };
  }

  /** An emergency picked in the safety list: stop, with the advice, and leave the way back open. */
  private emergency(warnings: Warning[]): FlowOutcome {
    return { kind: 'done', replies: [urgentCare(this.deps.kb, warnings), stoppedForEmergency(this.name)] };
  }

  private withWarnings(answers: InterviewAnswers, warnings: readonly Warning[]): InterviewAnswers {
    const before = answers.labs ?? [];
    const { signs, labs } = addWarnings(this.deps.kb.data.triage, { signs: answers.triage, labs: before }, warnings);
    // Stryker disable next-line ConditionalExpression: a copy of the same blood results reads the same.
    return { ...answers, triage: signs, ...(labs !== before ? { labs: [...labs] } : {}) };
  }

  /** Context read from a message, merged into the answers; the same object back when it adds nothing. */
  private withContext(answers: InterviewAnswers, message: string, options: ContextOptions = {}): InterviewAnswers {
    const { kb } = this.deps;
    const context = readContext(message);
    const factors = answersInPassing(kb.data.assessment, message, context, kb.data.intentCues.otherMedicines);
    const askedAbout = options.ownMedicinesOnly === true && !OWN_MEDICINE.test(message);
    if (askedAbout) delete factors['medications'];
    const changed = Object.entries(factors).filter(([k, v]) => answers.factors[k] !== v);
    // Stryker disable next-line ArrayDeclaration: an entry in the empty fallback is no life stage, so it matches none read.
    const stages = context.lifeStages.filter((l) => !(answers.context ?? []).includes(l));
    const nightCramps =
      context.timing === 'night' && answers.symptoms.includes('cramps') && !answers.triage.includes('night-cramps');
    // Someone else's medicines ("my mum takes omeprazole") are not the person's own.
    const named =
      context.person?.who === 'other' || askedAbout ? [] : kb.findMedicines(kb.analyze(message)).map((h) => h.item.id);
    // Stryker disable next-line ArrayDeclaration: an entry in the empty fallback is no medicine id, so it matches none named.
    const medicines = named.filter((id) => !(answers.medicines ?? []).includes(id));
    if (!changed.length && !stages.length && !nightCramps && !medicines.length) return answers;
    return {
      ...answers,
      factors: { ...answers.factors, ...Object.fromEntries(changed) },
      ...(medicines.length ? { medicines: [...(answers.medicines ?? []), ...medicines].slice(-6) } : {}),
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

  /** Labels of the signs already told at these levels, said back in the safety list. */
  private toldAt(state: InterviewState, levels: readonly WarningLevel[]): string[] {
    const signs = this.deps.kb.data.triage.signs.filter(
      (s) => levels.includes(s.level) && state.answers.triage.includes(s.id),
    );
    // Stryker disable next-line ArrayDeclaration: an entry in the empty fallback is no blood result and has no level, so it is never listed.
    const labs = (state.answers.labs ?? []).filter((l) => levels.includes(l.level));
    return [...signs, ...labs].map((s) => inSentence(s.label));
  }

  private handleStage(state: InterviewState, rec: Recognition, normal: string, raw: string): FlowOutcome | undefined {
    const { engine } = this.deps;
    // "the numb lip was from the dentist, it's gone now": told, but not as happening now.
    const mentioned = currentSymptoms(this.deps.kb, rec.symptoms, raw);
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
        if (screen.none) return this.toScreenUrgent(state);
        const picked = this.deps.kb.data.triage.signs.filter((s) => screen.ids.includes(s.id));
        return this.emergency(picked.map(signWarning));
      }
      case 'screenUrgent': {
        const screen = engine.matchChecklist(raw, engine.checklist(LATER, state.answers.triage));
        if (!screen.none && !screen.ids.length) return undefined;
        const answers = { ...state.answers, triage: unique([...state.answers.triage, ...screen.ids]) };
        return this.nextQuestionOrResult(state, answers, state.asked);
      }
      case 'anythingElse': {
        // "yes" alone says there is more to come: ask for it.
        if (YES_ONLY.test(raw)) return undefined;
        // Whatever is said here is used: new symptoms join the list; warning signs, medicines and other
        // facts were already taken from the message before this step.
        const symptoms = unique([...state.answers.symptoms.filter((s) => !denied.includes(s)), ...mentioned]);
        return this.result(symptoms.length ? { ...state.answers, symptoms } : state.answers);
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
    const { engine } = this.deps;
    const question = engine.nextQuestion(answers, asked);
    if (question) {
      const next = advance(state, {
        stage: 'question',
        answers,
        questionId: question.id,
        asked: unique([...asked, question.id]),
      });
      return { kind: 'continue', state: next, replies: [] };
    }
    // One open question before the result, asked once: what the adaptive questions did not ask about. (The
    // open question's own answer gives the result: it never comes here.)
    if (!asked.includes(ANYTHING_ELSE))
      return {
        kind: 'continue',
        // Stryker disable next-line ArrayDeclaration: nothing reads `asked` once the open question is asked (its answer gives the result, and "back" puts back the list before it).
        state: advance(state, { stage: 'anythingElse', answers, asked: unique([...asked, ANYTHING_ELSE]) }),
        replies: [],
      };
    return this.result(answers);
  }

  private result(answers: InterviewAnswers): FlowOutcome {
    const { engine, kb } = this.deps;
    return { kind: 'done', replies: [assessmentReply(kb, engine, answers)], result: answers };
  }

  /** A skipped safety question counts as "not sure": the cautious answer. At the 'question' stage only. */
  private skipped(state: InterviewState): InterviewState['answers'] {
    const q = this.deps.engine.question(state.questionId!);
    const unsure = q?.safetyFor ? q.options.find((o) => o.value === 'unsure') : undefined;
    if (!q || !unsure) return state.answers;
    return { ...state.answers, factors: { ...state.answers.factors, [q.id]: unsure.value } };
  }

  /** The safety lists, each skipped when everything on it was already told. */
  private toScreenEmergency(state: InterviewState): FlowOutcome {
    if (this.deps.engine.checklist(EMERGENCY, state.answers.triage).length)
      return this.to(state, 'screenEmergency', {});
    return this.toScreenUrgent(state);
  }

  private toScreenUrgent(state: InterviewState): FlowOutcome {
    if (this.deps.engine.checklist(LATER, state.answers.triage).length) return this.to(state, 'screenUrgent', {});
    return this.nextQuestionOrResult(state, state.answers, state.asked);
  }

  private to(state: InterviewState, stage: Stage, change: Partial<InterviewState>): FlowOutcome {
    return { kind: 'continue', state: advance(state, { ...change, stage }), replies: [] };
  }

  private stay(state: InterviewState, replies: Reply[]): FlowOutcome {
    return { kind: 'continue', state, replies };
  }

  /** An answer the step cannot use: a clearer prompt with examples, then skip gracefully. */
  private miss(state: InterviewState): FlowOutcome {
    const misses = state.misses + 1;
    if (misses < MAX_MISSES) return { kind: 'continue', state: { ...state, misses }, replies: [] };
    const skipped = reply('smallTalk', { blocks: [text('No problem, let’s skip that one.')] });
    switch (state.stage) {
      case 'symptoms':
      case 'confirm':
        return this.withNote(skipped, this.toScreenEmergency(state));
      case 'screenEmergency':
        return this.withNote(skipped, this.toScreenUrgent(state));
      case 'screenUrgent':
        return this.withNote(skipped, this.nextQuestionOrResult(state, state.answers, state.asked));
      case 'question':
        return this.withNote(skipped, this.nextQuestionOrResult(state, this.skipped(state), state.asked));
      case 'anythingElse':
        return this.result(state.answers);
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
      screenUrgent: `These signs mean ${SEE_A_DOCTOR_SOON}. Name any that apply, or say “none”.`,
      question: 'Pick the answer that fits best, or say “skip” if you’d rather not answer.',
      anythingElse: 'Tell me anything else in your own words (another symptom, a medicine, a worry), or say “no”.',
    };
    return reply('help', {
      blocks: [
        text(byStage[state.stage]),
        text('You can also say “back” to change your last answer, “why?” to hear why I ask, “start over” or “cancel”.'),
      ],
    });
  }

  private whyFor(state: InterviewState): Reply {
    // Stryker disable next-line ConditionalExpression: the question's own "why" is read only at the 'question' stage.
    const q = state.stage === 'question' ? this.deps.engine.question(state.questionId!) : undefined;
    const byStage: Record<Stage, string> = {
      symptoms:
        'Your symptoms are what point towards one nutrient or another: tingling around the mouth, for example, fits low calcium better than low potassium.',
      confirm: 'I want to be sure I understood you correctly before I use it.',
      screenEmergency: 'Some causes of these symptoms need urgent care, and that matters more than nutrition.',
      screenUrgent: `These signs mean ${SEE_A_DOCTOR_SOON}, whatever the nutrition side shows.`,
      question: q?.why ?? 'Your answer can change which explanation fits best.',
      anythingElse:
        'My questions cover the usual causes; something I didn’t ask about can still change your result or mean you should see a doctor.',
    };
    return reply('help', { blocks: [text(byStage[state.stage])] });
  }
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** Marks the open question as asked, among the adaptive questions' ids (never a question id itself). */
const ANYTHING_ELSE = '_anythingElse';
const NO_MORE = 'No, show my result';
const YES_ONLY = /^(yes|yeah|yep|yup|ya|y|sure|ok|okay|i do|there is)[.!]*$/;

/** Shared so a rule's advice, which says more, can replace it. */
/** A denial anywhere in a short message: "not stressed", "I don't drink coffee", "no alcohol". */
const DENIES_SOMETHING =
  /\b(?:not|no|never|nor|none|without|hardly|barely|rarely|dont|doesnt|didnt|isnt|wasnt|havent|cant|wont|aint)\b|\w+n['’]t\b/i;

/**
 * A lifestyle cause named mid-check ("Stress", "6 coffees a day"): kept with those of the opening message,
 * so the symptoms step says it back. Not when the message denies anything, which may be the cause itself.
 */
function withNamedFactors(state: InterviewState, rec: Recognition, message: string): InterviewState {
  // Stryker disable next-line ArrayDeclaration: an entry in the empty fallback is no lifestyle id, so it matches none named.
  const earlier = state.mentioned ?? [];
  const named = rec.lifestyleFactors.filter((id) => !earlier.includes(id));
  if (!named.length || DENIES_SOMETHING.test(message)) return state;
  return { ...state, mentioned: [...earlier, ...named] };
}

const NOTED: Reply = Object.freeze(reply('smallTalk', { blocks: [text('Thanks, I’ve noted that.')] }));

/**
 * Lifestyle causes the person mentioned in passing (caffeine, nicotine, new training, endurance sweating,
 * heavy drinking), said back with why they matter: the answers that only a mention can give.
 */
// Stryker disable next-line ArrayDeclaration: an entry in the empty default is no lifestyle cause, so it matches none.
function mentionedFactors(kb: KnowledgeBase, factors: Readonly<Record<string, string>>, named: readonly string[] = []) {
  const model = kb.data.assessment;
  const ids = model.questions
    .filter((q) => q.mentionOnly || q.id === 'alcohol')
    .flatMap((q) => q.options.find((o) => o.value === factors[q.id])?.effects ?? [])
    .map((e) => e.candidate);
  // Stress, poor sleep or too little to drink, named in the opening message ("exams + no sleep + red bull"),
  // are said back too, though their questions are asked anyway.
  return kb.data.guidance.lifestyleFactors.filter((f) => ids.includes(f.id) || named.includes(f.id));
}

interface ContextOptions {
  /** Take a medicine named only when the message says the person takes it (a question may just ask about one). */
  ownMedicinesOnly?: boolean;
}

/** "my omeprazole", "I take / I'm on / I've been taking": the medicine named is the person's own. */
const OWN_MEDICINE =
  /\b(?:my|i(?:'|’)?m on|i am on|i (?:take|use|started|was put on)|i(?:'|’)?ve been (?:on|taking|using)|i have been (?:on|taking)|taking|been on)\b/i;
