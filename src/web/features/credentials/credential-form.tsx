import { Alert, Button, Group, NativeSelect, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../api/client';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { credentialApi } from './credential-api';
import { CredentialFields } from './credential-fields';
import { useCredentialChange } from './credential-queries';
import { credentialKinds, type CredentialBody, type CredentialKind, type CredentialView } from './credential-types';
import { credentialBody, credentialValues, emptyCredential, type CredentialValues } from './credential-values';
import { kindLabels } from './credential-words';

/** The server's field errors by field; one about a schedule ("/schedules/2") shows at the schedules. */
function fieldErrors(error: unknown): Record<string, string> {
  const fields = serverFieldErrors(error);
  const schedule = Object.entries(fields).find(([field]) => field.startsWith('schedules.'));
  return schedule && !fields.schedules ? { ...fields, schedules: schedule[1] } : fields;
}

const isConflict = (error: unknown) => error instanceof ApiProblem && error.status === 409;

type Props = { userId: string; credential?: undefined; onDone: () => void; onCancel: () => void } | { userId?: undefined; credential: CredentialView; onDone: () => void; onCancel: () => void };

/**
 * Adds a credential to a staff member, or edits one. An edit sends the revision it was read at: when someone else
 * changed the credential first, the server answers 409, the list is read again, and what was typed stays for
 * another try against the new revision.
 */
export function CredentialForm({ userId, credential, onDone, onCancel }: Props) {
  const [values, setValues] = useState<CredentialValues>(() => (credential ? credentialValues(credential) : emptyCredential('licence')));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const save = useCredentialChange((body: CredentialBody) => (credential ? credentialApi.edit(credential.id, { ...body, revision: credential.revision }) : credentialApi.add(userId!, body)), onDone);
  const fromServer = fieldErrors(save.error);
  const errorOf = (field: string) => errors[field] ?? fromServer[field];
  const change = <K extends keyof CredentialValues>(field: K, value: CredentialValues[K]) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = credentialBody(values);
    setErrors(parsed.kind === 'invalid' ? parsed.errors : {});
    save.reset();
    if (parsed.kind === 'valid') save.mutate(parsed.body);
  };
  const name = credential ? 'Edit credential' : 'Add a credential';

  return (
    <form onSubmit={submit} noValidate aria-label={name}>
      <Stack gap="sm">
        {credential ? null : (
          <NativeSelect
            label="What it is"
            data={credentialKinds.map((kind) => ({ value: kind, label: kindLabels[kind] }))}
            value={values.kind}
            onChange={(event) => {
              setValues(emptyCredential(event.currentTarget.value as CredentialKind));
              setErrors({});
            }}
          />
        )}
        <CredentialFields values={values} errorOf={errorOf} change={change} />
        {isConflict(save.error) && credential ? (
          <Alert color="yellow" title="Someone else changed this credential" role="alert">
            It was changed after you opened it, and has been read again. Check what is on file now, then save your change again.
          </Alert>
        ) : save.isError ? (
          <ProblemAlert error={save.error} title={credential ? 'The credential was not saved' : 'The credential was not added'} />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {credential ? 'Save changes' : 'Add credential'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
