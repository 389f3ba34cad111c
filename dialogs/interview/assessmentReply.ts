/**
 * The interview's result, and the short summary to show a doctor: built from the answers with the
 * pure assess(), so every line traces to something the person said.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { DIET_TAGS, type DietTag, NUTRIENT_IDS, type NutrientId } from '../../knowledge/schema';
import { foodAmountLine, inSentence } from '../answers/format';
import { suggest } from '../answers/nutrientAnswers';
import { type Block, type Reply, heading, list, note, reply, text } from '../replies/replyModel';
import type { RankedCandidate } from '../../knowledge/scoring/assess';
import { headline, toneOf } from '../answers/urgency';
import type { InterviewAnswers } from '../../knowledge/scoring/assess';
import type { AssessmentEngine, AssessmentView } from './assessmentEngine';
import { progressLine, symptomsSaidBack } from './interviewWording';

const TOP = 3;
/** Lifestyle candidates and the guidance entries that hold their advice. */
const LIFESTYLE_GUIDANCE: Record<string, string[]> = {
  dehydration: ['dehydration'],
  'stress-and-sleep': ['stress', 'poor-sleep'],
  stress: ['stress'],
  'poor-sleep': ['poor-sleep'],
  'intense-exercise': ['intense-exercise', 'dehydration'],
  alcohol: ['alcohol'],
  medications: ['medications'],
};

function isNutrient(id: string): id is NutrientId {
  return (NUTRIENT_IDS as readonly string[]).includes(id);
}

function dietOf(answers: InterviewAnswers): DietTag | undefined {
  const value = answers.factors.diet;
  return value && (DIET_TAGS as readonly string[]).includes(value) ? (value as DietTag) : undefined;
}

