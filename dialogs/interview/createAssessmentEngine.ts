/** Binds the pure scoring functions in knowledge/scoring to the loaded model for the interview. */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { assess } from '../../knowledge/scoring/assess';
import { matchOption, matchTriageItems } from '../../knowledge/scoring/matchAnswer';
import { nextQuestion } from '../../knowledge/scoring/nextQuestion';
import { type Reply, list, note, reply, text } from '../replies/replyModel';
import type { AssessmentEngine, TriageLevel } from './assessmentEngine';

const HEADLINE: Record<TriageLevel, string> = {
  emergency: 'This needs urgent medical care now',
  today: 'Please see a doctor today',
  soon: 'Please see a doctor in the next few days',
};

export function createAssessmentEngine(kb: KnowledgeBase): AssessmentEngine {
  const model = kb.data.assessment;
  const labels = Object.fromEntries(kb.data.symptoms.map((s) => [s.id, s.label]));
  const question = (id: string) => model.questions.find((q) => q.id === id);
  return {
    triageItems: (...levels) => model.triage.filter((t) => levels.includes(t.level)),
    question,
    nextQuestion: (answers, asked) => nextQuestion(answers, model, asked, labels),
    matchOption: (q, answer) => {
      const full = question(q.id);
      return full ? matchOption(full, answer) : undefined;
    },
    matchTriage: (answer, levels) => matchTriageItems(answer, model, levels),
    urgentAdvice(ids): Reply {
      const items = model.triage.filter((t) => ids.includes(t.id));
      const level = items.some((t) => t.level === 'emergency')
        ? 'emergency'
        : items.some((t) => t.level === 'today')
          ? 'today'
          : 'soon';
      return reply('urgent', {
        title: HEADLINE[level],
        blocks: [
          note(
            level === 'emergency' ? 'urgent' : 'caution',
            `You told me about: ${items.map((t) => t.label.toLowerCase()).join('; ')}.`,
          ),
          list(items.map((t) => t.advice)),
          ...(level === 'emergency'
            ? [
                text(
                  'If it is happening now, call your local emergency number (911 in the US, 999 in the UK, 112 in the EU).',
                ),
              ]
            : []),
        ],
        healthInfo: true,
        sources: [...new Set(items.map((t) => t.source))],
      });
    },
    assess: (answers) => assess(answers, model, labels),
    prefill({ diet, lifestyleFactors }) {
      const factors: Record<string, string> = {};
      const dietQuestion = question('diet');
      if (diet && dietQuestion?.options.some((o) => o.value === diet)) factors.diet = diet;
      for (const hint of model.prefill)
        if (lifestyleFactors.includes(hint.lifestyleFactor)) factors[hint.question] = hint.value;
      return factors;
    },
  };
}
