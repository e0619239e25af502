import { Alert, Button, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { sexesAtBirth, type NewPatient } from '../../../domain/patients/patient';
import { serverFieldErrors } from '../../api/field-errors';
import { ProblemAlert } from '../../components/problem-alert';
import { sexAtBirthLabels, todayIsoDate } from './format-patient';
import { sectionsFor } from './patient-form-layout';
import { validatePatientForm, type PatientField, type PatientFormErrors, type PatientFormMode, type PatientFormValues } from './patient-form-values';
import { useFormDraft } from './use-form-draft';

export interface PatientFormProps {
  mode: PatientFormMode;
  /** Names the unsaved draft, so it can be restored after signing in again ("new-patient", "edit-patient:<id>"). */
  draftKey: string;
  initialValues: PatientFormValues;
  submitLabel: string;
  /** The save; it rejects with the server's problem, whose field errors appear next to the fields. */
  onSubmit: (body: NewPatient) => Promise<unknown>;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
}

const sexOptions = [{ value: '', label: 'Choose…' }, ...sexesAtBirth.map((value) => ({ value, label: sexAtBirthLabels[value] }))];

export function PatientForm({ mode, draftKey, initialValues, submitLabel, onSubmit, onCancel, submitting, error }: PatientFormProps) {
  const draft = useFormDraft(draftKey, initialValues);
  const [clientErrors, setClientErrors] = useState<PatientFormErrors>({});
  const [changedSinceSubmit, setChangedSinceSubmit] = useState<ReadonlySet<string>>(new Set());
  const serverErrors = serverFieldErrors(error);
  const errorFor = (field: PatientField) => (changedSinceSubmit.has(field) ? undefined : (clientErrors[field] ?? serverErrors[field]));

  const change = (field: PatientField, value: string) => {
    draft.change({ ...draft.values, [field]: value });
    setChangedSinceSubmit((current) => new Set(current).add(field));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChangedSinceSubmit(new Set());
    const result = validatePatientForm(draft.values, mode, todayIsoDate());
    if (result.kind === 'invalid') return setClientErrors(result.errors);
    setClientErrors({});
    try {
      await onSubmit(result.body);
      draft.forget();
    } catch {
      // The caller's mutation holds the error; it is shown through `error`.
    }
  };
  const cancel = () => {
    draft.forget();
    onCancel();
  };

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel}>
      <Stack>
        {draft.restored ? (
          <Alert color="blue" title="Restored what you typed">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">This form has what you entered earlier but had not saved. Check it, then save.</Text>
              <Button size="xs" variant="default" onClick={draft.discard}>
                Discard it and start again
              </Button>
            </Stack>
          </Alert>
        ) : null}
        {Object.keys(clientErrors).length > 0 ? (
          <Alert color="red" role="alert">
            Some fields need attention; each says what is wrong.
          </Alert>
        ) : null}
        {error ? <ProblemAlert error={error} title="The patient was not saved" /> : null}
        <Text size="sm" c="dimmed">
          Given name, family name, date of birth and sex at birth are required. Everything else can be added later.
        </Text>
        {sectionsFor(mode).map((section) => (
          <Fieldset key={section.legend} legend={section.legend}>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {section.fields.map((field) =>
                field === 'sexAtBirth' ? (
                  <NativeSelect key={field} label="Sex at birth" data={sexOptions} value={draft.values.sexAtBirth} onChange={(event) => change('sexAtBirth', event.currentTarget.value)} error={errorFor('sexAtBirth')} />
                ) : (
                  <TextInput
                    key={field.name}
                    label={field.label}
                    description={field.description}
                    type={field.type ?? 'text'}
                    autoComplete={field.autoComplete}
                    max={field.type === 'date' ? todayIsoDate() : undefined}
                    value={draft.values[field.name]}
                    onChange={(event) => change(field.name, event.currentTarget.value)}
                    error={errorFor(field.name)}
                  />
                ),
              )}
            </SimpleGrid>
          </Fieldset>
        ))}
        <Group>
          <Button type="submit" loading={submitting}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={cancel} disabled={submitting}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
