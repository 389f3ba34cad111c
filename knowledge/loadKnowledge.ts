/**
 * Reads and validates every knowledge data file once at start-up. An invalid file stops start-up with
 * the file, the path inside it and what is wrong, so a bad edit never reaches a conversation.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import {
  type DietFilter,
  type Food,
  type FoodsFile,
  type Guidance,
  type IntentCuesFile,
  type Nutrient,
  type NutrientId,
  type Source,
  type Symptom,
  type UnitsFile,
  dietsFileSchema,
  foodsFileSchema,
  guidanceFileSchema,
  intentCuesFileSchema,
  nutrientsFileSchema,
  sourcesFileSchema,
  symptomsFileSchema,
  unitsFileSchema,
} from './schema';
import { type IntakeTable, intakesFileSchema } from './intakes/intakeSchema';
import { withMedicines } from './medicines/interviewAnswers';
import { type Medicine, medicinesFileSchema } from './medicines/medicineSchema';
import { type AssessmentModel, assessmentModelSchema } from './scoring/assessmentSchema';
import { type TriageModel, levelRank, triageFileSchema } from './triage/triageSchema';

/** The data files, each with the schema it must satisfy. */
const DATA_FILES = {
  sources: { file: 'sources.json', schema: sourcesFileSchema },
  nutrients: { file: 'nutrients.json', schema: nutrientsFileSchema },
  foods: { file: 'foods.json', schema: foodsFileSchema },
  diets: { file: 'diets.json', schema: dietsFileSchema },
  units: { file: 'units.json', schema: unitsFileSchema },
  guidance: { file: 'guidance.json', schema: guidanceFileSchema },
  symptoms: { file: 'symptoms.json', schema: symptomsFileSchema },
  intentCues: { file: 'intents.json', schema: intentCuesFileSchema },
  assessment: { file: 'assessment.json', schema: assessmentModelSchema },
  triage: { file: 'triage.json', schema: triageFileSchema },
  intakes: { file: 'intakes.json', schema: intakesFileSchema },
  medicines: { file: 'medicines.json', schema: medicinesFileSchema },
} as const;

export type RawKnowledgeFiles = { [K in keyof typeof DATA_FILES]: unknown };

export interface KnowledgeData {
  sources: ReadonlyMap<string, Source>;
  nutrients: ReadonlyMap<NutrientId, Nutrient>;
  foods: readonly Food[];
  /** Weight per commonness level, for ranking everyday foods first. */
  commonness: FoodsFile['commonness'];
  /** Kinds of food a list can be asked for ("which nuts"). */
  foodGroups: FoodsFile['groups'];
  diets: readonly DietFilter[];
  units: UnitsFile;
  guidance: Guidance;
  symptoms: readonly Symptom[];
  intentCues: IntentCuesFile;
  /** With the medicine options filled from medicines.json. */
  assessment: AssessmentModel;
  triage: TriageModel;
  intakes: ReadonlyMap<NutrientId, IntakeTable>;
  medicines: readonly Medicine[];
}

export class KnowledgeDataError extends Error {
  override name = 'KnowledgeDataError';
}

export const DEFAULT_DATA_DIR = join(__dirname, 'data');

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

function parseFile<S extends z.ZodType>(file: string, schema: S, raw: unknown): z.infer<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? formatPath(issue.path) || '(top level)' : '(unknown)';
  throw new KnowledgeDataError(`knowledge/data/${file}: ${where}: ${issue?.message ?? 'invalid'}`);
}

