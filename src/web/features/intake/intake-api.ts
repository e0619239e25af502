import type { z } from 'zod';
import type { IntakeSectionName } from '../../../domain/intake/intake-sections';
import type { newAllergySchema, newMedicationSchema, newProblemSchema } from '../../../domain/patients/patient';
import type { IntakeResponse } from '../../../server/routes/intake/intake.schemas';
import { getJson, postJson, putJson } from '../../api/client';

export type { IntakeResponse };
export type NewProblem = z.input<typeof newProblemSchema>;
export type NewAllergy = z.input<typeof newAllergySchema>;
export type NewMedication = z.input<typeof newMedicationSchema>;

const patientPath = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}`;

/** The intake endpoints, and the record lists the medical review adds to. */
export const intakeApi = {
  intake: (patientId: string) => getJson<IntakeResponse>(`${patientPath(patientId)}/intake`),
  /** `revision` is the one last read: the server answers 409 when someone else has saved since. */
  saveSection: (patientId: string, section: IntakeSectionName, body: { revision: number; value: unknown }) =>
    putJson<IntakeResponse>(`${patientPath(patientId)}/intake/sections/${section}`, body),
  complete: (patientId: string) => postJson<IntakeResponse>(`${patientPath(patientId)}/intake/complete`),
  addProblem: (patientId: string, body: NewProblem) => postJson<null>(`${patientPath(patientId)}/problems`, body),
  addAllergy: (patientId: string, body: NewAllergy) => postJson<null>(`${patientPath(patientId)}/allergies`, body),
  addMedication: (patientId: string, body: NewMedication) => postJson<null>(`${patientPath(patientId)}/medications`, body),
};
