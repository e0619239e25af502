import { z } from 'zod';
import { staffRoles } from '../../../domain/access/roles.js';

export const userIdParamsSchema = z.object({ userId: z.uuid('Not a user id') });

export const userSummarySchema = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  kind: z.enum(['staff', 'patient']),
  roles: z.array(z.enum(staffRoles)),
  mfaEnabled: z.boolean(),
  disabled: z.boolean(),
});
export type UserSummary = z.infer<typeof userSummarySchema>;

export const userListResponseSchema = z.object({ users: z.array(userSummarySchema) });
export const disableUserResponseSchema = z.object({ sessionsEnded: z.number().int() });

export const inviteUserBodySchema = z
  .object({
    email: z.email('Not an e-mail address').max(254),
    displayName: z.string().trim().min(1, 'Required').max(200),
    roles: z.array(z.enum(staffRoles)).min(1, 'Give at least one role').max(staffRoles.length),
    locationIds: z.array(z.uuid()).max(100).default([]).describe('Locations the person works at; none means all'),
  })
  .strict();
export const inviteUserResponseSchema = z.object({ id: z.uuid() });

export const replaceRolesBodySchema = z.object({ roles: z.array(z.enum(staffRoles)).min(1, 'Give at least one role').max(staffRoles.length) }).strict();
export const replaceRolesResponseSchema = z.object({ roles: z.array(z.enum(staffRoles)) });
