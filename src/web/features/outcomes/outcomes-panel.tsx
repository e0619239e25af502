import { Loader, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { instruments } from '../../../domain/instruments/registry';
import { api } from '../../api/client';
import { ProblemAlert } from '../../components/problem-alert';
import { assessmentKeys } from '../assessments/assessment-queries';
import { can } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { todayIsoDate } from '../patients/format-patient';
import { usePlans } from '../treatment-plans/plan-queries';
import { InstrumentOutcomes } from './instrument-outcomes';
import { sessionMarkerTimes } from './session-markers';
import type { Assessment } from './results-table';

/** Results grouped by instrument, in the catalogue's order; each group is oldest first, as the server sends them. */
function groupByInstrument(assessments: readonly Assessment[]): [string, Assessment[]][] {
  const groups = new Map<string, Assessment[]>();
  for (const assessment of assessments) groups.set(assessment.instrumentId, [...(groups.get(assessment.instrumentId) ?? []), assessment]);
  const order = (id: string) => {
    const index = instruments.findIndex((instrument) => instrument.id === id);
    return index === -1 ? instruments.length : index;
  };
  return [...groups.entries()].sort(([a], [b]) => order(a) - order(b));
}

export function OutcomesPanel({ patientId }: { patientId: string }) {
  // Every reading is audited on the server, so it is fetched when the tab opens, not again on window focus.
  const list = useQuery({ queryKey: assessmentKeys.forPatient(patientId), queryFn: () => api.assessments(patientId), refetchOnWindowFocus: false });
  const me = useSignedInUser();
  const plans = usePlans(patientId, can(me, 'plan.read'));
  const sessionTimes = sessionMarkerTimes(plans.data?.plans ?? [], todayIsoDate());
  if (list.isPending) return <Loader aria-label="Loading the outcomes" />;
  if (list.isError) return <ProblemAlert error={list.error} title="The outcomes could not be loaded" />;
  if (list.data.assessments.length === 0) return <Text c="dimmed">No measures recorded yet.</Text>;
  return (
    <Stack>
      {groupByInstrument(list.data.assessments).map(([instrumentId, assessments]) => (
        <InstrumentOutcomes key={instrumentId} instrumentId={instrumentId} instrument={instruments.find((instrument) => instrument.id === instrumentId)} assessments={assessments} sessionTimes={sessionTimes} />
      ))}
    </Stack>
  );
}
