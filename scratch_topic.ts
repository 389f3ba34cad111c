import { createKnowledgeBase } from './knowledge/knowledgeBase';
import { askedTopic } from './knowledge/understanding/topic';
import { englishWords } from './knowledge/search/englishWords';
const kb = createKnowledgeBase();
const a = kb.analyze('can you help me with my tax return');
console.log(a.tokens, askedTopic(kb, a), englishWords().has('tax'), englishWords().has('return'));
