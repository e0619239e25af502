import { z } from 'zod';
import { consentKinds } from '../../../domain/consent/consent-document.js';

// A drawn signature at tablet resolution is a few tens of kB as PNG; 300 kB of base64 leaves room, no more.
const maxSignatureImageChars = 300_000;

export const signatureImageSchema = z
  .string()
  .max(maxSignatureImageChars, 'The drawn signature is too large')
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/, 'A PNG image as a data URL (data:image/png;base64,…)')
  .refine((value) => Buffer.from(value.slice(value.indexOf(',') + 1), 'base64').subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'Not a PNG image');

export const signConsentBodySchema = z
  .object({
    documentId: z.uuid('Not a consent document id'),
    typedName: z.string().trim().min(2, 'Type your full name').max(200),
    signatureImage: signatureImageSchema,
  })
  .strict();

export const revokeConsentBodySchema = z.object({ reason: z.string().trim().min(3, 'Say why, in a few words').max(1000) }).strict();

export const consentIdParamsSchema = z.object({ patientId: z.uuid('Not a patient id'), consentId: z.uuid('Not a consent id') });

const sectionSchema = z.object({ heading: z.string(), body: z.string(), topics: z.array(z.string()) });
export const consentDocumentSchema = z.object({
  id: z.uuid(),
  kind: z.enum(consentKinds),
  version: z.number().int(),
  contentHash: z.string(),
  publishedAt: z.string(),
  content: z.object({ kind: z.enum(consentKinds), title: z.string(), sections: z.array(sectionSchema), sources: z.array(z.string()) }),
});

export const patientConsentsResponseSchema = z.object({
  statuses: z.array(
    z.object({
      kind: z.enum(consentKinds),
      currentVersion: z.number().int(),
      currentDocumentId: z.uuid(),
      state: z.enum(['not-signed', 'awaiting-countersignature', 'current', 'new-version-to-sign', 'revoked']),
      signatureId: z.uuid().nullable(),
    }),
  ),
  signatures: z.array(
    z.object({
      id: z.uuid(),
      kind: z.enum(consentKinds),
      documentId: z.uuid(),
      documentVersion: z.number().int(),
      documentHash: z.string(),
      typedName: z.string(),
      signedAt: z.string(),
      signedVia: z.enum(['in-clinic', 'portal']),
      collectedBy: z.string(),
      countersignedBy: z.string().nullable(),
      countersignedAt: z.string().nullable(),
      revokedAt: z.string().nullable(),
      revocationReason: z.string().nullable(),
    }),
  ),
});
export type PatientConsentsResponse = z.infer<typeof patientConsentsResponseSchema>;
