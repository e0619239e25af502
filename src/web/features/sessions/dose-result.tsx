import { Alert, List, Stack, Text } from '@mantine/core';
import type { RecordedDose } from './session-types';

function doseLines(dose: RecordedDose): string[] {
  const { result, drawn } = dose;
  const lines = [`Dose ${result.doseMg} mg${result.dosingWeightKg !== null ? ` for a dosing weight of ${result.dosingWeightKg} kg` : ''}.`];
  if (result.volumeMl !== null) lines.push(`Drug volume ${result.volumeMl} mL${result.totalVolumeMl !== null && result.totalVolumeMl !== result.volumeMl ? `, ${result.totalVolumeMl} mL in all with the diluent` : ''}.`);
  if (result.rateMlPerHour !== null) lines.push(`Pump rate ${result.rateMlPerHour} mL per hour.`);
  if (result.devices !== null) lines.push(`${result.devices} nasal ${result.devices === 1 ? 'device' : 'devices'}.`);
  if (result.minimumAdministrationMinutes > 0) lines.push(`Give over at least ${result.minimumAdministrationMinutes} minutes.`);
  if (drawn.lotNumber) lines.push(`Drawn: lot ${drawn.lotNumber}${drawn.mg !== undefined ? `, ${drawn.mg} mg` : ''}.`);
  return lines;
}

/** Today's dose as the server calculated it: the figures, every warning, and a clear stop when it is blocked. */
export function DoseResultView({ dose, verifiedBy }: { dose: RecordedDose; verifiedBy: string | null }) {
  const { result } = dose;
  const aboveMaxOnly = result.reasons.every((reason) => reason.code === 'DOSE_ABOVE_MAX');
  return (
    <Stack gap="xs" component="section" aria-label="Calculated dose">
      <Text fw={600}>Calculated dose</Text>
      {doseLines(dose).map((line) => (
        <Text key={line} size="sm">
          {line}
        </Text>
      ))}
      {result.reasons.length > 0 ? (
        <Alert color={aboveMaxOnly && verifiedBy ? 'green' : 'red'} title={aboveMaxOnly ? (verifiedBy ? `Verified by ${verifiedBy}` : 'A second clinician must verify this dose') : 'Blocked: this dose cannot be given'}>
          <List size="sm">
            {result.reasons.map((reason) => (
              <List.Item key={reason.code}>{reason.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {result.warnings.length > 0 ? (
        <Alert color="yellow" title={result.warnings.length === 1 ? 'Warning' : 'Warnings'}>
          <List size="sm">
            {result.warnings.map((warning) => (
              <List.Item key={warning.code}>{warning.message}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
