import { describe, expect, it } from 'vitest';
import { formatClock, spokenMinutes } from './format-clock';
import { offsetFromCountdown } from './server-clock';

describe('timers', () => {
  it.each([
    [0, '0:00'],
    [65, '1:05'],
    [-90, '1:30'],
    [3723, '1:02:03'],
  ])('formatClock(%s) = %s', (seconds, text) => expect(formatClock(seconds)).toBe(text));

  it.each([
    [59, 'less than a minute'],
    [60, '1 minute'],
    [-150, '2 minutes'],
    [3600, '1 hour'],
    [3960, '1 hour 6 minutes'],
  ])('spokenMinutes(%s) = %s', (seconds, text) => expect(spokenMinutes(seconds)).toBe(text));

  it("takes the server's clock from a countdown it answered", () => {
    const receivedAt = Date.parse('2025-03-03T10:00:00.000Z');
    // The server said the check due at 10:05:00 was 240 s away: its clock reads 10:01:00, a minute ahead.
    expect(offsetFromCountdown('2025-03-03T10:05:00.000Z', 240, receivedAt)).toBe(60_000);
    expect(offsetFromCountdown(null, null, receivedAt)).toBe(0);
  });
});
