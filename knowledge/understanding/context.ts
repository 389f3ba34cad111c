/**
 * Facts people give in passing ("for two weeks", "at night", "I'm pregnant", "my 8 year old", "41 M",
 * "my dad, he's 78"): read from any message so the interview uses them instead of asking again, triage
 * knows the life stage, and daily needs are given for the right person.
 */
import type { AgeGroup, Sex } from '../intakes/dailyNeeds';
import { mentionedAnswers } from '../scoring/matchAnswer';
import type { AssessmentModel } from '../scoring/assessmentSchema';
import type { LifeStage } from '../triage/triageRules';
import { UNCERTAIN, isDenied, normalizeForScreen } from '../triage/warningScreen';

/** Who a message is about, as far as it says: the person writing, or someone they ask about. */
export interface PersonDetails {
  /** self: "I'm 52"; other: "my son is 9", "for a 70-year-old man", "babies". */
  who: 'self' | 'other';
  ageMonths?: number;
  group?: AgeGroup;
  sex?: Sex;
  /** A parent, carer or grown-up child asking about a family member ("my son", "my mum"). */
  relation?: 'child' | 'parent' | 'grandparent' | 'grandchild' | 'partner' | 'relative';
}

export interface MessageContext {
  /** How long it has been going on, in the interview's terms. */
  duration?: 'days' | 'weeks' | 'months';
  /** When it happens, if said. */
  timing?: 'night' | 'exercise';
  lifeStages: LifeStage[];
  /** Age, sex or group of whoever the message is about, when it says any. */
  person?: PersonDetails;
  /**
   * The writer's own age and sex when the message tells them apart from the other person's ("my daughter is
   * 2 and I'm a 40 year old woman"): `person` is then the other person.
   */
  writer?: PersonDetails;
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
const UNIT_DAYS: Record<string, number> = {
  day: 1,
  week: 7,
  fortnight: 14,
  month: 30,
  year: 365,
  yr: 365,
  wk: 7,
  mo: 30,
};
const SPAN =
  /\b(\d+|a couple of|couple of|a couple|a few|an|a|one|two|three|four|five|six|seven|eight|nine|ten|couple|few|several|many|some)\s*(?:or (?:so|two|three)\s*)?(day|week|fortnight|month|year|yr|wk|mo)s?\b/g;
const MONTHS_AGO =
  /\b(since|from) (about |around |last |early |late |the )?(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|spring|summer|autumn|fall|winter|christmas|xmas|easter|last year|the new year|new year)\b|\b(just )?after (christmas|xmas|new year|the new year|easter)\b|\b((?<!\bin )ages|a long time|forever|for years|years now|ever since|all (winter|summer|autumn|year|spring)|for months|months now|chronic|long[ -]term|for ages|last year|since long|long time|half (a )?year|month-long|months-long)\b/;
const DAYS_AGO =
  /\b(since (yesterday|this morning|last night|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|this morning|last night|just started|started (on )?(yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|at the weekend|this week)|this week)\b/;
const SINCE_LAST_WEEK = /\bsince last week\b/;

const NIGHT =
  /\b(at night|nights?|nightly|in bed|in my sleep|while (i'?m )?(sleeping|asleep)|wakes? me( up)?|woke me( up)?|waking me( up)?|middle of the night|bedtime|overnight|nocturnal)\b/;
const EXERCISE =
  /\b(after|during|while) (my )?(exercise|exercising|running|a run|runs|long runs|the gym|gym|workouts?|working out|training|football|soccer|cycling|swimming|a game|matches|hiking|a marathon|marathon)\b/;

const PREGNANT =
  /\b(pregnan\w*|pregnent|pregant|pregnet|preg|\d{1,2} ?(?:wks?|weeks) (?:pg|preg)|bun in the oven|up the duff|knocked up|preggo|preggers|we'?re expecting|expecting (our|my|a|the) (first|second|third|baby|child|little one)|expecting a baby|im expecting|i'?m expecting|trimester|weeks along|my bump|with child|expecting (twins|triplets)|\d{1,2} weeks (gone|pregnant|along))\b/;
const BREASTFEEDING =
  /\b(breast ?feeding|breast-feeding|nursing (my|a) (baby|newborn)|nursing (mum|mom|mother)|lactating|breastfed|pumping milk)\b/;
const CHILD =
  /\bmy(son|daughter|kid|boy|girl|lad)\b|\b(my|our|his|her) (little (girl|boy|one|lad)|\d{1,2}[ -]?(year|yr)s?[ -]?old|\d{1,2} ?(yo|y\/o|yrs?)|son|daughter|kid|kids|child|children|boy|girl|toddler|baby|teen|teenager|little one|grandson|granddaughter)\b|\b(son|daughter|kid|child|toddler)('s| is| has| keeps| gets| complains| wakes)\b|\b(my|our|his|her) \d{1,2}[ -]?(year|yr)[ -]?olds?'?\b|\b\d{1,2} ?(yo|y\/o|year old|yr old) (son|daughter|boy|girl|kid|child)\b|^(vegan |vegetarian )?(toddler|baby|infant)\b|\b(vegan|vegetarian) (toddler|baby|child|kid)\b/;

/**
 * Just before "for <a span>", in the same statement: a diet, a medicine or a condition that the span tells the
 * length of ("vegan for 5 years", "on omeprazole for years", "metformin for my diabetes for about 10 years").
 */
const ON_IT_FOR =
  /\b(?:vegan|vegetarian|veggie|plant[- ]based|pescatarian|keto|diabetic|diabetes|(?:taking|been on|on) (?:my |the |a )?(?:\w+ )?(?:tablets?|pills?|meds|medication|medicines?|supplements?)|\w+(?:prazole|statin|pril|sartan|semide|thiazide|olol)|metformin|insulin|levothyroxine|thyroxine|lithium|digoxin|warfarin)\b(?:(?![.,;!?]|\b(?:and|but|so|now)\b)[^]){0,40}\bfor (?:about |around |roughly |nearly |almost |over |like |maybe |the (?:past|last) )?$/;

/** At most this many words: a message that is only an answer to "how long?". */
const SHORT_ANSWER_WORDS = 6;

function spanDays(text: string): number | undefined {
  const shortAnswer = text.trim().split(/\s+/).length <= SHORT_ANSWER_WORDS;
  let longest: number | undefined;
  SPAN.lastIndex = 0;
  for (let m = SPAN.exec(text); m; m = SPAN.exec(text)) {
    // "a 2 day old" or "3 times a day" are not durations; "for/since/past/about" make them so, or "ago".
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // A short answer that is the span itself ("couple of days", "roughly a fortnight") is one too.
    // A span that opens the message and ends its own statement answers "how long?" too ("2 days. calf is red").
    const leadsAnswer = text.slice(0, m.index).trim() === '' && /^\s*[.,;:!–—-]/.test(after);
    if (
      !shortAnswer &&
      !leadsAnswer &&
      !/\b(for|since|past|last|about|around|roughly|approx\w*|over|almost|nearly|like|maybe|already|now|been|the past|the last|on|than|lasted|lasting|going on|a good|just)\s*$/.test(
        before,
      ) &&
      !/^\s*(ago|now|straight|running|or so)/.test(after)
    )
      continue;
    // "a 2 day old", "24 weeks pregnant": an age or a stage, not how long something has gone on.
    if (/^\s*(old|preg\w*|gone|along|into|of preg\w*)/.test(after) || /\bold\b/.test(after)) continue;
    // "3 times a day", "2 tablets a day", "500 mg a day": how often, not how long.
    if (
      /\b(one|take|takes|taking|times|x|once|twice|thrice|tablets?|pills?|capsules?|caps|cups?|glasses?|mg|mcg|iu|units?|drinks?|coffees?|per|every|each)\s*$/.test(
        before,
      )
    )
      continue;
    // "vegan for 5 years", "metformin for my diabetes for about 10 years": how long a diet, a medicine or a
    // condition has gone on, not the symptoms.
    if (ON_IT_FOR.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
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

// --- Who the message is about ---------------------------------------------------------------------

/** Words after a number that make it something other than an age. */
const NOT_AN_AGE = String.raw`(?!\s?(?:weeks?|wks?|days?|months?|mos?|hours?|hrs?|minutes?|mins?|kg|kgs|lbs?|pounds|stone|st|cm|ft|feet|foot|inch|%|mg|mcg|µg|ug|iu|g|ml|times|x|pills?|tablets?|cups?|glasses|bananas?|mmol|meq|ng|nmol|pg|pmol)\b)`;
const AGE_PATTERNS: readonly {
  pattern: RegExp;
  months?: boolean;
  weeks?: boolean;
  plus?: number;
  person?: boolean;
}[] = [
  // "8 year old", "80-year-old", "2 yr old", "a 71 yr old woman", "6 months old"
  { pattern: /\b(\d{1,3})[ -]?(?:years?|yrs?|yr|y)[ -]?olds?\b/ },
  { pattern: /\b(\d{1,2})[ -]?(?:months?|mos?|mths?)[ -]?olds?\b/, months: true },
  // "my baby is 4 months", "she's only 10 weeks": a baby's age said without "old" (not "4 months pregnant").
  {
    pattern:
      /\b(?:baby|newborn|infant|little one|son|daughter|he|she|he'?s|she'?s|hes|shes)(?: is|'s)? (?:only |just |nearly |almost |about |now )?(\d{1,2}) ?(?:months?|mos?|mths?)\b(?! ?(?:ago|pregnant|preg|along|gone|later|on|of|into|in|postpartum|post|clean|sober|off|since|before|after)\b)/,
    months: true,
  },
  {
    pattern:
      /\b(?:baby|newborn|infant|little one|son|daughter|he|she|he'?s|she'?s|hes|shes)(?: is|'s)? (?:only |just |nearly |almost |about |now )?(\d{1,2}) ?(?:weeks?|wks?)(?:[ -]?old)?\b(?! ?(?:ago|pregnant|preg|along|gone|later|on|of|into|in|postpartum|post|clean|sober|off|since|before|after)\b)/,
    weeks: true,
  },
  { pattern: /\b(\d{1,2})[ -]?(?:weeks?|wks?)[ -]?olds?\b/, weeks: true },
  // "34 yo", "16yo", "10yo's", "12 y/o"
  { pattern: /\b(\d{1,3}) ?(?:yo|y\/o|y\.o\.?|yos)(?![a-z])/ },
  // "I'm 27", "im 52", "aged 70", "he's 78", "my son is 9", "my dad's 72", "my daughter (14)"
  {
    pattern: new RegExp(
      String.raw`\b(?:i'?m|i am|im|aged?|turned|turning|he'?s|she'?s|hes|shes|he is|she is|(?:son|daughter|kid|child|boy|girl|lad|lass|dad|father|mum|mom|mother|nan|gran|grandma|grandpa|grandad|granddad|granny|nana|grandmother|grandfather|husband|wife|partner|toddler|baby|teen|teenager)(?: is|'s| \())\s?(?:like |about |around |nearly |almost |only |just |roughly )?(\d{1,3})\b` +
        NOT_AN_AGE,
    ),
  },
  // "how much calcium do I need at 55": the age a need is asked for (never a result "came back at 12")
  { pattern: new RegExp(String.raw`\b(?:need|needs|require|requires) at (\d{2})\b` + NOT_AN_AGE) },
  // "41 M", "40 male", "64F", "F 52"
  { pattern: /\b(\d{2})\s?(?:m|f|male|female)\b/ },
  // "(F, 33)", "M 40", "female, 52"
  { pattern: /(?<!')\b(?:m|f|male|female),?\s?(\d{2})\b/ },
  // "someone over 50", "after 50": the next birthday's band
  { pattern: new RegExp(String.raw`\b(?:over|above|older than|after|past)\s(\d{2})\b` + NOT_AN_AGE), plus: 1 },
  // "in my 40s", "in her sixties" (digits only)
  { pattern: /\bin (?:my|his|her|their) (\d0)s\b/, plus: 5 },
  // "in her mid 30s", "early 60s", "late 70s" (decades in words are read as digits first)
  { pattern: /\bearly[ -]?(\d0)s\b/, plus: 2, person: true },
  { pattern: /\bmid[ -]?(\d0)s\b/, plus: 5, person: true },
  { pattern: /\blate[ -]?(\d0)s\b/, plus: 8, person: true },
  // "woman 35", "man, 40", "lady 62": an age written right after the person (not "a man 5 minutes ago")
  {
    pattern:
      /\b(?:woman|man|guy|lady|bloke)[,:]? (\d{2})\b(?![,.]?\d)(?! ?(?:mg|mcg|iu|g|kg|lbs?|kilos?|km|k|miles?|mins?|minutes?|hours?|hrs?|days?|weeks?|wks?|months?|times|x|%|cm|m|ft|pounds|stone)\b)/,
  },
  // "a bloke of 60", "a woman of 45", "a man aged 70"
  {
    pattern:
      /\b(?:man|woman|bloke|guy|lady|chap|gentleman|fella|fellow|person|someone|lad|gal) (?:of|aged?) (\d{2,3})\b(?! ?(?:mg|mcg|iu|g)\b)/,
  },
];
/** Decades and round ages in words ("her mid thirties", "over seventy"), read as digits. */
const DECADE_WORDS: Record<string, string> = {
  twenty: '20',
  twenties: '20s',
  thirty: '30',
  thirties: '30s',
  forty: '40',
  forties: '40s',
  fifty: '50',
  fifties: '50s',
  sixty: '60',
  sixties: '60s',
  seventy: '70',
  seventies: '70s',
  eighty: '80',
  eighties: '80s',
  ninety: '90',
  nineties: '90s',
};
const DECADE = new RegExp(`\\b(${Object.keys(DECADE_WORDS).join('|')})\\b`);
const DECADES = new RegExp(DECADE.source, 'g');
const decadeDigits = (text: string) => text.replace(DECADES, (word) => DECADE_WORDS[word] ?? word);

const ANY_GROUP =
  /\b(toddlers?|babies|baby|infants?|newborns?|teen\w*|adolescents?|kids?|child\w*|kiddos?|elderly|older|seniors?|pensioners?|the aged|adults?|grown ?ups?|grown|man|woman|guy|bloke|lady|gentleman)\b/;
const GROUPS: readonly [RegExp, AgeGroup | 'toddler'][] = [
  [/\b(toddlers?)\b/, 'toddler'],
  [/\b(babies|baby|infants?|newborns?)\b/, 'babies'],
  [/\b(teens?|teenagers?|adolescents?|teenage)\b/, 'teens'],
  [/\b(kids?|children|child|kiddos?)\b/, 'children'],
  [/\b(elderly|older (adults?|people|persons?|women|men|folks?)|seniors?|pensioners?|the aged)\b/, 'older'],
  // "a grown man", and "a man" or "the average woman" in general (not "I'm a man", "as a woman": the writer).
  [
    /\b(adults?|grown ?ups?|(?:fully )?grown (?:m[ae]n|wom[ae]n|lads?|blokes?))\b|(?<!\b(?:i'?m|im|i am|as|being) )\b(?:a|an|the average|your average) (?:man|woman|guy|bloke|lady|gentleman)\b(?! (?:of|aged?)\b)/,
    'adults',
  ],
];

const FEMALE =
  /\b(woman|women|female|lady|ladies|girls?|daughters?|mum|mom|mam|mother|wife|grandma|grandmother|granddaughter|nan|nana|nanna|granny|gran|she|her|hers|sister|aunt)\b|\b\d{2}\s?f\b|(?<!')\bf,?\s?\d{2}\b/;
const MALE =
  /\b(man|men|male|guy|guys|blokes?|chaps?|gentlem[ae]n|fellas?|boys?|sons?|dad|father|husband|grandpa|grandad|granddad|grandfather|grandson|he|him|his|brother|uncle|lad)\b|\b\d{2}\s?m\b|(?<!')\bm,?\s?\d{2}\b/;

/** Family members, grown-ups first: "my 78 yo mum" is a parent, "my 8 yo" a child. */
const RELATIONS: readonly [RegExp, NonNullable<PersonDetails['relation']>][] = [
  [
    /\b(my|our) (\d{1,3} ?(yo|y\/o|yrs?|years?)[ -]?(old )?)?(nan|nana|nanna|granny|gran|grandma|grandmother|grandpa|grandad|granddad|grandfather|grandparents?|great[ -]grand\w+)\b/,
    'grandparent',
  ],
  [/\b(my|our) (\d{1,3} ?(yo|y\/o|yrs?|years?)[ -]?(old )?)?(dad|father|mum|mom|mam|mother|parents?)\b/, 'parent'],
  [
    /\b(my|our) (little |baby |teenage |eldest |youngest )?(grandsons?|granddaughters?|grandkids?|grandchild(ren)?)\b/,
    'grandchild',
  ],
  [/\b(my|our) (\d{1,3} ?(yo|y\/o|yrs?|years?)[ -]?(old )?)?(husband|wife|partner|boyfriend|girlfriend)\b/, 'partner'],
  [/\b(my|our) (\d{1,3} ?(yo|y\/o|yrs?|years?)[ -]?(old )?)?(sister|brother|aunt|uncle|friend)\b/, 'relative'],
  [
    /\b(my|our) (little |baby |teenage |eldest |youngest )?(son|daughter|kids?|child|children|baby|toddler|boy|girl|lad|lass|teen|teenager|little one|\d{1,2} ?(yo|y\/o|yrs?|years?)(-| )?(old)?|\d{1,2} ?(months?|mos?|mths?|weeks?|wks?)[ -]?old)\b/,
    'child',
  ],
];
/** Someone asked about in the third person: "he", "she", "for a 70 year old man", "calcium for 12 yo". */
const THIRD_PERSON =
  /\b(he|she|him|her|they|them|someone|somebody|people|person)\b|\bfor (a|an) (man|woman|bloke|guy|lady|chap|gentleman|boy|girl)\b|\bfor (a |an )?\d|(?<!\b(i'?m|im|i am) )\b(a|an) \d|(?<!\b(i'?m|im|i am|as|being) )\b(a|an|the average) (man|woman|bloke|guy|lady|chap|gentleman) (of|aged?)\b/;
/** "I'm a woman", "as a bloke": the writer is a grown-up, though no age is told. */
const SELF_ADULT = /\b(i'?m|im|i am|as|being) (a|an) (grown )?(man|woman|guy|bloke|lady|gentleman|dude|mum|mom|dad)\b/;

/**
 * A question asked for a family member or friend: "does my dad need", "for my mum", "should my son take".
 * Not a story about them ("my dad had a stroke", "my mum says").
 */
const ASKED_FOR_RELATIVE =
  /\b(?:does|do|should|would|could|can|will|is|for) (?:my|our) (?:\w+ )?(?:dad|father|mum|mom|mam|mother|parents?|nan|nana|nanna|granny|gran|grandma|grandmother|grandpa|grandad|granddad|grandfather|grandparents?|grandsons?|granddaughters?|grandkids?|grandchild(?:ren)?|husband|wife|partner|boyfriend|girlfriend|sister|brother|aunt|uncle|friend|son|daughter|kids?|child|children|baby|toddler|boy|girl)\b(?! (?:had|was|did|got|used|says|said|reckons|thinks|told)\b)/;

/** The writer's own age ("I'm 40", "im about 40"), set aside when the message is about someone else. */
const OWN_AGE_SOURCE = String.raw`\b(?:i'?m|i am|im|me)\s?(?:like |about |around |nearly |almost |only |just |roughly )?\d{1,3}\b`;
const OWN_AGE = new RegExp(OWN_AGE_SOURCE);
const OWN_AGE_G = new RegExp(OWN_AGE_SOURCE, 'g');

function ageOf(text: string): { months: number; general: boolean } | undefined {
  // Every age is said with digits.
  if (!/\d/.test(text)) return undefined;
  for (const { pattern, months, weeks, plus, person } of AGE_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const n = Number(m[1]);
    if (months) return { months: n, general: false };
    // Whole months: a 10-week-old is in the 0-6 months band either way.
    if (weeks) return { months: Math.floor((n * 7) / 30.4), general: false };
    if (n > 120) continue;
    return { months: (n + (plus ?? 0)) * 12, general: plus !== undefined && !person };
  }
  return undefined;
}

function sexOf(text: string): Sex | undefined {
  const female = FEMALE.test(text);
  const male = MALE.test(text);
  return female === male ? undefined : female ? 'female' : 'male';
}

/** A time of life said of the past: "as a toddler", "when he was a baby", "back when I was a kid". */
const AS_A_CHILD =
  /\b(?:as|when (?:i|he|she|they|we|you) (?:was|were)) (?:a |an |little |small |young )*(?:toddlers?|babies|baby|infants?|kids?|child|children|teen\w*|little ones?)\b/g;

/** Any word that can say who a message is about: most messages have none, and one test tells. */
const MAY_NAME_SOMEONE =
  /\d|\b(babies|baby|infants?|newborns?|toddlers?|teen\w*|adolescents?|kids?|child\w*|kiddos?|elderly|older|seniors?|pensioners?|aged|adults?|grown|wom[ae]n|female|lad(y|ies)|girls?|daughters?|mum|mom|mam|mother|wife|grand\w+|nan|gran|sister|aunt|she|her|hers|m[ae]n|male|guys?|blokes?|chaps?|gentlem[ae]n|fellas?|boys?|sons?|dad|father|husband|he|him|his|brother|uncle|lad|my|our|parents?|partner)\b/;

/** Age, sex and group of whoever the message is about; undefined when it names none of them. */
export function readPerson(message: string): PersonDetails | undefined {
  if (!MAY_NAME_SOMEONE.test(message)) return undefined;
  // "my cousin swallowed a bottle of pills as a toddler": when it happened, not who the message is about.
  const text = message.replace(AS_A_CHILD, ' ');
  let age = ageOf(text);
  // "my dad's 72, does he need more than me? I'm 40": the writer's own age is not the other person's.
  // When the other's age is not told, the writer's stays only if the question may be the writer's own ("my
  // grandad had a stroke, I'm 30, should I take vitamin D?"), not when it asks for the other ("how much does
  // my dad need? I'm 40").
  if (age && OWN_AGE.test(text) && /\b(my|our)\b/.test(text) && RELATIONS.some(([p]) => p.test(text)))
    age = ageOf(text.replace(OWN_AGE_G, ' ')) ?? (ASKED_FOR_RELATIVE.test(text) ? undefined : age);
  let ageMonths = age?.months;
  let general = age?.general ?? false;
  let group: AgeGroup | undefined;
  for (const [pattern, g] of ANY_GROUP.test(text) ? GROUPS : []) {
    if (!pattern.test(text)) continue;
    // A toddler is 1 to 3: the middle of that band.
    if (g === 'toddler') {
      ageMonths ??= 24;
      general = true;
    } else group = g;
    break;
  }
  if (ageMonths !== undefined) group = undefined;
  const relation = /\b(my|our)\b/.test(text) ? RELATIONS.find(([pattern]) => pattern.test(text))?.[1] : undefined;
  const sex = sexOf(text);
  if (ageMonths === undefined && !group && !relation && !sex) return undefined;
  // "my baby", "kids" in general, "he", "for a 70 year old man": someone else. "41 M", "I'm 52": the writer.
  // A child's age without "I'm" is a parent asking ("16yo boy potassium per day").
  const saysSelf = /\b(i'?m|im|i am)\b/.test(text);
  const minor = ageMonths !== undefined && ageMonths < ADULT_FROM_MONTHS && !saysSelf;
  const who: PersonDetails['who'] = relation || group || general || minor || THIRD_PERSON.test(text) ? 'other' : 'self';
  if (who === 'self' && ageMonths === undefined && SELF_ADULT.test(text)) group = 'adults';
  return {
    who,
    ...(ageMonths !== undefined ? { ageMonths } : {}),
    ...(group ? { group } : {}),
    ...(sex ? { sex } : {}),
    ...(relation ? { relation } : {}),
  };
}

/** Where one statement about a person ends and the next may begin. */
const PERSON_BREAK = /[,;!?]|\.(?!\d)|\b(?:and|but|while|whereas)\b/;

/**
 * "my daughter is 2 and I'm a 40 year old woman": the writer and someone else, each told with an age in a
 * statement of their own. Read together, the two would merge into one person (a "child" aged 40).
 */
function writerAndOther(text: string): { writer: PersonDetails; other: PersonDetails } | undefined {
  if (!OWN_AGE.test(text) && !/\b(i'?m|im|i am)\b/.test(text)) return undefined;
  let writer: PersonDetails | undefined;
  let other: PersonDetails | undefined;
  for (const part of text.split(PERSON_BREAK)) {
    const person = readPerson(part);
    if (person?.ageMonths === undefined) continue;
    if (person.who === 'self') writer ??= person;
    else other ??= person;
  }
  if (!writer || !other) return undefined;
  // "how much does my dad need? I'm 45 and he is 80": who "he" is was said in another statement.
  const relation =
    other.relation ?? (/\b(my|our)\b/.test(text) ? RELATIONS.find(([p]) => p.test(text))?.[1] : undefined);
  return { writer, other: { ...other, ...(relation ? { relation } : {}) } };
}

/** Under 18: a child's needs, limits and who to ask (a paediatrician). */
export const ADULT_FROM_MONTHS = 18 * 12;

/** What the recogniser reads on every message: who it is about, without the duration and timing. */
export type PeopleContext = Pick<MessageContext, 'lifeStages' | 'person' | 'writer'>;

/** Life stages and who the message is about, on a light normal form (the recogniser's bounded prefix). */
export function readPeople(message: string): PeopleContext {
  const text = message
    .slice(0, 500)
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(UNCERTAIN, (m) => '~'.repeat(m.length));
  return peopleIn(text);
}

function peopleIn(message: string): PeopleContext {
  const text = DECADE.test(message) ? decadeDigits(message) : message;
  const lifeStages: LifeStage[] = [];
  if (mentionedAndNotDenied(text, PREGNANT)) lifeStages.push('pregnant');
  if (mentionedAndNotDenied(text, BREASTFEEDING)) lifeStages.push('breastfeeding');
  const apart = writerAndOther(text);
  const read = apart?.other ?? readPerson(text);
  // "breastfeeding my 4 month old, do I need more b12?": the baby fed is no one asked about; the mother is.
  const person =
    read && lifeStages.includes('breastfeeding') && nursedBaby(read) && asksOfSelf(text) ? undefined : read;
  // "my 80 year old mum" is no child; "my son is 9", "16yo boy" and "a dose for a 6 year old" are.
  const childAge = person?.ageMonths !== undefined && person.ageMonths < ADULT_FROM_MONTHS;
  const adultAge = person?.ageMonths !== undefined && !childAge;
  if ((CHILD.test(text) && !adultAge) || (person?.who === 'other' && childAge)) lifeStages.push('child');
  return { lifeStages, ...(person ? { person } : {}), ...(apart && person ? { writer: apart.writer } : {}) };
}

/** A baby's age or "baby" said by a nursing mother: most likely the baby she feeds. */
const nursedBaby = (p: PersonDetails) =>
  p.who === 'other' && !p.sex && ((p.ageMonths !== undefined && p.ageMonths < 36) || p.group === 'babies');
/** "do I need", "should I take", "for me": asked of the writer, and not of anyone else ("does she need"). */
const OF_SELF =
  /\b(do|should|can|could|must|will|would|am) i\b|\bi (need|have to|should)\b|\bfor me\b|\bmy (own )?(needs?|intake|diet)\b|\b(i'?m|im|i am) (1[4-9]|[2-5]\d)\b/;
const OF_OTHER = /\b(does|should|can|could|will|would|is) (he|she|they|it|my|the|our|baby)\b|\b(he|she|baby) needs?\b/;
const asksOfSelf = (text: string) => OF_SELF.test(text) && !OF_OTHER.test(text);

export function readContext(message: string): MessageContext {
  const text = normalizeForScreen(message);
  const { lifeStages, person, writer } = peopleIn(text);
  const duration = durationOf(text);
  const timing = NIGHT.test(text) ? 'night' : EXERCISE.test(text) ? 'exercise' : undefined;
  return {
    lifeStages,
    ...(duration ? { duration } : {}),
    ...(timing ? { timing } : {}),
    ...(person ? { person } : {}),
    ...(writer ? { writer } : {}),
  };
}

/**
 * The interview's answers a message gives in passing: an option it names ("I take furosemide"), how
 * long, and exercise. Read the same way for the interview and for the advice given with any answer.
 */
export function answersInPassing(
  model: AssessmentModel,
  message: string,
  context: MessageContext = readContext(message),
  otherMedicines: readonly string[] = [],
): Record<string, string> {
  const answers = mentionedAnswers(model, message);
  if (context.duration) answers.duration = context.duration;
  if (context.timing === 'exercise') answers.exercise = 'yes';
  if (!answers.medications && takesNoneOfTheListed(message, otherMedicines)) answers.medications = 'none';
  return answers;
}

/** "no meds for me", "I'm not on anything". */
const NO_MEDICINES =
  /\b(no (meds|medication|medications|medicines|tablets|pills|regular medicines?)|not (on|taking) (any|anything)( meds| medication| medicines| tablets)?|(don'?t|dont|do not) take (any|anything)( meds| medication| medicines| tablets| regularly)?|nothing regular(ly)?)\b/;
/** Things people take that none of the medicine question's options is about. */
const OTHER_THINGS_TAKEN =
  /\b(iron (tablets|pills|supplements)|multi ?vitamins?|pregnacare|vitamins|the pill|inhalers?)\b/;

/**
 * The medicine question answered in passing by naming only other medicines ("only ibuprofen now and
 * then", "sertraline and the pill") or none: none of the ones that change these nutrients.
 */
function takesNoneOfTheListed(message: string, otherMedicines: readonly string[]): boolean {
  const lower = message.toLowerCase().replace(/[’‘`]/g, "'");
  const padded = ` ${lower.replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ')} `;
  return (
    NO_MEDICINES.test(lower) || OTHER_THINGS_TAKEN.test(lower) || otherMedicines.some((m) => padded.includes(` ${m} `))
  );
}
