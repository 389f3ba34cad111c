/**
 * V8 compiles a regular expression at its first use (to bytecode) and again at its second (to machine
 * code), and again for each kind of string it meets: one byte a character, or two once a message holds
 * an emoji, an accent or a curly apostrophe. Each step takes 0.1 to 0.8 ms for the recogniser's larger
 * patterns, so the first messages to reach a pattern paid several milliseconds. Reading a few messages
 * that reach them at start-up pays that once, before anyone is waiting.
 */

/** Messages that reach the recogniser's patterns: cues, amounts, doses, ages, life stages, durations. */
export const WARM_UP_MESSAGES: readonly string[] = [
  'what foods are high in magnesium and potassium for my legs?',
  'how much calcium is in 2 cups of spinach and half an avocado',
  'is 10,000 IU of vitamin D or 500mg magnesium too much for my 8 year old son',
  "I'm 34, female, 12 weeks pregnant and breastfeeding; cramps at night for 2 weeks",
  'and for kids? my dad is 78, my wife and our baby',
  'my calf keeps twitching since january, no tingling but numbness, why?',
  'does omeprazole lower magnesium? I take 40 mg daily with warfarin',
  'hola, gracias, bonjour',
  'thanks, bye! can I talk to a real person? repeat that please',
  'banana vs avocado: which has more potassium per 100g, and how many to eat?',
  'and for kids?',
  'how many mg of potassium in a banana',
  'can coffee make my eyelid twitch? hungover and my legs are cramping, why',
];

/** The same message as a string of two-byte characters (a curly apostrophe), read the same way. */
export function twoByte(message: string): string {
  return `${message} ’`;
}
