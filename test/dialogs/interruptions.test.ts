/**
 * One way to interrupt: every intent, said in the middle of a flow, does what its route's midFlow says
 * (dialogs/intents.ts), through the one interruption step (dialogs/flows/flowDialog.ts). Driven by the
 * registry, so a new intent needs an example here (the table is typed over every intent) and is then
 * checked in every flow.
 */
import type { TestAdapter } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { INTENT_ROUTES } from '../../dialogs/intents';
import { INTENTS, type Intent } from '../../knowledge/schema';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';
import { checkInBot } from '../support/checkInBot';
import { say, texts } from '../support/testBot';

/** The bot as it ships: check-ins and feedback on (the in-process scheduler and insights). */
const bot = () => checkInBot();

/** A message for each intent, as a person would say it. */
const EXAMPLES: Record<Intent, string> = {
  greeting: 'hello',
  thanks: 'thank you',
  help: 'help',
  cancel: 'cancel',
  repeat: 'can you repeat that',
  capabilities: 'what can you do',
  aboutBot: 'are you a doctor?',
  handoff: 'can I talk to a real person',
  goodbye: 'bye',
  startOver: 'start over',
  foodsForNutrient: 'what foods have potassium?',
  nutrientRole: 'what does magnesium do?',
  deficiencySigns: 'what are the signs of low vitamin d?',
  whoIsAtRisk: 'who is at risk of low b12?',
  nutrientsInFood: 'what nutrients are in lentils?',
  foodNutrientAmount: 'how much potassium is in a banana?',
  compareFoods: 'which has more potassium, a banana or an avocado?',
  mealTotal: 'I had 2 bananas and a cup of milk, how much potassium is that?',
  howMany: 'how many bananas to reach my daily potassium?',
  selfCare: 'how do I stop a leg cramp?',
  symptomCheck: 'is it normal that my eyelid twitches?',
  lifestyle: 'can stress cause twitching?',
  seeDoctor: 'when should I see a doctor?',
  supplements: 'should I take magnesium supplements?',
  dailyNeeds: 'how much magnesium do I need?',
  medicine: 'does omeprazole lower magnesium?',
  personalDetails: 'I’m a 29 year old woman',
  sources: 'source?',
  whatDoYouKnow: 'what do you know about me',
  forgetMe: 'forget me',
  summary: 'summary',
  outOfScope: 'what is the capital of france?',
  empty: '',
  otherLanguage: 'hola, ¿qué tal?',
  checkInRequest: 'check in with me in 10 days',
  stopCheckIns: 'stop check-ins',
  feedback: 'that was helpful',
};

/** A flow as the interruption tests drive it: add each new flow here, and every intent is tried in it. */
interface FlowUnderTest {
  /** How its replies name it. */
  name: string;
  /** A conversation in the flow, at a step where every interruption is tried. */
  begin(): Promise<TestAdapter>;
  /** That step's question. */
  step: RegExp;
  /** The flow's help at that step. */
  help: RegExp;
  /** Its first question after "start over". */
  restarted: RegExp;
  /** A second message the step cannot use skips the step. */
  skipped: RegExp;
  /** Routes that answer differently inside the flow (dialogs/intents.ts), and what they say there. */
  answeredInFlow: Partial<Record<Intent, RegExp>>;
}

const SYMPTOM_CHECK: FlowUnderTest = {
  name: 'symptom check',
  async begin() {
    const { adapter } = bot();
    await say(adapter, 'my calves cramp');
    expect(texts(await say(adapter, 'that’s all'))).toMatch(this.step);
    return adapter;
  },
  step: /First, a quick safety check/,
  help: /These signs need urgent care, so I check them first[\s\S]*“back” to change your last answer/,
  restarted: /What are you noticing/,
  skipped: /skip that one/,
  answeredInFlow: {
    summary: /Your summary comes at the end, with your result/,
    whatDoYouKnow: /The symptom check in progress: 1 symptom\(s\) and 0 answer\(s\) so far/,
    // Inside a flow a symptom question is answered; outside, it starts the symptom check.
    symptomCheck: /Muscle twitching can be linked to low levels of magnesium/,
    // Outside, there is no symptom check to follow up yet; inside, the offer comes at its end.
    checkInRequest: /Let’s finish this symptom check first: when it says self-care/,
  },
};

const FLOWS: FlowUnderTest[] = [SYMPTOM_CHECK];

/** The first thing the bot says to the message outside any flow: its route's own answer. */
async function answerOutsideAFlow(text: string): Promise<string> {
  const { adapter } = bot();
  const replies = await say(adapter, text);
  return replies[0]?.text ?? '';
}

const recognizer = new Recognizer(knowledgeBase());

