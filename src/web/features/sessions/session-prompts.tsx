import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { instruments } from '../../../domain/instruments/registry';
import { shortInstrumentName } from '../instruments/format-instrument';
import { listWords } from '../treatment-plans/plan-words';
import type { SessionChart } from './session-types';

const instrumentName = (instrumentId: string) => {
  const instrument = instruments.find((candidate) => candidate.id === instrumentId);
  return instrument ? shortInstrumentName(instrument) : instrumentId;
};

/** The pack's measures due before or after this session, and, at discharge, the integration session to book. */
export function SessionPrompts({ chart }: { chart: SessionChart }) {
  const { measuresDue, integrationTherapist } = chart.status;
  const measures = measuresDue && measuresDue.instrumentIds.length > 0 ? measuresDue : null;
  const atDischarge = integrationTherapist !== null && (chart.state === 'discharge-ready' || chart.state === 'discharged');
  if (!measures && !atDischarge) return null;
  return (
    <Stack gap="xs">
      {measures ? (
        <Alert color="blue" title={measures.when === 'before' ? 'Measures due before this session' : 'Measures due after this session'}>
          <Text size="sm">
            {listWords(measures.instrumentIds.map(instrumentName))}.{' '}
            <Anchor component={Link} to={`/patients/${chart.patient.id}/assessments/new`} size="sm">
              Record a measure
            </Anchor>
          </Text>
        </Alert>
      ) : null}
      {atDischarge ? (
        <Alert color="teal" title="Integration session">
          <Text size="sm">Book the integration session with {integrationTherapist} before the patient leaves.</Text>
        </Alert>
      ) : null}
    </Stack>
  );
}
