/**
 * `npm run mutation:examples`: the three changes issue 15 found no test caught, applied one at a time to
 * a temporary copy of the project; each must make the safety suites fail. A change whose target text is
 * no longer in the code stops the script, so it cannot pass by mutating nothing.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

interface Example {
  name: string;
  file: string;
  from: string;
  to: string;
}

export const EXAMPLES: Example[] = [
  {
    name: 'urgency ordering reversed in the warning screen',
    file: 'knowledge/triage/warningScreen.ts',
    from: 'return levelRank(b.level) - levelRank(a.level);',
    to: 'return levelRank(a.level) - levelRank(b.level);',
  },
  {
    name: 'a skipped kidney question no longer counts as "unsure"',
    file: 'dialogs/interview/interviewFlow.ts',
    from: "private skipped(state: InterviewState): InterviewState['answers'] {",
    to: "private skipped(state: InterviewState): InterviewState['answers'] {\n    return state.answers;",
  },
  {
    name: 'the vegan (diet) note removed from food answers',
    file: 'dialogs/answers/nutrientAnswers.ts',
    from: "  if (dietNote) blocks.push(note('info', dietNote.text));\n",
    to: '',
  },
];

/** The suites that guard these behaviours. */
const SUITES = [
  'test/dialogs/safetyAnswers.test.ts',
  'test/dialogs/symptomInterview.test.ts',
  'test/dialogs/qaDialog.test.ts',
  'test/knowledge/triage',
  'test/knowledge/recognizer.test.ts',
];

const root = resolve(__dirname, '../..');

interface VitestJson {
  numFailedTests: number;
  testResults: { name: string; assertionResults: { status: string; fullName: string }[] }[];
}

/** Runs the suites in a directory; the names of the tests that failed. */
function failingTests(dir: string): string[] {
  const output = join(dir, 'vitest-result.json');
  try {
    execFileSync(
      'npx',
      ['vitest', 'run', '--testTimeout=60000', '--reporter=json', `--outputFile=${output}`, ...SUITES],
      {
        cwd: dir,
        stdio: 'ignore',
      },
    );
  } catch {
    // A failing run exits non-zero; the JSON says which tests failed.
  }
  const result = JSON.parse(readFileSync(output, 'utf8')) as VitestJson;
  return result.testResults.flatMap((file) =>
    file.assertionResults
      .filter((t) => t.status === 'failed')
      .map((t) => `${file.name.slice(dir.length + 1)} > ${t.fullName}`),
  );
}

function copyProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nutribot-mutation-'));
  for (const part of ['knowledge', 'dialogs', 'src', 'test', 'package.json', 'tsconfig.json'])
    cpSync(join(root, part), join(dir, part), { recursive: true, filter: (p) => !p.includes('.stryker-tmp') });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function main(): void {
  let ok = true;
  const dir = copyProject();
  try {
    const baseline = failingTests(dir);
    if (baseline.length) throw new Error(`the suites fail without any change:\n${baseline.join('\n')}`);
    for (const example of EXAMPLES) {
      const path = join(dir, example.file);
      const original = readFileSync(path, 'utf8');
      const count = original.split(example.from).length - 1;
      if (count !== 1) throw new Error(`${example.file}: expected the target text once, found it ${count} times`);
      writeFileSync(path, original.replace(example.from, example.to));
      const failed = failingTests(dir);
      writeFileSync(path, original);
      console.log(`${failed.length ? 'caught' : 'NOT CAUGHT'}: ${example.name} (${example.file})`);
      for (const name of failed.slice(0, 5)) console.log(`  fails: ${name}`);
      if (failed.length > 5) console.log(`  and ${failed.length - 5} more`);
      ok &&= failed.length > 0;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(ok ? 'all example mutations caught' : 'some example mutations were not caught');
  process.exitCode = ok ? 0 : 1;
}

if (require.main === module) main();
