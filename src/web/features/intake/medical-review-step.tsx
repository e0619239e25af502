import { Checkbox, Stack, Text } from '@mantine/core';
import { MedicalReviewLists } from './medical-review-lists';
import type { SectionStep } from './section-step';

interface MedicalReviewForm {
  allergiesReviewed: boolean;
  medicationsReconciled: boolean;
}

export const medicalReviewStep: SectionStep<'medical-review', MedicalReviewForm> = {
  name: 'medical-review',
  title: 'Medical review',
  toForm: (saved) => ({ allergiesReviewed: saved?.allergiesReviewed ?? false, medicationsReconciled: saved?.medicationsReconciled ?? false }),
  toValue: (form) => ({ allergiesReviewed: form.allergiesReviewed, medicationsReconciled: form.medicationsReconciled }),
  Fields: ({ patientId, form, onChange, errorAt }) => (
    <Stack gap="lg">
      <Text size="sm">Go through each list with the patient and add what is missing. Entries are added to the record at once.</Text>
      <MedicalReviewLists patientId={patientId} />
      <Stack gap="xs">
        <Checkbox
          label="Allergies reviewed with the patient"
          description="An empty list then means no known allergies"
          checked={form.allergiesReviewed}
          onChange={(event) => onChange({ ...form, allergiesReviewed: event.currentTarget.checked })}
          error={errorAt('allergiesReviewed')}
        />
        <Checkbox
          label="Medications reconciled with the patient"
          description="The list is what the patient takes today, with daily doses"
          checked={form.medicationsReconciled}
          onChange={(event) => onChange({ ...form, medicationsReconciled: event.currentTarget.checked })}
          error={errorAt('medicationsReconciled')}
        />
      </Stack>
    </Stack>
  ),
};
