import { describe, expect, it } from 'vitest';
import { lastReply } from '../support/testBot';

const ask = lastReply;

describe('amounts, meals, how many and comparisons', () => {
  it('answers for the amount asked, not one serving', async () => {
    const reply = await ask('how much potassium in 2 cups of cooked spinach');
    // SR28: 466 mg per 100 g, 180 g per cup
    expect(reply).toContain('2 cups (360 g)');
    expect(reply).toContain('1,678 mg');
    expect(reply).toContain('36% DV');
  });

  it('vitamin D in mcg and IU, with no needless ".0"', async () => {
    const reply = await ask('eggs for vitamin d and b12?');
    expect(reply).toContain('1 mcg (40 IU)'); // SR28: 2.0 mcg per 100 g, 50 g egg
    expect(reply).not.toContain('1.0 mcg');
  });

  it('finds the amount past a percentage and the weight after a tin', async () => {
    // SR28 dark chocolate 70-85%: 228 mg magnesium per 100 g
    expect(await ask('magnesium in 100g of 70-85% dark chocolate')).toContain(
      '100 g of dark chocolate has about 228 mg',
    );
    // 90 g of sardines: 382 mg calcium per 100 g, 4.8 mcg vitamin D per 100 g
    const sardines = await ask('a tin of sardines in oil (about 90g drained), calcium and vitamin D?');
    expect(sardines).toContain('90 g');
    expect(sardines).toContain('4.3 mcg (175 IU)');
  });

  it('a measure with no weight for that food: one serving instead, said so', async () => {
    const reply = await ask('how much magnesium in a square of dark chocolate');
    expect(reply).toContain('I’m not sure what you mean by “square”');
    expect(reply).toContain('Here is one serving (1 oz (28 g)) instead.');
    expect(reply).toContain('65 mg of magnesium');
  });

  it('a slice of cheese is 1 oz; a slice of bread is the bread’s own slice', async () => {
    // Cheddar: 710 mg calcium per 100 g
    expect(await ask('calcium in a slice of cheddar')).toContain('1 slice (28 g) of cheddar cheese has about 199 mg');
    expect(await ask('magnesium in 2 slices of whole wheat bread')).toContain('2 slices (64 g)');
  });

  it('reads number words and halves', async () => {
    expect(await ask('potassium in half an avocado')).toContain('485 mg'); // 1/2 fruit, 100 g
    expect(await ask('how much b12 in two eggs')).toMatch(/0\.9 mcg|1\.1 mcg|0\.89/);
  });

  it('totals a meal per nutrient with the percent of the Daily Value', async () => {
    const reply = await ask('I ate 100g of dark chocolate and 2 bananas. magnesium total');
    expect(reply).toContain('Total');
    expect(reply).toContain('292 mg'); // 228 + 2 × 118 g × 27 mg/100 g
    expect(reply).toContain('69% DV'); // 291.7 of 420 mg
  });

  it('names the foods it assumed one serving of, and the words it did not understand', async () => {
    const reply = await ask('lunch: 3 smidgens of zorbleberries, a banana and milk. potassium total?');
    expect(reply).toMatch(/not sure what you mean by “smidgens”/);
    expect(reply).toContain('No amount given for milk');
  });

  it('says which part of an amount was not understood', async () => {
    expect(await ask('how much potassium in 2 glugs of milk')).toContain('not sure what you mean by “glugs”');
  });

  it('counts how many of a food reach the Daily Value, with a note on variety', async () => {
    const reply = await ask('how many bananas to reach my daily potassium');
    expect(reply).toContain('about 11 bananas');
    expect(reply).toMatch(/combine several foods rather than rely on one/);
  });

  it('takes a weight said after the food over a count before it', async () => {
    // SR28 light tuna in water: 2.99 mcg B12 per 100 g; 3 oz = 85 g, not the 165 g can
    const reply = await ask('how many mcg b12 in a can of tuna (3oz, light, in water)');
    expect(reply).toContain('3 oz (85 g)');
    expect(reply).toContain('2.5 mcg');
  });

  it('"a tuna sandwich" counts one serving of tuna, and says so', async () => {
    const reply = await ask('had a tuna sandwich and a glass of milk for lunch, how much b12');
    expect(reply).toContain('No amount given for light tuna: I used 3 oz (85 g)');
    expect(reply).not.toContain('I don’t have a weight');
  });

  it('"how much yogurt would I need to eat" counts servings of that food', async () => {
    const reply = await ask('how much yogurt do i need to eat to get enough calcium');
    expect(reply).toContain('How much plain yogurt for your calcium');
    expect(reply).toMatch(/you would need about 3\.1 servings/);
  });

  it('counts to the person’s own need when they said who they are', async () => {
    // Women 31-50: 320 mg of magnesium; dry roasted almonds 79 mg per 1 oz
    const reply = await ask('how many almonds to hit my magnesium (F, 33)');
    expect(reply).toContain('To reach the 320 mg recommended for you (a woman, aged 33)');
    expect(reply).toContain('about 4 servings');
    expect(reply).not.toContain('The Daily Value is a general target');
  });

  it('counts to an amount stated in the question', async () => {
    // Roasted pepitas: 156 mg per oz; 400 / 156 = 2.6
    expect(await ask('how many ounces of pumpkin seeds give 400 mg magnesium')).toContain(
      'To reach the 400 mg you asked about you would need about 2.6 oz',
    );
    // Farmed Atlantic salmon: 11.2 mcg per 3 oz; 600 IU = 15 mcg
    expect(await ask('how much salmon do I need to eat for 600 IU of vitamin D')).toContain(
      'To reach the 600 IU you asked about you would need about 1.3 servings',
    );
  });

  it('with nobody known, the adult recommendation beside the Daily Value; a sex alone is an adult', async () => {
    const eggs = await ask('how many eggs would I have to eat to get my daily vitamin D');
    expect(eggs).toContain('To reach the Daily Value of 20 mcg you would need about 20 whole eggs');
    expect(eggs).toContain('For the 15 mcg (600 IU) a day recommended for adults aged 19-50: about 15.');
    // Women 19+: 2,600 mg potassium; a sweet potato 542 mg
    expect(await ask("I'm a woman - how many sweet potatoes to reach potassium?")).toContain(
      'To reach the 2,600 mg recommended for you (a woman) you would need about 4.8 sweet potatoes',
    );
  });

  it('a meal for someone who said who they are gives their own need beside the total', async () => {
    const reply = await ask('I’m a 40 year old woman', 'today: 2 cups milk and a pot of yogurt. enough calcium?');
    expect(reply).toContain('Recommended for you (a woman, aged 40): 1,000 mg of calcium a day.');
    expect(reply).toContain('Total');
  });

  it('compares two foods per serving and per 100 g and names the winner', async () => {
    const reply = await ask('banana or avocado, which has more potassium?');
    expect(reply).toContain('358 mg'); // banana per 100 g
    expect(reply).toContain('485 mg');
    expect(reply).toMatch(/Per serving, avocado has more potassium/);
  });

  it('says what matters beyond the number: spinach’s calcium is poorly absorbed', async () => {
    expect(await ask('kale vs spinach calcium')).toContain('oxalate');
  });

  it('keeps comparing on a follow-up', async () => {
    expect(await ask('banana or avocado for potassium?', 'ok but per 100 grams?')).toContain('358 mg');
  });
});

