/**
 * What the bot says about check-ins: the offer after a symptom check, the plan, the check-in itself and
 * what follows each answer. Worse, or the same two weeks on, means a doctor (with the summary to show
 * them); better closes; the same earlier gives self-care reminders and one more offer. Never a
 * diagnosis: the reminders are the same general advice the result gave.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { NutrientId } from '../../knowledge/schema';
import { NUTRIENT_IDS } from '../../knowledge/schema';
import { inSentence } from '../answers/format';
import { headline } from '../answers/urgency';
import type { AssessmentEngine } from '../interview/assessmentEngine';
import type { InterviewAnswers } from '../../knowledge/scoring/assess';
import { symptomsSaidBack } from '../interview/interviewWording';
import { type Block, type Reply, list, note, reply, text } from '../replies/replyModel';
import { dayName, howFarAhead } from './checkInTime';

export const OFFER_CHOICES = ['In 2 weeks', 'In 1 week', 'In 3 days', 'No thanks'];
export const AGAIN_CHOICES = ['In 1 week', 'In 2 weeks', 'No thanks'];
export const ANSWER_CHOICES = ['Better', 'The same', 'Worse', 'Stop check-ins'];

const URGENT_SIGNS =
  'Chest pain, trouble breathing, fainting, a seizure or sudden weakness need emergency care right away: call your local emergency number.';

export function checkInOffer(): Reply {
  return reply('checkIn', {
    blocks: [
      text(
        'Shall I check in with you to see how you’re doing? In 3 days, 1 week or 2 weeks: two weeks is when symptoms that haven’t settled are worth a doctor’s look.',
      ),
      text('You can also name a day, like “next Monday”, or say “no thanks”.'),
    ],
    suggestions: OFFER_CHOICES,
  });
}

export function checkInPlanned(dueAt: number, now: number, timeZone?: string): Reply {
  return reply('checkIn', {
    blocks: [
      text(
        `OK, I’ll check in with you ${howFarAhead(dueAt, now)}, on ${dayName(dueAt, timeZone)}, here in this chat. Say “stop check-ins” any time to cancel.`,
      ),
    ],
  });
}

export function checkInDeclined(): Reply {
  return reply('checkIn', {
    blocks: [text('OK, no check-in. You can come back any time and tell me how it’s going.')],
  });
}

export function whenAgain(): Reply {
  return reply('checkIn', {
    blocks: [
      text(
        'I can check in from tomorrow up to eight weeks from now. When would suit you? For example “in 10 days” or “next Monday”.',
      ),
    ],
    suggestions: OFFER_CHOICES,
  });
}

export function noCheckToFollow(): Reply {
  return reply('checkIn', {
    blocks: [
      text(
        'I can check in with you after a symptom check: I then ask how you are a few days or weeks later. Would you like to do one now?',
      ),
    ],
    suggestions: ['Check my symptoms'],
  });
}

/** "Check in with me" in the middle of a symptom check: its result comes first. */
export function checkInAfterFlow(): Reply {
  return reply('checkIn', {
    blocks: [
      text(
        'Let’s finish this symptom check first: when it says self-care or a doctor in the next few days, I’ll offer to check in with you.',
      ),
    ],
  });
}

export function noCheckInAfterUrgent(kb: KnowledgeBase): Reply {
  return reply('checkIn', {
    blocks: [
      text(
        `Your symptom check said: ${inSentence(headline(kb, 'today'))}. A check-in can’t replace that, so I haven’t planned one: please see a doctor first.`,
      ),
    ],
    healthInfo: true,
  });
}

export function cannotReachHere(): Reply {
  return reply('checkIn', {
    blocks: [text('I can’t send you a message later in this chat, so I can’t plan a check-in here.')],
  });
}

export function checkInsStopped(had: boolean): Reply {
  return reply('checkIn', {
    blocks: [
      text(
        had
          ? 'Done: I’ve cancelled your check-in and won’t message you about it.'
          : 'There is no check-in planned, so there is nothing to stop.',
      ),
    ],
  });
}

/** The check-in itself, sent days later in the same conversation. */
export function checkInQuestion(
  kb: KnowledgeBase,
  answers: InterviewAnswers,
  takenAt: number,
  timeZone?: string,
): Reply {
  const said = symptomsSaidBack(kb, answers.symptoms);
  return reply('checkIn', {
    title: 'Checking in',
    blocks: [
      text(
        `Hi, it’s NutriBot. On ${dayName(takenAt, timeZone)} you did a symptom check with me${said ? ` about ${said}` : ''}. How are you now compared with then?`,
      ),
      note('info', 'If anything feels urgent, call your local emergency number.'),
    ],
    suggestions: ANSWER_CHOICES,
  });
}

