const msPerDay = 86_400_000;

/**
 * The calendar date of an instant in an IANA time zone, as `YYYY-MM-DD`. A session at 22:00 in New York is
 * the next day in UTC; counting days between doses by UTC would be wrong for an evening clinic.
 */
export function calendarDateIn(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Day number (days since 1970-01-01) of a `YYYY-MM-DD` date. */
function dayNumber(date: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / msPerDay;
}

/** Whole calendar days from `from` to `to` in the time zone: 0 on the same date, 1 the next date, whatever the hour. */
export function calendarDaysBetween(from: Date, to: Date, timeZone: string): number {
  return dayNumber(calendarDateIn(to, timeZone)) - dayNumber(calendarDateIn(from, timeZone));
}

/** The date `days` after the calendar date of `from` in the time zone, as `YYYY-MM-DD`. */
export function calendarDatePlusDays(from: Date, days: number, timeZone: string): string {
  return new Date((dayNumber(calendarDateIn(from, timeZone)) + days) * msPerDay).toISOString().slice(0, 10);
}
