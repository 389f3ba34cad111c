/**
 * Medicines and the five nutrients, from the one medicines table: what a medicine does to a nutrient,
 * how far apart to take them, a medicine's own muscle side effect, and always "ask your prescriber or
 * pharmacist; never stop a medicine on your own". A medicine the table lacks is named and declined.
 */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Medicine, MedicineEffect } from '../../knowledge/medicines/medicineSchema';
import type { NutrientId } from '../../knowledge/schema';
import type { Subject } from '../../knowledge/understanding/about';
import { type Block, type Reply, heading, list, note, reply, text } from '../replies/replyModel';
import { inSentence, joinWords } from './format';
import { suggest } from './nutrientAnswers';

export const NEVER_STOP =
  'Ask your prescriber or pharmacist before changing anything, and never stop or change a medicine on your own.';

const MAX_CLASSES = 3;
const EFFECT_WORD: Record<MedicineEffect['effect'], string> = {
  lower: 'can lower',
  raise: 'can raise',
  spacing: 'should be taken apart from',
  interaction: 'may interact with',
};

/** Older adults on a medicine that lowers B12 have two reasons to ask for it to be checked. */
function olderNote(kb: KnowledgeBase, subject: Subject, effects: readonly MedicineEffect[]): Block[] {
  const age = subject.audience.ageMonths;
  const older = (age !== undefined && age >= 51 * 12) || subject.audience.group === 'older';
  if (!older || !effects.some((e) => e.nutrient === 'vitaminB12')) return [];
  const b12 = kb.intakes('vitaminB12').notes.find((x) => x.stage === 'older');
  return b12 ? [note('info', b12.text)] : [];
}

function effectsShown(m: Medicine, asked: readonly NutrientId[]): MedicineEffect[] {
  const about = m.effects.filter((e) => asked.includes(e.nutrient));
  return about.length ? about : m.effects;
}

export function medicineAnswer(
  kb: KnowledgeBase,
  medicineIds: readonly string[],
  nutrients: readonly NutrientId[],
  subject: Subject,
): Reply {
  const classes = medicineIds
    .map((id) => kb.medicine(id))
    .filter((m) => m !== undefined)
    .slice(0, MAX_CLASSES);
  const blocks: Block[] = [];
  const sources = new Set<string>();
  const shownEffects: MedicineEffect[] = [];
  for (const m of classes) {
    if (classes.length > 1) blocks.push(heading(m.name));
    const effects = effectsShown(m, nutrients);
    const unrelated = nutrients.filter((id) => !m.effects.some((e) => e.nutrient === id));
    if (unrelated.length)
      blocks.push(
        text(
          `The fact sheets I use don’t list ${m.plainName} as changing ${joinWords(unrelated.map((id) => inSentence(kb.nutrient(id).name)))}. What they do list:`,
        ),
      );
    blocks.push(
      list(
        effects.map(
          (e) =>
            `${capitalize(m.plainName)} ${EFFECT_WORD[e.effect]} ${inSentence(kb.nutrient(e.nutrient).name)}: ${e.text}`,
        ),
      ),
    );
    effects.forEach((e) => e.sources.forEach((s) => sources.add(s)));
    shownEffects.push(...effects);
    if (m.muscle) {
      blocks.push(note('caution', m.muscle.text));
      sources.add(m.muscle.source);
    }
  }
  blocks.push(...olderNote(kb, subject, shownEffects));
  if (shownEffects.some((e) => e.effect === 'lower'))
    blocks.push(text('If you have symptoms, a blood test can show whether your level is low.'));
  blocks.push(note('info', NEVER_STOP));
  const first = classes[0];
  const nutrient = shownEffects[0]?.nutrient;
  return reply('medicine', {
    title: classes.length === 1 && first ? `${first.name} and your nutrients` : 'Your medicines and your nutrients',
    blocks,
    suggestions: [
      ...(nutrient ? [suggest.foods(kb.nutrient(nutrient).name), suggest.signs(kb.nutrient(nutrient).name)] : []),
      suggest.check,
    ],
    healthInfo: true,
    sources: [...sources],
  });
}

/** "Should I just stop taking it?" after a medicine's effect on a nutrient: not on your own. */
export function stoppingMedicine(): Reply {
  return reply('medicine', {
    title: 'Stopping a medicine',
    blocks: [
      text(
        'Please don’t stop or change a prescribed medicine on your own, even one that can lower a nutrient: talk to your prescriber or pharmacist first.',
      ),
      text(
        'They can weigh why you take it against that effect, check your level with a blood test if needed, and suggest a change or an alternative if one makes sense.',
      ),
    ],
    suggestions: [suggest.check, 'When should I see a doctor?'],
    healthInfo: true,
  });
}

/** "Does magnesium interact with any medicines?": every class in the table that changes it. */
export function medicinesFor(kb: KnowledgeBase, id: NutrientId): Reply {
  const n = kb.nutrient(id);
  const rows = kb.data.medicines.flatMap((m) => m.effects.filter((e) => e.nutrient === id).map((e) => ({ m, e })));
  return reply('medicine', {
    title: `Medicines that affect ${inSentence(n.name)}`,
    blocks: [
      list(
        rows.map(({ m, e }) => `${capitalize(m.plainName)} ${EFFECT_WORD[e.effect]} ${inSentence(n.name)}: ${e.text}`),
      ),
      note('info', NEVER_STOP),
    ],
    suggestions: [suggest.foods(n.name), suggest.check],
    healthInfo: true,
    sources: [...new Set(rows.flatMap(({ e }) => e.sources))],
  });
}

/** A medicine the table does not have: named back, nothing invented, and who can check. */
export function unknownMedicine(kb: KnowledgeBase, names: readonly string[], nutrients: readonly NutrientId[]): Reply {
  const asked = nutrients.length ? ` and ${joinWords(nutrients.map((id) => inSentence(kb.nutrient(id).name)))}` : '';
  return reply('fallback', {
    blocks: [
      text(
        `I don’t have information about ${joinWords([...names])}${asked}: it isn’t one of the medicines I have interaction facts for, so I can’t say whether they interact.`,
      ),
      text(
        'A pharmacist can check any medicine against your supplements, usually without an appointment. Please don’t stop or change a medicine on your own.',
      ),
    ],
    suggestions: ['Which medicines affect magnesium?', suggest.check],
  });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
