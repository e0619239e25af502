import { Alert, Anchor, Loader, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { findInstrument } from '../../../domain/instruments/registry';
import type { InstrumentDefinition } from '../../../domain/instruments/instrument';
import { api } from '../../api/client';
import { NoAccess } from '../../components/no-access';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { assessmentKeys } from '../assessments/assessment-queries';
import { useInstrumentWithClinicText } from '../assessments/clinic-item-text';
import { shortInstrumentName } from '../instruments/format-instrument';
import { useFormDraft } from '../patients/use-form-draft';
import { CrisisPanel } from './crisis-panel';
import { QuestionnaireSteps } from './questionnaire-steps';
import { SelfReportResult } from './self-report-result';

export function MyQuestionnairePage() {
  const me = useSignedInUser();
  const { instrumentId } = useParams({ from: '/signed-in/my/questionnaires/$instrumentId' });
  if (me.user.kind !== 'patient' || !can(me, 'assessment.self-report')) return <NoAccess />;
  // Any self-rated instrument: the server accepts only those from a patient, whatever the packs say is due.
  const found = findInstrument(instrumentId);
  const instrument = found?.rater === 'self' ? found : undefined;
  return (
    <Stack maw={560} mx="auto">
      <Anchor component={Link} to="/my/questionnaires">
        My questionnaires
      </Anchor>
      {instrument ? (
        <MyQuestionnaire instrument={instrument} patientId={me.user.patientId} />
      ) : (
        <Alert color="gray" title="Questionnaire not found">
          This questionnaire is not on your list. Go back to your questionnaires to choose one.
        </Alert>
      )}
    </Stack>
  );
}

/** Unsent answers live only in memory (the session's draft store), never in the browser's storage. */
function MyQuestionnaire({ instrument: fromRegistry, patientId }: { instrument: InstrumentDefinition; patientId: string | null }) {
  // The questions in the clinic's licensed wording where it loaded some; the registry's otherwise.
  const withText = useInstrumentWithClinicText(fromRegistry);
  const instrument = withText.instrument ?? fromRegistry;
  const draft = useFormDraft<Record<string, number>>(`questionnaire:${instrument.id}`, {});
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: (answers: Record<string, number>) => api.reportOnMyself({ instrumentId: instrument.id, answers }),
    onSuccess: async () => {
      draft.forget();
      if (patientId) await queryClient.invalidateQueries({ queryKey: assessmentKeys.forPatient(patientId) });
    },
  });
  return (
    <>
      <Title order={2}>{shortInstrumentName(instrument)}</Title>
      {send.data ? (
        <Stack>
          {send.data.safety ? <CrisisPanel crisis={send.data.safety.crisis} /> : null}
          <SelfReportResult result={send.data.result} />
          <Anchor component={Link} to="/my/questionnaires">
            Back to my questionnaires
          </Anchor>
        </Stack>
      ) : withText.loading ? (
        <Loader aria-label="Loading the questions" />
      ) : (
        <QuestionnaireSteps instrument={instrument} initialAnswers={draft.values} onAnswer={draft.change} onFinish={(answers) => send.mutate(answers)} finishing={send.isPending} error={send.error} />
      )}
    </>
  );
}
