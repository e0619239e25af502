import { Group, Table, UnstyledButton } from '@mantine/core';
import type { AuditSortField } from '../../api/client';
import type { AuditSort } from './audit-sort';

const arrows = { asc: '▲', desc: '▼' };

/** A column header that sorts the report by its field; `aria-sort` tells screen readers which column and which way. */
export function SortableHeader({ label, field, current, onSort }: { label: string; field: AuditSortField; current: AuditSort; onSort: (field: AuditSortField) => void }) {
  const active = current.sort === field;
  return (
    <Table.Th aria-sort={active ? (current.order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(field)} fw={700} fz="sm">
        <Group gap={4} wrap="nowrap">
          {label}
          <span aria-hidden="true">{active ? arrows[current.order] : '↕'}</span>
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
