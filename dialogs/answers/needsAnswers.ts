/**
 * Daily needs by life stage, upper limits and a stated dose against the limit: the person's own figure
 * when the conversation knows who they are, otherwise the table for the ages asked about. Never a dose
 * to take: a child's or a pregnancy's figures come with who to ask instead.
 */
import {
  type Audience,
  type NeedColumn,
  type NeedLine,
  type UpperLimit,
  compareDose,
  extraForStage,
  needLines,
  personalNeed,
  rowFor,
  upperLimitsFor,
} from '../../knowledge/intakes/dailyNeeds';
import type { IntakeTable } from '../../knowledge/intakes/intakeSchema';
import { type Dose, type DoseUnit, convert, formatNumber } from '../../knowledge/intakes/units';
import { type FoodPortion, nutrientIn } from '../../knowledge/quantities/foodAmounts';
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { NutrientId } from '../../knowledge/schema';
import type { Subject } from '../../knowledge/understanding/about';
import { type Block, type Reply, heading, note, reply, text } from '../replies/replyModel';
import { foodWords } from './amountAnswers';
import { inSentence, joinWords } from './format';
import { suggest } from './nutrientAnswers';

/** What the question is mostly about: the amount to get, or how much is too much. */
export type NeedsFocus = 'need' | 'limit';

export const WHO_TO_ASK = {
  child:
    'For a child, any supplement is for their paediatrician or family doctor to decide: these figures are totals a child gets mostly from food, not doses to give.',
  /** Said where no figures are shown (a supplement question). */
  childNoFigures:
    'For a child, any supplement is for their paediatrician or family doctor to decide: a child’s needs and safe amounts are not an adult’s, and food comes first.',
  pregnant:
    'In pregnancy, talk to your midwife, obstetrician or doctor before taking any supplement, including one with these nutrients.',
  breastfeeding: 'While breastfeeding, talk to your midwife, health visitor or doctor before taking any supplement.',
} as const;

const ADULT = 19 * 12;

/** "15 mcg (600 IU)" for vitamin D; "1,200 mg" otherwise. */
/** A question whether two amounts are the same: "is 25 mcg the same as 1000 IU?", "400 IU in mcg?". */
const SAME_AMOUNT_ASKED =
  /\b(same as|same thing as|the same|equal to|equals|equivalent|in iu|in mcg|in micrograms|convert\w*)\b|=/;

/**
 * Two amounts of one nutrient asked about as the same or not: what each is in the table's unit, and the
 * larger one alone to compare with the limit.
 */
function sameAmountAsked(
  table: IntakeTable,
  doses: readonly Dose[],
  message: string,
): { text: string; doses: Dose[] } | undefined {
  if (doses.length !== 2 || !SAME_AMOUNT_ASKED.test(message.toLowerCase())) return undefined;
  const [a, b] = doses.map((d) => convert(d.amount, d.unit, table.unit, table.iuPerMcg)!) as [number, number];
  const written = doses.map((d) => `${formatNumber(d.amount)} ${d.unit}`);
  const rate = table.iuPerMcg ? ` (1 ${table.unit} is ${formatNumber(table.iuPerMcg)} IU)` : '';
  const text =
    Math.abs(a - b) <= 0.01 * Math.max(a, b)
      ? `Yes: ${written[0]} and ${written[1]} are the same amount${rate}.`
      : `No: ${written[0]} is ${inOtherUnit(table, doses[0]!, a)} and ${written[1]} is ${inOtherUnit(table, doses[1]!, b)}${rate}.`;
  return { text, doses: [a >= b ? doses[0]! : doses[1]!] };
}

/** A dose in the other unit it is written in: IU as the table's unit, the table's unit as IU where it has one. */
function inOtherUnit(table: IntakeTable, dose: Dose, amount: number): string {
  if (dose.unit !== 'IU' && table.iuPerMcg) return `${formatNumber(amount * table.iuPerMcg)} IU`;
  return `${formatNumber(amount)} ${table.unit}`;
}

export function amountText(table: IntakeTable, amount: number): string {
  const main = `${formatNumber(amount)} ${table.unit}`;
  const iu = table.iuPerMcg ? convert(amount, table.unit, 'IU', table.iuPerMcg) : undefined;
  return iu === undefined ? main : `${main} (${formatNumber(iu)} IU)`;
}

const years = (months: number) => Math.floor(months / 12);

