import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { IntakeSectionName } from '../../../domain/intake/intake-sections';
import { ApiProblem } from '../../api/client';
import { eligibilityKeys } from '../eligibility/eligibility-queries';
import { type IntakeResponse, intakeApi } from './intake-api';
import { intakeKeys } from './intake-queries';
import { checkSection, type FieldErrors, serverErrorsUnder } from './section-errors';
import type { AnySectionStep } from './section-step';
import type { useIntakeDrafts } from './use-intake-drafts';

interface SaveRequest {
  name: IntakeSectionName;
  value: unknown;
  revision: number;
}

/**
 * Saves one section with the revision last read. The form's own check runs first; then the server's field errors
 * (pointers under /value) and a stale revision (409: someone else saved) come back for the step to show.
 */
export function useSectionSave(patientId: string, intake: IntakeResponse, drafts: ReturnType<typeof useIntakeDrafts>) {
  const queryClient = useQueryClient();
  const [clientErrors, setClientErrors] = useState<FieldErrors>({});
  const mutation = useMutation({
    mutationFn: ({ name, value, revision }: SaveRequest) => intakeApi.saveSection(patientId, name, { revision, value }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(intakeKeys.intake(patientId), saved);
      await queryClient.invalidateQueries({ queryKey: eligibilityKeys.forPatient(patientId) });
    },
  });
  const conflict = mutation.error instanceof ApiProblem && mutation.error.status === 409;

  /** True when the step has nothing unsaved afterwards. */
  const save = async (step: AnySectionStep): Promise<boolean> => {
    if (!drafts.isDirty(step.name)) return true;
    const form = drafts.formFor(step);
    const checked = checkSection(step.name, step.toValue(form));
    mutation.reset();
    if (checked.kind === 'invalid') {
      setClientErrors(checked.errors);
      return false;
    }
    setClientErrors({});
    try {
      await mutation.mutateAsync({ name: step.name, value: checked.value, revision: intake.revision });
      drafts.saved(step.name, form);
      return true;
    } catch {
      return false;
    }
  };

  return {
    save,
    saving: mutation.isPending,
    /** Messages by field path for the step being shown. */
    errors: { ...serverErrorsUnder(mutation.error, 'value'), ...clientErrors },
    /** A failure that is not about one field (and not a conflict): shown as a whole. */
    failure: mutation.error && !conflict ? mutation.error : null,
    conflict,
    /** Forget the last attempt's messages, when the user moves to another step. */
    clear: () => {
      mutation.reset();
      setClientErrors({});
    },
    reload: async () => {
      mutation.reset();
      await queryClient.invalidateQueries({ queryKey: intakeKeys.intake(patientId) });
    },
  };
}