/** Worse, or no better two weeks on: a doctor should look, with the summary to show them. */
export function seeDoctorNow(kb: KnowledgeBase, reason: 'worse' | 'lasting' | 'advised'): Reply {
  const doctor = kb.data.guidance.whenToSeeADoctor;
  const persist = doctor.find((f) => /worse/i.test(f.text)) ?? doctor.find((f) => /persist/i.test(f.text));
  const lasting = kb.data.triage.rules.find((r) => r.id === 'long-duration');
  const lead = {
    worse: 'Symptoms that get worse should be checked by a doctor.',
    lasting: 'Symptoms that are still there two weeks on should be checked by a doctor.',
    advised: `Your symptom check said: ${inSentence(headline(kb, 'soon'))}. As it hasn’t got better, please do.`,
  }[reason];
  const facts = [persist, reason === 'lasting' ? lasting?.advice : undefined].filter(
    (f): f is { text: string; source: string } => Boolean(f),
  );
  return reply('doctor', {
    title: headline(kb, 'soon'),
    blocks: [
      text(lead),
      ...facts.map((f) => text(f.text)),
      text('Here is a summary of your symptom check to show them.'),
      note('urgent', URGENT_SIGNS),
    ],
    healthInfo: true,
    sources: [...new Set(facts.map((f) => f.source))],
  });
}

export function gladBetter(): Reply {
  return reply('checkIn', {
    blocks: [
      text(
        'Good to hear you’re feeling better. I won’t check in again about this. If it comes back or changes, a new symptom check or your doctor can help.',
      ),
    ],
  });
}

const isNutrient = (id: string): id is NutrientId => (NUTRIENT_IDS as readonly string[]).includes(id);

/** The same as before, early on: the result's general advice again, and maybe one more check-in. */
export function stillTheSame(
  kb: KnowledgeBase,
  engine: AssessmentEngine,
  answers: InterviewAnswers,
  offerAgain: boolean,
): Reply {
  const assessment = engine.assess(answers);
  const reminders: string[] = [];
  const sources = new Set<string>();
  for (const item of assessment.ranked.slice(0, 2)) {
    if (isNutrient(item.candidate)) {
      const caution = assessment.cautions.find((c) => c.id.startsWith(item.candidate));
      if (caution) {
        reminders.push(caution.text);
        sources.add(caution.source);
        continue;
      }
      // The same diet as the result's food advice: a vegan is never reminded of clams.
      const diet = answers.factors.diet;
      const foods = kb
        .foodsRichIn(item.candidate, { diet: diet === 'vegan' || diet === 'vegetarian' ? diet : undefined, limit: 3 })
        .map((f) => f.food.name.toLowerCase());
      // Food names hold commas ("potato, baked, with skin"): semicolons keep them apart.
      reminders.push(`Foods with ${inSentence(kb.nutrient(item.candidate).name)}: ${foods.join('; ')}.`);
      sources.add('USDA_SR28');
    } else {
      const factor = kb.data.guidance.lifestyleFactors.find((f) => f.id === item.candidate);
      for (const advice of factor?.advice.slice(0, 2) ?? []) {
        reminders.push(advice.text);
        sources.add(advice.source);
      }
    }
  }
  const blocks: Block[] = [
    text('Thanks for telling me. Some things that can help while it settles:'),
    ...(reminders.length ? [list(reminders)] : []),
    text(
      offerAgain
        ? 'Shall I check in again? If it hasn’t settled two weeks after your symptom check, please see a doctor.'
        : 'If it hasn’t settled two weeks after your symptom check, please see a doctor and show them your summary (say “summary”).',
    ),
  ];
  return reply('checkIn', {
    blocks,
    suggestions: offerAgain ? AGAIN_CHOICES : ['Summary'],
    healthInfo: true,
    sources: [...sources],
  });
}

/** "Better", "the same" or "worse" in the person's words, if the message says which. */
export function readCheckInAnswer(message: string): 'better' | 'same' | 'worse' | undefined {
  const m = message
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z ]+/g, ' ');
  if (/\b(no|not|isnt|hasnt|nothing) (any |much |a bit |really )?(better|improved|changed|different)\b/.test(m))
    return 'same';
  if (/\b(no|not) (any |much )?worse\b/.test(m)) return 'same';
  if (/\b(worse|worsening|worsened|getting bad|more often|spreading|terrible|awful)\b/.test(m)) return 'worse';
  if (/\b(better|improved|improving|gone|stopped|fine now|good now|all good|much less|cleared|resolved)\b/.test(m))
    return 'better';
  if (/\b(same|no change|unchanged|still there|still the same|about the same|not really|no different|still)\b/.test(m))
    return 'same';
  return undefined;
}
