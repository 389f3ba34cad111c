/** "2 eggs, toast and a latte": a coffee made with milk is named back, not silently dropped or guessed. */
import { describe, expect, it } from 'vitest';
import { milkDrinkText } from '../../dialogs/answers/amountAnswers';
import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';
import { lastReply } from '../support/testBot';

const recognizer = new Recognizer(knowledgeBase());

describe('coffee drinks made with milk', () => {
  it('are read when no milk is named with them', () => {
    expect(recognizer.recognize('had 2 eggs, toast and a latte. how much b12 today?').milkDrinks).toEqual(['latte']);
    expect(recognizer.recognize('2 cappuccinos and a flat white').milkDrinks).toEqual(['cappuccino', 'flat white']);
    expect(recognizer.recognize('latte with 300ml semi skimmed and a yogurt, calcium?').milkDrinks).toBeUndefined();
    expect(recognizer.recognize('a white bread sandwich').milkDrinks).toBeUndefined();
    expect(recognizer.recognize('a banana and a chai latte, potassium?').milkDrinks).toBeUndefined();
  });

  it('are said in a meal’s total as not counted, with how to count the milk', async () => {
    const reply = await lastReply('had 2 eggs, toast and a latte. how much b12 today?');
    expect(reply).toContain(milkDrinkText(['latte']));
    expect(reply).toMatch(/whole egg/);
    expect(await lastReply('latte with 300ml semi skimmed and a yogurt, calcium?')).not.toContain('coffee with milk');
  });
});
