/**
 * The interview's state machine on its own (no channel, no storage): each step, what it says and where
 * it goes. Interruptions (help, cancel, a question) belong to the flow dialog and have their own tests;
 * the dialog tests play whole conversations; these pin every branch of the steps cheaply.
 */
import { describe, expect, it } from 'vitest';
import { createAssessmentEngine } from '../../dialogs/interview/createAssessmentEngine';
import type { FlowOutcome as AnyOutcome } from '../../dialogs/flows/flow';
import { InterviewFlow } from '../../dialogs/interview/interviewFlow';
import { type InterviewState, advance, freshInterview } from '../../dialogs/interview/interviewState';
import type { InterviewAnswers } from '../../knowledge/scoring/assess';
import { WARNING_LEVELS } from '../../knowledge/triage/triageSchema';
import { SEE_A_DOCTOR_SOON } from '../../dialogs/answers/urgency';
import type { Reply } from '../../dialogs/replies/replyModel';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';

const kb = knowledgeBase();
const engine = createAssessmentEngine(kb);
const flow = new InterviewFlow({ kb, recognizer: new Recognizer(kb), engine });
const promptOf = (outcome: FlowOutcome) => said([flow.prompt(continued(outcome))]);

const said = (replies: readonly Reply[]) =>
  replies
    .flatMap((r) => [
      r.title ?? '',
      ...r.blocks.map((b) => ('text' in b ? b.text : 'items' in b ? b.items.join('\n') : '')),
    ])
    .join('\n');
const continued = (outcome: FlowOutcome): InterviewState => {
  if (outcome.kind !== 'continue') throw new Error(`ended: ${said(outcome.replies)}`);
  return outcome.state;
};
type FlowOutcome = AnyOutcome<InterviewState, InterviewAnswers>;
const recognizer = new Recognizer(kb);

/** One message as the flow dialog hands it over: heard, an emergency ends it, then the step or "unused". */
function send(state: InterviewState, text: string): FlowOutcome {
  const turn = { text, rec: recognizer.recognize(text), warnings: kb.screenRedFlags(text) };
  if (turn.warnings.some((w) => w.level === 'emergency')) return { kind: 'done', replies: [] };
  const heard = flow.hear(state, turn);
  return flow.step(heard, turn) ?? flow.unused(heard, turn);
}
/** Sends each message in turn from a state; the last outcome. */
function run(state: InterviewState, ...messages: string[]): FlowOutcome {
  let outcome: FlowOutcome = { kind: 'continue', state, replies: [] };
  for (const m of messages) outcome = send(continued(outcome), m);
  return outcome;
}
const atStage = (stage: InterviewState['stage'], symptoms = ['cramps'], triage: string[] = []): InterviewState =>
  advance(freshInterview(symptoms), { stage, answers: { symptoms, factors: {}, triage } });
const atQuestion = (questionId: string, symptoms = ['cramps', 'constipation']): InterviewState =>
  advance(freshInterview(symptoms), { stage: 'question', questionId, asked: [questionId] });

describe('starting', () => {
  it('keeps the symptoms, diet and warnings of the opening message and what was told before', () => {
    const state = flow.start('I am vegan and my calves cramp, no tingling', { signs: ['numbness'] });
    expect(state.stage).toBe('confirm');
    expect(state.answers.symptoms).toEqual(['cramps']);
    expect(state.answers.factors).toMatchObject({ diet: 'vegan' });
    expect(state.answers.triage).toEqual(['numbness']);
    expect(state.answers.labs).toBeUndefined();
    expect(flow.start('check my symptoms').stage).toBe('symptoms');
    const lab = kb.screenRedFlags('potassium 2.9');
    expect(flow.start('my calves cramp', { signs: [], labs: lab }).answers.labs).toEqual(lab);
    expect(flow.start('I am pregnant and my calves cramp').answers.context).toEqual(['pregnant']);
  });

  it('says at the opening what already needs a doctor, leaving out what this turn already answered', () => {
    const pregnant = flow.start('I am pregnant and my calves cramp');
    const [opening] = flow.opening(pregnant, []);
    expect(opening?.title).toBe(kb.data.triage.headlines.soon);
    expect(said([opening!])).toMatch(/^[\s\S]*Because of pregnancy:/);
    expect(said([opening!])).toMatch(/I’ll still go through the nutrition side with you now/);
    expect(opening?.sources.length).toBeGreaterThan(0);
    expect(flow.opening(pregnant, ['pregnancy'])).toEqual([]);
    expect(flow.opening(flow.start('my calves cramp'), [])).toEqual([]);
  });
});

