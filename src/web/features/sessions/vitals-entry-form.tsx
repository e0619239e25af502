import { Alert, Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { SessionProblem } from './blocker-list';
import { Countdown } from './countdown';
import { sessionApi } from './session-api';
import { useSessionChange } from './session-queries';
import type { SessionChart, VitalsReading } from './session-types';
import { emptyVitals, parseVitals, vitalFields, type VitalKey } from './vital-fields';

/** When the next vital signs are due, from the server's status: red once overdue. */
export function NextCheck({ nextCheck }: { nextCheck: SessionChart['status']['nextCheck'] }) {
  return (
    <Stack gap={2}>
      {nextCheck.dueAt ? <Countdown untilMs={Date.parse(nextCheck.dueAt)} label="Next check due in" overdueLabel="Next check overdue by" /> : null}
      <Text size="sm" c="dimmed">
        {nextCheck.reason}
      </Text>
    </Stack>
  );
}

/** One row of vital signs; each reading beyond a line opens an event, which appears in the events list. */
export function VitalsEntryForm({ chart, canChart }: { chart: SessionChart; canChart: boolean }) {
  const [texts, setTexts] = useState(emptyVitals);
  const [errors, setErrors] = useState<Partial<Record<VitalKey | 'form', string>>>({});
  const record = useSessionChange(chart.id, (reading: VitalsReading) => sessionApi.vitals(chart.id, { readings: [reading], source: 'manual' }), () => setTexts(emptyVitals()));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseVitals(texts);
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    if (parsed.kind === 'valid') record.mutate(parsed.reading);
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="vitals-entry-title" id="vitals">
      <Group justify="space-between" align="flex-start">
        <Title order={3} id="vitals-entry-title">
          Record vital signs
        </Title>
        <NextCheck nextCheck={chart.status.nextCheck} />
      </Group>
      {canChart ? (
        <form onSubmit={submit} noValidate aria-label="Vital signs">
          <Group align="flex-end" gap="sm">
            <SimpleGrid cols={{ base: 2, sm: 5 }} style={{ flex: 1 }}>
              {vitalFields.map(({ key, label, unit }) => (
                <TextInput
                  key={key}
                  label={`${label} (${unit})`}
                  inputMode="numeric"
                  value={texts[key]}
                  error={errors[key]}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setTexts((current) => ({ ...current, [key]: value }));
                  }}
                />
              ))}
            </SimpleGrid>
            <Button type="submit" size="md" loading={record.isPending}>
              Record
            </Button>
          </Group>
          {errors.form ? (
            <Alert color="red" mt="xs" role="alert">
              {errors.form}
            </Alert>
          ) : null}
        </form>
      ) : null}
      <SessionProblem error={record.error} title="The vital signs were not recorded" patientId={chart.patient.id} />
    </Stack>
  );
}
