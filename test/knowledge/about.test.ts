/**
 * Who a message is about (age, sex, a family member, a group) and what the conversation keeps of it,
 * so daily needs are given for the right person and the symptom check knows the medicines named earlier.
 */
import { describe, expect, it } from 'vitest';
import { rememberAbout, subjectOf } from '../../knowledge/understanding/about';
import { readContext } from '../../knowledge/understanding/context';

const years = (n: number) => n * 12;
const person = (text: string) => readContext(text).person;

describe('who a message is about', () => {
  it.each([
    ['I’m a 29 year old woman', { who: 'self', ageMonths: years(29), sex: 'female' }],
    ['im 52, female', { who: 'self', ageMonths: years(52), sex: 'female' }],
    ['how much potassium do i need per day? 41 M', { who: 'self', ageMonths: years(41), sex: 'male' }],
    ['how much mag do i need im 40 male, 6ft 190lbs', { who: 'self', ageMonths: years(40), sex: 'male' }],
    ['how many almonds to hit my magnesium (F, 33)', { who: 'self', ageMonths: years(33), sex: 'female' }],
    ['M 40, how much magnesium', { who: 'self', ageMonths: years(40), sex: 'male' }],
    ['how much calcium should a 60 year old lady have', { who: 'other', ageMonths: years(60), sex: 'female' }],
    ['16yo boy potassium per day', { who: 'other', ageMonths: years(16), sex: 'male' }],
    ['calcium for 12 yo', { who: 'other', ageMonths: years(12) }],
    ['whats the daily magnesium need for a toddler', { who: 'other', ageMonths: 24 }],
    ['calcium upper limit for someone over 50', { who: 'other', ageMonths: years(51) }],
    ['how much vitamin d do babies need', { who: 'other', group: 'babies' }],
    ['and for kids?', { who: 'other', group: 'children' }],
    ['and for a teenager?', { who: 'other', group: 'teens' }],
    ['and my dad? he’s 78', { who: 'other', ageMonths: years(78), sex: 'male', relation: 'parent' }],
    ['my son is 9', { who: 'other', ageMonths: years(9), sex: 'male', relation: 'child' }],
    ['my 78 yo mum has been on a PPI', { who: 'other', ageMonths: years(78), sex: 'female', relation: 'parent' }],
    ['my daughter (14) gets cramps', { who: 'other', ageMonths: years(14), sex: 'female', relation: 'child' }],
    ['potassium target for a woman in her mid thirties', { who: 'other', ageMonths: years(35), sex: 'female' }],
    ['calcium recommendations for men over seventy', { who: 'other', ageMonths: years(71), sex: 'male' }],
    ['how much magnesium per day for a bloke of 60', { who: 'other', ageMonths: years(60), sex: 'male' }],
    ['vitamin d for someone in their 40s', { who: 'other', ageMonths: years(45) }],
    // The writer's own age is not the other person's, when theirs is told too.
    [
      "my dad he's like 72 does he need more calcium than me I'm 40",
      { who: 'other', ageMonths: years(72), sex: 'male', relation: 'parent' },
    ],
    ["my son is 9 and I'm 35, cramps at night", { who: 'other', ageMonths: years(9), sex: 'male', relation: 'child' }],
    // Asked for the other person with only the writer's age told: no age for them.
    ["how much vitamin d does my dad need? I'm 40", { who: 'other', sex: 'male', relation: 'parent' }],
    ['I’m 40, how much calcium for my mum?', { who: 'other', sex: 'female', relation: 'parent' }],
    // A story about a relative, then the writer's own question: the writer's age stays.
    [
      'My grandad had a stroke back in 2010. I’m 30 and healthy, should I be taking vitamin D in winter?',
      { who: 'other', ageMonths: years(30), sex: 'male', relation: 'grandparent' },
    ],
    ['shes nearly 5', { who: 'other', ageMonths: years(5) }],
    // Grandparents and grandchildren are their own relations ("your grandparent", not "your parent").
    [
      'how much vitamin d does my grandma need? she is 82',
      { who: 'other', ageMonths: years(82), sex: 'female', relation: 'grandparent' },
    ],
    ["calcium for my grandson? he's 7", { who: 'other', ageMonths: years(7), sex: 'male', relation: 'grandchild' }],
    // A man or a woman in general is a grown-up; the writer saying so is one too.
    ['how much magnesium does a grown man need', { who: 'other', group: 'adults', sex: 'male' }],
    ['how much magnesium does a man need', { who: 'other', group: 'adults', sex: 'male' }],
    ['how much calcium does a woman of 60 need', { who: 'other', ageMonths: years(60), sex: 'female' }],
    ['im a man how much magnesium do i need', { who: 'self', group: 'adults', sex: 'male' }],
    ["I'm a woman, how much potassium do I need?", { who: 'self', group: 'adults', sex: 'female' }],
    // A baby's age without "old", in months or weeks.
    [
      'my baby is 4 months, how much vitamin d does she need',
      { who: 'other', ageMonths: 4, sex: 'female', relation: 'child' },
    ],
    ['my son is 10 weeks old', { who: 'other', ageMonths: 2, sex: 'male', relation: 'child' }],
    ['she’s only 7 months', { who: 'other', ageMonths: 7, sex: 'female' }],
  ] as const)('"%s"', (text, expected) => {
    expect(person(text)).toEqual(expected);
  });

  it('reads no baby age from a span of time in months', () => {
    expect(person('my son is 9 months into his course')?.ageMonths).toBeUndefined();
    expect(person('I’m 4 months pregnant')).toBeUndefined();
  });

  it.each([
    'how much magnesium do i need',
    'I’m 27 and 20 weeks pregnant'.replace('27 and ', ''),
    'my potassium is 3.1',
    'is 5000 too much',
    'I take 500mg magnesium',
    'I have had cramps for 2 years',
    'three 8 oz glasses of milk',
  ])('finds no age in "%s"', (text) => {
    expect(person(text)?.ageMonths).toBeUndefined();
  });

  it('reads a pregnancy without mistaking weeks for an age or “I’m” for a man', () => {
    const context = readContext('I’m 27 and 20 weeks pregnant');
    expect(context.lifeStages).toContain('pregnant');
    expect(context.person).toEqual({ who: 'self', ageMonths: years(27) });
  });

  it('takes a child for a child and an old parent for no child', () => {
    expect(readContext('my 8 year old has leg cramps at night').lifeStages).toContain('child');
    expect(readContext('my son is 9').lifeStages).toContain('child');
    expect(readContext('my 80 year old mum, how much calcium does she need').lifeStages).not.toContain('child');
  });
});