/**
 * " From age 31 it is 320 mg.": said when the person is in the last year of their age band and the next
 * band's figure differs ("does a 30-year-old need more magnesium than a 29-year-old?").
 */
function nextBand(table: IntakeTable, own: NeedLine, subject: Subject): string {
  const age = subject.audience.ageMonths;
  if (age === undefined || own.age.toMonths - age > 12) return '';
  const next = rowFor(table, own.age.toMonths);
  const amount = next?.[own.column === 'both' ? 'male' : own.column];
  if (!next || amount === undefined || amount === own.amount) return '';
  return ` From age ${years(own.age.toMonths)} it is ${amountText(table, amount)}.`;
}

/** Who the figures are for, as a phrase: "you (a woman aged 29)", "your child (9)", "a man aged 70". */
/** Someone 51 or older, told by age or as an older adult: the age from which older adults' notes apply. */
export function isOlderAdult(subject: Subject): boolean {
  const a = subject.audience;
  return (a.ageMonths !== undefined && a.ageMonths >= 51 * 12) || a.group === 'older';
}

export function whoPhrase(subject: Subject): string {
  const a = subject.audience;
  const age =
    a.ageMonths === undefined ? '' : a.ageMonths < 12 ? `${a.ageMonths} months old` : `aged ${years(a.ageMonths)}`;
  // "my baby ... does she need": a child with no age read is a girl, never a woman.
  const minor = a.ageMonths !== undefined ? a.ageMonths < 18 * 12 : subject.child;
  const kind =
    a.sex === 'female' ? (minor ? 'a girl' : 'a woman') : a.sex === 'male' ? (minor ? 'a boy' : 'a man') : '';
  const details = [a.pregnant ? 'pregnant' : '', a.breastfeeding ? 'breastfeeding' : '', kind, age]
    .filter(Boolean)
    .join(', ');
  if (subject.who === 'self') return details ? `you (${details})` : 'you';
  if (subject.who === 'other' && subject.relation) {
    const noun = {
      child: 'your child',
      parent: 'your parent',
      grandparent: 'your grandparent',
      grandchild: 'your grandchild',
      partner: 'your partner',
      relative: 'them',
    }[subject.relation];
    return details ? `${noun} (${details})` : noun;
  }
  if (a.group && a.ageMonths === undefined) {
    // "a grown man": men, not adults in general.
    if (a.group === 'adults' && a.sex) return a.sex === 'female' ? 'adult women' : 'adult men';
    return { babies: 'babies', children: 'children', teens: 'teenagers', adults: 'adults', older: 'adults over 50' }[
      a.group
    ];
  }
  return [kind || 'someone', age].filter(Boolean).join(' ');
}

const COLUMN_NAMES: Record<NeedColumn, string> = {
  both: 'Per day',
  male: 'Male',
  female: 'Female',
  pregnancy: 'Pregnancy',
  lactation: 'Breastfeeding',
};

/** Lines as a table: one row per age band, a column per group that has figures (a blank where none). */
function needsTable(table: IntakeTable, lines: readonly NeedLine[]): Block {
  const present = new Set(lines.map((l) => l.column));
  const sexes = present.has('male') || present.has('female');
  const columns: NeedColumn[] = [
    ...(sexes ? (['male', 'female'] as const) : present.has('both') ? (['both'] as const) : []),
    ...(present.has('pregnancy') ? (['pregnancy'] as const) : []),
    ...(present.has('lactation') ? (['lactation'] as const) : []),
  ];
  const bands = [...new Map(lines.map((l) => [l.age.label, l.age])).values()].sort(
    (x, y) => x.fromMonths - y.fromMonths,
  );
  const rows = bands.map((band) => {
    const at = lines.filter((l) => l.age.label === band.label);
    const cell = (c: NeedColumn) => {
      const line =
        at.find((l) => l.column === c) ??
        (sexes && (c === 'male' || c === 'female') ? at.find((l) => l.column === 'both') : undefined);
      return line ? amountText(table, line.amount) : '–';
    };
    return [band.label, ...columns.map(cell)];
  });
  return { type: 'table', columns: ['Age', ...columns.map((c) => COLUMN_NAMES[c])], rows, labelled: true };
}

/** ", the same for men and women": said when no band has a figure by sex ("do men and women need the same?"). */
function sameForBoth(lines: readonly NeedLine[], child = false): string {
  const bySex = lines.some((l) => l.column === 'male' || l.column === 'female');
  if (bySex || !lines.some((l) => l.column === 'both')) return '';
  return child ? ', the same for boys and girls' : ', the same for men and women';
}

