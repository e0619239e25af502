import type { ExpiringItem, ExpiryBand } from './credential-types';

export interface ExpiryGroup {
  key: ExpiryBand | 'verification-due';
  title: string;
  items: ExpiringItem[];
}

const bandTitles: [ExpiryBand, string][] = [
  ['expired', 'Expired'],
  ['30', 'Expire within 30 days'],
  ['60', 'Expire in 31 to 60 days'],
  ['90', 'Expire in 61 to 90 days'],
];

const expiryTime = (item: ExpiringItem) => (item.credential.expiresAt ? new Date(item.credential.expiresAt).getTime() : Number.POSITIVE_INFINITY);
const dueOn = (item: ExpiringItem) => item.credential.lastVerification?.nextDueOn ?? '';

/**
 * The dashboard's groups, soonest first in each: the server's band puts each credential in one expiry group,
 * and a credential whose next check is due is also listed under "Verification due".
 */
export function groupExpiring(items: readonly ExpiringItem[]): ExpiryGroup[] {
  const groups: ExpiryGroup[] = bandTitles.map(([band, title]) => ({ key: band, title, items: items.filter((item) => item.band === band).sort((a, b) => expiryTime(a) - expiryTime(b)) }));
  const due = items.filter((item) => item.verificationDue).sort((a, b) => dueOn(a).localeCompare(dueOn(b)));
  return [...groups, { key: 'verification-due', title: 'Verification due', items: due }];
}
