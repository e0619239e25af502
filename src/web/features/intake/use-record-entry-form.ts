import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { eligibilityKeys } from '../eligibility/eligibility-queries';
import { patientKeys } from '../patients/patient-queries';
import { checkWith, type FieldErrors, serverErrorsUnder } from './section-errors';

/**
 * A small form that adds one entry to a list on the record (problems, allergies, medications): checked with the
 * server's schema, then sent; the record and the eligibility that reads it are refreshed after.
 */
export function useRecordEntryForm<Form, Schema extends z.ZodType>(options: {
  patientId: string;
  empty: Form;
  schema: Schema;
  toBody: (form: Form) => unknown;
  add: (patientId: string, body: z.output<Schema>) => Promise<unknown>;
}) {
  const { patientId, empty, schema, toBody, add } = options;
  const queryClient = useQueryClient();
  const [form, setForm] = useState(empty);
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: (body: z.output<Schema>) => add(patientId, body),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: patientKeys.chart(patientId) }), queryClient.invalidateQueries({ queryKey: eligibilityKeys.forPatient(patientId) })]),
  });
  const serverErrors = serverErrorsUnder(mutation.error);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    event.stopPropagation();
    const checked = checkWith(schema, toBody(form));
    if (checked.kind === 'invalid') return setClientErrors(checked.errors);
    setClientErrors({});
    try {
      await mutation.mutateAsync(checked.value);
      setForm(empty);
    } catch {
      // Shown through `error` and the field messages.
    }
  };
  return {
    form,
    change: (change: Partial<Form>) => setForm((current) => ({ ...current, ...change })),
    errorAt: (field: string) => clientErrors[field] ?? serverErrors[field],
    submit,
    pending: mutation.isPending,
    error: mutation.error,
  };
}
