/**
 * The medicines table: against the fact sheets' interactions (a copied fixture), found in messages by any
 * of its names, and the one list the symptom check reads (its answers, mentions, points and the triage
 * rules about medicines are all built from or checked against it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KnowledgeDataError, parseKnowledge, readRawKnowledge } from '../../knowledge/loadKnowledge';
import { type Medicine, medicineNames } from '../../knowledge/medicines/medicineSchema';
import { matchOption, mentionedAnswers } from '../../knowledge/scoring/matchAnswer';
import { knowledgeBase } from '../support/knowledge';

interface RefMedicine {
  class: string;
  examples: string[];
  effects: { nutrient: string; effect: string; sources: string[] }[];
  muscle?: string;
}
const reference = JSON.parse(readFileSync(join(__dirname, '../fixtures/intakes-interactions.json'), 'utf8')) as {
  medicines: RefMedicine[];
};

const kb = knowledgeBase();
const medicines = kb.data.medicines;
const byName = (name: string): Medicine | undefined => medicines.find((m) => m.name.startsWith(name.split(' (')[0]!));
const names = (m: Medicine) => medicineNames(m).map((n) => n.toLowerCase());
const found = (text: string) => kb.findMedicines(kb.analyze(text)).map((h) => h.item.id);

describe('medicines.json against the fact sheets', () => {
  it.each(reference.medicines.map((r) => [r.class, r] as const))('%s', (_name, ref) => {
    const ours = byName(ref.class);
    expect(ours, `a class for ${ref.class}`).toBeDefined();
    // Every example, generic and brand: "omeprazole (Prilosec)", "levothyroxine (Synthroid, Levoxyl)".
    for (const example of ref.examples) {
      const [generic, brands] = /^([^(]+?)\s*(?:\((.*)\))?$/.exec(example)!.slice(1);
      expect(names(ours!)).toContain(generic!.toLowerCase());
      for (const brand of brands?.split(/,\s*/) ?? []) expect(names(ours!)).toContain(brand.toLowerCase());
    }
    // Every effect, with its direction and the same sources.
    for (const e of ref.effects) {
      const mine = ours!.effects.find((x) => x.nutrient === e.nutrient);
      expect(mine, `${ref.class} and ${e.nutrient}`).toMatchObject({ effect: e.effect, sources: e.sources });
    }
    expect(Boolean(ours!.muscle)).toBe(Boolean(ref.muscle));
  });

  it('says each effect in its own words, never the bare direction', () => {
    for (const m of medicines) for (const e of m.effects) expect(e.text.split(' ').length).toBeGreaterThan(5);
  });
});

describe('medicines.json validation', () => {
  const raw = readRawKnowledge();
  type RawMedicines = {
    medicines: {
      source?: string;
      aliases: string[];
      effects: { sources: string[] }[];
      interview?: { option: string };
    }[];
  };
  const broken = (change: (file: RawMedicines) => void) => {
    const copy = structuredClone(raw);
    change(copy.medicines as RawMedicines);
    return () => parseKnowledge(copy);
  };

  it('rejects a class or an effect without a source', () => {
    expect(broken((f) => delete f.medicines[0]!.source)).toThrowError(/medicines\.json: medicines\[0\]\.source/);
    expect(broken((f) => (f.medicines[0]!.effects[0]!.sources = []))).toThrowError(
      /medicines\.json: medicines\[0\]\.effects\[0\]\.sources/,
    );
    expect(broken((f) => (f.medicines[0]!.effects[0]!.sources = ['NOT_LISTED']))).toThrowError(
      /unknown source "NOT_LISTED"/,
    );
  });

  it('rejects a name two classes share', () => {
    expect(broken((f) => f.medicines[1]!.aliases.push(f.medicines[0]!.aliases[0]!))).toThrowError(/also names/);
  });

  it('rejects an interview answer the symptom check does not have', () => {
    expect(broken((f) => (f.medicines.find((m) => m.interview)!.interview!.option = 'nonsense'))).toThrowError(
      KnowledgeDataError,
    );
  });
});

