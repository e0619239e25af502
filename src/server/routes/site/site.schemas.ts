import { z } from 'zod';

export const siteLocationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  address: z.object({
    line1: z.string(),
    line2: z.string().optional(),
    city: z.string(),
    region: z.string(),
    postalCode: z.string(),
    country: z.string(),
  }),
  timeZone: z.string().describe('IANA time zone of the location'),
  phone: z.string().optional(),
});

export const siteResponseSchema = z.object({
  organisation: z.object({ name: z.string(), slug: z.string() }),
  locations: z.array(siteLocationSchema),
});
export type SiteResponse = z.infer<typeof siteResponseSchema>;
export type SiteLocation = z.infer<typeof siteLocationSchema>;
