import { Alert, Button, Card, Group, Loader, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { IntakeSections } from '../../../domain/intake/intake-sections';
import type { Indication } from '../../../domain/measurement/measurement-packs';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { todayIsoDate } from '../patients/format-patient';
import { IndicationsField, ProtocolPicker, StartingDoseField, TherapistSelect } from './builder-fields';
import { DosePreview } from './dose-preview';
import { planApi } from './plan-api';
import { useIntake, usePlanChange, usePlanPreview, useProtocols, useTherapists } from './plan-queries';
import type { ClinicProtocol, NewPlanBody, PreviewBody, SessionTime, StartingDose } from './plan-types';
import { ProtocolDetails } from './protocol-details';
import { SessionCalendar } from './session-calendar';

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;
const defaultDoseOf = (protocol: ClinicProtocol) => (protocol.definition.dosing.mode === 'per-kg' ? protocol.definition.dosing.startMgPerKg : protocol.definition.dosing.startDoseMg);

/** The starting dose to send: only a change from the protocol's default, so the label's day-1 rules still apply otherwise. */
function startingDoseOf(protocol: ClinicProtocol, value: number | ''): StartingDose | undefined {
  if (value === '' || value === defaultDoseOf(protocol)) return undefined;
  return protocol.definition.dosing.mode === 'per-kg' ? { mgPerKg: value } : { mg: value };
}

function Step({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label={title}>
      <Stack gap="md">
        <Title order={3}>{title}</Title>
        {children}
      </Stack>
    </Card>
  );
}

/** A new treatment plan: protocol, start, dose, indications, goals and therapist, then the proposed sessions; saved as a draft. */
export function PlanBuilder({ patientId, canReadIntake }: { patientId: string; canReadIntake: boolean }) {
  const protocols = useProtocols();
  const therapists = useTherapists();
  const intake = useIntake(patientId, canReadIntake);
  const [protocolKey, setProtocolKey] = useState('');
  const [startDate, setStartDate] = useState(todayIsoDate);
  const [doseValue, setDoseValue] = useState<number | ''>('');
  const [chosenIndications, setIndications] = useState<Indication[] | null>(null);
  const [goals, setGoals] = useState('');
  const [therapistId, setTherapistId] = useState('');
  const [edits, setEdits] = useState<Record<number, SessionTime>>({});

  const protocol = protocols.data?.protocols.find((candidate) => candidate.key === protocolKey);
  const intakeSections = intake.data?.sections as IntakeSections | undefined;
  const indications = chosenIndications ?? intakeSections?.indications?.indications ?? [];
  const body = useMemo<PreviewBody | null>(() => {
    if (!protocol || !isoDatePattern.test(startDate) || doseValue === '' || doseValue <= 0) return null;
    const startingDose = startingDoseOf(protocol, doseValue);
    return { protocolKey: protocol.key, startDate, ...(startingDose ? { startingDose } : {}) };
  }, [protocol, startDate, doseValue]);
  const [debouncedBody] = useDebouncedValue(body, 300);
  const preview = usePlanPreview(patientId, debouncedBody);
  const create = usePlanChange(patientId, (newPlan: NewPlanBody) => planApi.create(patientId, newPlan));
  const errors = serverFieldErrors(create.error);

  if (protocols.isPending) return <Loader aria-label="Loading the protocols" />;
  if (protocols.isError) return <ProblemAlert error={protocols.error} title="The protocols could not be loaded" />;

  const chooseProtocol = (key: string) => {
    const next = protocols.data.protocols.find((candidate) => candidate.key === key);
    setProtocolKey(key);
    setDoseValue(next ? defaultDoseOf(next) : '');
    setEdits({});
  };
  const sessions = (preview.data?.proposedSessions ?? []).map((session) => ({ ...session, placedOn: session.date, ...edits[session.sequence] }));
  const doseBlocked = preview.data?.dose?.blocked === true;
  const missing = [indications.length === 0 ? 'choose at least one indication' : null, goals.trim() === '' ? 'write the goals' : null].filter((words) => words !== null);
  const ready = body !== null && preview.data !== undefined && !preview.isFetching && !doseBlocked && missing.length === 0;
  const save = (event: FormEvent) => {
    event.preventDefault();
    if (!ready || !protocol) return;
    create.mutate({
      ...body,
      indications,
      goals: goals.trim(),
      integrationTherapistUserId: therapistId || null,
      sessions: sessions.map(({ date, startTime }) => ({ date, startTime })),
    });
  };

  return (
    <form onSubmit={save} aria-label="New treatment plan" noValidate>
      <Stack gap="lg">
        <Step title="Protocol">
          <ProtocolPicker protocols={protocols.data.protocols} value={protocolKey} onChange={chooseProtocol} error={errors.protocolKey} />
          {protocol ? <ProtocolDetails protocol={protocol} /> : null}
        </Step>
        {protocol ? (
          <>
            <Step title="Start and dose">
              <Group grow align="flex-start">
                <TextInput type="date" label="Start date" required value={startDate} onChange={(event) => (setStartDate(event.currentTarget.value), setEdits({}))} error={errors.startDate} />
                <StartingDoseField protocol={protocol} value={doseValue} onChange={setDoseValue} error={errors['startingDose.mgPerKg'] ?? errors['startingDose.mg']} />
              </Group>
              {preview.data ? <DosePreview preview={preview.data} perKg={protocol.definition.dosing.mode === 'per-kg'} /> : null}
            </Step>
            <Step title="Indications and goals">
              <IndicationsField value={indications} onChange={setIndications} error={errors.indications ?? (indications.length === 0 ? 'Choose at least one indication' : undefined)} />
              <Textarea label="Goals" required description="What the patient hopes will change, in their words" minRows={3} value={goals} onChange={(event) => setGoals(event.currentTarget.value)} error={errors.goals} />
              <TherapistSelect therapists={therapists.data?.therapists ?? []} value={therapistId} onChange={setTherapistId} error={errors.integrationTherapistUserId} />
            </Step>
            <Step title="Proposed sessions">
              {preview.isError ? <ProblemAlert error={preview.error} title="The sessions could not be proposed" /> : null}
              {preview.isPending && body ? <Loader size="sm" aria-label="Proposing the sessions" /> : null}
              {sessions.length > 0 ? (
                <>
                  <Text size="sm">Proposed from the protocol and the clinic’s opening hours. Change a date or time if needed; the plan keeps what you see.</Text>
                  <SessionCalendar sessions={sessions} startDate={startDate} editable onChange={(sequence, time) => setEdits({ ...edits, [sequence]: time })} />
                </>
              ) : null}
            </Step>
            {doseBlocked ? (
              <Alert color="red" title="The starting dose is blocked">
                Change the starting dose before saving the plan.
              </Alert>
            ) : null}
            {create.isError ? <ProblemAlert error={create.error} title="The plan was not saved" /> : null}
            {missing.length > 0 ? <Text size="sm">To save the plan, {missing.join(' and ')}.</Text> : null}
            <Group>
              <Button type="submit" size="md" disabled={!ready} loading={create.isPending}>
                Save as draft
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </form>
  );
}