/** Checks what a schema alone cannot: references between files and uniqueness. */
function crossCheck(data: KnowledgeData): void {
  const fail = (file: string, where: string, what: string): never => {
    throw new KnowledgeDataError(`knowledge/data/${file}: ${where}: ${what}`);
  };
  const requireSource = (file: string, where: string, id: string) => {
    if (!data.sources.has(id)) fail(file, where, `unknown source "${id}" (add it to sources.json)`);
  };
  data.nutrients.forEach((n) => {
    const facts = [
      n.recommendedIntake,
      ...n.muscleRole,
      n.deficiency.mechanism,
      ...n.deficiency.symptoms,
      ...n.deficiency.atRisk,
      ...n.otherSources,
      n.supplementCaution,
      ...(n.upperLimit ? [n.upperLimit] : []),
      ...(n.foodCaution ? [n.foodCaution] : []),
    ];
    facts.forEach((f) => requireSource('nutrients.json', n.id, f.source));
    requireSource('nutrients.json', `${n.id}.dailyValue`, n.dailyValue.source);
    requireSource('nutrients.json', `${n.id}.documentFoods`, n.documentFoods.source);
  });
  const foodKeys = new Map<string, string>();
  data.foods.forEach((food, i) => {
    for (const name of [food.name, ...food.aliases]) {
      const key = name.toLowerCase();
      const owner = foodKeys.get(key);
      if (owner && owner !== food.id)
        fail('foods.json', `foods[${i}]`, `name or alias "${name}" is also used by ${owner}`);
      foodKeys.set(key, food.id);
    }
  });
  const ids = new Set<string>();
  data.foods.forEach((food, i) => {
    if (ids.has(food.id)) fail('foods.json', `foods[${i}].id`, `duplicate id "${food.id}"`);
    ids.add(food.id);
    food.nutrientNotes?.forEach((n) => requireSource('foods.json', `foods[${i}].nutrientNotes`, n.source));
    // A tag must not contradict what the food is made with: a nut-allergy or vegan list relies on both.
    const has = (x: string) => food.contains.includes(x as never);
    if (food.tags.includes('vegan') && ['milk', 'egg', 'fish', 'shellfish', 'meat'].some(has))
      fail('foods.json', `foods[${i}]`, `${food.id} is tagged vegan but contains an animal food`);
    if (food.tags.includes('gluten-free') && has('gluten'))
      fail('foods.json', `foods[${i}]`, `${food.id} is tagged gluten-free but contains gluten`);
    if (food.tags.includes('dairy-free') && has('milk'))
      fail('foods.json', `foods[${i}]`, `${food.id} is tagged dairy-free but contains milk`);
  });
  const dietIds = new Set<string>();
  data.diets.forEach((d, i) => {
    if (dietIds.has(d.id)) fail('diets.json', `diets[${i}].id`, `duplicate diet "${d.id}"`);
    dietIds.add(d.id);
    if (d.note) requireSource('diets.json', d.id, d.note.source);
  });
  data.intentCues.dietPhrases.forEach((p) => {
    if (!dietIds.has(p.diet)) fail('intents.json', 'dietPhrases', `no rule in diets.json for "${p.diet}"`);
  });
  const unitWords = new Map<string, string>();
  data.units.units.forEach((u) => {
    if ('source' in u && u.source) requireSource('units.json', u.id, u.source);
    u.words.forEach((w) => {
      const owner = unitWords.get(w);
      if (owner && owner !== u.id) fail('units.json', u.id, `word "${w}" is also a word for ${owner}`);
      unitWords.set(w, u.id);
    });
  });
  data.symptoms.forEach((s, i) =>
    s.linkedTo.forEach((l) => requireSource('symptoms.json', `symptoms[${i}]`, l.source)),
  );
  const g = data.guidance;
  [...g.whenToSeeADoctor, ...g.lifeStageNotes].forEach((f, i) => requireSource('guidance.json', `fact ${i}`, f.source));
  g.lifestyleFactors.forEach((l) =>
    [l.howItContributes, ...l.advice, ...l.whenToSeeADoctor].forEach((f) =>
      requireSource('guidance.json', l.id, f.source),
    ),
  );
  const foodIds = new Set(data.foods.map((f) => f.id));
  data.foodGroups.forEach((group) =>
    group.foodIds?.forEach((id) => foodIds.has(id) || fail('foods.json', `groups.${group.id}`, `unknown food "${id}"`)),
  );
  const symptomIds = new Set(data.symptoms.map((s) => s.id));
  g.selfCare.forEach((c) => {
    if (!symptomIds.has(c.symptom)) fail('guidance.json', `selfCare.${c.symptom}`, `unknown symptom "${c.symptom}"`);
    [...c.during, ...c.prevent, ...c.whenToSeeADoctor].forEach((f) =>
      requireSource('guidance.json', `selfCare.${c.symptom}`, f.source),
    );
  });
  const a = data.assessment;
  a.symptomWeights.forEach((w, i) => {
    if (!symptomIds.has(w.symptom)) fail('assessment.json', `symptomWeights[${i}]`, `unknown symptom "${w.symptom}"`);
    w.weights.forEach((x) => requireSource('assessment.json', `symptomWeights[${i}]`, x.source));
  });
  a.questions.forEach((q) =>
    q.options.forEach((o) => o.effects.forEach((e) => requireSource('assessment.json', `questions.${q.id}`, e.source))),
  );
  a.cautions.forEach((t) => requireSource('assessment.json', t.id, t.source));
  const t = data.triage;
  [...t.signs, ...t.rules].forEach((w) => requireSource('triage.json', w.id, w.advice.source));
  t.labs.forEach((l) => requireSource('triage.json', `labs.${l.nutrient}`, l.source));
  t.signs.forEach((sign) =>
    sign.patterns?.forEach((p) => {
      try {
        new RegExp(p);
      } catch {
        fail('triage.json', `signs.${sign.id}`, `pattern ${p} is not a valid regular expression`);
      }
    }),
  );
  data.intakes.forEach((table) => {
    requireSource('intakes.json', table.nutrient, table.source);
    requireSource('intakes.json', `${table.nutrient}.upperLimit`, table.upperLimit.note.source);
    table.notes.forEach((n) => requireSource('intakes.json', `${table.nutrient}.notes`, n.source));
    const unit = data.nutrients.get(table.nutrient)?.unit;
    if (unit !== table.unit)
      fail('intakes.json', table.nutrient, `unit ${table.unit} differs from nutrients.json (${unit})`);
  });
  if (data.intakes.size !== data.nutrients.size)
    fail('intakes.json', 'nutrients', 'every covered nutrient needs a table');
  data.medicines.forEach((m) => {
    requireSource('medicines.json', m.id, m.source);
    m.effects.forEach((e) => e.sources.forEach((s) => requireSource('medicines.json', `${m.id}.effects`, s)));
    if (m.muscle) requireSource('medicines.json', `${m.id}.muscle`, m.muscle.source);
    if (!m.interview) return;
    const { question, option } = m.interview;
    if (!a.questions.find((q) => q.id === question)?.options.some((o) => o.value === option))
      fail('medicines.json', `${m.id}.interview`, `no option "${option}" in question "${question}"`);
  });
  const questions = new Set(a.questions.map((q) => q.id));
  t.rules.forEach((r) => {
    if ('symptoms' in r.when)
      r.when.symptoms.forEach(
        (s) => symptomIds.has(s) || fail('triage.json', `rules.${r.id}`, `unknown symptom "${s}"`),
      );
    if ('factor' in r.when && !questions.has(r.when.factor.question))
      fail('triage.json', `rules.${r.id}`, `unknown question "${r.when.factor.question}"`);
    if (r.coveredBy) {
      const sign = t.signs.find((x) => x.id === r.coveredBy);
      if (!sign) fail('triage.json', `rules.${r.id}`, `coveredBy: unknown sign "${r.coveredBy}"`);
      else if (levelRank(sign.level) < levelRank(r.level))
        fail('triage.json', `rules.${r.id}`, `coveredBy: sign "${sign.id}" is less urgent than the rule`);
    }
  });
  data.intentCues.intents.forEach((i) =>
    i.cues.forEach((c) => {
      try {
        new RegExp(c.pattern);
      } catch {
        fail('intents.json', i.intent, `pattern ${c.pattern} is not a valid regular expression`);
      }
    }),
  );
}

