/** One reply of every kind, built with the real answer builders, for the renderer tests. */
import { lifestyle, sources, symptomOverview } from '../../../dialogs/answers/contextAnswers';
import { foodNutrientAmount, nutrientsInFood } from '../../../dialogs/answers/foodAnswers';
import { amountReply, compareReply, howManyReply, mealReply } from '../../../dialogs/answers/amountAnswers';
import type { FoodPortion } from '../../../knowledge/quantities/foodAmounts';
import {
  clarify,
  emptyMessage,
  help,
  outOfScope,
  somethingWentWrong,
  welcome,
} from '../../../dialogs/answers/generalAnswers';
import {
  deficiencySigns,
  foodsForNutrient,
  nutrientRole,
  supplements,
  whoIsAtRisk,
} from '../../../dialogs/answers/nutrientAnswers';
import { medicineAnswer } from '../../../dialogs/answers/medicineAnswers';
import { dailyNeeds, doseCheck } from '../../../dialogs/answers/needsAnswers';
import { resultsInRange } from '../../../dialogs/answers/labAnswers';
import { seeDoctor, urgentCare } from '../../../dialogs/answers/safetyAnswers';
import { assessmentReply, summaryReply } from '../../../dialogs/interview/assessmentReply';
import { createAssessmentEngine } from '../../../dialogs/interview/createAssessmentEngine';
import { InterviewFlow } from '../../../dialogs/interview/interviewFlow';
import { freshInterview } from '../../../dialogs/interview/interviewState';
import { type Reply, reply, text } from '../../../dialogs/replies/replyModel';
import { checkInOffer, checkInQuestion, seeDoctorNow, stillTheSame } from '../../../dialogs/checkins/checkInReplies';
import { thanksForRating } from '../../../dialogs/feedback/feedback';
import { Recognizer } from '../../../knowledge/understanding/recognize';
import { knowledgeBase } from '../../support/knowledge';

export function replyCatalogue(): [string, Reply][] {
  const kb = knowledgeBase();
  const portion = (id: string, value: number, unit?: string) =>
    kb.portions.portion(kb.food(id)!, {
      value,
      ...(unit ? { unit: kb.data.units.units.find((u) => u.id === unit)! } : {}),
      start: 0,
      end: 1,
      text: '',
    }) as FoodPortion;
  const engine = createAssessmentEngine(kb);
  const flow = new InterviewFlow({ kb, recognizer: new Recognizer(kb), engine });
  const answers = {
    symptoms: ['cramps', 'weakness', 'constipation'],
    factors: { kidney: 'no', diet: 'vegan' },
    triage: ['night-cramps'],
  };
  return [
    ['welcome', welcome(kb)],
    ['help', help()],
    ['food list', foodsForNutrient(kb, 'potassium')],
    ['vegan food list', foodsForNutrient(kb, 'vitaminB12', 'vegan')],
    ['nutrient info', nutrientRole(kb, 'magnesium')],
    ['deficiency signs', deficiencySigns(kb, 'calcium')],
    ['risk groups', whoIsAtRisk(kb, 'vitaminD')],
    ['food profile', nutrientsInFood(kb, kb.findFood('lentils')!)],
    ['food amount', foodNutrientAmount(kb, kb.findFood('baked potato')!, 'potassium')],
    ['amount', amountReply(kb, portion('spinach-cooked', 2, 'cup'), ['potassium', 'magnesium'])],
    [
      'meal total',
      mealReply(
        kb,
        [portion('dark-chocolate', 100, 'g'), portion('banana', 2)],
        ['magnesium'],
        ['I’m not sure what you mean by “smidgens”.'],
      ),
    ],
    ['how many', howManyReply(kb, portion('banana', 1), 'potassium', 'bananas')],
    ['comparison', compareReply(kb, [kb.food('banana')!, kb.food('avocado')!], ['potassium'])],
    ['symptom overview', symptomOverview(kb, ['twitching', 'cramps'])],
    ['lifestyle', lifestyle(kb, ['dehydration', 'stress'])],
    ['doctor', seeDoctor(kb, [])],
    ['supplements', supplements(kb, ['vitaminD'])],
    ['daily needs', dailyNeeds(kb, 'magnesium', { audience: {}, who: 'nobody', child: false })],
    [
      'daily needs for a child',
      dailyNeeds(kb, 'calcium', {
        audience: { ageMonths: 108, sex: 'male' },
        who: 'other',
        relation: 'child',
        child: true,
      }),
    ],
    [
      'dose check',
      doseCheck(kb, 'vitaminD', [{ amount: 10_000, unit: 'IU', index: 0 }], 'I take 10,000 IU a day', {
        audience: {},
        who: 'nobody',
        child: false,
      }),
    ],
    [
      'medicine',
      medicineAnswer(kb, ['ppi', 'levothyroxine'], ['magnesium'], { audience: {}, who: 'nobody', child: false }),
    ],
    ['sources', sources(kb, ['USDA_SR28', 'SEED_MUSCLE_TWITCHING'])],
    ['urgent', urgentCare(kb, kb.screenRedFlags('chest pain and I fainted'))],
    ['lab result in range', resultsInRange(kb, 'my potassium was 4.2 mmol/L and calcium 2.4 mmol/L')!],
    ['clarify', clarify(['Foods for magnesium', 'What does magnesium do?', 'Signs of low magnesium'])],
    ['interview question', flow.prompt(freshInterview(['twitching']))],
    ['triage screen', flow.prompt({ ...freshInterview(['twitching']), stage: 'screenUrgent' })],
    ['assessment', assessmentReply(kb, engine, answers)],
    ['summary', summaryReply(kb, engine, answers)],
    ['fallback', outOfScope()],
    ['empty', emptyMessage()],
    ['error', somethingWentWrong()],
    ['check-in offer', checkInOffer()],
    ['check-in', checkInQuestion(kb, answers, Date.parse('2026-05-01T09:00:00Z'))],
    ['check-in: still the same', stillTheSame(kb, engine, answers, true)],
    ['check-in: worse', seeDoctorNow(kb, 'worse')],
    ['feedback', thanksForRating('helpful', true)],
    [
      'hostile text',
      reply('smallTalk', {
        title: '<b>*bold*</b> & <script>alert(1)</script>',
        blocks: [text('<img src=x onerror=alert(1)> [link](http://evil) _x_ `code` # h')],
        suggestions: ['<script>'],
      }),
    ],
  ];
}
