/**
 * What a conversation has said about the people in it: the writer's own age, sex, pregnancy or
 * breastfeeding and medicines, and the last person they asked about ("my son is 9"). Kept between turns
 * so "how much potassium do I need?" after "I'm a 29 year old woman" gets her row, "how much does he
 * need?" after "my son is 9" gets his, and a symptom check knows the medicines named earlier.
 */
import type { AgeGroup, Audience, Sex } from '../intakes/dailyNeeds';
import type { PeopleContext, PersonDetails } from './context';

export interface SelfDetails {
  ageMonths?: number;
  /** "I'm a woman": a grown-up, with no age told (an age, when told, decides). */
  group?: AgeGroup;
  sex?: Sex;
  pregnant?: boolean;
  breastfeeding?: boolean;
}

export interface AboutPeople {
  self?: SelfDetails;
  /** The last person asked about by age or relation (a child, a parent). */
  other?: PersonDetails;
  /** Medicine class ids (medicines.json) the writer said they take. */
  medicines?: string[];
}

/** Whose figures an answer gives, and how to word it. */
export interface Subject {
  audience: Audience;
  /** self: "you"; other: "your son", "a 70-year-old man"; nobody: the general table. */
  who: 'self' | 'other' | 'nobody';
  relation?: PersonDetails['relation'];
  /** Someone under 18 or a group of children: who to ask is a paediatrician, never a dose. */
  child: boolean;
}

const MAX_MEDICINES = 6;
const CHILD_GROUPS: readonly AgeGroup[] = ['babies', 'children', 'teens'];
const ADULT_FROM = 18 * 12;
/** Relations who are adults whatever their age. */
const GROWN_UPS: ReadonlySet<PersonDetails['relation']> = new Set(['parent', 'grandparent', 'partner']);

const defined = <T extends object>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** The conversation's record after one more message; the same object when the message adds nothing. */
export function rememberAbout(
  about: AboutPeople | undefined,
  context: PeopleContext,
  medicineIds: readonly string[],
): AboutPeople | undefined {
  const person = context.person;
  const pregnant = context.lifeStages.includes('pregnant');
  const breastfeeding = context.lifeStages.includes('breastfeeding');
  const ownMedicines = person?.who === 'other' ? [] : medicineIds;
  // "my daughter is 2 and I'm 40": the writer's own details, told apart from the other person's.
  const writer = context.writer;
  const saysSelf = person?.who === 'self' || writer !== undefined || pregnant || breastfeeding;
  const saysOther = person?.who === 'other' && (person.ageMonths !== undefined || person.relation !== undefined);
  if (!saysSelf && !saysOther && !ownMedicines.length) return about;
  const next: AboutPeople = { ...about };
  if (saysSelf) {
    next.self = {
      ...about?.self,
      ...(person?.who === 'self' ? defined({ ageMonths: person.ageMonths, group: person.group, sex: person.sex }) : {}),
      ...(writer ? defined({ ageMonths: writer.ageMonths, sex: writer.sex }) : {}),
      ...(pregnant ? { pregnant: true, sex: 'female' as const } : {}),
      ...(breastfeeding ? { breastfeeding: true, sex: 'female' as const } : {}),
    };
  }
  if (saysOther) next.other = person;
  if (ownMedicines.length)
    next.medicines = [...new Set([...(about?.medicines ?? []), ...ownMedicines])].slice(-MAX_MEDICINES);
  return next;
}

function isChild(audience: Audience): boolean {
  if (audience.ageMonths !== undefined) return audience.ageMonths < ADULT_FROM;
  return audience.group !== undefined && CHILD_GROUPS.includes(audience.group);
}

const audienceOf = (p: {
  ageMonths?: number;
  group?: AgeGroup;
  sex?: Sex;
  pregnant?: boolean;
  breastfeeding?: boolean;
}): Audience =>
  defined({ ageMonths: p.ageMonths, group: p.group, sex: p.sex, pregnant: p.pregnant, breastfeeding: p.breastfeeding });

/**
 * Who this message's question is about: someone it names ("for a 70-year-old man", "and for kids?"),
 * the last person asked about when it says "he" or "she", or the writer as the conversation knows them.
 */
export function subjectOf(about: AboutPeople | undefined, context: PeopleContext): Subject {
  const person = context.person;
  const pregnant = context.lifeStages.includes('pregnant');
  const breastfeeding = context.lifeStages.includes('breastfeeding');
  if (person?.who === 'other') {
    // "how much does he need?": the person asked about before, unless this message gives an age.
    const earlier = person.ageMonths === undefined && !person.group ? about?.other : undefined;
    const merged = { ...earlier, ...defined(person), relation: person.relation ?? earlier?.relation };
    // A parent or a partner is a grown-up: with no age told, the adults' figures, not every age's.
    const grownUp = merged.ageMonths === undefined && !merged.group && GROWN_UPS.has(merged.relation);
    const audience = audienceOf(grownUp ? { ...merged, group: 'adults' } : merged);
    return {
      audience,
      who: 'other',
      ...(merged.relation ? { relation: merged.relation } : {}),
      child: isChild(audience),
    };
  }
  const self: SelfDetails = defined({
    ...about?.self,
    ...(person?.who === 'self' ? defined({ ageMonths: person.ageMonths, group: person.group, sex: person.sex }) : {}),
    ...(pregnant ? { pregnant: true } : {}),
    ...(breastfeeding ? { breastfeeding: true } : {}),
  });
  if (!Object.keys(self).length) return { audience: {}, who: 'nobody', child: false };
  const audience = audienceOf(self);
  return { audience, who: 'self', child: isChild(audience) };
}
