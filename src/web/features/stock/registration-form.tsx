import { Button, Checkbox, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { useState, type FormEvent } from 'react';
import { ProblemAlert } from '../../components/problem-alert';
import { emptyRegistration, registrationBody, type RegistrationValues } from './registration-values';
import { setupFieldErrors, shownAtField } from './setup-problems';
import { stockApi } from './stock-api';
import { useStockChange } from './stock-queries';
import { type DeaSchedule, deaSchedules } from './stock-setup-types';

const scheduleLabels: Record<DeaSchedule, string> = { '2': '2', '2N': '2N', '3': '3', '3N': '3N (ketamine, esketamine)', '4': '4', '5': '5' };

/** Records a location's DEA registration as the certificate shows it: the number, the schedules, the expiry date. */
export function RegistrationForm({ locationId }: { locationId: string }) {
  const [values, setValues] = useState<RegistrationValues>(emptyRegistration);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [added, setAdded] = useState(false);
  const add = useStockChange(stockApi.addRegistration);
  const fromServer = setupFieldErrors(add.error, { field: 'number', message: 'This registration number is already recorded' });
  const errorOf = (key: string) => errors[key] ?? fromServer[key];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = registrationBody(values, locationId, dayjs().format('YYYY-MM-DD'));
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    setAdded(false);
    add.reset();
    if (parsed.kind === 'valid') {
      add.mutate(parsed.body, {
        onSuccess: () => {
          setAdded(true);
          setValues(emptyRegistration);
        },
      });
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add registration">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="DEA registration number"
            description="2 letters and 7 digits"
            value={values.number}
            error={errorOf('number')}
            onChange={(event) => {
              const typed = event.currentTarget.value;
              setValues((current) => ({ ...current, number: typed }));
            }}
          />
          <TextInput
            label="Expires on"
            type="date"
            value={values.expiresOn}
            error={errorOf('expiresOn')}
            onChange={(event) => {
              const typed = event.currentTarget.value;
              setValues((current) => ({ ...current, expiresOn: typed }));
            }}
          />
        </SimpleGrid>
        <Checkbox.Group
          label="Schedules"
          description="As printed on the certificate"
          value={values.schedules}
          onChange={(ticked) => setValues((current) => ({ ...current, schedules: deaSchedules.filter((schedule) => ticked.includes(schedule)) }))}
          error={errorOf('schedules')}
        >
          <Group mt="xs">
            {deaSchedules.map((schedule) => (
              <Checkbox key={schedule} value={schedule} label={scheduleLabels[schedule]} />
            ))}
          </Group>
        </Checkbox.Group>
        {add.isError && !shownAtField(add.error) ? <ProblemAlert error={add.error} title="The registration was not added" /> : null}
        {added ? <Text role="status">The registration is added.</Text> : null}
        <Group>
          <Button type="submit" loading={add.isPending}>
            Add registration
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
