import type { MeResponse } from '../../../server/routes/auth/auth.schemas';
import { site } from '../../testing/fixtures';
import { serveApi, type MockRoutes } from '../../testing/mock-api';
import type { Product, SessionDraw, StockContainer, StockLocation } from './stock-types';

/** Test data for the stock screens, shaped as the API answers. */
export const northId = site.locations[0]!.id;
export const southId = '5f0c6a55-7a3c-4b8e-9a43-1d6f0d7b2c22';

export const ketalar: Product = { id: 'a1000000-0000-4000-8000-000000000001', genericName: 'ketamine hydrochloride (Ketalar)', ndc: '42023-113-10', strengthMgPerMl: 10, containerMl: 20, form: 'vial', reorderAtContainers: 4 };
export const spravato: Product = { id: 'a1000000-0000-4000-8000-000000000002', genericName: 'esketamine (Spravato) nasal device', ndc: '50458-028-00', strengthMgPerMl: 140, containerMl: 0.2, form: 'nasal-device', reorderAtContainers: 3 };

export const locations: StockLocation[] = [
  { id: northId, name: 'Test North', timeZone: 'America/Denver', registration: { id: 'b1000000-0000-4000-8000-000000000001', number: 'AB1234563', schedules: ['3'], expiresOn: '2027-05-31' }, storage: [{ id: 'b2000000-0000-4000-8000-000000000001', name: 'Main safe', kind: 'safe' }] },
  { id: southId, name: 'Test South', timeZone: 'America/Denver', registration: null, storage: [] },
];

let sequence = 0;
export function container(overrides: Partial<StockContainer> = {}, product: Product = ketalar): StockContainer {
  sequence += 1;
  const full = overrides.state === undefined || overrides.state === 'sealed';
  return {
    id: `c1000000-0000-4000-8000-${String(sequence).padStart(12, '0')}`,
    label: `${product.ndc} lot L1 #${sequence}`,
    state: 'sealed',
    balanceMg: full ? product.strengthMgPerMl * product.containerMl : 0,
    balanceMl: full ? product.containerMl : 0,
    productId: product.id,
    productName: product.genericName,
    ndc: product.ndc,
    form: product.form,
    strengthMgPerMl: product.strengthMgPerMl,
    containerMl: product.containerMl,
    lotNumber: 'L1',
    expiresOn: '2028-06-30',
    locationId: northId,
    storageId: null,
    receivedAt: '2026-01-10T15:00:00.000Z',
    reservedForPatient: null,
    ...overrides,
  };
}

export function sessionDraw(overrides: Partial<SessionDraw> = {}): SessionDraw {
  return {
    sessionId: 'e1000000-0000-4000-8000-000000000001',
    locationId: northId,
    form: 'vial',
    doseMg: 34,
    drawn: null,
    candidates: [],
    suggestedContainerId: null,
    totals: { drawnMg: null, administeredMg: 0, wastedMg: 0, unaccountedMg: null },
    reconciled: false,
    ...overrides,
  };
}

export const stockBase = '/api/controlled-substances';

/** The fake API for a stock screen: the app shell, the signed-in user, the locations and products, and `routes`. */
export const serveStockApi = (me: MeResponse, routes: MockRoutes = {}) =>
  serveApi({
    'GET /api/site': { status: 200, body: site },
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/safety-tasks/summary': { status: 200, body: { open: 0, overdue: 0 } },
    [`GET ${stockBase}/locations`]: { status: 200, body: { locations } },
    [`GET ${stockBase}/products`]: { status: 200, body: { products: [ketalar, spravato] } },
    [`GET ${stockBase}/registrations/${locations[0]!.registration!.id}/handlers`]: { status: 200, body: { handlers: [] } },
    'GET /api/users': { status: 200, body: { users: [] } },
    ...routes,
  });
