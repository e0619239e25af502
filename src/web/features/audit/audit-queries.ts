import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type AuditSearchParams } from '../../api/client';

export const auditKeys = {
  report: (params: AuditSearchParams) => ['audit', 'report', params] as const,
  breakGlassGrants: ['audit', 'break-glass-grants'] as const,
};

// Every reading of the report is itself audited, so it is not refetched on focus: only when the user asks.
export const useAuditReport = (params: AuditSearchParams) =>
  useQuery({ queryKey: auditKeys.report(params), queryFn: () => api.auditReport(params), placeholderData: keepPreviousData, refetchOnWindowFocus: false });

export const useBreakGlassGrants = () => useQuery({ queryKey: auditKeys.breakGlassGrants, queryFn: api.breakGlassGrants, refetchOnWindowFocus: false });