describe('finding medicines in a message', () => {
  it.each([
    ['I take omeprazole, could that lower magnesium?', ['ppi']],
    ['calcium with levothyroxine?', ['levothyroxine']],
    ['potassium supplements with lisinopril?', ['ace-inhibitor']],
    ['on Lasix and ramipril', ['loop-diuretic', 'ace-inhibitor']],
    ['does my water pill lower potassium', ['diuretic']],
    ['my statins', ['statin']],
    ['Nexium every morning', ['ppi']],
    ['omeprazol', ['ppi']],
    ['I take magnesium', []],
    ['steroid cream', []],
  ])('%s', (text, ids) => {
    expect(found(text)).toEqual(ids);
  });
});

describe('the symptom check reads its medicine answers from the table', () => {
  const model = kb.data.assessment;
  const question = (id: string) => model.questions.find((q) => q.id === id)!;

  it('recognises every name of a class as the answer its class points at, in an answer and anywhere in a message', () => {
    for (const m of medicines.filter((x) => x.interview)) {
      const q = question(m.interview!.question);
      for (const name of medicineNames(m)) {
        expect(matchOption(q, name)?.value, name).toBe(m.interview!.option);
        expect(mentionedAnswers(model, `I take ${name} every day`)[q.id], name).toBe(m.interview!.option);
      }
    }
  });

  it('keeps no medicine name of its own in assessment.json', () => {
    const raw = readRawKnowledge().assessment as {
      questions: { options: { synonyms: string[]; mentions?: string[] }[] }[];
    };
    const all = new Set(medicines.flatMap(names));
    for (const q of raw.questions)
      for (const o of q.options)
        for (const w of [...o.synonyms, ...(o.mentions ?? [])]) expect(all.has(w.toLowerCase()), w).toBe(false);
  });

  it('scores each lowering effect for its nutrient, as the table weighs it', () => {
    for (const o of question('medications').options) {
      const classes = medicines.filter((m) => m.interview?.option === o.value);
      const lowered = new Set(
        classes.flatMap((m) => m.effects.filter((e) => e.interviewPoints).map((e) => e.nutrient)),
      );
      expect(new Set(o.effects.map((e) => e.candidate))).toEqual(lowered);
      for (const e of o.effects)
        expect(e.points).toBe(
          Math.max(
            ...classes.flatMap((m) =>
              m.effects.filter((x) => x.nutrient === e.candidate).map((x) => x.interviewPoints ?? 0),
            ),
          ),
        );
    }
    expect(question('medications').options.find((o) => o.value === 'ppi')!.effects).toEqual([
      expect.objectContaining({
        candidate: 'magnesium',
        points: 3,
        reason: 'you take acid reflux medicine (PPI), which can lower magnesium',
      }),
      expect.objectContaining({ candidate: 'vitaminB12', points: 2 }),
    ]);
  });

  it('offers every medicine answer some class points at', () => {
    for (const o of question('medications').options.filter((x) => x.value !== 'none'))
      expect(
        medicines.some((m) => m.interview?.option === o.value),
        o.value,
      ).toBe(true);
  });

  it('raises "a medicine that can lower one of these nutrients" for exactly the answers whose medicines lower one', () => {
    const rule = kb.data.triage.rules.find((r) => r.id === 'electrolyte-medicine')!;
    const lowering = question('medications')
      .options.filter((o) =>
        medicines.some((m) => m.interview?.option === o.value && m.effects.some((e) => e.effect === 'lower')),
      )
      .map((o) => o.value);
    expect('factor' in rule.when && [...rule.when.factor.values].sort()).toEqual(lowering.sort());
  });

  it('has a rule for every medicine with a muscle side effect, and the statin warning sign knows every statin', () => {
    for (const m of medicines.filter((x) => x.muscle)) {
      const rules = kb.data.triage.rules.filter(
        (r) =>
          'factor' in r.when &&
          r.when.factor.question === m.interview!.question &&
          r.when.factor.values.includes(m.interview!.option),
      );
      expect(rules.length, m.id).toBeGreaterThan(0);
    }
    const sign = kb.data.triage.signs.find((s) => s.id === 'statin-muscle')!;
    for (const name of names(medicines.find((m) => m.id === 'statin')!).filter((n) => !n.includes(' ')))
      expect(
        kb.screenRedFlags(`on ${name} and the muscle pain is unbearable`).map((w) => w.id),
        name,
      ).toContain(sign.id);
  });
});
