import { Anchor, Group, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { Action } from '../../../domain/access/permissions';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';

/** The steps from intake to a treatment plan, in order, each shown to those allowed to open it. */
const steps: { label: string; path: string; action: Action }[] = [
  { label: 'Intake', path: 'intake', action: 'intake.read' },
  { label: 'Eligibility', path: 'eligibility', action: 'eligibility.check' },
  { label: 'Consent', path: 'consent', action: 'consent.read' },
  { label: 'Treatment plan', path: 'plan', action: 'plan.read' },
];

export function TreatmentJourneyLinks({ patientId }: { patientId: string }) {
  const me = useSignedInUser();
  const offered = steps.filter((step) => can(me, step.action));
  if (offered.length === 0) return null;
  return (
    <Group component="nav" aria-label="Treatment steps" gap="md">
      <Text fw={600}>Treatment:</Text>
      {offered.map((step) => (
        <Anchor key={step.path} component={Link} to={`/patients/${patientId}/${step.path}`}>
          {step.label}
        </Anchor>
      ))}
    </Group>
  );
}
