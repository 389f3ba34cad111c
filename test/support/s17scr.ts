import { knowledgeBase } from '/work/wt-s17/test/support/knowledge';
const kb = knowledgeBase();
const lines = require('fs').readFileSync(0, 'utf8').split('\n').filter((l: string) => l.trim());
for (const l of lines) console.log(JSON.stringify(kb.screenRedFlags(l).map((w: any) => w.id + ':' + w.level)), '<=', l.slice(0, 100));
