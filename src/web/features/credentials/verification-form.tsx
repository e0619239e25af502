import { Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { useState, type FormEvent } from 'react';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { credentialApi } from './credential-api';
import { useCredentialChange } from './credential-queries';
import type { CredentialView, Verification, VerificationBody } from './credential-types';
import { methodLabels, outcomeLabels } from './credential-words';

interface Values {
  method: Verification['method'];
  source: string;
  outcome: Verification['outcome'];
  nextDueOn: string;
  note: string;
}

const options = <T extends string>(labels: Record<T, string>) => (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

/** Records that someone checked the credential: how, where, what they found, and when it is to be checked again. */
export function VerificationForm({ credential, onDone, onCancel }: { credential: CredentialView; onDone: () => void; onCancel: () => void }) {
  const [values, setValues] = useState<Values>({ method: 'primary-source', source: '', outcome: 'verified', nextDueOn: '', note: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof Values, string>>>({});
  const record = useCredentialChange((body: VerificationBody) => credentialApi.verify(credential.id, body), onDone);
  const fromServer = serverFieldErrors(record.error) as Partial<Record<keyof Values, string>>;
  const errorOf = (field: keyof Values) => errors[field] ?? fromServer[field];
  const change = <K extends keyof Values>(field: K, value: Values[K]) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const source = values.source.trim();
    const note = values.note.trim();
    const nextDue = !values.nextDueOn ? 'Required' : values.nextDueOn <= dayjs().format('YYYY-MM-DD') ? 'A day after today' : undefined;
    const problems = { ...(source ? {} : { source: 'Say where it was checked' }), ...(nextDue ? { nextDueOn: nextDue } : {}) };
    setErrors(problems);
    record.reset();
    if (Object.keys(problems).length === 0) record.mutate({ method: values.method, source, outcome: values.outcome, nextDueOn: values.nextDueOn, ...(note ? { note } : {}) });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Record a verification">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect label="How it was checked" data={options(methodLabels)} value={values.method} error={errorOf('method')} onChange={(event) => change('method', event.currentTarget.value as Values['method'])} />
          <TextInput label="Where it was checked" description="For example, the state board’s licence lookup" value={values.source} error={errorOf('source')} onChange={(event) => change('source', event.currentTarget.value)} />
          <NativeSelect label="Outcome" data={options(outcomeLabels)} value={values.outcome} error={errorOf('outcome')} onChange={(event) => change('outcome', event.currentTarget.value as Values['outcome'])} />
          <TextInput label="Check again by" type="date" value={values.nextDueOn} error={errorOf('nextDueOn')} onChange={(event) => change('nextDueOn', event.currentTarget.value)} />
        </SimpleGrid>
        <Textarea label="Note (optional)" value={values.note} error={errorOf('note')} onChange={(event) => change('note', event.currentTarget.value)} />
        {record.isError ? <ProblemAlert error={record.error} title="The verification was not recorded" /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={record.isPending}>
            Record verification
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
