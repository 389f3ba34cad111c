/** Small statistics and printing helpers for the benchmark. */
import { performance } from 'node:perf_hooks';

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((sorted.length * p) / 100) - 1))]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Microseconds each call of fn takes, one sample per input. */
export function timeEach<T>(inputs: readonly T[], fn: (input: T) => unknown): number[] {
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    fn(input);
    samples.push((performance.now() - start) * 1000);
  }
  return samples;
}

export async function timeEachAsync<T>(inputs: readonly T[], fn: (input: T) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = [];
  for (const input of inputs) {
    const start = performance.now();
    await fn(input);
    samples.push((performance.now() - start) * 1000);
  }
  return samples;
}

export interface Row {
  name: string;
  cells: string[];
}

/** Prints a table with a header line; the first column is left-aligned, the others right-aligned. */
export function printTable(title: string, header: string[], rows: Row[]): void {
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (i === 0 ? r.name.length : (r.cells[i - 1] ?? '').length))),
  );
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  for (const r of rows) console.log(line([r.name, ...r.cells]));
}

export const fmt = (value: number, digits = 1): string =>
  Number.isFinite(value)
    ? value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : 'n/a';

export const ratio = (value: number, baseline: number): string => `${fmt(value / baseline, 2)}x`;

export const kb = (bytes: number): string => `${fmt(bytes / 1024, 2)} KB`;