describe('each stage', () => {
  it('symptoms: a symptom moves to confirm, anything else is a miss with examples', () => {
    const start = freshInterview();
    const confirm = continued(run(start, 'my calf keeps twitching'));
    expect(confirm.stage).toBe('confirm');
    expect(confirm.answers.symptoms).toEqual(['twitching']);
    // "ok" or "no" before any symptom is told is not "that's all": the symptom is asked again.
    for (const done of ['ok', 'no', 'that’s all'])
      expect(continued(run(start, done)), done).toMatchObject({ stage: 'symptoms', misses: 1 });
    const missed = run(start, 'blorp');
    expect(continued(missed)).toMatchObject({ stage: 'symptoms', misses: 1 });
    expect(promptOf(missed)).toMatch(/didn’t recognise a symptom.*for example/s);
  });

  it('confirm: adds, removes, goes back to symptoms when none is left, and moves on when done', () => {
    const start = atStage('confirm', ['cramps']);
    expect(continued(run(start, 'also tired')).answers.symptoms).toEqual(['cramps', 'fatigue']);
    const emptied = continued(run(start, 'no, not cramps'));
    expect(emptied).toMatchObject({ stage: 'symptoms', answers: { symptoms: [] } });
    for (const done of ['that’s all', 'yes', 'nothing else', 'ok'])
      expect(continued(run(start, done)).stage, done).toBe('screenEmergency');
  });

  it('the emergency list: "none" moves on, a pick ends the check with the emergency advice', () => {
    const start = atStage('screenEmergency');
    expect(continued(run(start, 'none')).stage).toBe('screenUrgent');
    const picked = run(start, '2');
    expect(picked.kind).toBe('done');
    expect(picked.replies[0]?.title).toBe(kb.data.triage.headlines.emergency);
    expect(said(picked.replies)).toMatch(/chest pain/i);
    expect(said(picked.replies)).toMatch(/stopped the symptom check/);
  });

  it('the later list: a pick is kept as a warning sign, and the questions begin', () => {
    const next = continued(run(atStage('screenUrgent'), 'my calf is swollen'));
    expect(next.answers.triage).toContain('clot-signs');
    expect(next.stage).toBe('question');
    expect(next.asked).toEqual([next.questionId]);
    expect(continued(run(atStage('screenUrgent'), 'none')).answers.triage).toEqual([]);
  });

  it('a safety list already fully told is skipped', () => {
    const everyEmergency = engine.checklist(['emergency'], []).map((s) => s.id);
    const start = atStage('confirm', ['cramps'], everyEmergency);
    expect(continued(run(start, 'that’s all')).stage).toBe('screenUrgent');
  });

  it('a question: an option is recorded and the next question asked, until the result', () => {
    const next = continued(run(atQuestion('kidney'), 'no'));
    expect(next.answers.factors.kidney).toBe('no');
    expect(next.questionId).not.toBe('kidney');
    expect(next.asked[0]).toBe('kidney');
  });

  it('a skipped safety question counts as "not sure"; another skipped question records nothing', () => {
    expect(continued(run(atQuestion('kidney'), 'skip')).answers.factors.kidney).toBe('unsure');
    expect(continued(run(atQuestion('kidney'), 'no idea')).answers.factors.kidney).toBe('unsure');
    const diet = run(atQuestion('diet', ['tingling-hands-feet', 'fatigue']), 'skip');
    expect(continued(diet).answers.factors).toEqual({});
  });

  it('two misses in a row skip the step, and a miss at a safety question still counts as "not sure"', () => {
    const once = run(atQuestion('kidney'), 'purple');
    expect(continued(once).misses).toBe(1);
    expect(promptOf(once)).toMatch(/Sorry, I didn’t get that\. .*You can answer with one of: .*; or say “skip”/s);
    const twice = run(atQuestion('kidney'), 'purple', 'orange');
    expect(said(twice.replies)).toMatch(/let’s skip that one/);
    expect(continued(twice).answers.factors.kidney).toBe('unsure');
    const listTwice = run(atStage('screenEmergency'), 'purple', 'orange');
    expect(continued(listTwice).stage).toBe('screenUrgent');
    const confirmTwice = run(atStage('confirm'), 'purple', 'orange');
    expect(continued(confirmTwice).stage).toBe('screenEmergency');
  });

  it('ends with the result and the answers it was built from', () => {
    const last = advance(freshInterview(['tingling-mouth']), {
      stage: 'question',
      questionId: 'dairy',
      asked: ['dairy', 'duration', 'medications', 'kidney', 'plants'],
    });
    const open = run(last, 'rarely');
    expect(continued(open).stage).toBe('anythingElse');
    expect(promptOf(open)).toMatch(/Before your result: is there anything else/);
    const outcome = run(continued(open), 'no');
    expect(outcome.kind).toBe('done');
    if (outcome.kind !== 'done') return;
    expect(outcome.result?.factors).toMatchObject({ dairy: 'rarely' });
    expect(outcome.replies[0]?.kind).toBe('assessment');
  });

  it('asks one open question before the result, and uses what is said there', () => {
    const open = atStage('anythingElse', ['cramps']);
    // Another symptom joins the list.
    const more = run(open, 'my fingers tingle too');
    expect(more.kind === 'done' && more.result?.symptoms).toEqual(['cramps', 'tingling-fingers']);
    // A warning sign told there counts in the result's level.
    const told = run(open, 'my poo has been black for a few days');
    expect(told.kind === 'done' && told.result?.triage).toContain('blood-in-stool');
    expect(told.kind === 'done' && said(told.replies)).toMatch(/see a doctor today/i);
    // "yes" alone asks for the rest; a second miss gives the result.
    const yes = run(open, 'yes');
    expect(continued(yes).misses).toBe(1);
    expect(promptOf(yes)).toMatch(/in your own words, or say “no”/);
    expect(run(continued(yes), 'hmm').kind).toBe('done');
  });

  it('a symptom told as past or explained is not added ("the numb lip was from the dentist")', () => {
    const told = run(atStage('confirm', ['twitching']), 'the numb lip was from the dentist, its gone now');
    expect(told.kind === 'continue' ? told.state.answers.symptoms : []).not.toContain('tingling-mouth');
    const now = run(atStage('confirm', ['twitching']), 'my lips feel numb too');
    expect(continued(now).answers.symptoms).toContain('tingling-mouth');
  });

  it('only a denial takes a symptom away, not the same symptom told as past (the cautious reading)', () => {
    const past = 'the numb lip was from the dentist, its gone now';
    const confirm = run(atStage('confirm', ['tingling-mouth']), past);
    expect(continued(confirm).answers.symptoms).toEqual(['tingling-mouth']);
    const open = run(atStage('anythingElse', ['tingling-mouth', 'cramps']), past);
    expect(open.kind === 'done' && open.result?.symptoms).toEqual(['tingling-mouth', 'cramps']);
    const denied = run(atStage('anythingElse', ['tingling-mouth', 'cramps']), 'no tingling in my lips actually');
    expect(denied.kind === 'done' && denied.result?.symptoms).toEqual(['cramps']);
  });

  it('asks the open question only once', () => {
    const last = advance(freshInterview(['cramps']), {
      stage: 'question',
      questionId: 'dairy',
      asked: ['dairy', 'duration', 'medications', 'kidney', 'plants', 'diet', 'stressSleep', '_anythingElse'],
    });
    expect(run(last, 'rarely').kind).toBe('done');
  });
});

