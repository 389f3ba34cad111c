/** The Q&A questions the turn and HTTP benchmarks ask, across every answer kind the router gives. */
const NUTRIENTS = ['potassium', 'magnesium', 'calcium', 'vitamin d', 'b12'];

export const QA_QUESTIONS: readonly string[] = [
  ...NUTRIENTS.flatMap((n) => [
    `what foods have ${n}?`,
    `what does ${n} do for my muscles?`,
    `signs of low ${n}`,
    `who is at risk of low ${n}?`,
    `vegan ${n} foods`,
  ]),
  'how much calcium is in yogurt',
  'how much potassium does a baked potato have?',
  'magnesium in almonds',
  'vitamin d in salmon',
  'b12 in eggs',
  'what nutrients are in lentils?',
  'what is in spinach',
  'tell me about bananas',
  'does coffee affect magnesium?',
  'should i take a b12 supplement?',
];

/** A symptom check from start to result, answered as a person would (the interview benchmark's script). */
export const INTERVIEW_SCRIPT: readonly string[] = [
  'my calf keeps jumping',
  'also tired',
  'that’s all',
  'none',
  'none',
  'rarely',
  'no',
  'skip',
  'vegan',
  'none of these',
  'no',
  'summary',
];

/** The first messages of that script: the conversation is left waiting for an adaptive question. */
export const MID_INTERVIEW: readonly string[] = INTERVIEW_SCRIPT.slice(0, 6);
