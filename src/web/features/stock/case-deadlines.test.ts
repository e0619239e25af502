import { describe, expect, it } from 'vitest';
import { deadlineWords, spanWords } from './case-deadlines';

const now = Date.parse('2026-03-05T12:00:00.000Z');

describe('spanWords', () => {
  it.each([
    [30_000, 'less than a minute'],
    [60_000, '1 minute'],
    [2 * 3_600_000, '2 hours'],
    [3_600_000 + 5 * 60_000, '1 hour 5 minutes'],
    [45 * 86_400_000, '45 days'],
    [86_400_000 + 3 * 3_600_000 + 59 * 60_000, '1 day 3 hours'],
  ])('%d ms is "%s"', (ms, words) => expect(spanWords(ms)).toBe(words));
});

describe('deadlineWords', () => {
  it('says the time left, how late, or done', () => {
    expect(deadlineWords('2026-03-06T16:00:00.000Z', null, now)).toBe('1 day 4 hours left');
    expect(deadlineWords('2026-03-05T10:30:00.000Z', null, now)).toBe('Overdue by 1 hour 30 minutes');
    expect(deadlineWords('2026-03-05T10:30:00.000Z', '2026-03-05T09:00:00.000Z', now)).toBe('Done');
  });
});
