import type { ClinicLocationInput, OrganisationInput } from '../../domain/organisations/clinic-location.js';

/**
 * The synthetic demo clinic. Everything here is visibly fake: "Demo" in every name, the reserved-looking
 * region "ZZ", postal code 00000 and 555-01xx telephone numbers (reserved for fiction in North America).
 */
export const demoOrganisation: OrganisationInput = {
  slug: 'demo',
  name: 'Demo Ketamine Clinic',
};

export const demoLocations: ClinicLocationInput[] = [
  {
    name: 'Demo Riverside Treatment Center',
    address: { line1: '100 Example Avenue', line2: 'Suite 0 (demo)', city: 'Sampleton', region: 'ZZ', postalCode: '00000', country: 'US' },
    timeZone: 'America/New_York',
    phone: '+1 555 0100',
  },
  {
    name: 'Demo Hilltop Clinic',
    address: { line1: '200 Placeholder Road', city: 'Fictionville', region: 'ZZ', postalCode: '00000', country: 'US' },
    timeZone: 'America/Denver',
    phone: '+1 555 0101',
  },
];