describe('at any step', () => {
  it('a warning below an emergency is kept, and at the later list it answers the list', () => {
    const today = run(atStage('confirm'), 'also my calf is red and swollen');
    expect(continued(today).answers.triage).toContain('clot-signs');
    const named = run(atStage('screenUrgent'), 'my heart keeps skipping beats');
    expect(continued(named).answers.triage).toContain('irregular-heartbeat');
    expect(continued(named).stage).toBe('question');
    const lab = run(atStage('confirm'), 'my potassium came back 2.9');
    expect(continued(lab).answers.labs?.map((l) => l.id)).toEqual(['lab-potassium-low']);
    expect(continued(run(continued(lab), 'my potassium came back 2.8')).answers.labs).toHaveLength(1);
  });

  it('"why?" explains the step and asks it again', () => {
    const state = atQuestion('kidney');
    expect(said(run(state, 'why?').replies)).toMatch(/extra potassium can build up/);
    expect(said(run(atStage('confirm'), 'why?').replies)).toMatch(/sure I understood you correctly/);
    expect(continued(run(state, 'why?'))).toBe(state);
    expect(said([flow.help(state)])).toMatch(/Pick the answer that fits best/);
    expect(flow.restart(state)).toMatchObject({ stage: 'symptoms', answers: { symptoms: [] }, history: [] });
    expect(flow.progress(atQuestion('kidney'))).toMatch(/2 symptom\(s\) and 0 answer\(s\)/);
  });

  it('"start again" forgets the symptoms and answers, never the warnings, blood results, medicines or life stages told', () => {
    const told = atQuestion('kidney');
    const lab = continued(run(told, 'my potassium came back 2.9'));
    const state = {
      ...lab,
      answers: {
        ...lab.answers,
        triage: ['irregular-heartbeat'],
        medicines: ['loop-diuretic'],
        context: ['pregnant' as const],
        factors: { ...lab.answers.factors, kidney: 'no' },
      },
    };
    const again = flow.restart(state);
    expect(again.stage).toBe('symptoms');
    expect(again.answers.symptoms).toEqual([]);
    expect(again.history).toEqual([]);
    expect(again.answers.triage).toEqual(['irregular-heartbeat']);
    expect(again.answers.labs?.map((l) => l.id)).toEqual(['lab-potassium-low']);
    expect(again.answers.medicines).toEqual(['loop-diuretic']);
    expect(again.answers.context).toEqual(['pregnant']);
    // The answers the medicines give stay answered; the others go.
    expect(again.answers.factors.kidney).toBeUndefined();
    expect(Object.keys(again.answers.factors).length).toBeGreaterThan(0);
    // A copy: the new check never shares the old one's lists.
    expect(again.answers.triage).not.toBe(state.answers.triage);
  });

  it('"back" undoes the last step, and says so at the first one', () => {
    const first = freshInterview(['cramps']);
    expect(said(run(first, 'back').replies)).toMatch(/nothing to go back to/);
    const moved = continued(run(first, 'that’s all'));
    const back = run(moved, 'back');
    expect(continued(back).stage).toBe('confirm');
    expect(said(back.replies)).toMatch(/OK, let’s change that/);
  });

  it('reads its own controls and answers, so a question in them is not taken as a question', () => {
    const turn = (text: string) => ({ text, rec: recognizer.recognize(text), warnings: [] });
    expect(flow.readsItself(atStage('screenEmergency'), turn('why?'))).toBe(true);
    expect(flow.readsItself(atQuestion('kidney'), turn('no?'))).toBe(true);
    expect(flow.readsItself(atStage('screenEmergency'), turn('what foods have potassium?'))).toBe(false);
    expect(flow.readsItself(atStage('confirm'), turn('is it bad that my hands are numb?'))).toBe(true);
  });

  it('facts given in passing fill answers and answer a pending question', () => {
    const noted = run(atStage('confirm'), 'it has been going on for two weeks');
    expect(continued(noted).answers.factors.duration).toBe('weeks');
    expect(continued(noted).stage).toBe('confirm');
    const answered = run(atQuestion('duration'), 'about three months now');
    expect(continued(answered).answers.factors.duration).toBe('months');
    expect(continued(answered).questionId).not.toBe('duration');
  });
});

