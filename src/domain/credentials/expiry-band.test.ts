import { describe, expect, it } from 'vitest';
import { expiryBand, verificationDue } from './expiry-band.js';

const now = new Date('2026-11-30T14:00:00Z');
const inDays = (days: number, extraMs = 0) => new Date(now.getTime() + days * 86_400_000 + extraMs);

describe('expiry bands', () => {
  it.each<[string, Date | null, string | null]>([
    ['no expiry', null, null],
    ['91 days ahead', inDays(91), null],
    ['90 days and a millisecond ahead', inDays(90, 1), null],
    ['exactly 90 days ahead', inDays(90), '90'],
    ['61 days ahead', inDays(61), '90'],
    ['exactly 60 days ahead', inDays(60), '60'],
    ['exactly 30 days ahead', inDays(30), '30'],
    ['a millisecond ahead', inDays(0, 1), '30'],
    ['at the instant it expires', inDays(0), 'expired'],
    ['a year ago', inDays(-365), 'expired'],
  ])('%s', (_label, expiresAt, band) => {
    expect(expiryBand(expiresAt, now)).toBe(band);
  });

  it('counts a verification due within 30 days, or past, as due', () => {
    expect(verificationDue('2026-12-30', now)).toBe(true);
    expect(verificationDue('2026-12-31', now)).toBe(false);
    expect(verificationDue('2025-01-01', now)).toBe(true);
    expect(verificationDue(null, now)).toBe(false);
  });
});
