import { Alert } from '@mantine/core';
import { adequateTrialWeeks, type TreatmentResistance } from '../../../domain/intake/intake-progress';

/** Adequate trials without response, and whether that meets the definition of treatment resistance. */
export function TreatmentResistanceSummary({ summary }: { summary: TreatmentResistance | null }) {
  if (!summary) return null;
  const { adequateTrials, adequateTrialsWithoutResponse, meetsDefinition } = summary;
  return (
    <Alert color={meetsDefinition ? 'blue' : 'gray'} title="Treatment resistance" role="status" aria-label="Treatment resistance">
      {adequateTrialsWithoutResponse} of {adequateTrials} adequate {adequateTrials === 1 ? 'trial' : 'trials'} (at least {adequateTrialWeeks} weeks) without response.{' '}
      {meetsDefinition ? 'Meets the definition of treatment-resistant depression (two or more).' : 'Does not meet the definition of treatment-resistant depression (two or more needed).'}
    </Alert>
  );
}
