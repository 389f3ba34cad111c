/** Answers about one food: what it provides, or how much of one nutrient it has. */
import type { KnowledgeBase } from '../../knowledge/knowledgeBase';
import type { Food, NutrientId } from '../../knowledge/schema';
import { type Reply, note, reply, text } from '../replies/replyModel';
import { FOOD_TABLE_COLUMNS, foodAmountRow, formatAmount, formatDV } from './format';
import { suggest } from './nutrientAnswers';

export function nutrientsInFood(kb: KnowledgeBase, food: Food): Reply {
  const rows = kb.nutrientsIn(food);
  const top = rows[0];
  const blocks = [
    text(`The five muscle nutrients in ${food.serving.label} of ${food.name.toLowerCase()}:`),
    {
      type: 'table' as const,
      columns: ['Nutrient', 'Serving', 'Amount', '%DV'],
      rows: rows.map((r) => [r.nutrient.name, ...foodAmountRow(r).slice(1)]),
    },
  ];
  if (top && top.percentDV >= 10) blocks.push(text(`It is a good source of ${top.nutrient.name.toLowerCase()}.`));
  if (food.note) blocks.push(note('info', food.note));
  return reply('foodProfile', {
    title: `What ${food.name.toLowerCase()} gives you`,
    blocks,
    suggestions: top
      ? [suggest.foods(top.nutrient.name), suggest.role(top.nutrient.name), suggest.check]
      : [suggest.check],
    healthInfo: true,
    sources: ['USDA_SR28'],
  });
}

export function foodNutrientAmount(kb: KnowledgeBase, food: Food, id: NutrientId): Reply {
  const n = kb.nutrient(id);
  const row = kb.amountIn(food, id);
  const alternatives = kb.foodsRichIn(id, { limit: 3 }).filter((r) => r.food.id !== food.id);
  const blocks = row
    ? [
        text(
          `${food.serving.label} of ${food.name.toLowerCase()} has about ${formatAmount(row.amount, n.unit)} of ${n.name.toLowerCase()}, ${formatDV(row.percentDV)} (Daily Value ${formatAmount(n.dailyValue.amount, n.unit)}).`,
        ),
      ]
    : [text(`My food table has no ${n.name.toLowerCase()} figure for ${food.name.toLowerCase()}.`)];
  if (food.note) blocks.push(note('info', food.note));
  if (alternatives.length) {
    blocks.push(text(`For comparison, the richest sources per serving:`));
    blocks.push({ type: 'table', columns: FOOD_TABLE_COLUMNS, rows: alternatives.map(foodAmountRow) });
  }
  return reply('foodAmount', {
    title: `${n.name} in ${food.name.toLowerCase()}`,
    blocks,
    suggestions: [suggest.foods(n.name), `What's in ${food.name.split(',')[0]!.toLowerCase()}?`, suggest.role(n.name)],
    healthInfo: true,
    sources: ['USDA_SR28', n.dailyValue.source],
  });
}
