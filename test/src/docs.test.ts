/** The documentation lives in the repository: every relative link resolves to a file inside it. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve('.');
const documents = [
  'README.md',
  'CHANGELOG.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

describe('documentation links', () => {
  it('has the architecture, extending, operations, security, shortcuts, accuracy, performance and mutation-testing pages and a changelog, linked from the README', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const doc of [
      'docs/architecture.md',
      'docs/extending.md',
      'docs/operations.md',
      'docs/security.md',
      'docs/shortcuts.md',
      'docs/accuracy.md',
      'docs/performance.md',
      'docs/mutation-testing.md',
      'CHANGELOG.md',
    ])
      expect(readme, doc).toContain(`](${doc})`);
  });

  it.each(documents)('%s links only to files inside the repository', (doc) => {
    const links = [...readFileSync(doc, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
    for (const link of links.filter((l) => !/^[a-z]+:/i.test(l) && !l.startsWith('#'))) {
      const target = resolve(dirname(doc), link.split('#')[0]!);
      expect(relative(root, target).startsWith('..'), `${doc}: ${link}`).toBe(false);
      expect(existsSync(target), `${doc}: ${link}`).toBe(true);
    }
  });
});
