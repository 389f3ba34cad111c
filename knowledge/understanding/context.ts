/**
 * Facts people give in passing ("for two weeks", "at night", "I'm pregnant", "my 8 year old"): read from
 * any message so the interview uses them instead of asking again, and so triage knows the life stage.
 */
import type { LifeStage } from '../triage/triageRules';
import { isDenied, normalizeForScreen } from '../triage/warningScreen';

export interface MessageContext {
  /** How long it has been going on, in the interview's terms. */
  duration?: 'days' | 'weeks' | 'months';
  /** When it happens, if said. */
  timing?: 'night' | 'exercise';
  lifeStages: LifeStage[];
}

const COUNT_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  couple: 2,
  'a couple': 2,
  'a couple of': 2,
  'couple of': 2,
  few: 3,
  'a few': 3,
  several: 4,
  many: 6,
  some: 3,
};
const UNIT_DAYS: Record<string, number> = { day: 1, week: 7, month: 30, year: 365, yr: 365, wk: 7, mo: 30 };
const SPAN =
  /\b(\d+|a couple of|couple of|a couple|a few|an|a|one|two|three|four|five|six|seven|eight|nine|ten|couple|few|several|many|some)\s*(?:or (?:so|two|three)\s*)?(day|week|month|year|yr|wk|mo)s?\b/g;
const MONTHS_AGO =
  /\b(since|from) (about |around |last |early |late |the )?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|christmas|last year|the new year)\b|\b(ages|a long time|forever|for years|years now|ever since|all (winter|summer|autumn|year|spring)|for months|months now|chronic|long[ -]term|for ages|last year|since long|long time|half (a )?year|month-long|months-long)\b/;
const DAYS_AGO =
  /\b(since (yesterday|this morning|last night|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|this morning|last night|just started|started yesterday|this week)\b/;
const SINCE_LAST_WEEK = /\bsince last week\b/;

const NIGHT =
  /\b(at night|nights?|nightly|in bed|in my sleep|while (i'?m )?(sleeping|asleep)|wakes? me( up)?|woke me( up)?|waking me( up)?|middle of the night|bedtime|overnight|nocturnal)\b/;
const EXERCISE =
  /\b(after|during|while) (my )?(exercise|exercising|running|a run|runs|long runs|the gym|gym|workouts?|working out|training|football|soccer|cycling|swimming|a game|matches|hiking|a marathon|marathon)\b/;

const PREGNANT =
  /\b(pregnan\w*|preggo|preggers|we'?re expecting|expecting (our|my|a|the) (first|second|third|baby|child|little one)|expecting a baby|im expecting|i'?m expecting|trimester|weeks along|my bump|with child|expecting (twins|triplets)|\d{1,2} weeks (gone|pregnant|along))\b/;
const BREASTFEEDING =
  /\b(breast ?feeding|breast-feeding|nursing (my|a) (baby|newborn)|nursing (mum|mom|mother)|lactating|breastfed|pumping milk)\b/;
const CHILD =
  /\b(my|our|his|her) (little (girl|boy|one|lad)|\d{1,2}[ -]?(year|yr)s?[ -]?old|\d{1,2} ?(yo|y\/o|yrs?)|son|daughter|kid|kids|child|children|boy|girl|toddler|baby|teen|teenager|little one|grandson|granddaughter)\b|\b(son|daughter|kid|child|toddler)('s| is| has| keeps| gets| complains| wakes)\b|\b(my|our|his|her) \d{1,2}[ -]?(year|yr)[ -]?olds?'?\b|\b\d{1,2} ?(yo|y\/o|year old|yr old) (son|daughter|boy|girl|kid|child)\b|^(vegan |vegetarian )?(toddler|baby|infant)\b|\b(vegan|vegetarian) (toddler|baby|child|kid)\b/;

function spanDays(text: string): number | undefined {
  let longest: number | undefined;
  SPAN.lastIndex = 0;
  for (let m = SPAN.exec(text); m; m = SPAN.exec(text)) {
    // "a 2 day old" or "3 times a day" are not durations; "for/since/past/about" make them so, or "ago".
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    if (
      !/\b(for|since|past|last|about|around|over|almost|nearly|like|maybe|already|now|been|the past|the last|on|than|lasted|lasting|going on)\s*$/.test(
        before,
      ) &&
      !/^\s*(ago|now|straight|running|or so)/.test(after)
    )
      continue;
    if (/\bold\b/.test(after)) continue;
    const count = /^\d+$/.test(m[1]!) ? Number(m[1]) : (COUNT_WORDS[m[1]!] ?? 1);
    const days = count * UNIT_DAYS[m[2]!]!;
    longest = Math.max(longest ?? 0, days);
  }
  return longest;
}

export function durationOf(text: string): MessageContext['duration'] {
  const days = spanDays(text);
  if (days !== undefined) return days < 14 ? 'days' : days < 60 ? 'weeks' : 'months';
  if (MONTHS_AGO.test(text)) return 'months';
  if (SINCE_LAST_WEEK.test(text)) return 'days';
  if (DAYS_AGO.test(text)) return 'days';
  return undefined;
}

function mentionedAndNotDenied(text: string, pattern: RegExp): boolean {
  const m = pattern.exec(text);
  return Boolean(m) && !isDenied(text.slice(0, m!.index));
}

export function readContext(message: string): MessageContext {
  const text = normalizeForScreen(message);
  const lifeStages: LifeStage[] = [];
  if (mentionedAndNotDenied(text, PREGNANT)) lifeStages.push('pregnant');
  if (mentionedAndNotDenied(text, BREASTFEEDING)) lifeStages.push('breastfeeding');
  if (CHILD.test(text)) lifeStages.push('child');
  const duration = durationOf(text);
  const timing = NIGHT.test(text) ? 'night' : EXERCISE.test(text) ? 'exercise' : undefined;
  return { lifeStages, ...(duration ? { duration } : {}), ...(timing ? { timing } : {}) };
}
