import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { formatDate } from '../patients/format-patient';
import { type IntakeResponse, intakeApi } from './intake-api';
import { intakeKeys } from './intake-queries';
import { sectionLabels } from './intake-words';
import type { IntakeSectionName } from '../../../domain/intake/intake-sections';
import { TreatmentResistanceSummary } from './treatment-resistance-summary';

const label = (name: string) => sectionLabels[name as IntakeSectionName] ?? name;

/** The end of the interview: what is still missing, the treatment-resistance summary, and "Complete intake". */
export function CompleteIntakeStep({ patientId, intake, canRecord, unsavedSections }: { patientId: string; intake: IntakeResponse; canRecord: boolean; unsavedSections: string[] }) {
  const queryClient = useQueryClient();
  const complete = useMutation({
    mutationFn: () => intakeApi.complete(patientId),
    onSuccess: (saved) => queryClient.setQueryData(intakeKeys.intake(patientId), saved),
    // A refusal lists the missing sections; the intake is read again so the list below matches the server's.
    onError: () => queryClient.invalidateQueries({ queryKey: intakeKeys.intake(patientId) }),
  });
  const refused = complete.error instanceof ApiProblem && complete.error.status === 409;
  const missing = intake.missingSections;
  return (
    <Stack>
      <TreatmentResistanceSummary summary={intake.treatmentResistance} />
      {intake.status === 'completed' && intake.completedAt ? (
        <Alert color="green" title="Intake complete">
          Completed on {formatDate(intake.completedAt)}. Sections can still be corrected; each change is saved and audited.
        </Alert>
      ) : null}
      {refused ? (
        <Alert color="red" title="The intake cannot be completed yet" role="alert">
          {missing.length > 0 ? `These sections still need to be filled in: ${missing.map(label).join(', ')}.` : complete.error?.message}
        </Alert>
      ) : complete.error ? (
        <ProblemAlert error={complete.error} title="The intake was not completed" />
      ) : null}
      {intake.status !== 'completed' ? (
        missing.length > 0 ? (
          <Stack gap={4}>
            <Text>Still to fill in:</Text>
            <List aria-label="Sections still to fill in">
              {missing.map((name) => (
                <List.Item key={name}>{label(name)}</List.Item>
              ))}
            </List>
          </Stack>
        ) : (
          <Text>Every section is filled in.</Text>
        )
      ) : null}
      {unsavedSections.length > 0 ? (
        <Alert color="orange" title="Unsaved changes">
          Not saved yet: {unsavedSections.join(', ')}. Open those sections and save them first.
        </Alert>
      ) : null}
      {canRecord && intake.status !== 'completed' ? (
        <Button onClick={() => complete.mutate()} loading={complete.isPending} style={{ alignSelf: 'flex-start' }}>
          Complete intake
        </Button>
      ) : null}
    </Stack>
  );
}
