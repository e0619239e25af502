import type { z } from 'zod';
import { type IntakeSectionName, intakeSectionSchemas } from '../../../domain/intake/intake-sections';
import { serverFieldErrors } from '../../api/field-errors';

/** Messages keyed by field path ("bloodPressure.0.systolicMmHg"); "" is the value as a whole. */
export type FieldErrors = Record<string, string>;
export type Checked<T> = { kind: 'valid'; value: T } | { kind: 'invalid'; errors: FieldErrors };

const messageFor = (issue: z.core.$ZodIssue) => ('input' in issue && issue.input === undefined ? 'Required' : issue.message);

/** Runs a schema the server also runs, so the form says what is wrong before anything is sent. */
export function checkWith<Schema extends z.ZodType>(schema: Schema, value: unknown): Checked<z.output<Schema>> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { kind: 'valid', value: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) errors[issue.path.map(String).join('.')] ??= messageFor(issue);
  return { kind: 'invalid', errors };
}

export const checkSection = (name: IntakeSectionName, value: unknown): Checked<unknown> => checkWith(intakeSectionSchemas[name], value);

/** The server's field errors inside `prefix` ("value" for a section: "/value/vitals…" becomes "vitals…"), keyed like `checkWith`'s. */
export function serverErrorsUnder(error: unknown, prefix?: string): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, detail] of Object.entries(serverFieldErrors(error))) {
    if (prefix === undefined) errors[field] ??= detail;
    else if (field === prefix) errors[''] ??= detail;
    else if (field.startsWith(`${prefix}.`)) errors[field.slice(prefix.length + 1)] ??= detail;
  }
  return errors;
}
