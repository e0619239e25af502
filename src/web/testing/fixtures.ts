import { patientPermissions, staffPermissions } from '../../domain/access/permissions';
import type { StaffRole } from '../../domain/access/roles';
import type { MeResponse } from '../../server/routes/auth/auth.schemas';
import type { PatientChartResponse } from '../../server/routes/patients/patients.schemas';

export const organisationId = '0b6f4d8e-3c1a-4f5e-9d2b-7a8c9e0f1a2b';
export const patientId = '7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a';

export const site = {
  organisation: { name: 'Test Ketamine Clinic', slug: 'test' },
  locations: [
    {
      id: '5f0c6a55-7a3c-4b8e-9a43-1d6f0d7b2c11',
      name: 'Test North',
      address: { line1: '1 Test St', line2: 'Unit 4', city: 'Testville', region: 'ZZ', postalCode: '00000', country: 'US' },
      timeZone: 'America/Denver',
    },
  ],
};

const session = { idleMinutes: 15, absoluteHours: 12 };

export function staffMe(roles: StaffRole[], displayName = 'Sam Staff'): MeResponse {
  const permissions = [...new Set(roles.flatMap((role) => staffPermissions[role]))].sort();
  return {
    user: { id: '11111111-1111-4111-8111-111111111111', displayName, email: 'sam@example.test', kind: 'staff', roles, patientId: null, mfaEnabled: true },
    organisation: { id: organisationId },
    permissions,
    session,
  };
}

export function patientMe(): MeResponse {
  return {
    user: { id: '22222222-2222-4222-8222-222222222222', displayName: 'Pat Patient', email: 'pat@example.test', kind: 'patient', roles: [], patientId, mfaEnabled: false },
    organisation: { id: organisationId },
    permissions: [...patientPermissions],
    session,
  };
}

export const chart: PatientChartResponse = {
  id: patientId,
  mrn: 'KC-000042',
  givenName: 'Robin',
  familyName: 'Smith',
  dateOfBirth: '1980-04-12',
  sexAtBirth: 'female',
  archived: false,
  homeLocationId: null,
  viaBreakGlass: false,
  demographics: {
    givenName: 'Robin',
    familyName: 'Smith',
    dateOfBirth: '1980-04-12',
    sexAtBirth: 'female',
    genderIdentity: null,
    pronouns: 'she/her',
    email: 'robin@example.test',
    phone: '555-0100',
    address: { line1: '2 Elm St', line2: null, city: 'Testville', region: 'ZZ', postalCode: '00000', country: 'US' },
    emergencyContact: null,
  },
  problems: [
    { id: 'a0000000-0000-4000-8000-000000000001', icd10Code: 'F33.1', description: 'Major depressive disorder, recurrent, moderate', onsetDate: '2015-03-01', status: 'active', confidentiality: 'normal' },
    { id: 'a0000000-0000-4000-8000-000000000002', icd10Code: 'F10.20', description: 'Alcohol use disorder, moderate', onsetDate: null, status: 'active', confidentiality: 'part2' },
  ],
  allergies: [],
  medications: [{ id: 'b0000000-0000-4000-8000-000000000001', description: 'Sertraline 100 mg tablet', rxnormCode: '312941', doseMgPerDay: 100 }],
  bodyMeasurements: [{ measuredAt: '2025-01-10T15:00:00.000Z', heightCm: 168, weightKg: 70.5 }],
};
