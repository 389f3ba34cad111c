/** The conversation's frame: welcome, help, small talk, and polite answers to what the bot can't use. */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { type Reply, list, note, reply, text } from '../replies/replyModel';
import { inSentence, joinWords } from './format';
import { suggest } from './nutrientAnswers';
import { EMERGENCY_NUMBERS } from './urgency';

const TRY_THESE = ['What foods have potassium?', 'What does magnesium do for my muscles?', suggest.check];

const WHAT_I_CAN_DO = [
  'Foods rich in a nutrient: “what foods have potassium?”, “vegan B12”, “calcium without dairy”',
  'What a nutrient does: “what does magnesium do for my muscles?”',
  'Signs of a deficiency: “symptoms of low vitamin D”, “who is at risk of low B12?”',
  'What a food provides: “what nutrients are in lentils?”, “how much potassium in a baked potato?”',
  'A guided symptom check: “my calf keeps jumping” or “check my symptoms”',
  'Where a fact comes from: “source?” after any answer',
];

export function welcome(kb: KnowledgeBase): Reply {
  return reply('welcome', {
    title: 'Hi, I’m NutriBot 👋',
    blocks: [
      text(
        'I help you understand how five nutrients (magnesium, calcium, potassium, vitamin D and vitamin B12) affect muscle twitching and cramps, which foods supply them, and when to see a doctor.',
      ),
      text('Try one of these:'),
      list(TRY_THESE),
      note('info', kb.data.guidance.disclaimer),
    ],
    suggestions: TRY_THESE,
  });
}

export function help(): Reply {
  return reply('help', {
    title: 'What I can do',
    // A bare "help" says nothing of what the person needs: asked back, with what can be asked.
    blocks: [
      text('Could you tell me what you’d like help with? For example:'),
      list(WHAT_I_CAN_DO),
      text('Say “cancel” or “start over” at any time.'),
    ],
    suggestions: TRY_THESE,
  });
}

export function capabilities(): Reply {
  return reply('help', {
    title: 'What I can do',
    blocks: [
      text(
        'I give general information about five nutrients that matter for muscles and nerves (magnesium, calcium, potassium, vitamin D and vitamin B12):',
      ),
      list(WHAT_I_CAN_DO),
      text(
        'I can’t examine you, diagnose, prescribe or recommend doses, and I’m not for emergencies: for those, please contact a doctor, a pharmacist or your emergency number.',
      ),
    ],
    suggestions: TRY_THESE,
  });
}

export function aboutBot(): Reply {
  return reply('smallTalk', {
    blocks: [
      text(
        'I’m NutriBot, a chatbot: a computer program, not a doctor, nurse or any other person. I give general information about nutrients, foods and muscle symptoms from trusted sources, and I can’t examine you, diagnose or prescribe.',
      ),
      text('For advice about your own health, please talk to a doctor or pharmacist.'),
    ],
    suggestions: ['What can you do?', 'Talk to a person', suggest.check],
  });
}

/** The bot cannot transfer a conversation: it says so and who to contact instead. */
export function handoff(contact?: string): Reply {
  return reply('smallTalk', {
    blocks: [
      text('I can’t pass you to a person: I’m a chatbot, and nobody else reads this chat. You can contact:'),
      list([
        ...(contact ? [contact] : []),
        'your doctor (GP), for anything about your own health',
        'a pharmacist, for medicines and supplements, usually without an appointment',
        'your local health advice line, when your doctor is closed',
      ]),
      note(
        'urgent',
        `If it’s urgent (chest pain, trouble breathing, fainting, sudden weakness), call your emergency number now (${EMERGENCY_NUMBERS}).`,
      ),
    ],
    suggestions: ['What can you do?', suggest.check],
  });
}

export function goodbye(): Reply {
  return reply('smallTalk', {
    blocks: [text('Goodbye, and take care! Come back any time you have a question about food and your muscles.')],
  });
}

export function nothingToRepeat(): Reply {
  return reply('fallback', {
    blocks: [
      text('I haven’t said anything yet that I can repeat. You could ask, for example, “what foods have potassium?”'),
    ],
    suggestions: TRY_THESE,
  });
}

export function greeting(): Reply {
  return reply('smallTalk', {
    blocks: [
      text(
        'Hello! I can help with magnesium, calcium, potassium, vitamin D and vitamin B12: the foods that supply them, how much you need, and a quick check of symptoms such as cramps or twitching. What would you like to know?',
      ),
    ],
    suggestions: TRY_THESE,
  });
}

export function thanks(): Reply {
  return reply('smallTalk', {
    blocks: [text('You’re welcome. Anything else I can help with?')],
    suggestions: TRY_THESE,
  });
}

export function cancelled(): Reply {
  return reply('smallTalk', {
    blocks: [text('OK, stopped. Ask me anything else whenever you like.')],
    suggestions: TRY_THESE,
  });
}

