import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { findInstrument } from '../../../domain/instruments/registry';
import type { InstrumentDefinition } from '../../../domain/instruments/instrument';
import { NoAccess } from '../../components/no-access';
import { ProblemAlert } from '../../components/problem-alert';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { shortInstrumentName } from '../instruments/format-instrument';
import { useMyDueMeasures } from './self-report-instruments';

const selfRated = (ids: readonly string[]) => ids.map(findInstrument).filter((instrument): instrument is InstrumentDefinition => instrument?.rater === 'self');

function QuestionnaireCard({ instrument, reason }: { instrument: InstrumentDefinition; reason?: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" wrap="nowrap" align="center">
        <Stack gap={2}>
          <Text fw={700}>{shortInstrumentName(instrument)}</Text>
          <Text size="sm" c="dimmed">
            {instrument.items.length === 1 ? '1 question' : `${instrument.items.length} questions`} · {instrument.recallPeriod}
          </Text>
          {reason ? <Text size="sm">Due now: {reason}</Text> : null}
        </Stack>
        <Button component={Link} to={`/my/questionnaires/${instrument.id}`} size="md" variant={reason ? 'filled' : 'light'} style={{ flexShrink: 0 }} aria-label={`Start ${shortInstrumentName(instrument)}`}>
          Start
        </Button>
      </Group>
    </Paper>
  );
}

export function MyQuestionnairesPage() {
  const me = useSignedInUser();
  const measures = useMyDueMeasures();
  if (me.user.kind !== 'patient' || !can(me, 'assessment.self-report')) return <NoAccess />;
  const due = measures.data?.due ?? [];
  const dueIds = new Set(due.map((measure) => measure.instrumentId));
  const others = selfRated((measures.data?.inPacks ?? []).filter((id) => !dueIds.has(id)));
  return (
    <Stack maw={560} mx="auto">
      <Title order={2}>My questionnaires</Title>
      <Text>Short questionnaires about how you have been. Your answers go to your care team and help them see how treatment is going.</Text>
      {measures.isPending ? <Loader aria-label="Loading your questionnaires" /> : null}
      {measures.error ? <ProblemAlert error={measures.error} title="Your questionnaires could not be loaded" /> : null}
      {measures.data ? (
        <>
          <Title order={3}>Due now</Title>
          {due.length === 0 ? <Alert color="gray">Nothing is due right now. You can still fill in any questionnaire below.</Alert> : null}
          {due.map((measure) => {
            const instrument = findInstrument(measure.instrumentId);
            return instrument ? <QuestionnaireCard key={measure.instrumentId} instrument={instrument} reason={measure.reason} /> : null;
          })}
          {others.length > 0 ? <Title order={3}>Other questionnaires</Title> : null}
          {others.map((instrument) => (
            <QuestionnaireCard key={instrument.id} instrument={instrument} />
          ))}
        </>
      ) : null}
    </Stack>
  );
}
