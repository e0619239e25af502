import { Anchor, Card, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { type EligibilityRoute, eligibilityRoutes } from '../../../domain/eligibility/eligibility-input';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { LatestDecision } from './decision-history';
import { DecisionForm } from './decision-form';
import { DecisionBadge } from './eligibility-badges';
import { EligibilityFacts } from './eligibility-facts';
import { useEligibility } from './eligibility-queries';
import { EligibilityReasons } from './eligibility-reasons';
import { routeLabels } from './eligibility-words';

const routeOptions = eligibilityRoutes.map((value) => ({ value, label: routeLabels[value] }));

interface EligibilityPanelProps {
  patientId: string;
  route: EligibilityRoute;
  onRouteChange: (route: EligibilityRoute) => void;
  /** In the intake, beside the interview: the result and reasons only, with a link to decide. */
  compact?: boolean;
}

/** The patient's eligibility for a route, evaluated live from the record and the intake, with every reason. */
export function EligibilityPanel({ patientId, route, onRouteChange, compact = false }: EligibilityPanelProps) {
  const me = useSignedInUser();
  const evaluation = useEligibility(patientId, route);
  const canDecide = can(me, 'eligibility.decide');
  return (
    <Card withBorder component="section" aria-labelledby="eligibility-title">
      <Stack gap="md">
        <Title order={3} id="eligibility-title">
          Eligibility
        </Title>
        <NativeSelect label="Route" data={routeOptions} value={route} onChange={(event) => onRouteChange(event.currentTarget.value as EligibilityRoute)} maw={360} />
        {evaluation.isPending ? <Loader size="sm" aria-label="Checking eligibility" /> : null}
        {evaluation.isError ? <ProblemAlert error={evaluation.error} title="Eligibility could not be checked" /> : null}
        {evaluation.data ? (
          <>
            <Group gap="sm" role="status" aria-label="Eligibility result" aria-live="polite">
              <Text fw={500}>Result:</Text>
              <DecisionBadge decision={evaluation.data.result.decision} />
              {evaluation.isFetching ? <Loader size="xs" aria-label="Updating" /> : null}
            </Group>
            <EligibilityReasons reasons={evaluation.data.result.reasons} />
            {compact ? null : <EligibilityFacts facts={evaluation.data.facts} />}
            <Text size="xs" c="dimmed">
              Rules version {evaluation.data.ruleSetVersion === 0 ? '0 (the built-in defaults)' : evaluation.data.ruleSetVersion}.
            </Text>
            <LatestDecision decision={evaluation.data.latestDecision} />
            {compact ? (
              <Anchor component={Link} to={`/patients/${patientId}/eligibility`} size="sm">
                {canDecide ? 'Open eligibility to record a decision' : 'Open eligibility'}
              </Anchor>
            ) : canDecide ? (
              <DecisionForm key={route} patientId={patientId} route={route} result={evaluation.data.result} canOverrideAbsolute={can(me, 'eligibility.override-absolute')} />
            ) : null}
          </>
        ) : null}
      </Stack>
    </Card>
  );
}
