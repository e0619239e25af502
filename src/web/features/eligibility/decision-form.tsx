import { Alert, Button, Group, Radio, Stack, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { EligibilityRoute } from '../../../domain/eligibility/eligibility-input';
import { ApiProblem } from '../../api/client';
import { serverErrorsAt } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { eligibilityApi, type NewDecisionBody, type PatientEligibility } from './eligibility-api';
import { eligibilityKeys } from './eligibility-queries';
import { decisionLabels, routeLabels } from './eligibility-words';

// The server's minimum: long enough that "ok" or "n/a" is not a justification.
const minimumJustificationLength = 10;

interface DecisionFormProps {
  patientId: string;
  route: EligibilityRoute;
  result: PatientEligibility['result'];
  canOverrideAbsolute: boolean;
}

/** The prescriber's decision for the route; proceeding against a reason needs a written justification. */
export function DecisionForm({ patientId, route, result, canOverrideAbsolute }: DecisionFormProps) {
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<NewDecisionBody['decision'] | ''>('');
  const [justification, setJustification] = useState('');
  const [errors, setErrors] = useState<{ decision?: string; justification?: string }>({});
  const decide = useMutation({
    mutationFn: (body: NewDecisionBody) => eligibilityApi.decide(patientId, body),
    onSuccess: async () => {
      setDecision('');
      setJustification('');
      await queryClient.invalidateQueries({ queryKey: eligibilityKeys.forPatient(patientId) });
    },
  });
  const againstReasons = result.decision !== 'eligible';
  const absoluteBlocked = result.decision === 'excluded' && !canOverrideAbsolute;
  const needsJustification = decision === 'proceed' && againstReasons;
  const forbidden = decide.error instanceof ApiProblem && decide.error.status === 403;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (decision === '') return setErrors({ decision: 'Choose whether to proceed' });
    if (needsJustification && justification.trim().length < minimumJustificationLength) {
      return setErrors({ justification: `Write why treatment is still right for this patient, in at least ${minimumJustificationLength} characters` });
    }
    setErrors({});
    decide.mutate({ route, decision, justification: justification.trim() || null });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="decision-form-title">
      <Stack gap="sm">
        <Title order={4} id="decision-form-title">
          Record a decision for {routeLabels[route]}
        </Title>
        {absoluteBlocked ? (
          <Alert color="red" title="Only the medical director can override an absolute contraindication" role="note">
            The rules exclude this patient from this route. You can record a decision to decline. To proceed anyway, ask the medical director: only they can override an absolute contraindication, and they must write why.
          </Alert>
        ) : null}
        {forbidden ? (
          <Alert color="red" title="Only the medical director can proceed here" role="alert">
            {decide.error?.message} Record a decision to decline, or ask the medical director to review.
          </Alert>
        ) : decide.error && serverErrorsAt(decide.error, '/justification').length === 0 ? (
          <ProblemAlert error={decide.error} title="The decision was not recorded" />
        ) : null}
        {decide.isSuccess ? (
          <Alert color="green" title="Decision recorded">
            {decisionLabels[decide.data.decision]}, recorded in the history below.
          </Alert>
        ) : null}
        <Radio.Group label="Decision" value={decision} onChange={(value) => setDecision(value as NewDecisionBody['decision'])} error={errors.decision}>
          <Group mt="xs">
            <Radio value="proceed" label={decisionLabels.proceed} disabled={absoluteBlocked} />
            <Radio value="decline" label={decisionLabels.decline} />
          </Group>
        </Radio.Group>
        <Textarea
          label="Justification"
          description={againstReasons ? 'Required to proceed against a relative or absolute reason: why treatment is still right for this patient.' : 'Optional'}
          withAsterisk={needsJustification}
          rows={3}
          value={justification}
          onChange={(event) => setJustification(event.currentTarget.value)}
          error={errors.justification ?? serverErrorsAt(decide.error, '/justification')[0]}
        />
        <Button type="submit" loading={decide.isPending} style={{ alignSelf: 'flex-start' }}>
          Record decision
        </Button>
      </Stack>
    </form>
  );
}
