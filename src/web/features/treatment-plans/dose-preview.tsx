import { Alert, List, Stack, Text } from '@mantine/core';
import dayjs from 'dayjs';
import type { PlanPreview } from './plan-types';

function doseLines(preview: PlanPreview): string[] {
  const dose = preview.dose!;
  const lines: string[] = [];
  const basis = preview.doseBasis;
  lines.push(
    dose.dosingWeightKg !== null && basis
      ? `${dose.doseMg} mg for a dosing weight of ${dose.dosingWeightKg} kg (weighed ${dayjs(basis.measuredAt).format('MMM D, YYYY')}: ${basis.weightKg} kg).`
      : `${dose.doseMg} mg.`,
  );
  if (dose.volumeMl !== null) lines.push(`Drug volume ${dose.volumeMl} mL${dose.totalVolumeMl !== null && dose.totalVolumeMl !== dose.volumeMl ? `, ${dose.totalVolumeMl} mL in all with the diluent` : ''}.`);
  if (dose.rateMlPerHour !== null) lines.push(`Pump rate ${dose.rateMlPerHour} mL per hour.`);
  if (dose.devices !== null) lines.push(`${dose.devices} ${dose.devices === 1 ? 'device' : 'devices'}.`);
  if (dose.minimumAdministrationMinutes > 0) lines.push(`Takes at least ${dose.minimumAdministrationMinutes} minutes to give.`);
  return lines;
}

/**
 * The first dose as the server calculates it from the latest weight: the figures, every warning, and a clear
 * stop when the dose is blocked. Per-kg protocols without a weight say so.
 */
export function DosePreview({ preview, perKg }: { preview: PlanPreview; perKg: boolean }) {
  const dose = preview.dose;
  if (!dose) {
    return perKg ? (
      <Alert color="orange" title="The dose cannot be calculated yet">
        There is no weight on the patient’s record. Weigh the patient and record it; the plan cannot start without it.
      </Alert>
    ) : null;
  }
  return (
    <Stack gap="xs" component="section" aria-label="Calculated dose">
      <Text fw={600}>Calculated first dose</Text>
      {doseLines(preview).map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
      {dose.blocked ? (
        <Alert color="red" title="Blocked: this dose cannot be given" role="alert">
          <List size="sm">
            {dose.reasons.map((reason) => (
              <List.Item key={reason.code}>{reason.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {dose.warnings.length > 0 ? (
        <Alert color="yellow" title={dose.warnings.length === 1 ? 'Warning' : 'Warnings'}>
          <List size="sm">
            {dose.warnings.map((warning) => (
              <List.Item key={warning.code}>{warning.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
