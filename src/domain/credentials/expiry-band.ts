const dayMs = 24 * 60 * 60 * 1000;

/**
 * The bands of the expiry dashboard and its reminders: 90, 60 and 30 days ahead, and expired (issue 8). A
 * credential is expired from the instant in `expiresAt` on, the same instant `inForce` stops counting it.
 */
export const expiryBands = ['expired', '30', '60', '90'] as const;
export type ExpiryBand = (typeof expiryBands)[number];

/** How many days ahead the dashboard and the reminders look. */
export const expiryHorizonDays = 90;
/** A verification due within this many days shows on the dashboard (our choice: a month to re-check a source). */
export const verificationLeadDays = 30;

export function expiryBand(expiresAt: Date | null, now: Date): ExpiryBand | null {
  if (expiresAt === null) return null;
  const remainingMs = expiresAt.getTime() - now.getTime();
  if (remainingMs <= 0) return 'expired';
  if (remainingMs <= 30 * dayMs) return '30';
  if (remainingMs <= 60 * dayMs) return '60';
  if (remainingMs <= expiryHorizonDays * dayMs) return '90';
  return null;
}

/** The calendar day (UTC) `days` after `now`'s, as YYYY-MM-DD. */
export const dayAfter = (now: Date, days: number) => new Date(now.getTime() + days * dayMs).toISOString().slice(0, 10);

/** A verification is due when its next-due day is within the lead time, or past. */
export const verificationDue = (nextDueOn: string | null, now: Date) => nextDueOn !== null && nextDueOn <= dayAfter(now, verificationLeadDays);