/** Validates raw file contents (already parsed JSON) into the knowledge data. */
export function parseKnowledge(raw: RawKnowledgeFiles): KnowledgeData {
  const sources = parseFile(DATA_FILES.sources.file, DATA_FILES.sources.schema, raw.sources);
  const nutrients = parseFile(DATA_FILES.nutrients.file, DATA_FILES.nutrients.schema, raw.nutrients);
  const foods = parseFile(DATA_FILES.foods.file, DATA_FILES.foods.schema, raw.foods);
  const diets = parseFile(DATA_FILES.diets.file, DATA_FILES.diets.schema, raw.diets);
  const units = parseFile(DATA_FILES.units.file, DATA_FILES.units.schema, raw.units);
  const guidance = parseFile(DATA_FILES.guidance.file, DATA_FILES.guidance.schema, raw.guidance);
  const symptoms = parseFile(DATA_FILES.symptoms.file, DATA_FILES.symptoms.schema, raw.symptoms);
  const intentCues = parseFile(DATA_FILES.intentCues.file, DATA_FILES.intentCues.schema, raw.intentCues);
  const assessment = parseFile(DATA_FILES.assessment.file, DATA_FILES.assessment.schema, raw.assessment);
  const triage = parseFile(DATA_FILES.triage.file, DATA_FILES.triage.schema, raw.triage);
  const intakes = parseFile(DATA_FILES.intakes.file, DATA_FILES.intakes.schema, raw.intakes);
  const medicines = parseFile(DATA_FILES.medicines.file, DATA_FILES.medicines.schema, raw.medicines);
  const nutrientName = (id: NutrientId) => nutrients.nutrients.find((n) => n.id === id)?.name ?? id;
  const data: KnowledgeData = {
    sources: new Map(sources.sources.map((s) => [s.id, s])),
    nutrients: new Map(nutrients.nutrients.map((n) => [n.id, n])),
    foods: foods.foods,
    commonness: foods.commonness,
    foodGroups: foods.groups,
    diets: diets.diets,
    units,
    guidance,
    symptoms: symptoms.symptoms,
    intentCues,
    assessment: withMedicines(assessment, medicines.medicines, nutrientName),
    triage,
    intakes: new Map(intakes.nutrients.map((t) => [t.nutrient, t])),
    medicines: medicines.medicines,
  };
  if (data.nutrients.size !== nutrients.nutrients.length) {
    throw new KnowledgeDataError('knowledge/data/nutrients.json: nutrients: a nutrient id appears twice');
  }
  crossCheck(data);
  return data;
}

export function readRawKnowledge(dir: string = DEFAULT_DATA_DIR): RawKnowledgeFiles {
  const read = (file: string): unknown => {
    const path = join(dir, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new KnowledgeDataError(`knowledge/data/${file}: cannot be read (${(error as NodeJS.ErrnoException).code})`);
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new KnowledgeDataError(`knowledge/data/${file}: not valid JSON (${(error as Error).message})`);
    }
  };
  return {
    sources: read(DATA_FILES.sources.file),
    nutrients: read(DATA_FILES.nutrients.file),
    foods: read(DATA_FILES.foods.file),
    diets: read(DATA_FILES.diets.file),
    units: read(DATA_FILES.units.file),
    guidance: read(DATA_FILES.guidance.file),
    symptoms: read(DATA_FILES.symptoms.file),
    intentCues: read(DATA_FILES.intentCues.file),
    assessment: read(DATA_FILES.assessment.file),
    triage: read(DATA_FILES.triage.file),
    intakes: read(DATA_FILES.intakes.file),
    medicines: read(DATA_FILES.medicines.file),
  };
}

export function loadKnowledgeData(dir: string = DEFAULT_DATA_DIR): KnowledgeData {
  return parseKnowledge(readRawKnowledge(dir));
}