describe('prompts', () => {
  it('the safety lists offer "None of these" first, at most six choices, and say back what was told', () => {
    const prompt = flow.prompt(atStage('screenUrgent', ['cramps'], ['irregular-heartbeat']));
    expect(prompt.suggestions[0]).toBe('None of these');
    expect(prompt.suggestions.length).toBeLessThanOrEqual(6);
    expect(prompt.suggestions).not.toContain(kb.data.triage.signs.find((s) => s.id === 'irregular-heartbeat')!.label);
    expect(said([prompt])).toMatch(/You told me about an irregular, racing or skipping heartbeat: I’ve taken that/);
    expect(said([prompt])).toMatch(/And any of these\?/);
    expect(said([flow.prompt({ ...atStage('screenUrgent'), misses: 1 })])).toMatch(/Please pick any that apply/);
    expect(said([flow.prompt(atStage('screenEmergency'))])).toMatch(/First, a quick safety check/);
  });

  it('shows progress and offers choices at every stage', () => {
    expect(said([flow.prompt(freshInterview())])).toMatch(/symptoms · a few questions · your result/);
    expect(flow.prompt(freshInterview()).suggestions[0]).toBe('Muscle twitching');
    const confirm = flow.prompt(atStage('confirm', ['twitching']));
    expect(confirm.suggestions[0]).toBe('That’s all');
    expect(confirm.suggestions.slice(1)).toEqual([
      'Also muscle cramps',
      'Also tingling or numbness in the hands and feet',
      'Also fatigue',
    ]);
    expect(said([confirm])).toMatch(/So far I have: muscle twitching\./);
    const question = flow.prompt(atQuestion('kidney'));
    expect(question.suggestions).toEqual(engine.question('kidney')!.options.map((o) => o.label));
    expect(said([question])).toMatch(/symptoms ✓ · a few questions · your result/);
  });
});

/** One message as the flow dialog hands over a question asked mid-interview ("could it be my omeprazole?"). */
const asked = (state: InterviewState, text: string) =>
  flow.asked(state, { text, rec: recognizer.recognize(text), warnings: kb.screenRedFlags(text) });
const withAnswers = (state: InterviewState, answers: Partial<InterviewAnswers>): InterviewState => ({
  ...state,
  answers: { ...state.answers, ...answers },
});