/** The figures to show when nothing says who: adults, with pregnancy and breastfeeding beside them. */
function linesFor(table: IntakeTable, audience: Audience, who: Subject['who']): NeedLine[] {
  if (who !== 'nobody') return needLines(table, audience);
  return [
    ...needLines(table, { group: 'adults' }),
    ...needLines(table, { group: 'adults', pregnant: true }),
    ...needLines(table, { group: 'adults', breastfeeding: true }),
  ];
}

function limitText(kb: KnowledgeBase, table: IntakeTable, limits: readonly UpperLimit[], subject: Subject): string {
  const name = inSentence(kb.nutrient(table.nutrient).name);
  if (table.upperLimit.scope === 'none') return table.upperLimit.note.text;
  const scope =
    table.upperLimit.scope === 'supplements'
      ? 'from supplements and medicines (food does not count)'
      : 'from food and supplements together';
  if (!limits.length)
    return `No upper limit is set for ${name} at that age: ask a paediatrician before giving any supplement.`;
  const adult = subject.who === 'nobody' || (subject.audience.ageMonths === undefined && !subject.audience.group);
  const shown = adult ? limits.filter((l) => l.age.toMonths > ADULT) : limits;
  const parts = (shown.length ? shown : limits).map((l) => `${amountText(table, l.value)} a day at ${l.age.label}`);
  return `Upper limit ${scope}: ${parts.join('; ')}.`;
}

/** A baby or a child under 4: the label's Daily Value is the one for adults and children from 4, not theirs. */
function underFour(subject: Subject): boolean {
  if (subject.who === 'nobody') return false;
  const a = subject.audience;
  return a.ageMonths !== undefined ? a.ageMonths < 48 : a.group === 'babies';
}

/** "Do I need extra calcium while breastfeeding?": the same as other women of that age, or how much more. */
function stageDifference(table: IntakeTable, own: NeedLine): string {
  const extra = extraForStage(table, own);
  if (extra === undefined) return '';
  const others = own.column === 'pregnancy' ? 'who are not pregnant' : 'who are not breastfeeding';
  if (extra === 0) return ` That is the same as for other women of that age ${others}: no extra is needed.`;
  return extra > 0
    ? ` That is ${amountText(table, extra)} more than for other women of that age ${others}.`
    : ` That is ${amountText(table, -extra)} less than for other women of that age ${others}.`;
}

/**
 * The recommended amount for the subject: their own row when age, sex and stage settle it, otherwise the rows
 * that may be theirs ("for you (aged 33)": men's and women's).
 */
export function needBlocks(kb: KnowledgeBase, id: NutrientId, subject: Subject): Block[] {
  const table = kb.intakes(id);
  const name = inSentence(kb.nutrient(id).name);
  const own = subject.who === 'nobody' ? undefined : personalNeed(table, subject.audience);
  const lines = own ? [own] : linesFor(table, subject.audience, subject.who);
  const who = whoPhrase(subject);
  const kind = (ai: boolean) => (ai ? 'adequate intake' : 'RDA');
  return own
    ? [
        text(
          `Recommended for ${who}: ${amountText(table, own.amount)} of ${name} a day (${kind(own.ai)}, ages ${own.age.label}).${nextBand(table, own, subject)}${stageDifference(table, own)}`,
        ),
      ]
    : lines.length
      ? [
          text(
            subject.who === 'nobody'
              ? `Recommended ${name} a day for adults${sameForBoth(lines)} (${kind(lines.every((l) => l.ai))}):`
              : `Recommended ${name} a day for ${who}${sameForBoth(lines, subject.child)} (${kind(lines.every((l) => l.ai))}):`,
          ),
          needsTable(table, lines),
        ]
      : [];
}

/** The upper limit for adults ("350 mg a day from supplements"), for a supplement question that asks how much. */
export function adultLimitText(kb: KnowledgeBase, id: NutrientId): string {
  const table = kb.intakes(id);
  const nobody: Subject = { audience: {}, who: 'nobody', child: false };
  return limitText(kb, table, upperLimitsFor(table, {}), nobody);
}

