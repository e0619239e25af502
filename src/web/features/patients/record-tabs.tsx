import { Loader, Tabs } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import type { PatientChartResponse } from '../../../server/routes/patients/patients.schemas';
import { RecordCards } from './record-cards';

// Loaded when the tab is first opened: it brings the instrument definitions and the chart library.
const OutcomesPanel = lazy(async () => ({ default: (await import('../outcomes/outcomes-panel')).OutcomesPanel }));

/**
 * The record and its outcomes. The open tab is in the address (?tab=outcomes), so a link can open it; the outcomes
 * are fetched only while their tab is open, since every reading of them is audited.
 */
export function RecordTabs({ patientId, chart }: { patientId: string; chart: PatientChartResponse }) {
  const { tab } = useSearch({ from: '/signed-in/patients/$patientId' });
  const navigate = useNavigate();
  const show = (value: string | null) => void navigate({ to: '/patients/$patientId', params: { patientId }, search: value === 'outcomes' ? { tab: 'outcomes' } : {}, replace: true });
  return (
    <Tabs value={tab ?? 'record'} onChange={show} keepMounted={false}>
      <Tabs.List>
        <Tabs.Tab value="record">Record</Tabs.Tab>
        <Tabs.Tab value="outcomes">Outcomes</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="record" pt="md">
        <RecordCards chart={chart} />
      </Tabs.Panel>
      <Tabs.Panel value="outcomes" pt="md">
        <Suspense fallback={<Loader aria-label="Loading the outcomes" />}>
          <OutcomesPanel patientId={patientId} />
        </Suspense>
      </Tabs.Panel>
    </Tabs>
  );
}