describe('what the check carries into its result', () => {
  it('starts with the medicines and life stage told earlier in the conversation, and nothing told when nothing was', () => {
    const state = flow.start('my calves cramp', undefined, {
      self: { pregnant: true },
      medicines: ['thiazide-diuretic', 'levothyroxine'],
    });
    expect(state.answers.medicines).toEqual(['thiazide-diuretic', 'levothyroxine']);
    // The medicine answers its question (levothyroxine has none), so it is not asked again.
    expect(state.answers.factors).toEqual({ medications: 'diuretics' });
    expect(state.answers.context).toEqual(['pregnant']);
    expect(flow.start('my calves cramp', undefined, { self: { breastfeeding: true } }).answers.context).toEqual([
      'breastfeeding',
    ]);
    // A medicine no longer in the table (told before a data update) answers nothing, and is no failure.
    expect(flow.start('my calves cramp', undefined, { medicines: ['retired-medicine'] }).answers.factors).toEqual({});
    const plain = flow.start('my calves cramp');
    expect(plain.answers.triage).toEqual([]);
    expect(plain.answers.medicines).toBeUndefined();
    expect(plain.answers.context).toBeUndefined();
    expect(plain.mentioned).toBeUndefined();
  });

  it('says back a lifestyle cause named in the opening at the first question', () => {
    const state = flow.start('my calves cramp and I barely drink any water');
    expect(state.mentioned).toEqual(['dehydration']);
    // Said back though its question is asked anyway.
    expect(said([flow.prompt(state)])).toMatch(
      /\nYou mentioned dehydration: dehydration can upset .*\. Drink plenty of water.* I’ll take that into account\./,
    );
  });

  it('at the opening, says what each medicine told does to these nutrients, with its sources', () => {
    const state = flow.start('my calves cramp', undefined, {
      self: { pregnant: true },
      medicines: ['thiazide-diuretic'],
    });
    const [opening] = flow.opening(state, []);
    expect(opening?.kind).toBe('doctor');
    expect(opening?.healthInfo).toBe(true);
    const words = said([opening!]);
    expect(words).toMatch(/Because of a medicine that can lower one of these nutrients; pregnancy:/);
    expect(words).toMatch(/ask your prescriber or pharmacist/);
    expect(words).toMatch(/talk to your midwife/);
    expect(words).toMatch(
      /About your medicine:\nThiazide diuretics \(water pills\) can lower potassium: .*\nThiazide diuretics \(water pills\) can lower magnesium: .*\nThiazide diuretics \(water pills\) can raise calcium: /,
    );
    const about = opening!.blocks.findIndex((b) => 'text' in b && b.text === 'About your medicine:');
    // One line for each effect, and nothing else.
    expect(opening!.blocks[about + 1]).toMatchObject({ type: 'list', items: { length: 3 } });
    // Only the child's notes are about children.
    expect(words).not.toMatch(/paediatrician|in children as in adults/);
    const medicine = kb.medicine('thiazide-diuretic')!;
    const rules = kb.data.triage.rules.filter((r) => ['electrolyte-medicine', 'pregnancy'].includes(r.id));
    expect([...opening!.sources].sort()).toEqual(
      [...new Set([...rules.map((r) => r.advice.source), ...medicine.effects.flatMap((e) => e.sources)])].sort(),
    );
  });

  it('at the opening, a statin’s muscle warning, and a medicine answered by its kind alone', () => {
    const statin = flow.start('my calves ache', undefined, { medicines: ['statin'] });
    const [said1] = flow.opening(statin, []);
    const medicine = kb.medicine('statin')!;
    expect(said([said1!])).toContain(`About your medicine:\n${medicine.muscle!.text}`);
    // A statin's effect on vitamin D is an interaction, not something it lowers or raises.
    expect(said([said1!])).not.toMatch(/can interaction/);
    expect(said1?.sources).toContain(medicine.muscle!.source);
    // "Diuretics (water pills)" picked from the list: the class with no names of its own.
    const byKind = withAnswers(atStage('confirm'), { factors: { medications: 'diuretics' } });
    expect(said(flow.opening(byKind, []))).toMatch(
      /About your medicine:\nDiuretics \(water pills\) can lower potassium/,
    );
    // A medicine picked by its kind that has only named classes says no class's effects.
    const ppi = withAnswers(atStage('confirm'), { factors: { medications: 'ppi' } });
    expect(said(flow.opening(ppi, []))).toMatch(/Because of a medicine that can lower/);
    expect(said(flow.opening(ppi, []))).not.toMatch(/About your medicine/);
    const rule = kb.data.triage.rules.find((r) => r.id === 'electrolyte-medicine')!;
    expect(flow.opening(ppi, [])[0]?.sources).toEqual([rule.advice.source]);
    // A medicine no longer in the table (a check stored before a data update) is left out, not a crash.
    const retired = withAnswers(ppi, { medicines: ['retired-medicine'] });
    expect(said(flow.opening(retired, []))).toMatch(/Because of a medicine that can lower/);
    // The muscle warning's own source, when no rule about statins gives it.
    const pregnantOnStatin = withAnswers(atStage('confirm'), { medicines: ['statin'], context: ['pregnant'] });
    expect(flow.opening(pregnantOnStatin, [])[0]?.sources).toContain(medicine.muscle!.source);
  });

  it('a child’s opening carries the notes for children', () => {
    const child = withAnswers(atStage('confirm'), { context: ['child'] });
    const words = said(flow.opening(child, []));
    for (const note of kb.data.guidance.lifeStageNotes.filter((n) => n.stage === 'child')) {
      expect(words).toContain(note.text);
      expect(flow.opening(child, [])[0]?.sources).toContain(note.source);
    }
  });
});

