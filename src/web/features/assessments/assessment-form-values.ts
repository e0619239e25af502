import type { AssessmentPurpose } from './assessment-purposes';
import type { ContextValues } from './scoring-context-fields';

export interface AssessmentFormValues {
  instrumentId: string;
  answers: Record<string, number>;
  purpose: AssessmentPurpose;
  context: ContextValues;
}

export const emptyAssessmentForm: AssessmentFormValues = { instrumentId: '', answers: {}, purpose: 'routine', context: { sex: '', substance: '' } };
