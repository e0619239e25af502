import { Alert, List, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { HandlerRoster } from './handler-roster';
import { RegistrationForm } from './registration-form';
import { registrationWarnings } from './registration-values';
import { StorageForm } from './storage-form';
import type { StockLocation } from './stock-types';
import { formatDay } from './stock-words';

const kindLabels = { safe: 'Safe', cabinet: 'Locked cabinet' } as const;

function RegistrationOnFile({ location }: { location: StockLocation }) {
  const { registration } = location;
  if (!registration) {
    return (
      <Alert color="orange" title="No DEA registration on file">
        Stock may be kept here only under a registration for this location: add it below.
      </Alert>
    );
  }
  const warnings = registrationWarnings(registration, dayjs().format('YYYY-MM-DD'));
  return (
    <Stack gap="xs">
      <Text>
        {registration.number}, schedules {registration.schedules.join(', ')}, expires {formatDay(registration.expiresOn)}.
      </Text>
      {warnings.length > 0 ? (
        <Alert color="orange" title="Check this registration" role="alert">
          <List size="sm">
            {warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}

/** One location's DEA registration and its safes and cabinets, with forms to add them. */
export function LocationSetup({ location }: { location: StockLocation }) {
  return (
    <Stack gap="lg">
      <Stack gap="sm">
        <Title order={3}>DEA registration: {location.name}</Title>
        <Text size="sm">Each location where stock is kept needs its own DEA registration (21 CFR 1301.12).</Text>
        <RegistrationOnFile location={location} />
        {location.registration ? <HandlerRoster key={location.registration.id} registrationId={location.registration.id} /> : null}
        <Title order={4}>Add registration</Title>
        <RegistrationForm key={location.id} locationId={location.id} />
      </Stack>
      <Stack gap="sm">
        <Title order={3}>Safes and cabinets: {location.name}</Title>
        <Text size="sm">Stock is kept in a securely locked, substantially constructed safe or cabinet (21 CFR 1301.75(b)).</Text>
        {location.storage.length === 0 ? (
          <Text c="dimmed">None yet.</Text>
        ) : (
          <List aria-label="Safes and cabinets">
            {location.storage.map((place) => (
              <List.Item key={place.id}>
                {place.name} ({kindLabels[place.kind].toLowerCase()})
              </List.Item>
            ))}
          </List>
        )}
        <StorageForm key={location.id} locationId={location.id} />
      </Stack>
    </Stack>
  );
}
