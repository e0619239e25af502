import { Anchor, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { EligibilityRoute } from '../../../domain/eligibility/eligibility-input';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { usePatientChart } from '../patients/patient-queries';
import { DecisionHistory } from './decision-history';
import { EligibilityPanel } from './eligibility-panel';
import { RemsEnrolmentCard } from './rems-enrolment-card';

export function EligibilityPage() {
  const me = useSignedInUser();
  const { patientId } = useParams({ from: '/signed-in/patients/$patientId/eligibility' });
  if (me.user.kind !== 'staff' || !can(me, 'eligibility.check')) return <NoAccess />;
  return <Eligibility patientId={patientId} />;
}

function Eligibility({ patientId }: { patientId: string }) {
  const chart = usePatientChart(patientId);
  const [route, setRoute] = useState<EligibilityRoute>('iv');
  if (chart.isPending) return <Loader aria-label="Loading the record" />;
  if (chart.isError) return <ProblemAlert error={chart.error} title="The record could not be loaded" />;
  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={2}>Eligibility for treatment</Title>
          <Text>
            {chart.data.givenName} {chart.data.familyName}, MRN {chart.data.mrn}. Checked live against the clinic’s rules, from the record and the intake.
          </Text>
        </Stack>
        <Group>
          <Anchor component={Link} to={`/patients/${patientId}/intake`}>
            Intake
          </Anchor>
          <Anchor component={Link} to={`/patients/${patientId}`}>
            Back to the record
          </Anchor>
        </Group>
      </Group>
      <EligibilityPanel patientId={patientId} route={route} onRouteChange={setRoute} />
      {route === 'intranasal-esketamine' ? <RemsEnrolmentCard patientId={patientId} /> : null}
      <DecisionHistory patientId={patientId} />
    </Stack>
  );
}
