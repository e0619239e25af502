import { describe, expect, it } from 'vitest';
import { type AlertContainer, type AlertInput, stockAlerts } from './stock-alerts.js';

const now = new Date('2026-11-30T15:00:00Z');
const hour = 3_600_000;
const day = 24 * hour;

const vial = (overrides: Partial<AlertContainer> = {}): AlertContainer => ({
  id: '00000000-0000-4000-8000-000000000001',
  label: 'vial #1',
  state: 'sealed',
  balanceMl: 20,
  containerMl: 20,
  productId: 'product-ketamine',
  productName: 'ketamine hydrochloride',
  lotNumber: 'LOT-1',
  expiresOn: '2028-06-30',
  locationId: 'location-main',
  receivedAt: new Date(now.getTime() - 2 * day),
  reservedForPatient: null,
  ...overrides,
});

const main = (overrides: Partial<AlertInput['locations'][number]> = {}) => ({ id: 'location-main', name: 'Main', lastCountAt: new Date(now.getTime() - 2 * hour), lastInventoryAt: new Date('2026-01-05T23:00:00Z'), ...overrides });

const base = (overrides: Partial<AlertInput> = {}): AlertInput => ({
  now,
  today: '2026-11-30',
  settings: { countIntervalHours: 24, expiryWarningDays: 60, patientShipmentDays: 14 },
  locations: [main()],
  products: [{ id: 'product-ketamine', genericName: 'ketamine hydrochloride', reorderAtContainers: 2 }],
  stockedPairs: [{ locationId: 'location-main', productId: 'product-ketamine' }],
  containers: [vial(), vial({ id: 'v2', label: 'vial #2' })],
  unreconciledSessions: [],
  cases: [],
  ...overrides,
});

const codes = (input: AlertInput) => stockAlerts(input).map((alert) => `${alert.code}:${alert.severity}`);

describe('stock alerts', () => {
  it.each<[string, Partial<AlertInput>, string[]]>([
    ['nothing to act on', {}, []],
    ['below the reorder level (1.5 containers of 2)', { containers: [vial(), vial({ id: 'v2', state: 'in-use', balanceMl: 10 })] }, ['LOW_STOCK:warning']],
    ['exactly at the reorder level', { containers: [vial(), vial({ id: 'v2' })] }, []],
    ['none left: critical', { containers: [] }, ['LOW_STOCK:critical']],
    ['a reorder level of 0 switches the alert off', { containers: [], products: [{ id: 'product-ketamine', genericName: 'k', reorderAtContainers: 0 }] }, []],
    ['lot expiring within 60 days (a warning per lot, not per vial)', { containers: [vial({ expiresOn: '2027-01-29' }), vial({ id: 'v2', expiresOn: '2027-01-29' })] }, ['LOT_EXPIRING:warning']],
    ['lot expiring on day 61: not yet', { containers: [vial({ expiresOn: '2027-01-30' }), vial({ id: 'v2', expiresOn: '2027-01-30' })] }, []],
    ['expired yesterday and still on the shelf', { containers: [vial({ expiresOn: '2026-11-29' }), vial({ id: 'v2' })] }, ['LOT_EXPIRED:critical']],
    ['expires today: still usable, warned', { containers: [vial({ expiresOn: '2026-11-30' }), vial({ id: 'v2' })] }, ['LOT_EXPIRING:warning']],
    ['count due an hour ago', { locations: [main({ lastCountAt: new Date(now.getTime() - 25 * hour) })] }, ['COUNT_OVERDUE:warning']],
    ['count missed by more than a whole interval', { locations: [main({ lastCountAt: new Date(now.getTime() - 49 * hour) })] }, ['COUNT_OVERDUE:critical']],
    ['never counted: due a day after the first receipt', { locations: [main({ lastCountAt: null })] }, ['COUNT_OVERDUE:warning']],
    ['no stock, no count due', { locations: [main({ lastCountAt: null, lastInventoryAt: null })], containers: [], stockedPairs: [] }, []],
    ['stock but no initial inventory', { locations: [main({ lastInventoryAt: null })] }, ['INVENTORY_DUE:warning']],
    ['biennial inventory due within a month', { locations: [main({ lastInventoryAt: new Date('2024-12-20T23:00:00Z') })] }, ['INVENTORY_DUE:warning']],
    ['biennial inventory overdue', { locations: [main({ lastInventoryAt: new Date('2024-11-29T23:00:00Z') })] }, ['INVENTORY_DUE:critical']],
    [
      'a session from this morning not accounted for',
      { unreconciledSessions: [{ id: '00000000-0000-4000-8000-000000000009', locationId: 'location-main', patientName: 'Avery Demo', dosingStartedAt: new Date(now.getTime() - 3 * hour), unaccountedMg: 5 }] },
      ['SESSION_UNRECONCILED:warning'],
    ],
    [
      'a session from yesterday not accounted for',
      { unreconciledSessions: [{ id: '00000000-0000-4000-8000-000000000009', locationId: 'location-main', patientName: 'Avery Demo', dosingStartedAt: new Date(now.getTime() - 25 * hour), unaccountedMg: 5 }] },
      ['SESSION_UNRECONCILED:critical'],
    ],
    ['esketamine shipped for a patient 14 days ago, unused', { containers: [vial(), vial({ id: 'v2', reservedForPatient: { id: 'p', name: 'Harper Demo' }, receivedAt: new Date(now.getTime() - 14 * day) })] }, ['PATIENT_SHIPMENT_UNUSED:warning']],
    ['shipped 13 days ago', { containers: [vial(), vial({ id: 'v2', reservedForPatient: { id: 'p', name: 'Harper Demo' }, receivedAt: new Date(now.getTime() - 13 * day) })] }, []],
  ])('%s', (_name, overrides, expected) => {
    expect(codes(base(overrides))).toEqual(expected);
  });

  it('shows a case awaiting investigation, then each DEA deadline until it is filed, critical first', () => {
    const reported = { id: '00000000-0000-4000-8000-000000000007', locationId: 'location-main', state: 'reported', discoveredAt: new Date('2026-11-27T16:00:00Z'), writtenNoticeBy: new Date('2026-12-01T05:59:59Z'), form106By: new Date('2027-01-11T05:59:59Z'), writtenNoticeSentAt: null, form106FiledAt: null };
    expect(codes(base({ cases: [{ ...reported, state: 'open', writtenNoticeBy: null, form106By: null }] }))).toEqual(['CASE_DEADLINE:warning']);
    expect(codes(base({ cases: [reported] }))).toEqual(['CASE_DEADLINE:critical', 'CASE_DEADLINE:warning']);
    expect(codes(base({ cases: [{ ...reported, writtenNoticeSentAt: now }] }))).toEqual(['CASE_DEADLINE:warning']);
    expect(codes(base({ now: new Date('2027-01-06T00:00:00Z'), today: '2027-01-06', locations: [], cases: [{ ...reported, writtenNoticeSentAt: now }] }))).toEqual(['CASE_DEADLINE:critical']);
    expect(codes(base({ cases: [{ ...reported, writtenNoticeSentAt: now, form106FiledAt: now }] }))).toEqual([]);
    expect(codes(base({ cases: [{ ...reported, state: 'closed-not-significant' }] }))).toEqual([]);
  });
});