describe.each(FLOWS)('every intent in the $name does what its route says mid-flow', (flow) => {
  it.each(INTENTS.map((intent) => [intent, EXAMPLES[intent], INTENT_ROUTES[intent].midFlow] as const))(
    '%s ("%s"): %s',
    async (intent, text, midFlow) => {
      expect(recognizer.recognize(text).intent, 'the example is recognised as its intent').toBe(intent);
      const adapter = await flow.begin();
      const reply = texts(await say(adapter, text));
      switch (midFlow) {
        case 'end': {
          expect(reply).not.toMatch(flow.step);
          expect(reply).toContain(await answerOutsideAFlow(text));
          // The flow is over: the next message is routed afresh.
          const next = texts(await say(adapter, 'what foods have potassium'));
          expect(next).toMatch(/Potassium: best food sources/);
          expect(next).not.toMatch(flow.step);
          break;
        }
        case 'restart':
          expect(reply).toMatch(/start again/);
          expect(reply).toMatch(flow.restarted);
          break;
        case 'help':
          expect(reply).toMatch(flow.help);
          expect(reply).toMatch(flow.step);
          break;
        case 'repeat':
          expect(reply).toMatch(/Here is my question again:/);
          expect(reply).toMatch(flow.step);
          break;
        case 'first':
        case 'question':
        case 'aside': {
          const inFlow = flow.answeredInFlow[intent];
          if (inFlow) expect(reply).toMatch(inFlow);
          else expect(reply).toContain(await answerOutsideAFlow(text));
          if (midFlow === 'question') expect(reply).toContain(`Now, back to your ${flow.name}.`);
          expect(reply).toMatch(flow.step);
          // Never counted as a failed answer: said again, the step is still asked, not skipped.
          const again = texts(await say(adapter, text));
          expect(again).not.toMatch(flow.skipped);
          expect(again).toMatch(flow.step);
          break;
        }
        case 'step': {
          // Left to the step, which cannot use it: a miss, and the second one skips the step.
          expect(reply).toMatch(flow.step);
          expect(reply).not.toContain(await answerOutsideAFlow(text));
          expect(texts(await say(adapter, text))).toMatch(flow.skipped);
          break;
        }
      }
    },
  );

  it('an emergency ends it after the emergency advice, and the next message starts afresh', async () => {
    const adapter = await flow.begin();
    const replies = await say(adapter, 'my chest hurts');
    expect(replies[0]?.text).toMatch(/This needs urgent medical care now/);
    expect(texts(replies)).toContain(`I’ve stopped the ${flow.name} so you can get help now`);
    expect(texts(replies)).not.toMatch(flow.step);
    expect(texts(await say(adapter, 'hello'))).not.toMatch(flow.step);
  });
});

describe('warnings in the symptom check', () => {
  it('with a question, the warning comes first, then the answer, then the step again', async () => {
    const adapter = await SYMPTOM_CHECK.begin();
    const replies = await say(adapter, 'my heart keeps skipping beats, what foods have potassium?');
    const all = texts(replies);
    expect(replies[0]?.text).toMatch(/Please see a doctor today/);
    expect(all.indexOf('Potassium: best food sources')).toBeGreaterThan(0);
    expect(all).toMatch(/Now, back to your symptom check\.[\s\S]*First, a quick safety check/);
  });

  it('a warning told mid-flow is said once, and the flow keeps it', async () => {
    const adapter = await SYMPTOM_CHECK.begin();
    const replies = await say(adapter, 'my heart keeps skipping beats');
    expect(replies.filter((r) => /Please see a doctor today/.test(r.text ?? ''))).toHaveLength(1);
    // The first safety list goes on to the second, which says back what was told.
    expect(texts(await say(adapter, 'none of these'))).toMatch(/You told me about an irregular/);
  });
});

describe('a question in a later sentence of an answer', () => {
  it('is answered, then the step is asked again', async () => {
    const adapter = await SYMPTOM_CHECK.begin();
    const all = texts(
      await say(
        adapter,
        "meat, dairy, normal stuff really. what's the daily amount of magnesium for a bloke my age? I'm 52",
      ),
    );
    expect(all).toMatch(/Recommended for a man aged 52: 420 mg of magnesium a day/);
    expect(all).toMatch(/Now, back to your symptom check\./);
  });
});

describe('the pending step is kept across interruptions', () => {
  it('a question at an adaptive question is answered, then the same question is asked again', async () => {
    const { adapter } = bot();
    await say(adapter, 'I keep getting cramps');
    await say(adapter, 'that’s all');
    await say(adapter, 'none');
    const question = texts(await say(adapter, 'none'));
    expect(question).toMatch(/kidney/);
    const reply = texts(await say(adapter, 'what does magnesium do?'));
    expect(reply).toMatch(/Magnesium/);
    expect(reply).toMatch(/back to your symptom check[\s\S]*kidney/);
  });

  it('an answer that looks like a question is an answer when the step can use it', async () => {
    const { adapter } = bot();
    await say(adapter, 'I keep getting cramps');
    await say(adapter, 'that’s all');
    await say(adapter, 'none');
    expect(texts(await say(adapter, 'none'))).toMatch(/kidney/);
    const reply = texts(await say(adapter, 'not sure?'));
    expect(reply).not.toMatch(/back to your symptom check/);
    expect(reply).not.toMatch(/kidney disease, or take a medicine that raises potassium\?/);
  });
});
