import { Alert, Button, Group, List, Stack, Text, Textarea } from '@mantine/core';
import dayjs from 'dayjs';
import { type ChangeEvent, useId, useState } from 'react';
import { SessionProblem } from './blocker-list';
import { type MonitorCsvProblem, monitorCsvColumns, parseMonitorCsv } from './parse-monitor-csv';
import { sessionApi } from './session-api';
import { useSessionChange } from './session-queries';
import type { SessionChart, VitalsReading } from './session-types';

/** Readings exported from a bedside monitor, pasted or chosen as a file, sent as one request. */
export function MonitorImport({ chart }: { chart: SessionChart }) {
  const fileId = useId();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<MonitorCsvProblem[]>([]);
  const [imported, setImported] = useState<number | null>(null);
  const send = useSessionChange(chart.id, (readings: VitalsReading[]) => sessionApi.vitals(chart.id, { readings, source: 'monitor-import' }), (after) => {
    setImported(after.vitals.filter((vital) => vital.source === 'monitor-import').length);
    setText('');
  });
  const day = dayjs(chart.checkedInAt ?? chart.scheduledFor).format('YYYY-MM-DD');
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    if (file) setText(await file.text());
  };
  const submit = () => {
    setImported(null);
    const parsed = parseMonitorCsv(text, day);
    setProblems(parsed.kind === 'invalid' ? parsed.problems : []);
    if (parsed.kind === 'parsed') send.mutate(parsed.readings);
  };
  return (
    <Stack gap="xs">
      <Text size="sm">
        One reading a line: <code>{monitorCsvColumns.join(',')}</code>. Times of day are taken as on {dayjs(day).format('MMM D, YYYY')}. A header line and blank lines are skipped.
      </Text>
      <Group gap="xs">
        <label htmlFor={fileId}>
          <Text size="sm" fw={500} span>
            Monitor file (CSV)
          </Text>
        </label>
        <input id={fileId} type="file" accept=".csv,text/csv,text/plain" onChange={(event) => void readFile(event)} />
      </Group>
      <Textarea label="Monitor readings" rows={5} value={text} onChange={(event) => setText(event.currentTarget.value)} styles={{ input: { fontFamily: 'monospace' } }} />
      <Group>
        <Button variant="default" onClick={submit} disabled={text.trim() === ''} loading={send.isPending}>
          Import readings
        </Button>
      </Group>
      {problems.length > 0 ? (
        <Alert color="red" title="Nothing was imported" role="alert">
          <List size="sm">
            {problems.map((problem) => (
              <List.Item key={`${problem.line}-${problem.message}`}>{problem.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {imported !== null ? (
        <Text size="sm" c="green.8" role="status">
          Imported. The chart now holds {imported} monitor {imported === 1 ? 'reading' : 'readings'}.
        </Text>
      ) : null}
      <SessionProblem error={send.error} title="The readings were not imported" patientId={chart.patient.id} />
    </Stack>
  );
}
