export const assessmentKeys = {
  all: ['assessments'] as const,
  forPatient: (patientId: string) => ['assessments', patientId] as const,
};
