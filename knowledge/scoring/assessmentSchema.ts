/**
 * The shape of knowledge/data/assessment.json: the symptom interview's candidates, the weight of each
 * symptom and answer for each candidate (with its source) and the adaptive questions. Urgency lives in
 * triage.json (knowledge/triage).
 */
import { z } from 'zod';

const text = z.string().trim().min(1);
const sourceId = z.string().regex(/^[A-Z0-9_]+$/);
const id = z.string().regex(/^[a-zA-Z0-9-]+$/);

const effectSchema = z
  .object({ candidate: id, points: z.number().int().min(-5).max(5), reason: text, source: sourceId })
  .strict();

export const assessmentModelSchema = z
  .object({
    candidates: z.array(z.object({ id, kind: z.enum(['nutrient', 'lifestyle']), name: text }).strict()).min(2),
    symptomWeights: z.array(
      z
        .object({
          symptom: id,
          weights: z
            .array(z.object({ candidate: id, points: z.number().int().min(1).max(5), source: sourceId }).strict())
            .min(1),
        })
        .strict(),
    ),
    questions: z.array(
      z
        .object({
          id,
          text,
          /** Why the bot asks, in one sentence, for "why?". */
          why: text,
          /** Asked whenever its candidate is in the top three, before any advice about it. */
          safetyFor: id.optional(),
          /** Never asked: answered only when the person mentions it (its options' mentions, or a lifestyle factor). */
          mentionOnly: z.boolean().optional(),
          /** Asked before the result if still unanswered: its answer can raise the triage level (how long, medicines). */
          beforeResult: z.boolean().optional(),
          /**
           * Not asked once another answer already tells it ("Do you eat fish or eggs?" after "vegan"). Only the
           * asking changes: that answer's own effects already count for what this one would add.
           */
          answeredBy: z
            .object({ question: id, values: z.array(id).min(1) })
            .strict()
            .optional(),
          options: z
            .array(
              z
                .object({
                  value: id,
                  label: text,
                  synonyms: z.array(text),
                  /** Named anywhere in the conversation, these answer the question (medicine names come from medicines.json). */
                  mentions: z.array(text).optional(),
                  /** false: recognised in an answer or a mention but not offered in the list (rarer medicines). */
                  listed: z.boolean().optional(),
                  /** A medicine option's effects come from medicines.json and are added at load. */
                  effects: z.array(effectSchema).default([]),
                })
                .strict(),
            )
            .min(2),
        })
        .strict(),
    ),
    cautions: z.array(
      z.object({ id, candidate: id, question: id, values: z.array(id).min(1), text, source: sourceId }).strict(),
    ),
    /** Answers the opening message already gives: a lifestyle factor it names answers a question. */
    prefill: z.array(z.object({ lifestyleFactor: id, question: id, value: id }).strict()),
  })
  .strict()
  .superRefine((model, ctx) => {
    const candidates = new Set(model.candidates.map((c) => c.id));
    const check = (candidate: string, path: (string | number)[]) => {
      if (!candidates.has(candidate))
        ctx.addIssue({ code: 'custom', path, message: `unknown candidate "${candidate}"` });
    };
    model.symptomWeights.forEach((s, i) =>
      s.weights.forEach((w, j) => check(w.candidate, ['symptomWeights', i, 'weights', j])),
    );
    model.questions.forEach((q, i) =>
      q.options.forEach((o, j) =>
        o.effects.forEach((e, k) => check(e.candidate, ['questions', i, 'options', j, 'effects', k])),
      ),
    );
    model.cautions.forEach((c, i) => check(c.candidate, ['cautions', i]));
    model.questions.forEach((q, i) => {
      if (!q.answeredBy) return;
      const by = model.questions.find((o) => o.id === q.answeredBy!.question);
      const path = ['questions', i, 'answeredBy'];
      if (!by || by === q)
        ctx.addIssue({ code: 'custom', path, message: `unknown question "${q.answeredBy.question}"` });
      else
        for (const value of q.answeredBy.values)
          if (!by.options.some((o) => o.value === value))
            ctx.addIssue({ code: 'custom', path, message: `"${by.id}" has no option "${value}"` });
    });
  });

/** Whether another answer already tells this question's answer, so it is not asked. */
export function answeredByAnother(question: Question, factors: Readonly<Record<string, string>>): boolean {
  const by = question.answeredBy;
  return by !== undefined && by.values.includes(factors[by.question] ?? '');
}

export type AssessmentModel = z.infer<typeof assessmentModelSchema>;
export type Question = AssessmentModel['questions'][number];
export type QuestionOption = Question['options'][number];

/** The options the question offers as choices, in order: "2" picks the second of these. */
export function listedOptions(question: Question): QuestionOption[] {
  return question.options.filter((o) => o.listed !== false);
}