describe('what a message mid-interview keeps', () => {
  it('a medicine asked about is the person’s own only when they say so', () => {
    const state = atStage('confirm');
    const about = continued(asked(state, 'does omeprazole lower magnesium?'));
    expect(about.answers.medicines).toBeUndefined();
    expect(about.answers.factors.medications).toBeUndefined();
    const own = asked(state, 'could it be my omeprazole?');
    expect(continued(own).answers.medicines).toEqual(['ppi']);
    expect(continued(own).answers.factors.medications).toBe('ppi');
    expect(said(own.replies)).toMatch(/Because of a medicine that can lower one of these nutrients:/);
    expect(continued(own).stage).toBe('confirm');
    // Someone else's medicine is not the person's.
    const mums = continued(run(state, 'my mum takes omeprazole'));
    expect(mums.answers.medicines).toBeUndefined();
  });

  it('a fact a question carries answers the pending question, and the check moves on', () => {
    const moved = continued(asked(atQuestion('duration'), 'I’ve had it for 3 weeks, is that normal?'));
    expect(moved.answers.factors.duration).toBe('weeks');
    expect(moved.stage).toBe('question');
    expect(moved.questionId).not.toBe('duration');
    expect(moved.asked).toContain('duration');
    // At the open question before the result, the last question asked is answered already: stay there.
    const last = advance(freshInterview(['tingling-mouth']), {
      stage: 'question',
      questionId: 'dairy',
      asked: ['dairy', 'duration', 'medications', 'kidney', 'plants'],
    });
    const open = continued(run(last, 'rarely'));
    const stays = continued(asked(open, 'I’ve had it for 3 weeks, is that normal?'));
    expect(stays.stage).toBe('anythingElse');
    expect(stays.answers.factors.duration).toBe('weeks');
    const other = continued(asked(atQuestion('kidney'), 'I’ve had it for 3 weeks, is that normal?'));
    expect(other.answers.factors.duration).toBe('weeks');
    expect(other.questionId).toBe('kidney');
  });

  it('a medicine told is kept once, the newest six at most', () => {
    const told = continued(run(atStage('confirm'), 'I take omeprazole'));
    expect(told.answers.medicines).toEqual(['ppi']);
    const again = run(told, 'I take omeprazole');
    expect(continued(again).answers.medicines).toEqual(['ppi']);
    // Nothing new: a miss, with the clearer prompt next.
    expect(continued(again).misses).toBe(1);
    const six = ['ppi', 'h2-blocker', 'thiazide-diuretic', 'statin', 'corticosteroid', 'orlistat'];
    const full = withAnswers(atStage('confirm'), { medicines: six });
    expect(continued(run(full, 'I take metformin')).answers.medicines).toEqual([...six.slice(1), 'metformin']);
  });

  it('a fact or life stage told again is not new: a miss, not "noted"', () => {
    const weeks = withAnswers(atStage('confirm'), { factors: { duration: 'weeks' } });
    expect(continued(run(weeks, 'it has been going on for two weeks')).misses).toBe(1);
    const pregnant = withAnswers(atStage('confirm'), { context: ['pregnant'] });
    const again = run(pregnant, 'I am pregnant');
    expect(continued(again).misses).toBe(1);
    expect(continued(again).answers.context).toEqual(['pregnant']);
  });

  it('cramps at night are a warning sign of their own, counted once, and only for cramps', () => {
    const night = continued(run(atStage('confirm', ['cramps']), 'they happen at night'));
    expect(night.answers.triage).toEqual(['night-cramps']);
    const again = run(night, 'mostly at night');
    expect(continued(again).answers.triage).toEqual(['night-cramps']);
    expect(continued(again).misses).toBe(1);
    expect(continued(run(atStage('confirm', ['twitching']), 'they happen at night')).answers.triage).toEqual([]);
  });

  it('a fact told says "noted", and a rule it newly meets is said instead', () => {
    const noted = run(atStage('confirm'), 'I am vegan');
    expect(said(noted.replies)).toBe('\nThanks, I’ve noted that.');
    const ruled = run(atStage('confirm'), 'it has been going on for three weeks');
    expect(said(ruled.replies)).toMatch(/Because of symptoms for more than two weeks:/);
    expect(said(ruled.replies)).not.toMatch(/noted that/);
    // A symptom added raises no rule: nothing but the step.
    expect(run(atStage('confirm'), 'also tired').replies).toEqual([]);
  });

  it('only rules newly met are said: pregnancy told before is not said again with the weeks', () => {
    const pregnant = withAnswers(atStage('confirm'), { context: ['pregnant'] });
    const weeks = said(run(pregnant, 'it has been going on for three weeks').replies);
    expect(weeks).toMatch(/Because of symptoms for more than two weeks:/);
    expect(weeks).not.toMatch(/pregnan|midwife/i);
  });

  it('a new medicine says what it does, not again what the medicines told before do', () => {
    const statin = withAnswers(atStage('confirm'), { medicines: ['statin'], factors: { medications: 'statin' } });
    const ppi = said(run(statin, 'I also take omeprazole').replies);
    expect(ppi).toMatch(/About your medicine:\nAcid reflux medicines \(PPIs\) can lower magnesium/);
    expect(ppi).not.toContain(kb.medicine('statin')!.muscle!.text);
    const child = withAnswers(atStage('confirm'), { context: ['child'] });
    const childNote = kb.data.guidance.lifeStageNotes.find((n) => n.stage === 'child')!.text;
    expect(said(run(child, 'it has been going on for three weeks').replies)).not.toContain(childNote);
    expect(said(run(atStage('confirm'), 'my son is 8').replies)).toContain(childNote);
  });
});

