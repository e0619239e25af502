import { Card, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One section of the record: a titled card, or a plain sentence when there is nothing in it. */
export function RecordSection({ title, emptyText, isEmpty, children }: { title: string; emptyText: string; isEmpty: boolean; children?: ReactNode }) {
  return (
    <Card withBorder component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={3}>{title}</Title>
        {isEmpty ? <Text c="dimmed">{emptyText}</Text> : children}
      </Stack>
    </Card>
  );
}
