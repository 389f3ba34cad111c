import { createKnowledgeBase } from './knowledge/knowledgeBase';
import { Recognizer } from './knowledge/understanding/recognize';
const kb = createKnowledgeBase();
const r = new Recognizer(kb);
for (const t of process.argv.slice(2)) {
  const x = r.recognize(t);
  console.log(t, '=>', x.intent, x.confidence.toFixed(2), 'nut', x.nutrients, 'med', x.medicines, x.otherMedicines, 'doses', JSON.stringify(x.doses), 'ctx', JSON.stringify(x.context), 'keys', x.analysis.keys.join(' '));
}