export function dailyNeeds(kb: KnowledgeBase, id: NutrientId, subject: Subject, focus: NeedsFocus = 'need'): Reply {
  const n = kb.nutrient(id);
  const table = kb.intakes(id);
  const needs = needBlocks(kb, id, subject);
  const limits = upperLimitsFor(table, subject.who === 'nobody' ? {} : subject.audience);
  const limitBlock = text(limitText(kb, table, limits, subject));
  const older = isOlderAdult(subject) || subject.who === 'nobody';
  const notes = table.notes.filter((x) => x.stage === 'older' && older);
  const blocks: Block[] = [
    ...(focus === 'limit' ? [limitBlock, ...needs] : [...needs, limitBlock]),
    text(
      underFour(subject)
        ? `Food labels use a Daily Value of ${amountText(table, n.dailyValue.amount)} for adults and children aged 4 and over; foods for babies and children under 4 are labelled with their own Daily Values.`
        : `Food labels use a Daily Value of ${amountText(table, n.dailyValue.amount)}.`,
    ),
    ...notes.map((x) => note('info', x.text)),
    ...whoToAsk(subject),
  ];
  return reply('dailyNeeds', {
    title: `${n.name}: how much a day`,
    blocks,
    suggestions: [suggest.foods(n.name), ...(subject.child ? [] : ['And for kids?']), suggest.check].slice(0, 3),
    healthInfo: true,
    sources: [
      ...new Set([table.source, table.upperLimit.note.source, n.dailyValue.source, ...notes.map((x) => x.source)]),
    ],
  });
}

export function whoToAsk(subject: Subject, withFigures = true): Block[] {
  if (subject.child) return [note('caution', withFigures ? WHO_TO_ASK.child : WHO_TO_ASK.childNoFigures)];
  if (subject.audience.pregnant) return [note('caution', WHO_TO_ASK.pregnant)];
  if (subject.audience.breastfeeding) return [note('caution', WHO_TO_ASK.breastfeeding)];
  return [];
}

/** "60,000 IU a week" is a daily average; "every week", "weekly" say so. */
/** "twice a day", "3 times daily": how many times a day a dose is taken. */
const TIMES_A_DAY =
  /\b(twice|two times|2 times|2x|three times|3 times|3x|thrice|four times|4 times|4x) (a|per|each|every) day\b|\b(twice|two times|2 times|three times|3 times) daily\b/;
const TIMES_WORDS: Record<number, string> = { 2: 'twice', 3: 'three times', 4: 'four times' };

function timesADay(message: string): number {
  const m = TIMES_A_DAY.exec(message);
  const word = m?.[1] ?? m?.[3];
  if (!word) return 1;
  return /^(twice|two|2)/.test(word) ? 2 : /^(three|3|thrice)/.test(word) ? 3 : 4;
}

/** "2 tablets of 500mg each", "two 500mg capsules", "2 x 500mg": how many of one dose are taken at a time. */
const COUNTED =
  /\b(\d{1,2}|two|three|four|five|six)\s+(?:[a-z-]+\s+){0,3}?(?:tablets?|capsules?|caps|pills?|softgels?|gummies|chews|chewables?|lozenges?|sachets?)\b/gi;
const COUNT_BEFORE = /\b(\d{1,2}|two|three|four|five|six)\s*(?:x\s*)?$/i;
const COUNT_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };
const countValue = (word: string) => COUNT_WORDS[word.toLowerCase()] ?? Number(word);

function countOf(message: string, dose: Dose): number {
  const before = message.slice(Math.max(0, dose.index - 12), dose.index);
  // "two 500mg tablets", "2 x 500mg", "2x 1000 IU"
  const direct = COUNT_BEFORE.exec(before);
  if (
    direct &&
    (/x\s*$/i.test(before) ||
      /^\S+\s+(?:[a-z-]+\s+){0,2}?(tablets?|capsules?|caps|pills?|softgels?|gummies)\b/i.test(
        message.slice(dose.index),
      ))
  )
    return countValue(direct[1]!);
  // "2 calcium tablets of 500mg each", "3 chews a day (each 1000mg)"
  const near = message.slice(Math.max(0, dose.index - 15), dose.index + 25);
  if (!/\b(each|apiece)\b/i.test(near)) return 1;
  let count = 1;
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(message); m && m.index < dose.index; m = COUNTED.exec(message))
    if (dose.index - (m.index + m[0].length) < 60) count = countValue(m[1]!);
  return count > 0 && count <= 10 ? count : 1;
}

const PER_WEEK = /\b(a|per|each|every|once a) week\b|\bweekly\b/;

/**
 * Doses of one nutrient added up ("25 mcg D3 and a multi with 1000 IU") and compared with the upper limit
 * at the subject's age, in both units for vitamin D, with the nutrient's caution.
 */
