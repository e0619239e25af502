import { Button, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { can as allowed } from '../auth/permissions';
import { useSignedInUser } from '../auth/signed-in-user';
import { DrawContainerSelect } from '../stock/draw-container-select';
import { useSessionDraw } from '../stock/stock-queries';
import { SessionProblem } from './blocker-list';
import { DoseResultView } from './dose-result';
import { doseBody, type DoseDrawBody, doseValues, type DoseValues, drawFrom } from './dose-values';
import { sessionApi } from './session-api';
import { useSessionChange, useSessionTransition } from './session-queries';
import { type ChartAbilities, recordedDose, type SessionChart } from './session-types';
import { isEsketamine, isWeightBased } from './session-words';

const serverField: Partial<Record<keyof DoseValues, string>> = {
  weightKg: 'weightKg',
  containerId: 'drawn.containerId',
  lotNumber: 'drawn.lotNumber',
  expiresOn: 'drawn.expiresOn',
  concentrationMgPerMl: 'drawn.concentrationMgPerMl',
  volumeMl: 'drawn.volumeMl',
  devices: 'drawn.devices',
};

/** Ready: today's weight and the product drawn, the dose the server calculates from them, verification, and "Start dosing". */
export function DoseStep({ chart, can }: { chart: SessionChart; can: ChartAbilities }) {
  const dose = recordedDose(chart);
  const route = { esketamine: isEsketamine(chart.route), weightBased: isWeightBased(chart.route) };
  const [values, setValues] = useState(() => doseValues(dose));
  const [errors, setErrors] = useState<Partial<Record<keyof DoseValues, string>>>({});
  // From the clinic's stock, when it keeps its ledger here: the containers to draw from, first expiry first.
  const me = useSignedInUser();
  const draw = useSessionDraw(chart.id, allowed(me, 'stock.read'));
  const candidates = draw.data?.candidates ?? [];
  const fromStock = candidates.length > 0;
  const suggested = dose ? undefined : candidates.find((container) => container.id === draw.data?.suggestedContainerId);
  useEffect(() => {
    if (suggested) setValues((current) => (current.containerId ? current : drawFrom(current, suggested)));
  }, [suggested]);
  const record = useSessionChange(chart.id, (body: DoseDrawBody) => sessionApi.dose(chart.id, { ...body, revision: chart.revision }));
  const verify = useSessionChange(chart.id, () => sessionApi.verifyDose(chart.id));
  const start = useSessionTransition(chart);
  const fromServer = serverFieldErrors(record.error);
  const errorOf = (field: keyof DoseValues) => errors[field] ?? fromServer[serverField[field] ?? field];
  const field = (name: keyof DoseValues, label: string, extra: { description?: string; type?: string; inputMode?: 'decimal' | 'numeric'; readOnly?: boolean } = { inputMode: 'decimal' }) => (
    <TextInput label={label} value={values[name]} error={errorOf(name)} onChange={(event) => {
        // Read now: React may run the updater after the event's target is cleared.
        const typed = event.currentTarget.value;
        setValues((current) => ({ ...current, [name]: typed }));
      }}
      {...extra}
    />
  );
  const submit = () => {
    const parsed = doseBody(values, route, fromStock);
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    if (parsed.kind === 'valid') record.mutate(parsed.body);
  };
  const needsVerification = dose?.result.reasons.some((reason) => reason.code === 'DOSE_ABOVE_MAX') && !chart.doseVerifiedBy;
  const recordedByMe = dose?.recordedByUserId === can.userId;

  return (
    <Stack gap="md">
      <Title order={3}>Dose</Title>
      {fromStock ? <DrawContainerSelect candidates={candidates} containerId={values.containerId} onChoose={(container) => setValues((current) => drawFrom(current, container))} error={errorOf('containerId')} disabled={!can.chart} /> : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {route.weightBased ? field('weightKg', 'Today’s weight (kg)', { description: 'Weigh the patient today', inputMode: 'decimal' }) : null}
        {field('lotNumber', 'Lot number', { readOnly: fromStock })}
        {field('expiresOn', 'Expiry date', { type: 'date', readOnly: fromStock })}
        {route.esketamine ? (
          <NativeSelect label="Devices drawn" data={['', '1', '2', '3']} value={values.devices} error={errorOf('devices')} onChange={(event) => {
              const chosen = event.currentTarget.value;
              setValues((current) => ({ ...current, devices: chosen }));
            }}
          />
        ) : (
          <>
            {field('concentrationMgPerMl', 'Concentration (mg/mL)', { inputMode: 'decimal', readOnly: fromStock })}
            {field('volumeMl', 'Volume drawn (mL)')}
          </>
        )}
      </SimpleGrid>
      {can.chart ? (
        <Group>
          <Button variant={dose ? 'default' : 'filled'} onClick={submit} loading={record.isPending}>
            {dose ? 'Recalculate and record' : 'Calculate and record the dose'}
          </Button>
        </Group>
      ) : null}
      {Object.keys(fromServer).length === 0 ? <SessionProblem error={record.error} title="The dose was not recorded" patientId={chart.patient.id} /> : null}
      {dose ? <DoseResultView dose={dose} verifiedBy={chart.doseVerifiedBy} /> : <Text c="dimmed">No dose recorded yet.</Text>}
      {needsVerification && can.chart ? (
        <Stack gap={4}>
          <Group>
            <Button color="orange" onClick={() => verify.mutate(undefined)} loading={verify.isPending} disabled={recordedByMe}>
              Verify dose
            </Button>
          </Group>
          {recordedByMe ? <Text size="sm">You recorded this dose: another clinician signs in and verifies it.</Text> : null}
          <SessionProblem error={verify.error} title="The dose was not verified" patientId={chart.patient.id} />
        </Stack>
      ) : null}
      {can.chart ? (
        <Group>
          <Button size="lg" onClick={() => start.mutate({ action: 'start-dosing' })} loading={start.isPending} disabled={!dose || dose.result.reasons.some((reason) => reason.code === 'ANESTHETIC_RANGE')}>
            Start dosing
          </Button>
        </Group>
      ) : null}
      <SessionProblem error={start.error} title="Dosing cannot start" patientId={chart.patient.id} />
    </Stack>
  );
}