describe('foods the table does not have', () => {
  it('a milk made from a food is neither that food nor cow’s milk, and is named back', async () => {
    const reply = await ask('is oat milk fortified with b12');
    expect(reply).toContain('Oat milk is not in my food table');
    expect(reply).toMatch(/check the label/);
    expect(reply).not.toMatch(/oatmeal|1% low-fat/i);
    const meal = await ask('oat milk and a banana, how much calcium?');
    expect(meal).toContain('Oat milk is not in my food table');
    expect(meal).toContain('banana');
    // Milks the table has stay themselves.
    expect(await ask('calcium in almond milk')).toContain('516 mg');
    expect(await ask('how much calcium in goat milk')).toContain('Calcium in goat milk');
    // Cow's milk named after a plant milk is still cow's milk.
    const both = await ask('compare oat milk and cow’s milk for calcium');
    expect(both).toContain('Oat milk is not in my food table');
    expect(both).toMatch(/Calcium in milk, 1% low-fat/i);
  });

  it('a coffee made with a plant milk is about the milk, not the food it is made from', async () => {
    for (const question of [
      'I’d love an oat latte, does it have calcium?',
      'oat cappuccino every morning, any calcium?',
    ]) {
      const reply = await ask(question);
      expect(reply, question).toContain('Milky coffee');
      expect(reply, question).not.toMatch(/rolled oats|oatmeal/i);
    }
  });
});

