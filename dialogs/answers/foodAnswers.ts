/** Answers about one food: what it provides, or how much of one nutrient it has. */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { DietTag, Food, NutrientId } from '../../knowledge/schema';
import { type Reply, note, reply, text } from '../replies/replyModel';
import {
  FOOD_TABLE_COLUMNS,
  foodAmountRow,
  formatAmount,
  formatDV,
  inSentence,
  nutrientAmount,
  sourceVerdict,
} from './format';
import { suggest } from './nutrientAnswers';
import { fortifiedForm, otherFigures } from './amountAnswers';

export function nutrientsInFood(kb: KnowledgeBase, food: Food): Reply {
  const rows = kb.nutrientsIn(food);
  const top = rows[0];
  const blocks = [
    text(`The five muscle nutrients in ${food.serving.label} of ${inSentence(food.name)}:`),
    {
      type: 'table' as const,
      columns: ['Nutrient', 'Serving', 'Amount', '%DV'],
      rows: rows.map((r) => [r.nutrient.name, ...foodAmountRow(r).slice(1)]),
    },
  ];
  if (top && top.percentDV >= 10) blocks.push(text(`It is a good source of ${inSentence(top.nutrient.name)}.`));
  if (food.note) blocks.push(note('info', food.note));
  return reply('foodProfile', {
    title: `What ${inSentence(food.name)} gives you`,
    blocks,
    suggestions: top
      ? [suggest.foods(top.nutrient.name), suggest.role(top.nutrient.name), suggest.check]
      : [suggest.check],
    healthInfo: true,
    sources: ['USDA_SR28'],
  });
}

export function foodNutrientAmount(
  kb: KnowledgeBase,
  food: Food,
  id: NutrientId,
  diets: readonly DietTag[] = [],
): Reply {
  const n = kb.nutrient(id);
  const row = kb.amountIn(food, id);
  const alternatives = kb.foodsRichIn(id, { limit: 3 }).filter((r) => r.food.id !== food.id);
  const blocks = row
    ? [
        text(sourceVerdict(row, inSentence(food.name))),
        text(
          `${food.serving.label} of ${inSentence(food.name)} has about ${nutrientAmount(n, row.amount)} of ${inSentence(n.name)}, ${formatDV(row.percentDV)} (Daily Value ${formatAmount(n.dailyValue.amount, n.unit)}).`,
        ),
      ]
    : [text(`My food table has no ${inSentence(n.name)} figure for ${inSentence(food.name)}.`)];
  if (food.note) blocks.push(note('info', food.note));
  const fortified = fortifiedForm(kb, food, n);
  if (fortified) blocks.push(text(fortified));
  // "any B12 in spinach?": none, so where someone eating plant foods gets it (the nutrient's vegan note).
  const plantNotes =
    row && row.amount * 10 < 1 && kb.diets.fits(food, ['vegan']) ? n.dietNotes.filter((d) => d.diet === 'vegan') : [];
  for (const d of plantNotes) blocks.push(note('info', d.text));
  const notes = (food.nutrientNotes ?? []).filter((x) => x.nutrient === id);
  for (const x of notes) blocks.push(note('info', x.text));
  // Another table's figure too when this one has none ("vitamin d in tuna").
  const others = otherFigures(kb, food, [id]);
  for (const x of others) blocks.push(note('info', x.text));
  // "allergic to nuts, is dark chocolate ok?": say plainly when the food does not fit the diet asked about.
  const misfits = diets.filter((d) => !kb.diets.fits(food, [d]));
  for (const d of misfits) {
    const traces = food.mayContain?.length && kb.diets.fits({ ...food, mayContain: [] }, [d]);
    blocks.push(
      note(
        'caution',
        traces
          ? `${capitalise(inSentence(food.name))} often carries a “may contain” warning, so it may not be safe for a ${kb.diets.get(d)?.label ?? d} diet: check the label.`
          : `${capitalise(inSentence(food.name))} does not fit a ${kb.diets.get(d)?.label ?? d} diet.`,
      ),
    );
  }
  if (alternatives.length) {
    blocks.push(text(`For comparison, the richest sources per serving:`));
    blocks.push({ type: 'table', columns: FOOD_TABLE_COLUMNS, rows: alternatives.map(foodAmountRow) });
  }
  return reply('foodAmount', {
    title: `${n.name} in ${inSentence(food.name)}`,
    blocks,
    suggestions: [suggest.foods(n.name), `What's in ${food.name.split(',')[0]!.toLowerCase()}?`, suggest.role(n.name)],
    healthInfo: true,
    sources: [
      ...new Set([
        'USDA_SR28',
        n.dailyValue.source,
        ...notes.map((x) => x.source),
        ...others.map((x) => x.source),
        ...plantNotes.map((d) => d.source),
      ]),
    ],
  });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
