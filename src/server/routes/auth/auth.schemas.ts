import { z } from 'zod';
import { actions } from '../../../domain/access/permissions.js';
import { staffRoles } from '../../../domain/access/roles.js';

export const signInBodySchema = z
  .object({
    email: z.string().trim().min(1, 'Required').max(254),
    password: z.string().min(1, 'Required').max(1024),
    organisation: z.string().max(63).optional().describe("The clinic's slug, when one installation serves several"),
  })
  .strict();

export const sessionStageSchema = z.enum(['mfa', 'mfa-enrolment', 'active']);
export const signInResponseSchema = z.object({ stage: sessionStageSchema });

export const secondFactorBodySchema = z
  .object({
    code: z
      .string()
      .regex(/^\s*\d{3}\s?\d{3}\s*$/, 'Six digits from your authenticator app')
      .optional(),
    recoveryCode: z.string().min(10).max(64).optional(),
  })
  .strict()
  .refine((body) => (body.code === undefined) !== (body.recoveryCode === undefined), { message: 'Send either code or recoveryCode', path: ['code'] });

export const enrolmentResponseSchema = z.object({
  secretBase32: z.string(),
  otpauthUri: z.string().describe('Show as a QR code for the authenticator app'),
});

export const confirmEnrolmentBodySchema = z.object({ code: z.string().regex(/^\s*\d{3}\s?\d{3}\s*$/, 'Six digits from your authenticator app') }).strict();
export const recoveryCodesResponseSchema = z.object({ recoveryCodes: z.array(z.string()).describe('Shown once; each works once') });

export const meResponseSchema = z.object({
  user: z.object({
    id: z.uuid(),
    displayName: z.string(),
    email: z.string(),
    kind: z.enum(['staff', 'patient']),
    roles: z.array(z.enum(staffRoles)),
    patientId: z.uuid().nullable(),
    mfaEnabled: z.boolean(),
  }),
  organisation: z.object({ id: z.uuid() }),
  permissions: z.array(z.enum(actions)),
  session: z.object({ idleMinutes: z.number(), absoluteHours: z.number() }),
});
export type MeResponse = z.infer<typeof meResponseSchema>;

export const setPasswordBodySchema = z.object({ token: z.string().min(20).max(200), password: z.string().min(1, 'Required').max(1024) }).strict();
export const passwordResetBodySchema = z
  .object({ email: z.string().trim().min(3).max(254), organisation: z.string().max(63).optional() })
  .strict();
