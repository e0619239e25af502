import type { AuditSortField } from '../../api/client';

export interface AuditSort {
  sort: AuditSortField;
  order: 'asc' | 'desc';
}

export const defaultAuditSort: AuditSort = { sort: 'occurredAt', order: 'desc' };

/** A second click on the sorted column reverses it; Time starts newest first, other columns A to Z. */
export function nextSort(current: AuditSort, field: AuditSortField): AuditSort {
  if (current.sort === field) return { sort: field, order: current.order === 'asc' ? 'desc' : 'asc' };
  return { sort: field, order: field === 'occurredAt' ? 'desc' : 'asc' };
}
