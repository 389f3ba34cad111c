/**
 * The intent registry (dialogs/intents.ts): every intent has one route, checked when the code compiles
 * (`npm run typecheck` compiles this file: each @ts-expect-error below must be an error, or the
 * typecheck fails) and when the data loads.
 */
import { describe, expect, it } from 'vitest';
import { QUESTION_INTENTS } from '../../dialogs/answers/answerQuestion';
import { INTENT_ROUTES, type IntentRoutes, type MidFlow, question } from '../../dialogs/intents';
import { INTENTS } from '../../knowledge/schema';
import { knowledgeBase } from '../support/knowledge';

// An intent without a route does not compile: here "sources" is left out of a copy of the table.
const { sources: _unrouted, ...withoutSources } = INTENT_ROUTES;
// @ts-expect-error Property 'sources' is missing
export const missingRoute: IntentRoutes = withoutSources;

// A knowledge answer fits an intent the knowledge base answers ("hello" gets a greeting from it)...
export const knowledgeRoute: IntentRoutes = { ...INTENT_ROUTES, greeting: { answer: question, midFlow: 'step' } };
// ...but not one it does not ("help" is no question).
// @ts-expect-error 'help' is not a QuestionIntent
export const wrongRoute: IntentRoutes = { ...INTENT_ROUTES, help: { answer: question, midFlow: 'help' } };

// Nor an intent name that does not exist.
// @ts-expect-error 'nutritionTips' is not an Intent
export const unknownIntent: IntentRoutes = { ...INTENT_ROUTES, nutritionTips: INTENT_ROUTES.thanks };

// Nor a mid-flow behaviour the interruption step does not know.
// @ts-expect-error '"pause"' is not a MidFlow
export const unknownMidFlow: MidFlow = 'pause';

describe('the intent registry', () => {
  it('routes every intent, and nothing else', () => {
    expect(Object.keys(INTENT_ROUTES).sort()).toEqual([...INTENTS].sort());
    for (const intent of INTENTS) expect(typeof INTENT_ROUTES[intent].answer, intent).toBe('function');
  });

  it('every intent with cues in intents.json has a route', () => {
    const cued = knowledgeBase().data.intentCues.intents.map((i) => i.intent);
    for (const intent of cued) expect(INTENT_ROUTES[intent], intent).toBeDefined();
  });

  it('says what each intent does mid-flow; knowledge questions are answered as questions', () => {
    const byKind = (kind: MidFlow) =>
      INTENTS.filter((i) => INTENT_ROUTES[i].midFlow === kind)
        .slice()
        .sort();
    expect(byKind('end')).toEqual(['cancel', 'forgetMe', 'goodbye']);
    expect(byKind('restart')).toEqual(['startOver']);
    expect(byKind('help')).toEqual(['help']);
    expect(byKind('repeat')).toEqual(['repeat']);
    expect(byKind('first')).toEqual(['checkInRequest', 'stopCheckIns', 'summary', 'whatDoYouKnow']);
    expect(byKind('aside')).toEqual(['aboutBot', 'capabilities', 'feedback', 'handoff', 'personalDetails', 'thanks']);
    // Every 'question' intent is one the knowledge base answers.
    for (const intent of byKind('question')) expect(QUESTION_INTENTS as readonly string[]).toContain(intent);
  });

  it('privacy answers are never kept for "say that again"', () => {
    expect(INTENT_ROUTES.forgetMe.repeatable).toBe(false);
    expect(INTENT_ROUTES.whatDoYouKnow.repeatable).toBe(false);
    // Nor commands that change what is kept (check-ins, ratings).
    for (const intent of ['checkInRequest', 'stopCheckIns', 'feedback'] as const)
      expect(INTENT_ROUTES[intent].repeatable, intent).toBe(false);
  });
});
