const pad = (value: number) => String(value).padStart(2, '0');

/** A timer as the eye reads it: "4:05", "12:00", "1:02:03". The sign is dropped: say "overdue" in words. */
export function formatClock(seconds: number): string {
  const whole = Math.abs(Math.trunc(seconds));
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
}

/**
 * A timer as a screen reader hears it, in whole minutes so it changes once a minute and not every second:
 * "less than a minute", "1 minute", "1 hour 5 minutes".
 */
export function spokenMinutes(seconds: number): string {
  const minutes = Math.floor(Math.abs(seconds) / 60);
  if (minutes === 0) return 'less than a minute';
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const minuteWords = `${rest} minute${rest === 1 ? '' : 's'}`;
  if (hours === 0) return minuteWords;
  const hourWords = `${hours} hour${hours === 1 ? '' : 's'}`;
  return rest === 0 ? hourWords : `${hourWords} ${minuteWords}`;
}