describe('foods set aside and fish-free', () => {
  it('leaves out the foods the person sets aside, and their kinds', async () => {
    const bananas = await ask('good sources of potassium without bananas');
    expect(bananas).toContain('Left out, as you asked: banana.');
    expect(bananas).not.toMatch(/Banana ·/);
    const tofu = await ask("calcium foods, I don't eat tofu");
    expect(tofu).toContain('Left out, as you asked: tofu.');
    expect(tofu).not.toMatch(/Tofu, firm/);
  });

  it('"doesn’t eat fish" or a fish allergy: no fish or shellfish in the list', async () => {
    for (const q of ["foods with vitamin d for someone who doesn't eat fish", 'b12 foods, I have a fish allergy']) {
      const reply = await ask(q);
      expect(reply).toContain('fish-free');
      expect(reply).not.toMatch(/salmon|trout|tuna|sardine|clam|mussel|oyster|cod|herring|mackerel/i);
    }
  });
});

describe('kinds of food', () => {
  it('"which nuts have the most magnesium?" lists nuts only, and "fruits high in potassium" fruits only', async () => {
    const nuts = await ask('which nuts have the most magnesium');
    expect(nuts).toContain('The nuts in my table richest in magnesium');
    expect(nuts).toContain('Brazil nuts');
    expect(nuts).not.toMatch(/seeds|quinoa|amaranth|bran/i);
    const fruit = await ask('fruits high in potassium');
    expect(fruit).toContain('Banana');
    expect(fruit).not.toMatch(/potato|beans|spinach|salmon/i);
    // A food whose name holds the word is that food.
    expect(await ask('mixed nuts magnesium')).toContain('Magnesium in mixed nuts');
    const cheese = await ask('which cheese has the most calcium');
    expect(cheese).toContain('Swiss cheese');
    expect(cheese).not.toMatch(/tofu|milk,|yogurt|cereal/i);
  });
});

describe('diet filters in answers', () => {
  it('a nut allergy lists no nut and no nut product', async () => {
    const reply = await ask('I have a nut allergy, what foods are high in magnesium?');
    expect(reply).not.toMatch(
      /almond|cashew|peanut|walnut|hazelnut|pecan|pistachio|macadamia|brazil|trail mix|nutella|marzipan/i,
    );
    expect(reply).toMatch(/pumpkin seeds/i);
  });

  it('several filters at once: keto and vegan', async () => {
    const reply = await ask('keto and vegan, magnesium?');
    expect(reply).toMatch(/low-carb \(keto\) and vegan|vegan and low-carb/);
    expect(reply).not.toMatch(/brown rice|banana|quinoa|yogurt|cheese/i);
  });

  it('warns when a food asked about does not fit the diet', async () => {
    expect(await ask('allergic to nuts, is dark chocolate ok for magnesium')).toMatch(/may contain.*check the label/);
  });
});

