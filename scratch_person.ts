import { readContext } from './knowledge/understanding/context';
const cases = [
  'how much calcium should a 60 year old lady have', "I'm a 45 year old man", 'how much vitamin d do babies need',
  'Vit D requirement for a 71 yr old woman', 'magnesium intake 19 year old female', "and my dad? he's 78",
  'im a 34 yo woman how much magnesium should i get a day', "I'm a 29 year old woman", "I'm 27 and 20 weeks pregnant",
  'calcium upper limit for someone over 50', '16yo boy potassium per day', 'im 52, female', 'how much potassium do i need per day? 41 M',
  'calcium for 12 yo', 'how much vitamin b12 does a 2 yr old need', 'whats the daily magnesium need for a toddler', 'potassium AI for 5 year olds',
  'and for kids?', 'how much mag do i need im 40 male, 6ft 190lbs', 'and for a teenager?', 'whats the UL for calcium for a 15 yo',
  'can i give my 4 year old 5000 iu of vitamin d', 'my 78 yo mum has been on a PPI for years, does she need b12 checked?',
  'what dose of magnesium can I give my 8yo for cramps', 'does b12 absorption change after 50', "my 10yo's eye keeps twitching", 'my son is 9',
  'how much calcium does he need', 'my 15 yo daughter went vegan, what about b12', 'is potassium important for kids? how much',
  'my 80 year old mum, how much calcium and vitamin d does she need', 'my potassium is 3.1', 'is 5000 too much', 'I take 500mg magnesium',
  'my 8 year old has leg cramps at night', 'I have had cramps for 2 years', 'how much magnesium do i need', 'my daughter (14) gets cramps', '64F on furosemide',
  'how much vit d should a 70 year old take? my dad gets cramps', 'how many oz of pumpkin seeds to get my magnesium? 35 yo guy',
];
for (const c of cases) console.log(c.padEnd(70), JSON.stringify(readContext(c).person), readContext(c).lifeStages.join(','));
