import { z } from 'zod';
import { isoDateSchema } from '../../../domain/patients/patient.js';

export const remsEnrolmentBodySchema = z
  .object({
    remsPatientId: z.string().trim().min(1, 'Required').max(64).describe('The patient id the Spravato REMS gave at enrolment'),
    enrolledOn: isoDateSchema,
    patientSignedOn: isoDateSchema.describe('The day the patient signed the enrolment form'),
    prescriberSignedOn: isoDateSchema.describe('The day you, the prescriber, signed it'),
  })
  .strict();

export const remsEnrolmentResponseSchema = z.object({
  enrolment: z
    .object({
      remsPatientId: z.string(),
      enrolledOn: z.string(),
      patientSignedOn: z.string(),
      prescriberSignedOn: z.string(),
      prescriber: z.object({ userId: z.uuid(), name: z.string() }),
      recordedAt: z.string(),
    })
    .nullable(),
});

export const remsCertificationBodySchema = z
  .object({
    authorisedRepresentative: z.string().trim().min(1, 'Required').max(200),
    certifiedOn: isoDateSchema,
    remsSettingId: z.string().trim().max(64).nullish(),
  })
  .strict();

export const remsCertificationsResponseSchema = z.object({
  certifications: z.array(z.object({ locationId: z.uuid(), locationName: z.string(), authorisedRepresentative: z.string(), certifiedOn: z.string(), remsSettingId: z.string().nullable() })),
});

export const locationIdParamsSchema = z.object({ locationId: z.uuid('Not a location id') });