describe('the safety lists and warning signs', () => {
  it('a pick from the emergency list says only that sign', () => {
    const picked = run(atStage('screenEmergency'), '2');
    const mentioned = picked.replies[0]!.blocks.filter((b) => b.type === 'note').map((b) =>
      'text' in b ? b.text : '',
    );
    expect(mentioned).toEqual(['You mentioned chest pain or pressure.']);
  });

  it('the later list: a pick by number is kept, and a message that picks nothing is a miss', () => {
    // "1" is "None of these", "2" the first sign.
    const [first] = engine.checklist(['today', 'soon'], ['numbness']);
    const picked = continued(run(atStage('screenUrgent', ['cramps'], ['numbness']), '2'));
    expect(picked.answers.triage).toEqual(['numbness', first!.id]);
    const missed = continued(run(atStage('screenUrgent'), 'purple'));
    expect(missed).toMatchObject({ stage: 'screenUrgent', misses: 1 });
    // A fact told at the later list is kept, and the list still waits for its answer.
    const fact = continued(run(atStage('screenUrgent'), 'I am vegan'));
    expect(fact).toMatchObject({ stage: 'screenUrgent', answers: { factors: { diet: 'vegan' } } });
  });

  it('a warning sign told before the lists is kept, and the step it was told at goes on', () => {
    const today = continued(run(atStage('confirm'), 'also my calf is red and swollen'));
    expect(today.stage).toBe('confirm');
    expect(today.answers.symptoms).toEqual(['cramps']);
  });

  it('a blood result told is said back in the list of its level only', () => {
    const lab = kb.screenRedFlags('my potassium came back 2.9');
    const state = withAnswers(atStage('screenEmergency'), { labs: lab });
    expect(said([flow.prompt(state)])).not.toMatch(/You told me about/);
    expect(said([flow.prompt({ ...state, stage: 'screenUrgent' })])).toMatch(
      new RegExp(`You told me about ${lab[0]!.label.charAt(0).toLowerCase()}`),
    );
  });

  it('the later list is skipped when every sign on it was told', () => {
    const every = engine.checklist([...WARNING_LEVELS], []).map((s) => s.id);
    const next = continued(run(atStage('confirm', ['cramps'], every), 'that’s all'));
    expect(next.stage).toBe('question');
    const emergencyNone = continued(
      run(
        atStage(
          'screenEmergency',
          ['cramps'],
          engine.checklist(['today', 'soon'], []).map((s) => s.id),
        ),
        'none',
      ),
    );
    expect(emergencyNone.stage).toBe('question');
  });

  it('help and "why?" at the later list say how soon a doctor should see these signs', () => {
    const later = atStage('screenUrgent');
    expect(said([flow.help(later)])).toContain(`These signs mean ${SEE_A_DOCTOR_SOON}. Name any that apply`);
    expect(flow.help(later).kind).toBe('help');
    const why = run(later, 'why?');
    expect(said(why.replies)).toContain(`These signs mean ${SEE_A_DOCTOR_SOON}, whatever the nutrition side shows.`);
    expect(why.replies[0]?.kind).toBe('help');
  });
});

describe('questions', () => {
  it('a question no longer in the data (a check stored before an update) is passed over', () => {
    const gone = atQuestion('retired-question');
    const next = continued(run(gone, 'yes'));
    expect(next.stage).toBe('question');
    expect(next.questionId).not.toBe('retired-question');
  });

  it('a question no longer in the data is asked as nothing, with no choices, rather than failing', () => {
    const prompt = flow.prompt(atQuestion('retired-question'));
    expect(prompt.suggestions).toEqual([]);
    expect(prompt.blocks[0]).toEqual({ type: 'text', text: '' });
  });

  it('a miss at the later list moves on without answering any question', () => {
    const twice = continued(run(atStage('screenUrgent'), 'purple', 'orange'));
    expect(twice.stage).toBe('question');
    expect(twice.answers.factors).toEqual({});
  });

  it('offers "No, show my result" at the open question', () => {
    expect(flow.prompt(atStage('anythingElse')).suggestions).toEqual(['No, show my result']);
  });
});

