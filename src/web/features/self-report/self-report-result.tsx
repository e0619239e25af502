import { Stack, Text, Title } from '@mantine/core';
import { findInstrument } from '../../../domain/instruments/registry';
import type { ScoreResultResponse } from '../../../server/routes/instruments/instruments.schemas';
import { formatBand, highestTotal, shortInstrumentName } from '../instruments/format-instrument';

/** "Your total is 12 out of 27, in the moderate range." */
export function describeForPatient(result: Pick<ScoreResultResponse, 'instrument' | 'total' | 'band'>): string {
  const instrument = findInstrument(result.instrument);
  const range = result.band ? `in the ${formatBand(result.band)} range` : null;
  if (result.total === null) return range ? `Your answers are ${range}.` : 'Your answers are recorded.';
  const outOf = instrument ? ` out of ${highestTotal(instrument)}` : '';
  return `Your total is ${result.total}${outOf}${range ? `, ${range}` : ''}.`;
}

export function SelfReportResult({ result }: { result: ScoreResultResponse }) {
  const instrument = findInstrument(result.instrument);
  return (
    <Stack gap="xs" aria-live="polite">
      <Title order={3}>{instrument ? shortInstrumentName(instrument) : 'Questionnaire'}: thank you</Title>
      <Text size="lg">{describeForPatient(result)}</Text>
      <Text>Your care team will see your answers.</Text>
    </Stack>
  );
}
