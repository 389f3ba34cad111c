/** A clock a test moves on by hand, so nothing waits for real time. */
import type { Clock } from '../../dialogs/clock';

export const DAY = 24 * 60 * 60 * 1000;

export class ManualClock implements Clock {
  constructor(private time = Date.parse('2026-05-01T09:00:00Z')) {}

  now(): number {
    return this.time;
  }

  advance(ms: number): void {
    this.time += ms;
  }

  set(time: number): void {
    this.time = time;
  }
}