/** named: the words of the message that say what was asked ("tax return"), when they are plain enough to quote. */
export function outOfScope(named?: string): Reply {
  return reply('fallback', {
    blocks: [
      text(
        `Sorry, ${named ? `I can’t help with “${named}”: that’s` : 'that’s'} outside what I know. I cover five nutrients that matter for muscles and nerves (magnesium, calcium, potassium, vitamin D and vitamin B12): the foods that supply them, what they do, the signs of running low, and a guided symptom check.`,
      ),
    ],
    suggestions: TRY_THESE,
  });
}

export function emptyMessage(): Reply {
  return reply('fallback', {
    blocks: [text('I didn’t catch any words there. You can ask me something like “what foods have magnesium?”')],
    suggestions: TRY_THESE,
  });
}

export function otherLanguage(): Reply {
  return reply('fallback', {
    blocks: [text('Sorry, I only speak English so far. You could ask, for example, “what foods have potassium?”')],
    suggestions: TRY_THESE,
  });
}

/** When the message names something but the bot is unsure what is being asked. */
export function clarify(options: string[]): Reply {
  return reply('clarify', {
    blocks: [text('Just to be sure I answer the right question, did you mean one of these?')],
    suggestions: options.slice(0, 4),
  });
}

/** A word the bot could read two or three ways ("magnesum or manganese?"): it asks rather than guesses. */
export function whichWord(word: string, options: string[]): Reply {
  return reply('clarify', {
    blocks: [text(`I’m not sure what “${word}” means here. Did you mean one of these?`)],
    suggestions: options.slice(0, 3),
  });
}

/** Where to read about anything else: one reliable source for every vitamin and mineral. */
export const ODS_POINTER =
  'For other vitamins and minerals, the NIH Office of Dietary Supplements has a reliable fact sheet on each (ods.od.nih.gov).';

/** A nutrient the bot does not cover: named back, and the five it does cover, with no table standing in. */
export function notCovered(kb: KnowledgeBase, asked: string[], food?: string): Reply {
  const covered = [...kb.data.nutrients.values()].map((n) => n.name);
  return reply('fallback', {
    blocks: [
      text(
        `Sorry, I don’t have information about ${joinWords(asked)}: it isn’t one of the nutrients I cover. I cover five that matter for muscles and nerves: ${joinWords(covered.map(inSentence))}.`,
      ),
      ...(food ? [text(`I can tell you how much of those five ${inSentence(food)} provides.`)] : []),
      text(ODS_POINTER),
    ],
    sources: ['ODS_FACT_SHEETS'],
    suggestions: [
      ...(food ? [`What nutrients are in ${inSentence(food)}?`] : []),
      ...covered.slice(0, 3).map(suggest.foods),
    ],
  });
}

export function askWhichNutrient(kb: KnowledgeBase, what: 'foods' | 'role' | 'signs' | 'risk' | 'needs'): Reply {
  const names = [...kb.data.nutrients.values()].map((n) => n.name);
  const listed = names.map(inSentence);
  return reply('clarify', {
    blocks: [text(`Which nutrient do you mean: ${listed.slice(0, -1).join(', ')} or ${listed.at(-1)}?`)],
    suggestions: names.map((n) => suggest[what](n)),
  });
}

export function somethingWentWrong(): Reply {
  return reply('error', {
    blocks: [text('Sorry, something went wrong on my side. I’ve reset our conversation, so please ask again.')],
    suggestions: TRY_THESE,
  });
}

export function storageUnavailable(): Reply {
  return reply('error', {
    blocks: [
      text(
        'Sorry, I can’t reach my memory for a moment, so I couldn’t take that in. Nothing you told me is lost: please try again in a minute.',
      ),
    ],
  });
}

export function attachmentsOnly(): Reply {
  return reply('fallback', {
    blocks: [
      text(
        'I can only read text for now, so I can’t look at files or images. You could describe it in words, for example “my calf keeps twitching”.',
      ),
    ],
    suggestions: TRY_THESE,
  });
}

/**
 * Said before the answer to a message longer than the part the bot reads (warningScreen.ts SCREEN_CHARS):
 * what came after it was not read, red flags included, so the person is told rather than left to assume.
 */
export function readFirstPartOnly(readChars: number): Reply {
  return reply('fallback', {
    blocks: [
      text(
        `That’s a long message, so I read only its first ${readChars.toLocaleString('en-US')} characters. If something urgent came after that, please send that part on its own, or call your local emergency number if you need help now.`,
      ),
    ],
  });
}

export function slowDown(): Reply {
  return reply('fallback', {
    blocks: [
      text('You’re sending messages faster than I can keep up with. Please wait a few seconds, then try again.'),
    ],
  });
}

/** After emergency advice: the symptom check waits until the person is safe and asks for it. */
export function afterEmergency(): Reply {
  return reply('smallTalk', {
    blocks: [
      text(
        'Please get that help first. When you are safe and want to, say “check my symptoms” and we can go through the nutrition side.',
      ),
    ],
  });
}
