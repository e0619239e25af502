import dayjs from 'dayjs';
import type { AuditSearchParams } from '../../api/client';

/** What the filter form holds: dates as the browser's date inputs give them (YYYY-MM-DD, local). */
export interface AuditFilterValues {
  fromDate: string;
  toDate: string;
  patientId: string;
  userId: string;
  action: string;
}
export type AuditFilterField = keyof AuditFilterValues;
export type AuditFilters = Pick<AuditSearchParams, 'from' | 'to' | 'patientId' | 'userId' | 'action'>;
export type AuditFilterCheck = { kind: 'valid'; filters: AuditFilters } | { kind: 'invalid'; errors: Partial<Record<AuditFilterField, string>> };

export const emptyAuditFilters: AuditFilterValues = { fromDate: '', toDate: '', patientId: '', userId: '', action: '' };

/** The form's name for each query parameter the server may fault. */
export const filterFieldOfQuery: Record<string, AuditFilterField> = { from: 'fromDate', to: 'toDate', patientId: 'patientId', userId: 'userId', action: 'action' };

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Midnight at the start of a local day, as ISO 8601 with the browser's offset ("2025-01-10T00:00:00-07:00"). */
const startOfLocalDay = (date: string) => dayjs(date).startOf('day').format();

/**
 * The report's filters from the form. The server's `to` is exclusive, so "To date" (a whole day, inclusive)
 * becomes the start of the next local day.
 */
export function toAuditFilters(values: AuditFilterValues): AuditFilterCheck {
  const errors: Partial<Record<AuditFilterField, string>> = {};
  const patientId = values.patientId.trim();
  const userId = values.userId.trim();
  const action = values.action.trim();
  if (values.fromDate && !(isoDate.test(values.fromDate) && dayjs(values.fromDate).isValid())) errors.fromDate = 'Not a date';
  if (values.toDate && !(isoDate.test(values.toDate) && dayjs(values.toDate).isValid())) errors.toDate = 'Not a date';
  if (!errors.fromDate && !errors.toDate && values.fromDate && values.toDate && values.toDate < values.fromDate) errors.toDate = 'The To date is before the From date';
  if (patientId && !uuidShape.test(patientId)) errors.patientId = 'A patient id looks like 7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a';
  if (userId && !uuidShape.test(userId)) errors.userId = 'A user id looks like 7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a';
  if (action.length > 60) errors.action = 'At most 60 characters';
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'valid',
    filters: {
      from: values.fromDate ? startOfLocalDay(values.fromDate) : undefined,
      to: values.toDate ? dayjs(values.toDate).add(1, 'day').startOf('day').format() : undefined,
      patientId: patientId || undefined,
      userId: userId || undefined,
      action: action || undefined,
    },
  };
}
