import dayjs from 'dayjs';
import type { CredentialKind, CredentialStatus, CredentialView, Verification } from './credential-types';

/** The groups of the staff credentials screen, in this order. */
export const kindGroupLabels: Record<CredentialKind, string> = {
  licence: 'Licences',
  npi: 'NPI',
  'dea-registration': 'DEA registrations',
  'board-certification': 'Board certifications',
  'life-support': 'Life-support certifications',
  training: 'Training',
};

export const kindLabels: Record<CredentialKind, string> = {
  licence: 'Professional licence',
  npi: 'NPI (National Provider Identifier)',
  'dea-registration': 'DEA registration',
  'board-certification': 'Board certification',
  'life-support': 'Life-support certification',
  training: 'Training',
};

export const statusLabels: Record<CredentialStatus, string> = { active: 'Active', inactive: 'Inactive', suspended: 'Suspended', revoked: 'Revoked' };
export const methodLabels: Record<Verification['method'], string> = { 'primary-source': 'Checked at the primary source', 'document-review': 'Document reviewed' };
export const outcomeLabels: Record<Verification['outcome'], string> = { verified: 'Verified', discrepancy: 'Discrepancy found' };

/** "RN licence (ZZ)", "DEA registration AB1234563", "ACLS": what the credential is called on every screen. */
export function credentialTitle(credential: Pick<CredentialView, 'kind' | 'type' | 'jurisdiction' | 'number'>): string {
  switch (credential.kind) {
    case 'licence':
      return `${credential.type} licence${credential.jurisdiction ? ` (${credential.jurisdiction})` : ''}`;
    case 'npi':
      return `NPI ${credential.number ?? ''}`.trim();
    case 'dea-registration':
      return `DEA registration ${credential.number ?? ''}`.trim();
    default:
      return credential.type;
  }
}

/** "Jun 30, 2028" for a date (YYYY-MM-DD) or an instant, in the browser's time zone. */
export const formatDay = (value: string) => dayjs(value).format('MMM D, YYYY');
/** "Jun 30, 2028 11:59 PM", in the browser's time zone. */
export const formatWhen = (iso: string) => dayjs(iso).format('MMM D, YYYY h:mm A');
export const formatSize = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);

export interface ExpiryBadge {
  label: string;
  color: string;
}

/**
 * The badge beside a credential. Expiry is exact, as on the server: at the instant it expires, it is expired.
 * The server's band says whether the expiry is near (90 days or less); the days are counted as calendar days
 * in the browser's time zone, so a card that runs out tonight "Expires today".
 */
export function expiryBadge(credential: Pick<CredentialView, 'status' | 'expiresAt' | 'expiryBand'>, now: Date): ExpiryBadge {
  const expired = credential.expiryBand === 'expired' || (credential.expiresAt !== null && new Date(credential.expiresAt).getTime() <= now.getTime());
  if (credential.status !== 'active') return { label: `Not in force: ${statusLabels[credential.status].toLowerCase()}`, color: 'red' };
  if (expired) return { label: 'Expired', color: 'red' };
  if (credential.expiresAt === null || credential.expiryBand === null) return { label: 'In force', color: 'green' };
  const days = Math.max(0, dayjs(credential.expiresAt).startOf('day').diff(dayjs(now).startOf('day'), 'day'));
  const label = days === 0 ? 'Expires today' : `Expires in ${days} ${days === 1 ? 'day' : 'days'}`;
  return { label, color: credential.expiryBand === '30' ? 'orange' : 'yellow' };
}
