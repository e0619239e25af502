import { z } from 'zod';

/** True when `timeZone` is an IANA zone this runtime knows (`America/New_York`), not an offset or abbreviation. */
export function isIanaTimeZone(timeZone: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+$/.test(timeZone) && timeZone !== 'UTC') return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const trimmed = (max: number) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);

/** Slugs appear in URLs and configuration: lower-case letters, digits and single hyphens. */
export const organisationSlugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens')
  .max(63, 'At most 63 characters');

export const organisationInputSchema = z.object({
  slug: organisationSlugSchema,
  name: trimmed(200),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;

export const postalAddressSchema = z.object({
  line1: trimmed(200),
  line2: z.string().trim().max(200).optional(),
  city: trimmed(100),
  region: trimmed(100),
  postalCode: trimmed(20),
  /** ISO 3166-1 alpha-2. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/, 'Two capital letters (ISO 3166-1 alpha-2)')
    .default('US'),
});
export type PostalAddress = z.infer<typeof postalAddressSchema>;

export const clinicLocationInputSchema = z.object({
  name: trimmed(200),
  address: postalAddressSchema,
  timeZone: z.string().refine(isIanaTimeZone, 'Not an IANA time zone such as America/New_York'),
  phone: z.string().trim().max(40).optional(),
});
export type ClinicLocationInput = z.infer<typeof clinicLocationInputSchema>;

/** One line for lists and headers: "100 Example Ave, Suite 2, Sampleton, ZZ 00000". */
export function formatAddressOneLine(address: PostalAddress): string {
  const street = [address.line1, address.line2].filter(Boolean).join(', ');
  return `${street}, ${address.city}, ${address.region} ${address.postalCode}`;
}
