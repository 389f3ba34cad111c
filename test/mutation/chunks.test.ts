/**
 * The mutation run's chunks (.stryker.config.mjs) cover what the scores claim: every source file of
 * knowledge/ in exactly one chunk (so "knowledge/ as a whole" is the whole of it), and the safety code in
 * the safety chunks. Files are matched the way Stryker matches them, with its own minimatch.
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module without types.
import { CHUNKS, SAFETY_CHUNKS } from '../../.stryker.config.mjs';

const strykerRequire = createRequire(require.resolve('@stryker-mutator/core'));
const { minimatch } = strykerRequire('minimatch') as { minimatch: (path: string, pattern: string) => boolean };

const chunks = CHUNKS as Record<string, string[]>;

/** Whether Stryker mutates the file in the chunk: matched by a pattern and by no negated one. */
function mutates(chunk: string, file: string): boolean {
  const patterns = chunks[chunk]!;
  return (
    patterns.some((p) => !p.startsWith('!') && minimatch(file, p)) &&
    !patterns.some((p) => p.startsWith('!') && minimatch(file, p.slice(1)))
  );
}

const sources = (dir: string) =>
  (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => `${dir}/${f}`)
    .sort();

describe('mutation chunks', () => {
  it('put every source file of knowledge/ in exactly one chunk', () => {
    const files = sources('knowledge');
    expect(files.length).toBeGreaterThan(30);
    const chunksOf = Object.fromEntries(files.map((f) => [f, Object.keys(chunks).filter((c) => mutates(c, f))]));
    expect(Object.entries(chunksOf).filter(([, list]) => list.length !== 1)).toEqual([]);
  });

  it('mutate the safety code in the safety chunks', () => {
    const safety = (file: string) => (SAFETY_CHUNKS as string[]).some((c) => mutates(c, file));
    for (const file of [
      'knowledge/triage/warningScreen.ts',
      'knowledge/triage/labValues.ts',
      'knowledge/scoring/assess.ts',
      'dialogs/interview/interviewFlow.ts',
      'dialogs/answers/nutrientAnswers.ts',
      'dialogs/answers/safetyAnswers.ts',
    ])
      expect(safety(file), file).toBe(true);
    expect(safety('knowledge/understanding/recognize.ts')).toBe(false);
  });

  it('have no pattern that matches nothing', () => {
    const files = [...sources('knowledge'), ...sources('dialogs')];
    const stale = Object.values(chunks)
      .flat()
      .filter((p) => !p.startsWith('!') && !files.some((f) => minimatch(f, p)));
    expect(stale).toEqual([]);
  });
});
