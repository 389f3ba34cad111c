/** The conversation's frame: welcome, help, small talk, and polite answers to what the bot can't use. */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import { type Reply, list, note, reply, text } from '../replies/replyModel';
import { suggest } from './nutrientAnswers';

const TRY_THESE = ['What foods have potassium?', 'What does magnesium do for my muscles?', suggest.check];

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
    blocks: [
      list([
        'Foods rich in a nutrient: “what foods have potassium?”, “vegan B12”, “calcium without dairy”',
        'What a nutrient does: “what does magnesium do for my muscles?”',
        'Signs of a deficiency: “symptoms of low vitamin D”, “who is at risk of low B12?”',
        'What a food provides: “what nutrients are in lentils?”, “how much potassium in a baked potato?”',
        'A guided symptom check: “my calf keeps jumping” or “check my symptoms”',
        'Where a fact comes from: “source?” after any answer',
      ]),
      text('Say “cancel” or “start over” at any time.'),
    ],
    suggestions: TRY_THESE,
  });
}

export function greeting(): Reply {
  return reply('smallTalk', {
    blocks: [text('Hello! What would you like to know about nutrition and your muscles?')],
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

export function outOfScope(): Reply {
  return reply('fallback', {
    blocks: [
      text(
        'Sorry, that’s outside what I know. I cover five nutrients that matter for muscles and nerves (magnesium, calcium, potassium, vitamin D and vitamin B12): the foods that supply them, what they do, the signs of running low, and a guided symptom check.',
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

export function askWhichNutrient(kb: KnowledgeBase, what: 'foods' | 'role' | 'signs' | 'risk'): Reply {
  const names = [...kb.data.nutrients.values()].map((n) => n.name);
  return reply('clarify', {
    blocks: [text('Which nutrient do you mean?')],
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
