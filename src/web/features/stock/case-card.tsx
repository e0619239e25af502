import { Badge, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { deadlineWords } from './case-deadlines';
import { ClassifyForm } from './classify-form';
import { FilingForm } from './filing-form';
import { useContainers } from './stock-queries';
import type { DiscrepancyCase } from './stock-types';
import { caseStateLabel, formatWhen, timerLabel } from './stock-words';

const isDifference = (item: unknown): item is { containerId: string; differenceMl: number; kind: string } =>
  typeof item === 'object' && item !== null && typeof (item as { differenceMl?: unknown }).differenceMl === 'number';

function Deadline({ label, due, doneAt, timer, nowMs }: { label: string; due: string; doneAt: string | null; timer: string | undefined; nowMs: number }) {
  const badge = timerLabel(timer ?? (doneAt ? 'done' : 'ok'));
  return (
    <Group gap="xs" data-timer={timer}>
      <Text fw={600}>{label}</Text>
      <Badge color={badge.color}>{badge.label}</Badge>
      <Text size="sm">{doneAt ? `Done ${formatWhen(doneAt)}` : `Due by ${formatWhen(due)}: ${deadlineWords(due, doneAt, nowMs)}`}</Text>
    </Group>
  );
}

/** One discrepancy case: what the count found, how it stands, its DEA reporting clocks, and what the user may do next. */
export function CaseCard({ item, locationName, canConfigure, nowMs }: { item: DiscrepancyCase; locationName: string; canConfigure: boolean; nowMs: number }) {
  const headingId = useId();
  const state = caseStateLabel(item.state);
  const differences = Array.isArray(item.details) ? item.details.filter(isDifference) : [];
  const undecided = item.state === 'open' || item.state === 'investigating';
  const containers = useContainers(differences.length > 0 ? item.locationId : null);
  const labelOf = (containerId: string) => containers.data?.containers.find((container) => container.id === containerId)?.label ?? `Container ${containerId.slice(0, 8)}`;
  return (
    <Card withBorder padding="lg" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4} id={headingId}>
            {locationName}: discovered {formatWhen(item.discoveredAt)}
          </Title>
          <Badge color={state.color} size="lg">
            {state.label}
          </Badge>
        </Group>
        {differences.length > 0 ? (
          <List size="sm" aria-label="Differences found">
            {differences.map((difference) => (
              <List.Item key={difference.containerId}>
                {labelOf(difference.containerId)}: {difference.differenceMl > 0 ? '+' : ''}
                {difference.differenceMl} mL ({difference.kind.replace(/-/g, ' ')})
              </List.Item>
            ))}
          </List>
        ) : null}
        {item.cause ? <Text>Cause: {item.cause === 'theft' ? 'theft' : 'significant loss'}</Text> : null}
        {item.rationale ? <Text style={{ whiteSpace: 'pre-wrap' }}>Why not significant: {item.rationale}</Text> : null}
        {item.writtenNoticeBy ? <Deadline label="Written notice to the DEA" due={item.writtenNoticeBy} doneAt={item.writtenNoticeSentAt} timer={item.timers?.writtenNotice} nowMs={nowMs} /> : null}
        {item.form106By ? <Deadline label="DEA Form 106" due={item.form106By} doneAt={item.form106FiledAt} timer={item.timers?.form106} nowMs={nowMs} /> : null}
        {(item.filings ?? []).map((filing) => (
          <Text key={`${filing.kind}-${filing.recordedAt}`} size="sm">
            {filing.kind === 'form-106' ? 'Form 106 filed' : 'Written notice sent'} {formatWhen(filing.at)}: {filing.reference}
          </Text>
        ))}
        {canConfigure && undecided ? <ClassifyForm caseId={item.id} /> : null}
        {canConfigure && item.state === 'reported' && !item.writtenNoticeSentAt ? <FilingForm caseId={item.id} kind="written-notice" /> : null}
        {canConfigure && item.state === 'reported' && !item.form106FiledAt ? <FilingForm caseId={item.id} kind="form-106" /> : null}
        {!canConfigure && undecided ? <Text c="dimmed">The medical director or whoever configures the stock investigates and classifies the case.</Text> : null}
      </Stack>
    </Card>
  );
}
