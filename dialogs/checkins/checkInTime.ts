/**
 * When to check in, from what the person says: "in 2 weeks", "10 days", "next Monday", "a fortnight",
 * read with chrono-node in the person's time zone when the channel tells it. A day without an hour
 * ("next Monday") keeps the time of day it is now: the person is around at this hour. Bounded to
 * between a day and eight weeks ahead.
 */
import type * as Chrono from 'chrono-node';

/**
 * chrono-node's English parser, loaded on first use: the whole package (every language) takes a large
 * part of a second to load, and start-up should not pay for a message that may never come.
 */
let english: typeof Chrono.en | undefined;
function englishParser(): typeof Chrono.en {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  english ??= require('chrono-node/en') as typeof Chrono.en;
  return english;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
/** The default and the persistence threshold: twitching that lasts two weeks is worth a doctor's look. */
export const TWO_WEEKS_MS = 14 * DAY_MS;
/** Sooner than this is no check-in ("in 5 minutes"). */
export const MIN_AHEAD_MS = 20 * 60 * 60 * 1000;
export const MAX_AHEAD_MS = 56 * DAY_MS;
/** Only a short message is read for a date: a check-in answer is a few words. */
const MAX_TEXT = 200;

export type WhenReading = { dueAt: number } | { outOfRange: true } | undefined;

/** The UTC offset of a time zone at an instant, in minutes (0 for an unknown zone). */
export function utcOffsetMinutes(timeZone: string | undefined, at: number): number {
  if (!timeZone) return 0;
  try {
    const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(at))
      .find((p) => p.type === 'timeZoneName')?.value;
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
    if (!match) return 0;
    return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
  } catch {
    return 0;
  }
}

/** A time zone name the runtime knows, or undefined. */
export function knownTimeZone(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 64) return undefined;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return value;
  } catch {
    return undefined;
  }
}

/** The check-in time a message names, out of range, or undefined when it names none. */
export function readCheckInTime(text: string, now: number, timeZone?: string): WhenReading {
  const message = text
    .slice(0, MAX_TEXT)
    .toLowerCase()
    .replace(/\b(a )?fortnight\b/g, '2 weeks');
  const offset = utcOffsetMinutes(timeZone, now);
  const [found] = englishParser().parse(message, { instant: new Date(now), timezone: offset }, { forwardDate: true });
  if (!found) return undefined;
  let dueAt = found.start.date().getTime();
  if (!found.start.isCertain('hour')) dueAt = atTimeOfDayOf(dueAt, now, offset);
  if (dueAt - now < MIN_AHEAD_MS || dueAt - now > MAX_AHEAD_MS) return { outOfRange: true };
  return { dueAt };
}

/** The day of `day` (in local time) at the local time of day of `now`. */
function atTimeOfDayOf(day: number, now: number, offsetMinutes: number): number {
  const shift = offsetMinutes * 60_000;
  const localDay = new Date(day + shift);
  const localNow = new Date(now + shift);
  return (
    Date.UTC(
      localDay.getUTCFullYear(),
      localDay.getUTCMonth(),
      localDay.getUTCDate(),
      localNow.getUTCHours(),
      localNow.getUTCMinutes(),
    ) - shift
  );
}

/** "Monday 4 May", in the person's time zone when known (UTC otherwise). */
export function dayName(at: number, timeZone?: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: timeZone ?? 'UTC',
  }).format(new Date(at));
}

/** "in 2 weeks", "in 10 days", "tomorrow": how far ahead, in whole days. */
export function howFarAhead(at: number, now: number): string {
  const days = Math.round((at - now) / DAY_MS);
  if (days <= 1) return 'tomorrow';
  if (days % 7 === 0) return `in ${days / 7} week${days === 7 ? '' : 's'}`;
  return `in ${days} days`;
}
