import { z } from 'zod';
import { credentialKinds, credentialStatuses } from '../../../domain/credentials/credential-input.js';
import { credentialDocumentTypes } from '../../../domain/credentials/document-signature.js';
import { expiryBands } from '../../../domain/credentials/expiry-band.js';

export const documentSummarySchema = z.object({ id: z.uuid(), fileName: z.string(), mediaType: z.enum(credentialDocumentTypes), sizeBytes: z.number().int(), uploadedAt: z.string() });

export const credentialViewSchema = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  kind: z.enum(credentialKinds),
  type: z.string(),
  jurisdiction: z.string().nullable(),
  number: z.string().nullable(),
  issuer: z.string().nullable(),
  issuedOn: z.string().nullable(),
  expiresAt: z.string().nullable(),
  status: z.enum(credentialStatuses),
  locationId: z.uuid().nullable(),
  schedules: z.array(z.string()).nullable(),
  publiclyListed: z.boolean(),
  revision: z.number().int(),
  /** Active and not yet expired at the server's clock, exactly as the enforcement rules see it. */
  inForce: z.boolean(),
  expiryBand: z.enum(expiryBands).nullable(),
  lastVerification: z
    .object({ verifiedAt: z.string(), verifiedBy: z.string(), method: z.enum(['primary-source', 'document-review']), source: z.string(), outcome: z.enum(['verified', 'discrepancy']), nextDueOn: z.string() })
    .nullable(),
  documents: z.array(documentSummarySchema),
});
export type CredentialView = z.infer<typeof credentialViewSchema>;

export const staffCredentialsSchema = z.object({
  user: z.object({ id: z.uuid(), displayName: z.string(), roles: z.array(z.string()) }),
  credentials: z.array(credentialViewSchema),
  handlerOf: z.array(z.object({ registrationId: z.uuid(), number: z.string(), locationId: z.uuid(), locationName: z.string(), grantedAt: z.string() })),
});

export const expiringSchema = z.object({
  items: z.array(z.object({ credential: credentialViewSchema, user: z.object({ id: z.uuid(), displayName: z.string() }), band: z.enum(expiryBands).nullable(), verificationDue: z.boolean() })),
});

export const verificationBodySchema = z
  .object({
    method: z.enum(['primary-source', 'document-review']),
    /** Where it was checked: the state board's licence lookup, the NPPES registry, the AHA eCard site… */
    source: z.string().trim().min(1).max(500),
    outcome: z.enum(['verified', 'discrepancy']),
    nextDueOn: z.iso.date(),
    note: z.string().trim().max(2000).nullable().optional(),
  })
  .strict();

export const handlersSchema = z.object({ handlers: z.array(z.object({ userId: z.uuid(), displayName: z.string(), grantedAt: z.string(), grantedBy: z.string().nullable() })) });

export const userIdParamsSchema = z.object({ userId: z.uuid() });
export const credentialIdParamsSchema = z.object({ credentialId: z.uuid() });
