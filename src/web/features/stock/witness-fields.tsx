import { Fieldset, PasswordInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import type { WitnessValues } from './witness-values';

interface Props {
  legend: string;
  values: WitnessValues;
  onChange: (values: WitnessValues) => void;
  /** Errors keyed "email", "password", "code"; `problem` is about the witness as a whole (the server's "/witness"). */
  errors: Partial<Record<keyof WitnessValues, string>>;
  problem?: string | undefined;
}

/**
 * A second person signs in on this screen with their own credentials, at the moment they watch (clinic policy,
 * SPEC §3.4); nothing is remembered by the browser.
 */
export function WitnessFields({ legend, values, onChange, errors, problem }: Props) {
  const set = (field: keyof WitnessValues) => (event: ChangeEvent<HTMLInputElement>) => {
    // Read now: React may run the updater after the event's target is cleared.
    const typed = event.currentTarget.value;
    onChange({ ...values, [field]: typed });
  };
  return (
    <Fieldset legend={legend}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label="E-mail address" type="email" autoComplete="off" value={values.email} onChange={set('email')} error={errors.email} />
        <PasswordInput label="Password" autoComplete="off" value={values.password} onChange={set('password')} error={errors.password} />
        <TextInput label="Six-digit code" description="If they use an authenticator app" inputMode="numeric" autoComplete="off" maxLength={7} value={values.code} onChange={set('code')} error={errors.code} />
      </SimpleGrid>
      {problem ? (
        <Text c="red" size="sm" mt="xs" role="alert">
          {problem}
        </Text>
      ) : null}
    </Fieldset>
  );
}
