import { Button, Checkbox, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { SessionProblem } from './blocker-list';
import { sessionApi } from './session-api';
import { useSessionChange } from './session-queries';
import type { AdverseEventBody, SessionChart } from './session-types';

const empty = { description: '', severity: '', serious: false, actionNote: '', outcome: '' };

/** An adverse event with its severity; an action and outcome may be written now or later on the event. */
export function AdverseEventForm({ chart }: { chart: SessionChart }) {
  const [opened, setOpened] = useState(false);
  const [values, setValues] = useState(empty);
  const record = useSessionChange(chart.id, (body: AdverseEventBody) => sessionApi.adverseEvent(chart.id, body), () => {
    setValues(empty);
    setOpened(false);
  });
  const errors = serverFieldErrors(record.error);
  const set = (change: Partial<typeof empty>) => setValues((current) => ({ ...current, ...change }));
  if (!opened) {
    return (
      <Group>
        <Button variant="default" onClick={() => setOpened(true)}>
          Record an adverse event
        </Button>
      </Group>
    );
  }
  const submit = () =>
    record.mutate({
      description: values.description.trim(),
      severity: values.severity as AdverseEventBody['severity'],
      serious: values.serious,
      ...(values.actionNote.trim() ? { actionNote: values.actionNote.trim() } : {}),
      ...(values.outcome.trim() ? { outcome: values.outcome.trim() } : {}),
    });
  return (
    <Stack gap="sm" component="form" aria-label="Adverse event" onSubmit={(event) => (event.preventDefault(), submit())}>
      <Textarea label="What happened" required minRows={2} value={values.description} error={errors.description} onChange={(event) => set({ description: event.currentTarget.value })} />
      <NativeSelect
        label="Severity"
        required
        data={[{ value: '', label: 'Choose…' }, { value: 'mild', label: 'Mild' }, { value: 'moderate', label: 'Moderate' }, { value: 'severe', label: 'Severe' }]}
        value={values.severity}
        error={errors.severity}
        onChange={(event) => set({ severity: event.currentTarget.value })}
      />
      <Checkbox
        label="Serious"
        description="Death, life-threatening, hospitalisation, disability, or another important medical event"
        checked={values.serious}
        onChange={(event) => set({ serious: event.currentTarget.checked })}
      />
      <Textarea label="Action taken (optional)" minRows={2} value={values.actionNote} error={errors.actionNote} onChange={(event) => set({ actionNote: event.currentTarget.value })} />
      <TextInput label="Outcome (optional)" value={values.outcome} onChange={(event) => set({ outcome: event.currentTarget.value })} />
      <Group>
        <Button type="submit" disabled={values.description.trim().length < 3 || !values.severity} loading={record.isPending}>
          Record adverse event
        </Button>
        <Button variant="subtle" onClick={() => setOpened(false)}>
          Cancel
        </Button>
      </Group>
      {Object.keys(errors).length === 0 ? <SessionProblem error={record.error} title="The adverse event was not recorded" patientId={chart.patient.id} /> : null}
    </Stack>
  );
}