describe('lifestyle causes', () => {
  it('answers "can coffee make my eyelid twitch?" with caffeine, what helps and when to see a doctor', async () => {
    const reply = await ask('can coffee make my eyelid twitch?');
    expect(reply).toContain('Caffeine and other stimulants');
    expect(reply).toContain('400 mg');
    expect(reply).toContain('When to see a doctor');
  });

  it('a question about the cause named is answered about it, not taken as a symptom check', async () => {
    const drink = await ask('why do i get leg cramps after a night of drinking');
    expect(drink).toContain('Alcohol');
    expect(drink).not.toContain('So far I have');
    const marathon = await ask('running my first marathon sunday, how do i avoid cramping');
    expect(marathon).toMatch(/pace yourself/);
    expect(marathon).not.toContain('So far I have');
  });

  it('"how do I stop a leg cramp?" says what helps and when to see a doctor, and starts no check', async () => {
    for (const question of ['how do i stop a leg cramp', 'got a cramp while swimming what do i do']) {
      const reply = await ask(question);
      expect(reply).toContain('What helps with muscle cramps');
      expect(reply).toContain('gently stretch and massage the muscle');
      expect(reply).toContain('When to see a doctor');
      expect(reply).not.toContain('So far I have');
    }
    expect(await ask('how do i get rid of my eye twitch')).toContain('What helps with muscle twitching');
    // A symptom told, with no question, is still the symptom check; a nutrient asked about is about it.
    expect(await ask('I keep getting cramps')).toContain('So far I have');
    expect(await ask('does magnesium help cramps')).not.toContain('What helps with');
  });

  it('says when its sources do not link a cause with the nutrient asked about', async () => {
    expect(await ask('does caffeine drain your magnesium')).toContain(
      'My sources don’t link caffeine and other stimulants with low magnesium',
    );
    expect(await ask('does alcohol lower magnesium')).not.toContain('My sources don’t link');
  });

  it('a lifestyle cause told with symptoms is said back in the symptom check, with what helps first', async () => {
    const reply = await ask('i drink 3 monsters a day and my eye twitches');
    expect(reply).toContain('So far I have');
    expect(reply).toContain('You mentioned caffeine and other stimulants');
    expect(reply).toContain('Cut down on caffeine');
    const desk = await ask('sitting at my desk all day and my legs cramp at night');
    expect(desk).toContain('You mentioned sitting or standing for long periods');
    expect(desk).toMatch(/walk and move your legs/);
  });

  it('every cause named in the opening is said back, those with a question of their own too', async () => {
    const reply = await ask('exams + no sleep + red bull = my eyelid is going crazy');
    expect(reply).toContain('You mentioned stress');
    expect(reply).toContain('You mentioned poor sleep');
    expect(reply).toContain('You mentioned caffeine and other stimulants');
    expect(await ask('I barely drink any water and get cramps in my legs at night')).toContain(
      'You mentioned dehydration',
    );
    expect(await ask('been on nights for a month, my muscles keep jumping')).toContain('You mentioned poor sleep');
  });

  it('"is that a thing?" after a cause and a symptom asks about the cause', async () => {
    const reply = await ask("the twitching is way worse when I haven't slept properly, is that a thing?");
    expect(reply).toContain('Poor sleep');
    expect(reply).not.toContain('So far I have');
  });

  it('a prescribed stimulant is its own cause: the prescriber, and never stopping it alone', async () => {
    const reply = await ask('my hands tremble and muscles twitch on adderall');
    expect(reply).toContain('You mentioned prescribed stimulants');
    expect(reply).toContain('prescriber or pharmacist');
    expect(reply).toContain('Never stop or change a prescribed medicine on your own');
    expect(reply).not.toContain('You mentioned caffeine');
  });

  it('alcohol: the dehydration of a night of drinking, as well as magnesium', async () => {
    const reply = await ask('why do i get leg cramps after a night of drinking');
    expect(reply).toMatch(/dehydrated/);
    expect(reply).toMatch(/magnesium/);
  });

  it('a cause told on its own gets what it does to muscles, not "outside what I know"', async () => {
    const reply = await ask("I'm training for my first marathon");
    expect(reply).toContain('Heavy sweating and endurance exercise');
    expect(reply).not.toMatch(/outside what I know/);
  });

  it('remedies people ask about: pickle juice, and no quinine or tonic water', async () => {
    const pickle = await ask('does pickle juice actually work for cramps');
    expect(pickle).toContain('Pickle juice');
    expect(pickle).toContain('very salty');
    expect(pickle).not.toContain('So far I have');
    expect(await ask('is tonic water good for leg cramps')).toContain('Don’t take quinine');
  });
});
