import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api, type AuditSortField } from '../../api/client';
import { LabelledPagination } from '../../components/labelled-pagination';
import { ProblemAlert } from '../../components/problem-alert';
import type { AuditFilters } from './audit-filter-values';
import { AuditFiltersForm } from './audit-filters-form';
import { useAuditReport } from './audit-queries';
import { defaultAuditSort, nextSort, type AuditSort } from './audit-sort';
import { AuditTable } from './audit-table';

const pageSize = 50;
// The most entries the server puts in one CSV export.
const exportLimit = 50_000;

export function AuditTrail() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const [sort, setSort] = useState<AuditSort>(defaultAuditSort);
  const [page, setPage] = useState(1);
  const report = useAuditReport({ ...filters, ...sort, limit: pageSize, offset: (page - 1) * pageSize });
  const pages = report.data ? Math.ceil(report.data.total / pageSize) : 0;
  const csvHref = api.auditCsvHref({ ...filters, ...sort, limit: exportLimit, offset: 0 });

  const applyFilters = (next: AuditFilters) => {
    setFilters(next);
    setPage(1);
  };
  const sortBy = (field: AuditSortField) => {
    setSort(nextSort(sort, field));
    setPage(1);
  };

  return (
    <Stack>
      <Title order={3}>Audit trail</Title>
      <AuditFiltersForm onApply={applyFilters} error={report.error} />
      {report.isPending ? <Loader aria-label="Loading the audit trail" /> : null}
      {report.isError ? <ProblemAlert error={report.error} title="The audit trail could not be loaded" /> : null}
      {report.data ? (
        <>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {report.data.total === 1 ? '1 entry' : `${report.data.total} entries`}
            </Text>
            <Anchor href={csvHref} download="audit-report.csv" size="sm">
              Export CSV
            </Anchor>
          </Group>
          {report.data.total > exportLimit ? (
            <Text size="xs" c="dimmed">
              The export holds the first {exportLimit} entries in this order; narrow the filters to export the rest.
            </Text>
          ) : null}
          {report.data.entries.length === 0 ? <Text>No entries match these filters.</Text> : <AuditTable entries={report.data.entries} sort={sort} onSort={sortBy} />}
          <LabelledPagination total={pages} value={page} onChange={setPage} />
        </>
      ) : null}
    </Stack>
  );
}
