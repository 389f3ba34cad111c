import { Recognizer } from '../../knowledge/understanding/recognize';
import { knowledgeBase } from '../support/knowledge';
import { say, testBot, texts } from '../support/testBot';
(async () => {
  const kb = knowledgeBase();
  const r = new Recognizer(kb);
  for (const t of process.argv.slice(2)) {
    const rec = r.recognize(t);
    const { analysis, ...rest } = rec;
    console.log('>>', t, '\n', JSON.stringify({ ...rest, context: undefined, assumed: undefined }));
    const { adapter } = testBot('test');
    console.log(texts(await say(adapter, t)).slice(0, 1500));
  }
})();
