import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ReadinessChecklist } from '../../../domain/sessions/readiness';
import { BlockerList, SessionProblem } from './blocker-list';
import { ReadinessFields } from './readiness-fields';
import { readinessChecklist, readinessValues, type ReadinessParse, type ReadinessValues } from './readiness-values';
import { sessionApi } from './session-api';
import { blockersOf } from './session-problems';
import { sessionKeys, useSessionChange, useSessionTransition } from './session-queries';
import type { ChartAbilities, SessionChart } from './session-types';
import { isEsketamine } from './session-words';

const minimumOverrideReason = 10; // as the API asks

/** Checked in: the pre-dose checklist, what still stands in the way, and "Confirm ready" (or, for a prescriber, "Proceed anyway"). */
export function ReadinessStep({ chart, can }: { chart: SessionChart; can: ChartAbilities }) {
  const queryClient = useQueryClient();
  const saved = chart.readiness as ReadinessChecklist;
  const gaps = chart.status.readinessGaps;
  const shown = {
    fasting: isEsketamine(chart.route) || gaps.some((gap) => gap.code.startsWith('FASTING')) || Boolean(saved.lastFoodAt ?? saved.lastLiquidAt),
    pregnancy: gaps.some((gap) => gap.code === 'PREGNANCY_STATUS_UNCONFIRMED') || Boolean(saved.pregnancy),
  };
  const [values, setValues] = useState<ReadinessValues>(() => readinessValues(saved));
  const [errors, setErrors] = useState<Extract<ReadinessParse, { kind: 'invalid' }>['errors']>({});
  const [reason, setReason] = useState('');

  const save = useSessionChange(chart.id, (checklist: ReadinessChecklist) => sessionApi.readiness(chart.id, { checklist, revision: chart.revision }));
  // Confirming saves the checklist first, so what the nurse sees is what the gate judges.
  const confirm = useSessionChange(chart.id, async (checklist: ReadinessChecklist) => {
    const afterSave = await sessionApi.readiness(chart.id, { checklist, revision: chart.revision });
    queryClient.setQueryData(sessionKeys.chart(chart.id), afterSave);
    return sessionApi.transition(chart.id, { action: 'confirm-readiness', revision: afterSave.revision });
  });
  const override = useSessionTransition(chart);

  const checked = (then: (checklist: ReadinessChecklist) => void) => () => {
    const parsed = readinessChecklist(values, shown);
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    if (parsed.kind === 'valid') then(parsed.checklist);
  };
  const refused = blockersOf(confirm.error);
  const standing = [...chart.status.treatmentBlockers, ...gaps];
  const offerOverride = can.sign && (refused.length > 0 || standing.length > 0);

  return (
    <Stack gap="md">
      <Title order={3}>Before dosing</Title>
      <Text>Chart the checklist and take baseline vital signs (the form below), then confirm the patient is ready.</Text>
      <ReadinessFields values={values} errors={errors} shown={shown} onChange={(change) => setValues((current) => ({ ...current, ...change }))} />
      {can.chart ? (
        <Group>
          <Button variant="default" onClick={checked((checklist) => save.mutate(checklist))} loading={save.isPending}>
            Save checklist
          </Button>
          <Button onClick={checked((checklist) => confirm.mutate(checklist))} loading={confirm.isPending}>
            Confirm ready
          </Button>
        </Group>
      ) : null}
      {save.isSuccess && !confirm.error ? (
        <Text size="sm" c="green.8" role="status">
          Checklist saved.
        </Text>
      ) : null}
      <SessionProblem error={save.error} title="The checklist was not saved" patientId={chart.patient.id} />
      <SessionProblem error={confirm.error} title="Not ready to dose" patientId={chart.patient.id} />
      {refused.length === 0 ? <BlockerList title="Still needed before dosing" blockers={standing} patientId={chart.patient.id} /> : null}
      {offerOverride ? (
        <Stack gap="xs" component="section" aria-label="Proceed anyway">
          <Textarea
            label="Reason to proceed despite these checks"
            description={`A prescriber’s decision, kept on the record. At least ${minimumOverrideReason} characters.`}
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
          <Group>
            <Button color="orange" disabled={reason.trim().length < minimumOverrideReason} loading={override.isPending} onClick={() => override.mutate({ action: 'confirm-readiness', override: true, reason: reason.trim() })}>
              Proceed anyway
            </Button>
          </Group>
          <SessionProblem error={override.error} title="Could not proceed" patientId={chart.patient.id} />
        </Stack>
      ) : null}
    </Stack>
  );
}