export function candidateName(kb: KnowledgeBase, id: string): string {
  if (isNutrient(id)) {
    const n = kb.nutrient(id);
    return `Low ${inSentence(n.name)} (${inSentence(n.deficiency.name)})`;
  }
  const factor = kb.data.guidance.lifestyleFactors.find((f) => f.id === id);
  // Stryker disable next-line Regex: without the g flag /./ also replaces only the first character (ids hold no line break).
  return factor?.name ?? id.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

function candidateSection(
  kb: KnowledgeBase,
  item: RankedCandidate,
  rank: number,
  answers: InterviewAnswers,
  assessment: AssessmentView,
): Block[] {
  const why = item.evidence.filter((e) => e.points > 0).map((e) => e.reason);
  const blocks: Block[] = [
    heading(`${rank}. ${candidateName(kb, item.candidate)}: ${item.confidence} match`),
    text(`Why: ${why.join('; ')}.`),
  ];
  if (isNutrient(item.candidate)) {
    const n = kb.nutrient(item.candidate);
    blocks.push(text(`What it does: ${n.muscleRole[0]!.text}`));
    const caution = assessment.cautions.find((c) => c.id.startsWith(item.candidate));
    if (caution) {
      blocks.push(note('caution', caution.text));
    } else {
      const diet = dietOf(answers);
      const foods = kb.foodsRichIn(item.candidate, {
        diet: diet === 'vegan' || diet === 'vegetarian' ? diet : undefined,
        limit: 3,
      });
      blocks.push(
        text(`Good foods${diet && diet !== 'fortified' ? ` for a ${diet} diet` : ''}:`),
        list(foods.map(foodAmountLine)),
      );
      const dietNote = diet ? n.dietNotes.find((d) => d.diet === diet) : undefined;
      if (dietNote) blocks.push(note('info', dietNote.text));
    }
  } else {
    const advice = (LIFESTYLE_GUIDANCE[item.candidate] ?? [item.candidate])
      .map((id) => kb.data.guidance.lifestyleFactors.find((f) => f.id === id))
      .flatMap((f) => f?.advice.map((a) => a.text) ?? []);
    if (advice.length) blocks.push(text('What helps:'), list(advice));
  }
  return blocks;
}

function sourcesOf(kb: KnowledgeBase, assessment: AssessmentView): string[] {
  const ids = [
    ...assessment.ranked.slice(0, TOP).flatMap((r) => r.evidence.map((e) => e.source)),
    ...assessment.cautions.map((c) => c.source),
    ...assessment.triage.reasons.map((t) => t.advice.source),
    ...kb.data.guidance.whenToSeeADoctor.map((f) => f.source),
  ];
  return [...new Set(ids)];
}

export function assessmentReply(kb: KnowledgeBase, engine: AssessmentEngine, answers: InterviewAnswers): Reply {
  const assessment = engine.assess(answers);
  const top = assessment.ranked.slice(0, TOP);
  const blocks: Block[] = [note('info', progressLine('result'))];
  const { level, reasons } = assessment.triage;
  if (level !== 'self-care') {
    blocks.push(
      note(toneOf(level), `${headline(kb, level)}, because of ${reasons.map((r) => inSentence(r.label)).join('; ')}.`),
    );
  }
  if (top.length) {
    blocks.push(
      text(
        `Based on what you told me${answers.context?.includes('child') ? ' about your child' : ''} (${symptomsSaidBack(kb, answers.symptoms) || 'no specific symptoms'}), these are the explanations that fit best. This is not a diagnosis: only a clinician can tell, and a blood test can check electrolyte and vitamin levels.`,
      ),
    );
    top.forEach((item, i) => blocks.push(...candidateSection(kb, item, i + 1, answers, assessment)));
  } else {
    blocks.push(
      text(
        'What you described doesn’t point clearly to any of the five nutrients I know about. That is useful to know too.',
      ),
    );
  }
  // The same reasons as the headline above: the advice and the level cannot disagree.
  const doctorAdvice = [...new Set(reasons.map((r) => r.advice.text))];
  blocks.push(
    heading('When to see a doctor'),
    list([...doctorAdvice, ...kb.data.guidance.whenToSeeADoctor.map((f) => f.text)]),
  );
  blocks.push(note('info', kb.data.guidance.disclaimer));
  const firstNutrient = top.find((t) => isNutrient(t.candidate));
  const suggestions = [
    ...(firstNutrient ? [suggest.foods(kb.nutrient(firstNutrient.candidate as NutrientId).name)] : []),
    'Summary',
    'Start over',
  ];
  return reply('assessment', {
    title: `Your result: ${headline(kb, level).toLowerCase()}`,
    blocks,
    suggestions,
    healthInfo: true,
    sources: sourcesOf(kb, assessment),
  });
}

/** One short, non-diagnostic message the person can copy to show a doctor. */
export function summaryReply(
  kb: KnowledgeBase,
  engine: AssessmentEngine,
  answers: InterviewAnswers | undefined,
  /** The day of the check, when the summary is shown days later (a check-in): its urgency was then. */
  checkedOn?: string,
): Reply {
  if (!answers) {
    return reply('summary', {
      blocks: [text('There is no symptom check to summarise yet. Want to do one?')],
      suggestions: [suggest.check],
    });
  }
  const assessment = engine.assess(answers);
  const factorLines = Object.entries(answers.factors).map(([id, value]) => {
    const q = engine.question(id);
    const label = q?.options.find((o) => o.value === value)?.label ?? value;
    return `${q?.text ?? id} ${label}`;
  });
  const triage = assessment.triage.reasons.map((t) => t.label);
  return reply('summary', {
    title: 'Symptom check summary (general information, not a diagnosis)',
    blocks: [
      {
        type: 'facts',
        facts: [
          { label: 'Symptoms', value: symptomsSaidBack(kb, answers.symptoms) || 'none given' },
          {
            label: 'Warning signs and reasons to see a doctor',
            value: triage.length ? triage.join('; ') : 'none reported',
          },
          {
            label: checkedOn ? `Urgency at the check (${checkedOn})` : 'Urgency',
            value: headline(kb, assessment.triage.level),
          },
        ],
      },
      ...(factorLines.length ? [heading('Answers'), list(factorLines)] : []),
      heading('Possible explanations to discuss'),
      list(
        assessment.ranked.slice(0, TOP).map(
          (r) =>
            `${candidateName(kb, r.candidate)}: ${r.evidence
              .filter((e) => e.points > 0)
              .map((e) => e.reason)
              .join('; ')}`,
        ),
      ),
      text('Tests to ask about: blood levels of electrolytes (magnesium, calcium, potassium) and vitamins D and B12.'),
      note('info', kb.data.guidance.disclaimer),
    ],
    suggestions: ['Start over'],
    healthInfo: true,
    sources: sourcesOf(kb, assessment),
  });
}

/** "summary" during the interview: what the summary will hold, and that it comes with the result. */
export function summaryComesLater(): Reply {
  return reply('smallTalk', {
    blocks: [
      text(
        'Your summary comes at the end, with your result: your symptoms, any warning signs, your answers, the explanations that fit best and the blood tests to ask a doctor about. We’re nearly there.',
      ),
    ],
  });
}
