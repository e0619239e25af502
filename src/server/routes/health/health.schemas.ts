import { z } from 'zod';

export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  migration: z.string().nullable().describe('The newest migration applied to the database'),
  version: z.string().describe('The Ketaclinic version serving the request'),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
