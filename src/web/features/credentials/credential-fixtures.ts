import type { MeResponse } from '../../../server/routes/auth/auth.schemas';
import { site } from '../../testing/fixtures';
import { serveApi, type MockRoutes } from '../../testing/mock-api';
import type { CredentialView, StaffCredentials } from './credential-types';

/** Test data for the credential screens, shaped as the API answers. */
export const ninaId = '44444444-4444-4444-8444-444444444444';
export const northId = site.locations[0]!.id;
export const northRegistrationId = 'b1000000-0000-4000-8000-000000000001';

let sequence = 0;
export function credential(overrides: Partial<CredentialView> = {}): CredentialView {
  sequence += 1;
  return {
    id: `c2000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    userId: ninaId,
    kind: 'licence',
    type: 'RN',
    jurisdiction: 'ZZ',
    number: 'ZZ-RN-000303',
    issuer: 'ZZ Board of Nursing',
    issuedOn: '2024-02-01',
    expiresAt: '2099-03-01T06:59:00.000Z',
    status: 'active',
    locationId: null,
    schedules: null,
    publiclyListed: true,
    revision: 1,
    inForce: true,
    expiryBand: null,
    lastVerification: null,
    documents: [],
    ...overrides,
  };
}

export const staffCredentials = (credentials: CredentialView[], overrides: Partial<StaffCredentials> = {}): StaffCredentials => ({
  user: { id: ninaId, displayName: 'Nina Nurse', roles: ['nurse'] },
  credentials,
  handlerOf: [],
  ...overrides,
});

/** The fake API for a credential screen: the app shell, the signed-in user, and `routes`. */
export const serveCredentialApi = (me: MeResponse, routes: MockRoutes = {}) =>
  serveApi({
    'GET /api/site': { status: 200, body: site },
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/safety-tasks/summary': { status: 200, body: { open: 0, overdue: 0 } },
    ...routes,
  });
