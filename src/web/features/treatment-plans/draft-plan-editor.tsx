import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { ActivationBlockers } from './activation-blockers';
import { TherapistSelect } from './builder-fields';
import { planApi } from './plan-api';
import { usePlanChange, useTherapists } from './plan-queries';
import type { ActivationResult, DraftChanges, Plan, SessionTime } from './plan-types';
import { SessionCalendar } from './session-calendar';

const timesOf = (plan: Plan): SessionTime[] => plan.sessions.map((session) => ({ date: session.plannedDate, startTime: session.startTime }));

/** A draft: goals, therapist and session dates still editable; then activation, which lists whatever stands in the way. */
export function DraftPlanEditor({ patientId, plan }: { patientId: string; plan: Plan }) {
  const therapists = useTherapists();
  const [goals, setGoals] = useState(plan.goals);
  const [therapistId, setTherapistId] = useState(plan.integrationTherapist?.userId ?? '');
  const [times, setTimes] = useState(() => timesOf(plan));
  const [activation, setActivation] = useState<ActivationResult | null>(null);
  const update = usePlanChange(patientId, (changes: DraftChanges) => planApi.update(patientId, plan.id, changes));
  const activate = usePlanChange(patientId, () => planApi.activate(patientId, plan.id), setActivation);
  const errors = serverFieldErrors(update.error);

  const saved = timesOf(plan);
  const changed = goals !== plan.goals || therapistId !== (plan.integrationTherapist?.userId ?? '') || JSON.stringify(times) !== JSON.stringify(saved);
  const sessions = plan.sessions.map((session, index) => ({ ...session, date: times[index]?.date ?? session.plannedDate, startTime: times[index]?.startTime ?? session.startTime, placedOn: session.plannedDate }));
  const blockers = activation?.kind === 'blocked' ? activation.blockers : plan.blockers;

  return (
    <Stack gap="md">
      <Textarea label="Goals" required description="What the patient hopes will change, in their words" minRows={3} value={goals} onChange={(event) => setGoals(event.currentTarget.value)} error={errors.goals} />
      <TherapistSelect therapists={therapists.data?.therapists ?? []} value={therapistId} onChange={setTherapistId} error={errors.integrationTherapistUserId} />
      <Title order={4}>Sessions</Title>
      <SessionCalendar
        sessions={sessions}
        startDate={plan.startDate}
        editable
        onChange={(sequence, time) => setTimes(times.map((current, index) => (plan.sessions[index]?.sequence === sequence ? time : current)))}
      />
      {update.isError ? <ProblemAlert error={update.error} title="The changes were not saved" /> : null}
      <Group>
        <Button variant="default" size="md" disabled={!changed || goals.trim() === ''} loading={update.isPending} onClick={() => update.mutate({ goals: goals.trim(), integrationTherapistUserId: therapistId || null, sessions: times })}>
          Save changes
        </Button>
      </Group>
      <Title order={4}>Start the plan</Title>
      <Text size="sm">Activating checks that the intake, eligibility decision, consent, baseline measures and weight are all in place.</Text>
      {blockers.length > 0 ? (
        <ActivationBlockers patientId={patientId} title={activation?.kind === 'blocked' ? 'The plan cannot start yet' : 'Still to do before the plan can start'} blockers={blockers} />
      ) : null}
      {activate.isError ? <ProblemAlert error={activate.error} title="The plan was not activated" /> : null}
      <Group>
        <Button size="md" onClick={() => activate.mutate(undefined)} loading={activate.isPending} disabled={changed}>
          Activate
        </Button>
        {changed ? <Text size="sm">Save your changes first.</Text> : null}
      </Group>
    </Stack>
  );
}
