/**
 * What the team learns, from the insights store: answers by kind with their helpful and unhelpful
 * ratings and comments, the most frequent out-of-scope topics and low-confidence intents (with their
 * scrubbed questions when KEEP_UNANSWERED_TEXT=on), and check-ins planned, sent, answered and their
 * outcomes. As terminal tables, or JSON for tools.
 */
import type { InsightsSnapshot } from './insightsStore';

const TOP = 10;
const MAX_LISTED = 50;

export interface Report {
  generatedAt: string;
  answers: { kind: string; helpful: number; unhelpful: number; comments: number }[];
  /** The same ratings by the intent each answer was for. */
  intents: { intent: string; helpful: number; unhelpful: number }[];
  channels: { channel: string; ratings: number }[];
  comments: { at: string; kind: string; intent: string; rating: string; text: string }[];
  outOfScope: { topic: string; count: number }[];
  lowConfidence: { intent: string; count: number }[];
  unansweredTexts: { at: string; intent: string; text: string }[];
  checkIns: Record<'scheduled' | 'sent' | 'answered' | 'better' | 'same' | 'worse' | 'dropped' | 'gaveUp', number> & {
    pending?: number;
  };
}

function tally<K extends string>(keys: readonly K[]): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function countsOf(counts: Record<string, number>, kind: string): { label: string; count: number }[] {
  return Object.entries(counts)
    .filter(([field]) => field.startsWith(`${kind}|`))
    .map(([field, count]) => ({ label: field.slice(kind.length + 1), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label))
    .slice(0, TOP);
}

export function buildReport(snapshot: InsightsSnapshot, now: number, pending?: number): Report {
  const kinds = new Map<string, { helpful: number; unhelpful: number; comments: number }>();
  const intents = new Map<string, { helpful: number; unhelpful: number }>();
  for (const f of snapshot.feedback) {
    const k = kinds.get(f.kind) ?? { helpful: 0, unhelpful: 0, comments: 0 };
    k[f.rating]++;
    kinds.set(f.kind, k);
    const i = intents.get(f.intent) ?? { helpful: 0, unhelpful: 0 };
    i[f.rating]++;
    intents.set(f.intent, i);
  }
  for (const c of snapshot.comments) {
    const k = kinds.get(c.kind) ?? { helpful: 0, unhelpful: 0, comments: 0 };
    k.comments++;
    kinds.set(c.kind, k);
  }
  const total = (x: { helpful: number; unhelpful: number }) => x.helpful + x.unhelpful;
  const count = (name: string) => snapshot.counts[`checkIn|${name}`] ?? 0;
  return {
    generatedAt: new Date(now).toISOString(),
    answers: [...kinds]
      .map(([kind, k]) => ({ kind, ...k }))
      .sort((a, b) => total(b) - total(a) || a.kind.localeCompare(b.kind)),
    intents: [...intents]
      .map(([intent, i]) => ({ intent, ...i }))
      .sort((a, b) => total(b) - total(a) || a.intent.localeCompare(b.intent)),
    channels: [...tally(snapshot.feedback.map((f) => f.channel))]
      .map(([channel, ratings]) => ({ channel, ratings }))
      .sort((a, b) => b.ratings - a.ratings),
    comments: [...snapshot.comments]
      .sort((a, b) => b.at - a.at)
      .slice(0, MAX_LISTED)
      .map((c) => ({
        at: new Date(c.at).toISOString(),
        kind: c.kind,
        intent: c.intent,
        rating: c.rating,
        text: c.text,
      })),
    outOfScope: countsOf(snapshot.counts, 'outOfScope').map(({ label, count }) => ({ topic: label, count })),
    lowConfidence: countsOf(snapshot.counts, 'lowConfidence').map(({ label, count }) => ({ intent: label, count })),
    unansweredTexts: [...snapshot.texts]
      .sort((a, b) => b.at - a.at)
      .slice(0, MAX_LISTED)
      .map((t) => ({ at: new Date(t.at).toISOString(), intent: t.label, text: t.text })),
    checkIns: {
      scheduled: count('scheduled'),
      sent: count('sent'),
      answered: count('answered'),
      better: count('better'),
      same: count('same'),
      worse: count('worse'),
      dropped: count('dropped'),
      gaveUp: count('gaveUp'),
      ...(pending !== undefined ? { pending } : {}),
    },
  };
}

/** A plain table: a header row, a rule, then the rows, columns padded to their widest cell. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(cells[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

function section(title: string, body: string | undefined, empty: string): string {
  return `${title}\n${body ?? `(${empty})`}\n`;
}

export function formatReport(report: Report): string {
  const { checkIns } = report;
  const parts = [
    `NutriBot report, ${report.generatedAt}\n`,
    section(
      'Answers by kind',
      report.answers.length
        ? table(
            ['kind', 'helpful', 'unhelpful', 'comments'],
            report.answers.map((a) => [a.kind, a.helpful, a.unhelpful, a.comments]),
          )
        : undefined,
      'no ratings yet',
    ),
    section(
      'Ratings by intent',
      report.intents.length
        ? table(
            ['intent', 'helpful', 'unhelpful'],
            report.intents.map((i) => [i.intent, i.helpful, i.unhelpful]),
          )
        : undefined,
      'no ratings yet',
    ),
    section(
      'Comments (newest first)',
      report.comments.length
        ? table(
            ['date', 'kind', 'rating', 'comment'],
            report.comments.map((c) => [c.at.slice(0, 10), c.kind, c.rating, c.text]),
          )
        : undefined,
      'no comments',
    ),
    section(
      'Out-of-scope topics',
      report.outOfScope.length
        ? table(
            ['topic', 'count'],
            report.outOfScope.map((o) => [o.topic, o.count]),
          )
        : undefined,
      'none',
    ),
    section(
      'Low-confidence intents',
      report.lowConfidence.length
        ? table(
            ['intent', 'count'],
            report.lowConfidence.map((l) => [l.intent, l.count]),
          )
        : undefined,
      'none',
    ),
    ...(report.unansweredTexts.length
      ? [
          section(
            'Low-confidence questions (scrubbed)',
            table(
              ['date', 'intent', 'question'],
              report.unansweredTexts.map((t) => [t.at.slice(0, 10), t.intent, t.text]),
            ),
            'none',
          ),
        ]
      : []),
    section(
      'Check-ins',
      table(
        ['scheduled', 'sent', 'answered', 'better', 'same', 'worse', 'dropped', 'given up', 'pending'],
        [
          [
            checkIns.scheduled,
            checkIns.sent,
            checkIns.answered,
            checkIns.better,
            checkIns.same,
            checkIns.worse,
            checkIns.dropped,
            checkIns.gaveUp,
            checkIns.pending ?? '-',
          ],
        ],
      ),
      'none',
    ),
  ];
  return parts.join('\n');
}
