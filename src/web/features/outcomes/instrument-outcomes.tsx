import { Card, Stack, Text, Title } from '@mantine/core';
import type { InstrumentDefinition } from '../../../domain/instruments/instrument';
import { highestTotal, shortInstrumentName } from '../instruments/format-instrument';
import { summariseOutcome } from './outcome-summary';
import { ResultsTable, type Assessment } from './results-table';
import { TrendChart } from './trend-chart';

/** The top of the chart: the top of the highest band where there are bands (QIDS-SR16 scores domains, not items). */
const highestPossible = (instrument: InstrumentDefinition) => instrument.totalBands?.at(-1)?.max ?? highestTotal(instrument);

/** One instrument's results for the patient: the line of totals, the change from baseline, and every result. */
export function InstrumentOutcomes({
  instrumentId,
  instrument,
  assessments,
  sessionTimes,
}: {
  instrumentId: string;
  instrument: InstrumentDefinition | undefined;
  assessments: readonly Assessment[];
  sessionTimes: readonly number[];
}) {
  const name = instrument ? shortInstrumentName(instrument) : instrumentId;
  const points = assessments.filter((assessment): assessment is Assessment & { total: number } => assessment.total !== null).map(({ completedAt, total }) => ({ completedAt, total }));
  const summary = summariseOutcome(instrumentId, assessments);
  return (
    <Card withBorder component="section" aria-label={name}>
      <Stack gap="sm">
        <Title order={3}>{name}</Title>
        {summary ? <Text data-testid="outcome-summary">{summary}</Text> : null}
        {points.length >= 2 ? (
          <TrendChart label={`${name} totals over time`} seriesLabel={`${name} total`} points={points} yMax={instrument ? highestPossible(instrument) : 0} bands={instrument?.totalBands} bandsLabel={`${name} bands`} sessionTimes={sessionTimes} />
        ) : null}
        <ResultsTable name={name} assessments={assessments} />
      </Stack>
    </Card>
  );
}