export function doseCheck(
  kb: KnowledgeBase,
  id: NutrientId,
  doses: readonly Dose[],
  message: string,
  subject: Subject,
  foodNames: readonly string[] = [],
  /** The foods named with an amount ("a tablespoon of cod liver oil"): added in when the limit counts food. */
  eaten: readonly FoodPortion[] = [],
): Reply {
  const n = kb.nutrient(id);
  const table = kb.intakes(id);
  const name = inSentence(n.name);
  const convertible = doses.filter((d) => convert(d.amount, d.unit, table.unit, table.iuPerMcg) !== undefined);
  const blocks: Block[] = [];
  const sources = new Set<string>([table.source]);
  // "is 25 mcg the same as 1000 IU?": one dose written two ways, asked about, not two doses to add up.
  const sameness = sameAmountAsked(table, convertible, message);
  if (sameness) blocks.push(text(sameness.text));
  const usable = sameness ? sameness.doses : convertible;
  if (!usable.length) {
    blocks.push(
      text(
        `${doses.map((d) => `${formatNumber(d.amount)} ${d.unit}`).join(' and ')} can’t be compared for ${name}: international units (IU) are used for vitamin D, and ${name} is measured in ${table.unit}. The label should give it in ${table.unit}.`,
      ),
    );
  } else {
    // "600mg twice a day": one dose taken more than once a day (with several doses, which one is unclear).
    const perDose = usable.length === 1 ? countOf(message, usable[0]!) : 1;
    const daily = usable.length === 1 ? timesADay(message.toLowerCase()) : 1;
    const times = perDose * daily;
    const supplements =
      times * usable.reduce((sum, d) => sum + convert(d.amount, d.unit, table.unit, table.iuPerMcg)!, 0);
    const weekly = PER_WEEK.test(message.toLowerCase());
    // "4000 IU plus a tablespoon of cod liver oil": the food's own amount, when the limit counts food too.
    const fromFood =
      weekly || table.upperLimit.scope !== 'total'
        ? []
        : eaten
            .map((p) => ({ p, amount: convert(nutrientIn(p, id) ?? 0, n.unit as DoseUnit, table.unit) ?? 0 }))
            .filter((x) => x.amount > 0);
    const foodTotal = fromFood.reduce((sum, x) => sum + x.amount, 0);
    const total = supplements + foodTotal;
    const perDay = weekly ? total / 7 : total;
    const stated =
      usable.length > 1
        ? `Together that is ${amountText(table, supplements)}`
        : times > 1
          ? `${perDose > 1 ? `${perDose} × ` : ''}${formatNumber(usable[0]!.amount)} ${usable[0]!.unit}${daily > 1 ? ` ${TIMES_WORDS[daily]} a day` : ''} is ${amountText(table, supplements)} of ${name} a day`
          : usable[0]!.unit === table.unit
            ? `${amountText(table, supplements)} of ${name}`
            : `${formatNumber(usable[0]!.amount)} ${usable[0]!.unit} is ${amountText(table, supplements)}`;
    blocks.push(
      text(
        weekly
          ? `${stated} a week, about ${amountText(table, perDay)} a day on average.`
          : `${stated}${usable.length > 1 ? ' a day' : ''}.`,
      ),
    );
    // "labels say percent of 4700mg, is that what I should eat?": the amount is the label's Daily Value.
    const dv = convert(n.dailyValue.amount, n.dailyValue.unit as DoseUnit, table.unit, table.iuPerMcg);
    if (usable.length === 1 && times === 1 && !weekly && dv !== undefined && Math.abs(supplements - dv) < 1e-6) {
      blocks.push(
        note(
          'info',
          `${amountText(table, dv)} is the Daily Value food labels use for ${name} (the 100% in “% DV”): one reference figure for everyone, not the amount a particular person needs.`,
        ),
      );
      sources.add(n.dailyValue.source);
    }
    if (fromFood.length)
      blocks.push(
        text(
          `With ${joinWords(fromFood.map((x) => `${x.p.label} of ${foodWords(x.p.food)} (${amountText(table, x.amount)})`))}, the total is ${amountText(table, total)} a day.`,
        ),
      );
    // "Can I give my 4 year old one of my 1000 IU tablets?": what they need a day, beside the limit.
    const own = subject.who === 'nobody' ? undefined : personalNeed(table, subject.audience);
    if (own)
      blocks.push(text(`Recommended for ${whoPhrase(subject)}: ${amountText(table, own.amount)} of ${name} a day.`));
    const check = compareDose(table, { amount: perDay, unit: table.unit }, subject.audience.ageMonths);
    const limit = check?.limit;
    const forWhom =
      subject.audience.ageMonths !== undefined && subject.audience.ageMonths < ADULT
        ? `for ages ${limit?.age.label}`
        : 'for adults';
    const scope =
      table.upperLimit.scope === 'supplements'
        ? ' from supplements and medicines'
        : ' from food and supplements together';
    if (!limit || check?.ratio === undefined) {
      blocks.push(text(n.supplementCaution.text));
      sources.add(n.supplementCaution.source);
    } else if (check.ratio > 1) {
      blocks.push(
        note(
          'caution',
          `That is ${formatNumber(check.ratio)} times the upper limit ${forWhom} of ${amountText(table, limit.value)} a day${scope}.`,
        ),
        text(n.supplementCaution.text),
      );
      sources.add(n.supplementCaution.source);
    } else {
      const share =
        check.ratio <= 0.55 && check.ratio >= 0.45
          ? 'about half of'
          : check.ratio === 1
            ? 'exactly'
            : check.ratio >= 0.85
              ? 'close to, but below,'
              : 'below';
      blocks.push(
        text(
          share === 'below'
            ? `That is below the upper limit ${forWhom} of ${amountText(table, limit.value)} a day${scope}.`
            : `That is ${share} the upper limit ${forWhom} of ${amountText(table, limit.value)} a day${scope}.`,
        ),
      );
      if (table.upperLimit.scope === 'supplements') {
        blocks.push(text(n.supplementCaution.text));
        sources.add(n.supplementCaution.source);
      }
    }
  }
  // "1200 mg tablets and yoghurt and cheese daily": whether the food counts toward the limit.
  if (foodNames.length && table.upperLimit.scope !== 'none')
    blocks.push(
      note(
        'info',
        table.upperLimit.scope === 'total'
          ? `The ${name} in ${joinWords([...foodNames])} counts toward that limit too: it is the total from food and supplements together that matters.`
          : `Food doesn’t count toward ${name}’s upper limit: only supplements and medicines do.`,
      ),
    );
  blocks.push(...doseClosing(subject));
  return reply('supplements', {
    title: `${n.name}: your dose and the upper limit`,
    blocks,
    suggestions: [`How much ${name} do I need?`, suggest.foods(n.name)],
    healthInfo: true,
    sources: [...sources],
  });
}

