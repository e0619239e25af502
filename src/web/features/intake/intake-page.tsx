import { Anchor, Badge, Grid, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { EligibilityRoute } from '../../../domain/eligibility/eligibility-input';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { EligibilityPanel } from '../eligibility/eligibility-panel';
import { Part2Badge } from '../patients/part2-badge';
import { usePatientChart } from '../patients/patient-queries';
import { useIntake } from './intake-queries';
import { IntakeWizard } from './intake-wizard';

const statusLabels = { 'not-started': 'Not started', 'in-progress': 'In progress', completed: 'Completed' } as const;

export function IntakePage() {
  const me = useSignedInUser();
  const { patientId } = useParams({ from: '/signed-in/patients/$patientId/intake' });
  if (me.user.kind !== 'staff' || !can(me, 'intake.read')) return <NoAccess />;
  return (
    <Intake
      patientId={patientId}
      canRecord={can(me, 'intake.record')}
      canRecordMeasure={can(me, 'assessment.record')}
      canCheckEligibility={can(me, 'eligibility.check')}
    />
  );
}

function Intake({ patientId, canRecord, canRecordMeasure, canCheckEligibility }: { patientId: string; canRecord: boolean; canRecordMeasure: boolean; canCheckEligibility: boolean }) {
  const chart = usePatientChart(patientId);
  const intake = useIntake(patientId);
  const [route, setRoute] = useState<EligibilityRoute>('iv');
  if (chart.isPending || intake.isPending) return <Loader aria-label="Loading the intake" />;
  if (chart.isError) return <ProblemAlert error={chart.error} title="The record could not be loaded" />;
  if (intake.isError) return <ProblemAlert error={intake.error} title="The intake could not be loaded" />;
  const patient = chart.data;
  return (
    <Stack maw={1400}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>Intake</Title>
            <Badge variant="light" color={intake.data.status === 'completed' ? 'green' : 'gray'}>
              {statusLabels[intake.data.status]}
            </Badge>
            {intake.data.confidentiality === 'part2' ? <Part2Badge /> : null}
          </Group>
          <Text>
            {patient.givenName} {patient.familyName}, MRN {patient.mrn}
          </Text>
        </Stack>
        <Anchor component={Link} to={`/patients/${patientId}`}>
          Back to the record
        </Anchor>
      </Group>
      {canRecord ? null : <Text c="dimmed">You can read this intake; recording it is for the treating team.</Text>}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, lg: canCheckEligibility ? 8 : 12 }}>
          <IntakeWizard patientId={patientId} intake={intake.data} canRecord={canRecord} canRecordMeasure={canRecordMeasure} />
        </Grid.Col>
        {canCheckEligibility ? (
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <EligibilityPanel patientId={patientId} route={route} onRouteChange={setRoute} compact />
          </Grid.Col>
        ) : null}
      </Grid>
    </Stack>
  );
}
