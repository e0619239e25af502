import { Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { stockApi } from './stock-api';
import { useStockChange } from './stock-queries';
import type { StockSettings } from './stock-types';

const fields: { key: keyof StockSettings; label: string; description: string; minimum: number }[] = [
  // 21 CFR 1304.04(a): at least 2 years; some states ask more (Nebraska: 5).
  { key: 'retentionYears', label: 'Keep records for (years)', description: 'At least 2 (21 CFR 1304.04(a)); some states ask more', minimum: 2 },
  { key: 'countIntervalHours', label: 'Count every (hours)', description: 'An overdue count raises an alert', minimum: 1 },
  { key: 'expiryWarningDays', label: 'Warn before expiry (days)', description: 'Lots expiring sooner raise an alert', minimum: 1 },
  { key: 'patientShipmentDays', label: 'Patient shipment unused after (days)', description: 'Reserved esketamine not used by then raises an alert', minimum: 1 },
];

/** The clinic's record-keeping settings; whoever configures the stock changes them. */
export function StockSettingsForm({ settings, canEdit }: { settings: StockSettings; canEdit: boolean }) {
  const [typed, setTyped] = useState<Record<keyof StockSettings, string>>(() => ({ retentionYears: String(settings.retentionYears), countIntervalHours: String(settings.countIntervalHours), expiryWarningDays: String(settings.expiryWarningDays), patientShipmentDays: String(settings.patientShipmentDays) }));
  const [errors, setErrors] = useState<Partial<Record<keyof StockSettings, string>>>({});
  const [saved, setSaved] = useState(false);
  const save = useStockChange(stockApi.saveSettings, () => setSaved(true));
  const fromServer = serverFieldErrors(save.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Partial<Record<keyof StockSettings, string>> = {};
    const body = Object.fromEntries(
      fields.map(({ key, minimum }) => {
        const value = Number(typed[key].trim());
        if (typed[key].trim() === '' || !Number.isInteger(value) || value < minimum) problems[key] = `A whole number, ${minimum} or more`;
        return [key, value];
      }),
    ) as unknown as StockSettings;
    setErrors(problems);
    setSaved(false);
    save.reset();
    if (Object.keys(problems).length === 0) save.mutate(body);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Record-keeping settings">
      <Stack gap="sm">
        <Title order={3}>Record-keeping settings</Title>
        <Text>Controlled-substance records are kept for {settings.retentionYears} years.</Text>
        {canEdit ? (
          <>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {fields.map(({ key, label, description }) => (
                <TextInput
                  key={key}
                  label={label}
                  description={description}
                  inputMode="numeric"
                  value={typed[key]}
                  error={errors[key] ?? fromServer[key]}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setTyped((current) => ({ ...current, [key]: value }));
                  }}
                />
              ))}
            </SimpleGrid>
            {save.isError ? <ProblemAlert error={save.error} title="The settings were not saved" /> : null}
            {saved ? <Text role="status">Saved.</Text> : null}
            <Group>
              <Button type="submit" variant="default" loading={save.isPending}>
                Save settings
              </Button>
            </Group>
          </>
        ) : null}
      </Stack>
    </form>
  );
}
