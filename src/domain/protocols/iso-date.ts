/**
 * Calendar dates as `YYYY-MM-DD` strings and as day numbers (days since 1970-01-01), with UTC arithmetic:
 * a clinic's calendar date has no time zone, so none is needed.
 */
const msPerDay = 86_400_000;
const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof weekdays)[number];

/** The day number of a real calendar date, or null for anything else ('2026-02-30', '2026-2-3'). */
export function parseIsoDate(date: string): number | null {
  const match = isoDatePattern.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return null;
  return ms / msPerDay;
}

export function formatIsoDate(dayNumber: number): string {
  return new Date(dayNumber * msPerDay).toISOString().slice(0, 10);
}

export function weekdayOf(dayNumber: number): Weekday {
  return weekdays[new Date(dayNumber * msPerDay).getUTCDay()]!;
}