describe('what the confirm step and the lists show', () => {
  it('says back heavy drinking and causes only a mention gives, not every answer', () => {
    const heavy = said([flow.prompt(withAnswers(atStage('confirm'), { factors: { alcohol: 'heavy' } }))]);
    expect(heavy).toMatch(/\nYou mentioned alcohol: /);
    const coffee = said([flow.prompt(withAnswers(atStage('confirm'), { factors: { caffeine: 'lots' } }))]);
    expect(coffee).toMatch(/\nYou mentioned caffeine and other stimulants: /);
    expect(coffee).not.toMatch(/You mentioned (alcohol|dehydration)/);
    const light = said([flow.prompt(withAnswers(atStage('confirm'), { factors: { alcohol: 'none-or-light' } }))]);
    expect(light).not.toMatch(/You mentioned/);
    // An answer to a question that is always asked is not said back unless the opening named it.
    const fluids = withAnswers(atStage('confirm'), { factors: { fluids: 'little' } });
    expect(said([flow.prompt(fluids)])).not.toMatch(/You mentioned/);
    expect(said([flow.prompt({ ...fluids, mentioned: ['stress'] })])).toMatch(/\nYou mentioned stress: /);
    expect(said([flow.prompt({ ...fluids, mentioned: ['stress'] })])).not.toMatch(/You mentioned dehydration/);
  });

  it('each prompt is a question, with its progress as a note', () => {
    for (const stage of ['symptoms', 'confirm', 'screenEmergency', 'screenUrgent', 'anythingElse'] as const) {
      const prompt = flow.prompt(atStage(stage));
      expect(prompt.kind, stage).toBe('question');
      expect(prompt.blocks.at(-1), stage).toMatchObject({ type: 'note', tone: 'info' });
    }
    expect(flow.prompt(atQuestion('kidney')).kind).toBe('question');
  });

  it('the emergency list shows the emergency signs, the later list the others, as a list and as choices', () => {
    const emergency = flow.prompt(atStage('screenEmergency'));
    const signs = engine.checklist(['emergency'], []).map((s) => s.label);
    expect(emergency.blocks).toContainEqual({ type: 'list', items: signs });
    expect(emergency.suggestions).toEqual(['None of these', ...signs].slice(0, 6));
    const later = engine.checklist(['today', 'soon'], []).map((s) => s.label);
    expect(flow.prompt(atStage('screenUrgent')).blocks).toContainEqual({ type: 'list', items: later });
  });

  it('says back every sign told, joined', () => {
    const told = flow.prompt(atStage('screenUrgent', ['cramps'], ['irregular-heartbeat', 'clot-signs']));
    expect(said([told])).toMatch(
      /You told me about an irregular, racing or skipping heartbeat; [^:]+: I’ve taken that/,
    );
  });

  it('a question asked again after a miss lists its choices, separated', () => {
    const q = engine.question('kidney')!;
    const again = said([flow.prompt({ ...atQuestion('kidney'), misses: 1 })]);
    expect(again).toContain(`${q.text} You can answer with one of: ${q.options.map((o) => o.label).join(', ')};`);
  });
});

describe('reading its own messages', () => {
  const turn = (text: string) => ({ text, rec: recognizer.recognize(text), warnings: [] });

  it('its controls with spaces around them', () => {
    expect(flow.readsItself(atStage('screenEmergency'), turn('  why? '))).toBe(true);
    expect(said(run(atQuestion('kidney'), '  why? ').replies)).toMatch(/extra potassium can build up/);
  });

  it('a symptom told while symptoms are collected, not at the safety lists', () => {
    const confirm = atStage('confirm', ['cramps']);
    // A new symptom, beside one already told.
    expect(flow.readsItself(confirm, turn('are my numb hands and cramps from low b12?'))).toBe(true);
    // Asking for the check itself about a symptom already told.
    expect(recognizer.recognize('what is wrong with me, my calf keeps cramping?').intent).toBe('symptomCheck');
    expect(flow.readsItself(confirm, turn('what is wrong with me, my calf keeps cramping?'))).toBe(true);
    // A known symptom in a question about a nutrient is a question.
    expect(flow.readsItself(confirm, turn('does potassium help cramps?'))).toBe(false);
    expect(flow.readsItself(atStage('screenEmergency'), turn('are my numb hands from low b12?'))).toBe(false);
  });

  it('an answer to the question asked, short, and only while it is asked', () => {
    expect(flow.readsItself(atQuestion('kidney'), turn('no?'))).toBe(true);
    // Up to 24 characters is a short answer.
    expect('no kidney problems here!').toHaveLength(24);
    expect(flow.readsItself(atQuestion('kidney'), turn('no kidney problems here!'))).toBe(true);
    expect(flow.readsItself(atQuestion('kidney'), turn('no kidney problems here!!'))).toBe(false);
    // A long message that starts with an answer is read as the question it is.
    expect(flow.readsItself(atQuestion('kidney'), turn('no, but which foods have the most potassium?'))).toBe(false);
    expect(flow.readsItself(atQuestion('retired-question'), turn('no?'))).toBe(false);
    // At the open question, an answer to the last question asked is not the step's own.
    const last = advance(freshInterview(['cramps']), { stage: 'question', questionId: 'kidney', asked: ['kidney'] });
    const open = advance(last, { stage: 'anythingElse', asked: ['kidney', '_anythingElse'] });
    expect(flow.readsItself(open, turn('no?'))).toBe(false);
  });
});

describe('misses and "back"', () => {
  it('two misses at the symptoms go on to the safety check, with a word that the step was skipped', () => {
    const twice = run(freshInterview(), 'blorp', 'blarp');
    expect(continued(twice).stage).toBe('screenEmergency');
    expect(twice.replies[0]).toMatchObject({ kind: 'smallTalk' });
    expect(said(twice.replies)).toMatch(/let’s skip that one/);
  });

  it('two misses at the open question give the result', () => {
    const twice = run(atStage('anythingElse'), 'yes', 'yes');
    expect(twice.kind).toBe('done');
    expect(twice.replies[0]?.kind).toBe('assessment');
  });

  it('"back" answers as small talk', () => {
    expect(run(freshInterview(['cramps']), 'back').replies[0]?.kind).toBe('smallTalk');
    expect(run(continued(run(freshInterview(['cramps']), 'that’s all')), 'back').replies[0]?.kind).toBe('smallTalk');
  });
});
