import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { findInstrument } from '../../../domain/instruments/registry';
import type { InstrumentDefinition } from '../../../domain/instruments/instrument';
import { NoAccess } from '../../components/no-access';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { shortInstrumentName } from '../instruments/format-instrument';
import { selfReportInstrumentIds } from './self-report-instruments';

const offered = selfReportInstrumentIds.map(findInstrument).filter((instrument): instrument is InstrumentDefinition => instrument?.rater === 'self');

export function MyQuestionnairesPage() {
  const me = useSignedInUser();
  if (me.user.kind !== 'patient' || !can(me, 'assessment.self-report')) return <NoAccess />;
  return (
    <Stack maw={560} mx="auto">
      <Title order={2}>My questionnaires</Title>
      <Text>Short questionnaires about how you have been. Your answers go to your care team and help them see how treatment is going.</Text>
      {offered.map((instrument) => (
        <Paper key={instrument.id} withBorder p="md" radius="md">
          <Group justify="space-between" wrap="nowrap" align="center">
            <Stack gap={2}>
              <Text fw={700}>{shortInstrumentName(instrument)}</Text>
              <Text size="sm" c="dimmed">
                {instrument.items.length === 1 ? '1 question' : `${instrument.items.length} questions`} · {instrument.recallPeriod}
              </Text>
            </Stack>
            <Button component={Link} to={`/my/questionnaires/${instrument.id}`} size="md" style={{ flexShrink: 0 }} aria-label={`Start ${shortInstrumentName(instrument)}`}>
              Start
            </Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