/** A number with no unit or nutrient ("is 5000 too much"): ask rather than guess. */
export function whichDose(kb: KnowledgeBase, amount: string, id?: NutrientId): Reply {
  const name = id ? inSentence(kb.nutrient(id).name) : undefined;
  return reply('clarify', {
    blocks: [
      text(
        name
          ? `Just to be sure: ${amount} what of ${name}? Please give the unit from the label (mg, mcg or IU).`
          : `Just to be sure: ${amount} of which nutrient, and in which unit (mg, mcg or IU)?`,
      ),
    ],
    suggestions: id ? [`Is ${amount} IU of ${name} too much?`, `Is ${amount} mcg of ${name} too much?`] : [],
  });
}

/** Who to ask about a dose: said once after every dose check, however many nutrients it covers. */
function doseClosing(subject: Subject): Block[] {
  const asked = subject.child || subject.audience.pregnant || subject.audience.breastfeeding;
  return asked
    ? whoToAsk(subject)
    : [
        text(
          'I can’t recommend a supplement or a dose: a doctor or pharmacist can say whether one suits you, and a blood test shows whether you need more.',
        ),
      ];
}

/** Several nutrients' doses in one message, each under its own heading; who to ask said once, at the end. */
export function dosesChecked(checks: readonly Reply[], subject: Subject): Reply {
  const closing = doseClosing(subject);
  const isClosing = new Set(closing.map((b) => JSON.stringify(b)));
  return reply('supplements', {
    title: 'Your doses and the upper limits',
    blocks: [
      ...checks.flatMap((check) => [
        heading(check.title ?? ''),
        ...check.blocks.filter((b) => !isClosing.has(JSON.stringify(b))),
      ]),
      ...closing,
    ],
    suggestions: checks.flatMap((c) => c.suggestions).slice(0, 3),
    healthInfo: true,
    sources: [...new Set(checks.flatMap((c) => c.sources))],
  });
}
