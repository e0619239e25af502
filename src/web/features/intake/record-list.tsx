import { Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface RecordListProps {
  title: string;
  columns: string[];
  /** One array of cells per entry, in the order of `columns`. */
  rows: { key: string; cells: ReactNode[] }[];
  emptyText: string;
  /** The form that adds to the list, when the user may. */
  children?: ReactNode;
}

/** One list on the record, as the medical review shows it: what is there, then a way to add. */
export function RecordList({ title, columns, rows, emptyText, children }: RecordListProps) {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={4}>{title}</Title>
      {rows.length === 0 ? (
        <Text c="dimmed" size="sm">
          {emptyText}
        </Text>
      ) : (
        <Table aria-label={title} withTableBorder>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column}>{column}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                {row.cells.map((cell, index) => (
                  <Table.Td key={columns[index]}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {children}
    </Stack>
  );
}
