/**
 * The blind evaluation's test split as a regression suite: written by someone who never saw the bot's
 * code or data, and never tuned on. The floors are the figures measured when the work landed (README,
 * "Accuracy"); a change that loses a red flag, raises a false alarm or gives a confident wrong answer fails.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { knowledgeBase } from '../support/knowledge';
import {
  type CaseResult,
  type PatientResult,
  loadCases,
  loadPatients,
  runCase,
  runPatient,
  summarise,
} from './evaluate';

const kb = knowledgeBase();
const cases: CaseResult[] = [];
const questions: CaseResult[] = [];
const patients: PatientResult[] = [];

beforeAll(async () => {
  for (const c of loadCases('test')) cases.push(await runCase(kb, c));
  for (const p of loadPatients('test')) patients.push(await runPatient(kb, p));
  for (const c of loadCases('test', 'questions')) questions.push(await runCase(kb, c));
}, 240_000);

describe('blind evaluation, test split', () => {
  it('never gives a confident wrong answer', () => {
    expect(cases.filter((r) => r.confidentWrong).map((r) => r.id)).toEqual([]);
  });

  it('catches red flags at least as well as when measured', () => {
    const s = summarise(cases);
    expect(s.redFlags.caught).toBeGreaterThanOrEqual(FLOORS.redFlagsCaught);
    expect(s.falseAlarms.count).toBeLessThanOrEqual(FLOORS.falseAlarms);
  });

  it('answers at least as many utterances right as when measured', () => {
    expect(summarise(cases).total.pass).toBeGreaterThanOrEqual(FLOORS.right);
  });

  it('everyday questions: at least as many right, and no more confident wrong answers, as when measured', () => {
    const s = summarise(questions);
    expect(s.total.pass).toBeGreaterThanOrEqual(FLOORS.questionsRight);
    expect(s.confidentWrong).toBeLessThanOrEqual(FLOORS.questionsConfidentWrong);
  });

  it('simulated patients: triage and the top explanation at least as good as when measured', () => {
    expect(patients.filter((p) => p.levelOk).length).toBeGreaterThanOrEqual(FLOORS.patientsTriaged);
    // Patients whose check ends with emergency advice have no ranking; every ranked one has its top right.
    expect(patients.filter((p) => p.topOk).length).toBeGreaterThanOrEqual(FLOORS.patientsTop1);
    expect(patients.filter((p) => p.topOk === false).map((p) => p.id)).toEqual([]);
  });
});

/** Measured with `npm run eval` on the test split (see README, "Accuracy"). */
const FLOORS = {
  redFlagsCaught: 96,
  falseAlarms: 1,
  right: 313,
  patientsTriaged: 24,
  patientsTop1: 20,
  /** The everyday-questions corpus (issue 10), test split. */
  questionsRight: 211,
  questionsConfidentWrong: 2,
};
