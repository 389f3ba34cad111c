// A Stryker ignorer: string literals that are sentences (reply wording, advice, help texts) are not
// mutated; short literals (levels, stage names, option values such as 'unsure') still are. Wording is
// checked by the reply tests and the gallery; mutating every sentence doubled the run on this machine.
// Ignored mutants are reported as such and do not count in the score.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

const isSentence = (value) => typeof value === 'string' && /\s/.test(value.trim()) && value.length > 24;

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'wording', {
    shouldIgnore(path) {
      if (path.isStringLiteral() && isSentence(path.node.value)) return 'Reply wording (a sentence)';
      return undefined;
    },
  }),
];
