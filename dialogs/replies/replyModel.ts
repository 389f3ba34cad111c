/**
 * What the bot says, as data. Dialogs build replies; renderers (one per channel family) decide how
 * they look. Tests assert on this model and, separately, on each renderer.
 */

export type Tone = 'info' | 'caution' | 'urgent';

export type Block =
  | { type: 'text'; text: string }
  | { type: 'heading'; text: string }
  | { type: 'list'; items: string[] }
  /** labelled: a row's cells make sense only with their column's name ("Female: 310 mg"), shown in text. */
  | { type: 'table'; columns: string[]; rows: string[][]; labelled?: boolean }
  | { type: 'facts'; facts: { label: string; value: string }[] }
  | { type: 'note'; tone: Tone; text: string };

export type ReplyKind =
  | 'welcome'
  | 'help'
  | 'smallTalk'
  | 'foodList'
  | 'nutrientInfo'
  | 'deficiencySigns'
  | 'riskGroups'
  | 'foodProfile'
  | 'foodAmount'
  | 'mealTotal'
  | 'howMany'
  | 'comparison'
  | 'symptomOverview'
  | 'lifestyle'
  | 'doctor'
  | 'supplements'
  | 'dailyNeeds'
  | 'medicine'
  | 'sources'
  | 'urgent'
  | 'labResult'
  | 'clarify'
  | 'question'
  | 'assessment'
  | 'summary'
  | 'privacy'
  | 'fallback'
  | 'error'
  | 'checkIn'
  | 'feedback';

export interface Reply {
  kind: ReplyKind;
  title?: string;
  blocks: Block[];
  /** Next steps offered as buttons; typing always works too. */
  suggestions: string[];
  /** Gives health information: the not-a-substitute-for-a-clinician line goes with it once per conversation. */
  healthInfo: boolean;
  /** Ids of the sources behind this reply, shown when the person asks "source?". */
  sources: string[];
}

export function reply(kind: ReplyKind, parts: Partial<Omit<Reply, 'kind'>> = {}): Reply {
  return { kind, blocks: [], suggestions: [], healthInfo: false, sources: [], ...parts };
}

export const text = (value: string): Block => ({ type: 'text', text: value });
export const heading = (value: string): Block => ({ type: 'heading', text: value });
export const list = (items: string[]): Block => ({ type: 'list', items });
export const note = (tone: Tone, value: string): Block => ({ type: 'note', tone, text: value });

/** Blank cells of a labelled table ("–" where no figure is set) are left out of its text. */
const BLANK = '–';

/**
 * A table row's cells as text renderers show them (without a header row): as they are, or, in a labelled
 * table, each after the first with its column's name.
 */
export function rowCells(block: Extract<Block, { type: 'table' }>, row: readonly string[]): string[] {
  if (!block.labelled) return [...row];
  return row.flatMap((cell, i) =>
    i === 0 ? [cell] : cell && cell !== BLANK ? [`${block.columns[i] ?? ''}: ${cell}`] : [],
  );
}

/** The one-line plain text of a reply, for channels and logs that need a summary. */
export function summaryLine(r: Reply): string {
  if (r.title) return r.title;
  const first = r.blocks.find((b) => b.type === 'text' || b.type === 'heading' || b.type === 'note');
  return first && 'text' in first ? first.text : '';
}
