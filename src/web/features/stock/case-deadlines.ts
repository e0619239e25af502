const minuteMs = 60_000;
const hourMs = 60 * minuteMs;
const dayMs = 24 * hourMs;

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/** A span in the two largest whole units: "3 days 4 hours", "5 hours 10 minutes", "less than a minute". */
export function spanWords(ms: number): string {
  const whole = Math.abs(ms);
  const days = Math.floor(whole / dayMs);
  const hours = Math.floor((whole % dayMs) / hourMs);
  const minutes = Math.floor((whole % hourMs) / minuteMs);
  if (days > 0) return hours > 0 ? `${plural(days, 'day')} ${plural(hours, 'hour')}` : plural(days, 'day');
  if (hours > 0) return minutes > 0 ? `${plural(hours, 'hour')} ${plural(minutes, 'minute')}` : plural(hours, 'hour');
  return minutes > 0 ? plural(minutes, 'minute') : 'less than a minute';
}

/** How a reporting deadline stands in words: done, time left, or how late. */
export function deadlineWords(deadline: string, doneAt: string | null, nowMs: number): string {
  if (doneAt) return 'Done';
  const left = Date.parse(deadline) - nowMs;
  return left >= 0 ? `${spanWords(left)} left` : `Overdue by ${spanWords(left)}`;
}

export const minimumRationaleChars = 20; // as the API asks of "not significant"
