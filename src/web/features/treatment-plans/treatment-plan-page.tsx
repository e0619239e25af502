import { Anchor, Badge, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { usePatientChart } from '../patients/patient-queries';
import { PlanBuilder } from './plan-builder';
import { usePlans } from './plan-queries';
import type { Plan } from './plan-types';
import { formatDay, statusLabels } from './plan-words';
import { PlanView, type PlanAbilities } from './plan-view';

const isOpen = (plan: Plan) => plan.status === 'draft' || plan.status === 'active';

function EarlierPlans({ plans }: { plans: readonly Plan[] }) {
  return (
    <section aria-label="Earlier plans">
      <Title order={3} mb="xs">
        Earlier plans
      </Title>
      <Stack gap="xs">
        {plans.map((plan) => (
          <Card key={plan.id} withBorder padding="sm">
            <Group justify="space-between">
              <Text fw={500}>{plan.protocolName}</Text>
              <Badge color={statusLabels[plan.status].color}>{statusLabels[plan.status].label}</Badge>
            </Group>
            <Text size="sm">
              From {formatDay(plan.startDate)}
              {plan.endedAt ? ` to ${formatDay(plan.endedAt)}` : ''}
              {plan.statusReason ? `. ${plan.statusReason}` : ''}
            </Text>
          </Card>
        ))}
      </Stack>
    </section>
  );
}

/** The patient's treatment plan: the builder for a prescriber when none is open, otherwise the open plan; earlier plans below. */
export function TreatmentPlanPage() {
  const me = useSignedInUser();
  const { patientId } = useParams({ from: '/signed-in/patients/$patientId/plan' });
  if (!can(me, 'plan.read')) return <NoAccess />;
  const abilities: PlanAbilities = { canManage: can(me, 'plan.manage') && can(me, 'protocol.read'), isStaff: me.user.kind === 'staff' };
  return <TreatmentPlans patientId={patientId} abilities={abilities} canReadIntake={can(me, 'intake.read')} />;
}

function TreatmentPlans({ patientId, abilities, canReadIntake }: { patientId: string; abilities: PlanAbilities; canReadIntake: boolean }) {
  const chart = usePatientChart(patientId);
  const plans = usePlans(patientId);
  const name = chart.data ? `${chart.data.givenName} ${chart.data.familyName}` : null;
  const header = (
    <Stack gap={4}>
      <Title order={2}>Treatment plan{name ? ` for ${name}` : ''}</Title>
      <Anchor component={Link} to={`/patients/${patientId}`} size="sm">
        Back to the record
      </Anchor>
    </Stack>
  );
  if (plans.isPending) return <Loader aria-label="Loading the treatment plans" />;
  if (plans.isError) {
    return (
      <Stack maw={960}>
        {header}
        <ProblemAlert error={plans.error} title="The treatment plans could not be loaded" />
      </Stack>
    );
  }
  const open = plans.data.plans.find(isOpen);
  const earlier = plans.data.plans.filter((plan) => !isOpen(plan));
  return (
    <Stack maw={960} gap="lg">
      {header}
      {open ? (
        <PlanView patientId={patientId} plan={open} abilities={abilities} />
      ) : abilities.canManage ? (
        <PlanBuilder patientId={patientId} canReadIntake={canReadIntake} />
      ) : (
        <Text>There is no current treatment plan.</Text>
      )}
      {earlier.length > 0 ? <EarlierPlans plans={earlier} /> : null}
    </Stack>
  );
}
