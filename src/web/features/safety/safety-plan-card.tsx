import { Button, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, type SafetyPlan } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useMe } from '../auth/use-me';
import { RecordSection } from '../patients/record-section';
import { SafetyPlanForm } from './safety-plan-form';
import { safetyPlanSections } from './safety-plan-sections';

/** The Stanley–Brown safety plan on the record: shown to the patient, written by the care team with them. */
export function SafetyPlanCard({ patientId }: { patientId: string }) {
  const me = useMe();
  const canWrite = can(me.data, 'safety.manage');
  const queryClient = useQueryClient();
  const plan = useQuery({ queryKey: ['safety-plan', patientId], queryFn: () => api.safetyPlan(patientId) });
  const [editing, setEditing] = useState(false);
  const save = useMutation({
    mutationFn: (next: SafetyPlan) => api.saveSafetyPlan(patientId, next),
    onSuccess: async () => {
      setEditing(false);
      await queryClient.invalidateQueries({ queryKey: ['safety-plan', patientId] });
    },
  });
  if (plan.isPending) return null;
  if (plan.isError) return <ProblemAlert error={plan.error} title="The safety plan could not be loaded" />;
  const current = plan.data;
  return (
    <RecordSection title="Safety plan" isEmpty={!current && !editing && !canWrite} emptyText="No safety plan has been written yet.">
      {editing ? (
        <SafetyPlanForm initial={current?.plan ?? null} saving={save.isPending} onSave={(next) => save.mutate(next)} onCancel={() => setEditing(false)} />
      ) : (
        <Stack gap="sm">
          {current ? (
            safetyPlanSections.map(({ key, title }) => (
              <div key={key}>
                <Title order={4}>{title}</Title>
                {current.plan[key].length > 0 ? <List>{current.plan[key].map((entry) => <List.Item key={entry}>{entry}</List.Item>)}</List> : <Text c="dimmed">Nothing written yet.</Text>}
              </div>
            ))
          ) : (
            <Text c="dimmed">No safety plan has been written yet.</Text>
          )}
          {current ? (
            <Text size="sm" c="dimmed">
              Version {current.version}, written {new Date(current.writtenAt).toLocaleString()}
            </Text>
          ) : null}
          {canWrite ? (
            <Button variant="light" onClick={() => setEditing(true)} style={{ alignSelf: 'flex-start' }}>
              {current ? 'Edit safety plan' : 'Write a safety plan'}
            </Button>
          ) : null}
        </Stack>
      )}
      {save.isError ? <ProblemAlert error={save.error} title="The safety plan was not saved" /> : null}
    </RecordSection>
  );
}
