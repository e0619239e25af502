/** "14:05 (America/Denver)": the clock a nurse at that location sees. */
export function formatLocalTime(now: Date, timeZone: string): string {
  const time = new Intl.DateTimeFormat('en-US', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(now);
  return `${time} (${timeZone})`;
}
