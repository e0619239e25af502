import { describe, expect, it } from 'vitest';
import { type ListedCredentialFacts, listPublicClinicians } from './public-clinicians.js';

const now = new Date('2026-11-27T15:00:00Z');
const verified = { at: new Date('2026-10-28T09:30:00Z'), outcome: 'verified' as const };
const credential = (overrides: Partial<ListedCredentialFacts>): ListedCredentialFacts => ({
  userId: 'director',
  kind: 'licence',
  type: 'MD',
  jurisdiction: 'ZZ',
  number: 'ZZ-MD-000101',
  issuer: null,
  status: 'active',
  expiresAt: new Date('2028-11-27T00:00:00Z'),
  lastVerification: verified,
  ...overrides,
});

describe('listPublicClinicians', () => {
  it('lists clinical staff with their licences, NPI, board and life-support certifications, and last verification', () => {
    const staff = [
      { userId: 'nurse', displayName: 'Nia Nurse', roles: ['nurse' as const] },
      { userId: 'director', displayName: 'Dana Director', roles: ['medical-director' as const, 'admin' as const] },
    ];
    const credentials = [
      credential({}),
      credential({ number: 'ZZ-MD-OLD', expiresAt: new Date('2026-11-27T15:00:00Z'), lastVerification: null }),
      credential({ kind: 'npi', type: 'NPI', jurisdiction: null, number: '1000001012', expiresAt: null }),
      credential({ kind: 'board-certification', type: 'Psychiatry', jurisdiction: null, number: 'ABPN-1', issuer: 'American Board of Psychiatry and Neurology' }),
      credential({ kind: 'life-support', type: 'ACLS', jurisdiction: null, number: 'ECARD-1', expiresAt: new Date('2028-05-31T23:59:00Z') }),
      credential({ kind: 'life-support', type: 'BLS', jurisdiction: null, number: 'ECARD-2', expiresAt: new Date('2026-11-01T00:00:00Z'), lastVerification: { at: new Date('2026-11-20T10:00:00Z'), outcome: 'discrepancy' } }),
      credential({ kind: 'dea-registration', type: 'DEA', number: 'BD1234563' }),
      credential({ kind: 'training', type: 'REMS training', number: null }),
      credential({ userId: 'nurse', type: 'RN', number: 'ZZ-RN-000303', status: 'suspended' }),
    ];
    expect(listPublicClinicians(staff, credentials, now)).toEqual([
      {
        displayName: 'Dana Director',
        roles: [{ id: 'medical-director', label: 'Medical director' }],
        licences: [
          { type: 'MD', jurisdiction: 'ZZ', number: 'ZZ-MD-000101', status: 'active', expiresOn: '2028-11-27', lastVerification: { on: '2026-10-28', outcome: 'verified' } },
          // Expiry is exact: at the instant it expires, it no longer counts (credential-rules.ts inForce).
          { type: 'MD', jurisdiction: 'ZZ', number: 'ZZ-MD-OLD', status: 'expired', expiresOn: '2026-11-27', lastVerification: null },
        ],
        npi: '1000001012',
        boardCertifications: [{ name: 'Psychiatry', issuer: 'American Board of Psychiatry and Neurology', status: 'active', expiresOn: '2028-11-27', lastVerification: { on: '2026-10-28', outcome: 'verified' } }],
        lifeSupport: [
          { type: 'ACLS', status: 'current', expiresMonth: '2028-05', lastVerification: { on: '2026-10-28', outcome: 'verified' } },
          { type: 'BLS', status: 'expired', expiresMonth: '2026-11', lastVerification: { on: '2026-11-20', outcome: 'discrepancy' } },
        ],
      },
      {
        displayName: 'Nia Nurse',
        roles: [{ id: 'nurse', label: 'Nurse' }],
        licences: [{ type: 'RN', jurisdiction: 'ZZ', number: 'ZZ-RN-000303', status: 'suspended', expiresOn: '2028-11-27', lastVerification: { on: '2026-10-28', outcome: 'verified' } }],
        npi: null,
        boardCertifications: [],
        lifeSupport: [],
      },
    ]);
  });

  it('leaves out non-clinical staff and clinicians with nothing publicly listed', () => {
    const staff = [
      { userId: 'admin', displayName: 'Ada Admin', roles: ['admin' as const] },
      { userId: 'desk', displayName: 'Fred Desk', roles: ['front-desk' as const] },
      { userId: 'therapist', displayName: 'Theo Therapist', roles: ['therapist' as const] },
      { userId: 'prescriber', displayName: 'Pat Prescriber', roles: ['prescriber' as const] },
    ];
    const credentials = [
      credential({ userId: 'admin', type: 'RN', number: 'ZZ-RN-ADMIN' }),
      credential({ userId: 'desk', type: 'LPN', number: 'ZZ-LPN-DESK' }),
      credential({ userId: 'therapist', kind: 'training', type: 'KAP training', number: null }),
      credential({ userId: 'prescriber', type: 'NP', number: 'ZZ-NP-000202' }),
    ];
    expect(listPublicClinicians(staff, credentials, now).map((clinician) => clinician.displayName)).toEqual(['Pat Prescriber']);
  });
});
