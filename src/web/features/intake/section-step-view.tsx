import { Alert, Fieldset, Stack } from '@mantine/core';
import { ProblemAlert } from '../../components/problem-alert';
import type { FieldErrors } from './section-errors';
import type { AnySectionStep } from './section-step';

interface SectionStepViewProps {
  patientId: string;
  step: AnySectionStep;
  form: unknown;
  onChange: (form: unknown) => void;
  errors: FieldErrors;
  failure: unknown;
  /** Without intake.record the section is shown, not edited. */
  readOnly: boolean;
}

/** One section's fields, with what stopped the last save. */
export function SectionStepView({ patientId, step, form, onChange, errors, failure, readOnly }: SectionStepViewProps) {
  const { Fields } = step;
  const fieldCount = Object.keys(errors).length;
  return (
    <Stack>
      {failure ? <ProblemAlert error={failure} title={`${step.title} was not saved`} /> : null}
      {fieldCount > 0 && !failure ? (
        <Alert color="red" role="alert" title={`${step.title} was not saved`}>
          {errors[''] ?? 'Some fields need attention; each says what is wrong.'}
        </Alert>
      ) : null}
      <Fieldset variant="unstyled" disabled={readOnly} aria-label={step.title}>
        <Fields patientId={patientId} form={form} onChange={onChange} errorAt={(path: string) => errors[path]} />
      </Fieldset>
    </Stack>
  );
}
