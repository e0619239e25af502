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
