import dayjs from 'dayjs';
import { isStaffRole, roleLabels } from '../../../domain/access/roles';
import type { AuditReport } from '../../../server/routes/audit/audit.schemas';

export type AuditEntry = AuditReport['entries'][number];

/** "Jan 10, 2025 08:00:05" in the browser's time zone: month in words, 24-hour clock, seconds for ordering. */
export const formatLocalDateTime = (iso: string) => dayjs(iso).format('MMM D, YYYY HH:mm:ss');

/** The first block of a UUID: enough to tell entries apart at a glance; the whole id is in the title. */
export const shortId = (id: string) => id.slice(0, 8);

/** The server records a staff member's roles joined by "+" ("nurse+therapist"), or "patient". */
export function describeAuditRole(role: string | null): string {
  if (role === null) return '';
  if (role === 'patient') return 'Patient';
  return role
    .split('+')
    .map((part) => (isStaffRole(part) ? roleLabels[part] : part))
    .join(', ');
}
