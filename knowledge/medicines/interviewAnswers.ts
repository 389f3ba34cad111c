/**
 * The symptom check's medicine answers, read from the medicines table: an option a medicine class points
 * at gets the class's names (to recognise an answer or a mention anywhere in the conversation) and, for
 * each lowering effect, the points it adds to that nutrient's candidate. The interview keeps no list of
 * its own.
 */
import type { NutrientId } from '../schema';
import type { AssessmentModel, QuestionOption } from '../scoring/assessmentSchema';
import { type Medicine, medicineNames } from './medicineSchema';

type Effect = QuestionOption['effects'][number];

/** "Acid reflux medicine (PPI)" reads "acid reflux medicine (PPI)" mid-sentence; "ACE ..." keeps its capitals. */
const midSentence = (label: string) =>
  /^[A-Z](?![A-Z0-9])/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;

function effectsFor(
  option: QuestionOption,
  classes: readonly Medicine[],
  nutrientName: (id: NutrientId) => string,
): Effect[] {
  const byCandidate = new Map<string, Effect>();
  for (const m of classes)
    for (const e of m.effects) {
      if (e.interviewPoints === undefined) continue;
      const seen = byCandidate.get(e.nutrient);
      if (seen && seen.points >= e.interviewPoints) continue;
      byCandidate.set(e.nutrient, {
        candidate: e.nutrient,
        points: e.interviewPoints,
        reason: `you take ${midSentence(option.label)}, which can lower ${midSentence(nutrientName(e.nutrient))}`,
        source: e.sources[0]!,
      });
    }
  return [...byCandidate.values()];
}

/** The assessment model with every medicine option filled from the table (a new object; the input is unchanged). */
export function withMedicines(
  model: AssessmentModel,
  medicines: readonly Medicine[],
  nutrientName: (id: NutrientId) => string,
): AssessmentModel {
  const classesOf = (question: string, option: string) =>
    medicines.filter((m) => m.interview?.question === question && m.interview.option === option);
  return {
    ...model,
    questions: model.questions.map((q) => ({
      ...q,
      options: q.options.map((o) => {
        const classes = classesOf(q.id, o.value);
        if (!classes.length) return o;
        const names = [...new Set(classes.flatMap(medicineNames).map((n) => n.toLowerCase()))];
        return {
          ...o,
          synonyms: [...new Set([...o.synonyms, ...names])],
          mentions: [...new Set([...(o.mentions ?? []), ...names])],
          effects: [...o.effects, ...effectsFor(o, classes, nutrientName)],
        };
      }),
    })),
  };
}