describe('what the conversation keeps about the people in it', () => {
  it('keeps the writer’s age, sex and pregnancy, and merges later details', () => {
    let about = rememberAbout(undefined, readContext('I’m 27'), []);
    about = rememberAbout(about, readContext('and I’m pregnant'), []);
    expect(about?.self).toEqual({ ageMonths: years(27), pregnant: true, sex: 'female' });
    expect(subjectOf(about, readContext('how much potassium do I need'))).toMatchObject({
      who: 'self',
      audience: { ageMonths: years(27), pregnant: true, sex: 'female' },
      child: false,
    });
  });

  it('answers "how much does he need?" for the child asked about before', () => {
    const about = rememberAbout(undefined, readContext('my son is 9'), []);
    expect(subjectOf(about, readContext('how much calcium does he need'))).toMatchObject({
      who: 'other',
      relation: 'child',
      audience: { ageMonths: years(9), sex: 'male' },
      child: true,
    });
  });

  it('gives a parent or a partner of unknown age the adults’ figures, and a child of unknown age every age’s', () => {
    expect(subjectOf(undefined, readContext('how much vitamin d does my dad need'))).toEqual({
      who: 'other',
      relation: 'parent',
      audience: { group: 'adults', sex: 'male' },
      child: false,
    });
    expect(subjectOf(undefined, readContext('how much calcium does my wife need')).audience).toEqual({
      group: 'adults',
      sex: 'female',
    });
    expect(subjectOf(undefined, readContext('how much calcium does my son need')).audience).toEqual({ sex: 'male' });
    expect(subjectOf(undefined, readContext('how much calcium does my mum need, she is 80')).audience).toEqual({
      ageMonths: years(80),
      sex: 'female',
    });
  });

  it('keeps the writer’s own medicines, not a relative’s', () => {
    const own = rememberAbout(undefined, readContext('I take omeprazole'), ['ppi']);
    expect(own?.medicines).toEqual(['ppi']);
    const mums = rememberAbout(own, readContext('my 78 yo mum takes metformin'), ['metformin']);
    expect(mums?.medicines).toEqual(['ppi']);
  });

  it('returns the same record when a message says nothing about anyone', () => {
    const about = rememberAbout(undefined, readContext('I’m 40'), []);
    expect(rememberAbout(about, readContext('what foods have potassium'), [])).toBe(about);
  });

  it('has nobody to speak of when nothing was said', () => {
    expect(subjectOf(undefined, readContext('how much magnesium do i need'))).toEqual({
      audience: {},
      who: 'nobody',
      child: false,
    });
  });
});

describe('two people told apart in one message', () => {
  it.each([
    [
      'my daughter is 2 and I’m a 40 year old woman, how much magnesium do we each need?',
      { who: 'other', ageMonths: years(2), sex: 'female', relation: 'child' },
      { who: 'self', ageMonths: years(40), sex: 'female' },
    ],
    [
      'my husband is 35 and I’m 33, how much magnesium should each of us be getting?',
      { who: 'other', ageMonths: years(35), sex: 'male', relation: 'partner' },
      { who: 'self', ageMonths: years(33) },
    ],
    [
      'my dad’s 72, does he need more than me? I’m 40',
      { who: 'other', ageMonths: years(72), sex: 'male', relation: 'parent' },
      { who: 'self', ageMonths: years(40) },
    ],
  ])('"%s": the other person and the writer, each with their own age', (text, other, writer) => {
    const context = readContext(text);
    expect(context.person).toEqual(other);
    expect(context.writer).toEqual(writer);
  });

  it('takes who the other person is from another statement ("my dad … he is 80")', () => {
    const context = readContext('how much vitamin d does my dad need, im 45 and he is 80');
    expect(context.person).toEqual({ who: 'other', ageMonths: years(80), sex: 'male', relation: 'parent' });
    expect(context.writer).toEqual({ who: 'self', ageMonths: years(45) });
  });

  it('is one person when only one of them has an age', () => {
    const context = readContext('my daughter is 2, how much magnesium does she need?');
    expect(context.person).toEqual({ who: 'other', ageMonths: years(2), sex: 'female', relation: 'child' });
    expect(context.writer).toBeUndefined();
  });

  it('reads an age after "mum’s" or "dad’s", never a count of something', () => {
    expect(person('mum’s 78 and on furosemide')).toMatchObject({ ageMonths: years(78), sex: 'female' });
    expect(person('my mum’s 2 cups of coffee a day')?.ageMonths).toBeUndefined();
  });

  it('keeps both: the writer as themselves, the other as the person asked about', () => {
    const about = rememberAbout(undefined, readContext('my daughter is 2 and I’m a 40 year old woman'), []);
    expect(about?.self).toEqual({ ageMonths: years(40), sex: 'female' });
    expect(about?.other).toMatchObject({ ageMonths: years(2), relation: 'child' });
  });
});
