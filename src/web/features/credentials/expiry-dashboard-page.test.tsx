import { fireEvent, screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffMe } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import { credential, ninaId, serveCredentialApi, staffCredentials } from './credential-fixtures';
import type { ExpiringItem } from './credential-types';
import { groupExpiring } from './expiry-groups';

afterEach(() => vi.unstubAllGlobals());

const nina = { id: ninaId, displayName: 'Nina Nurse' };
const paul = { id: '33333333-3333-4333-8333-333333333333', displayName: 'Paul Prescriber' };
const inDays = (days: number) => dayjs().add(days, 'day').hour(12).minute(0).second(0).millisecond(0).toISOString();
const verified = (nextDueOn: string) => ({ verifiedAt: new Date(2025, 0, 5, 12).toISOString(), verifiedBy: 'Dana Director', method: 'primary-source' as const, source: 'State board lookup', outcome: 'verified' as const, nextDueOn });

const items: ExpiringItem[] = [
  { user: nina, band: '30', verificationDue: false, credential: credential({ kind: 'life-support', type: 'BLS', jurisdiction: null, number: null, expiresAt: inDays(21), expiryBand: '30' }) },
  { user: paul, band: 'expired', verificationDue: true, credential: credential({ userId: paul.id, type: 'NP', number: 'ZZ-NP-1', expiresAt: inDays(-2), expiryBand: 'expired', inForce: false, lastVerification: verified('2025-12-01') }) },
  { user: nina, band: '90', verificationDue: false, credential: credential({ expiresAt: inDays(75), expiryBand: '90' }) },
  { user: paul, band: '30', verificationDue: false, credential: credential({ userId: paul.id, kind: 'life-support', type: 'ACLS', jurisdiction: null, number: null, expiresAt: inDays(3), expiryBand: '30' }) },
  // Listed only because its check is due: an NPI does not expire.
  { user: nina, band: null, verificationDue: true, credential: credential({ kind: 'npi', type: 'NPI', jurisdiction: null, number: '1000003034', expiresAt: null, lastVerification: verified('2026-01-20') }) },
];

const cells = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

describe('Grouping what is expiring', () => {
  it('puts each credential in its band, soonest first, and those due a check under "Verification due" too', () => {
    expect(groupExpiring(items).map((group) => [group.title, group.items.map((item) => `${item.user.displayName} ${item.credential.type}`)])).toEqual([
      ['Expired', ['Paul Prescriber NP']],
      ['Expire within 30 days', ['Paul Prescriber ACLS', 'Nina Nurse BLS']],
      ['Expire in 31 to 60 days', []],
      ['Expire in 61 to 90 days', ['Nina Nurse RN']],
      ['Verification due', ['Paul Prescriber NP', 'Nina Nurse NPI']],
    ]);
  });
});

describe('The expiry dashboard', () => {
  it('shows the groups, each credential linking to the person’s credentials', async () => {
    serveCredentialApi(staffMe(['admin']), {
      'GET /api/credentials/expiring': { status: 200, body: { items } },
      [`GET /api/staff/${ninaId}/credentials`]: { status: 200, body: staffCredentials([]) },
      'GET /api/controlled-substances/locations': { status: 200, body: { locations: [] } },
    });
    const view = renderApp('/credentials');
    const soon = await screen.findByRole('table', { name: 'Expire within 30 days' });
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Expired (1)', 'Expire within 30 days (2)', 'Expire in 31 to 60 days (0)', 'Expire in 61 to 90 days (1)', 'Verification due (2)']);
    expect(cells(soon)).toEqual([
      ['Paul Prescriber', 'ACLS', dayjs(inDays(3)).format('MMM D, YYYY h:mm A'), 'Expires in 3 days'],
      ['Nina Nurse', 'BLS', dayjs(inDays(21)).format('MMM D, YYYY h:mm A'), 'Expires in 21 days'],
    ]);
    expect(cells(screen.getByRole('table', { name: 'Expired' }))[0]).toEqual(['Paul Prescriber', 'NP licence (ZZ)', dayjs(inDays(-2)).format('MMM D, YYYY h:mm A'), 'Expired']);
    expect(cells(screen.getByRole('table', { name: 'Verification due' }))).toEqual([
      ['Paul Prescriber', 'NP licence (ZZ)', 'Dec 1, 2025', 'Jan 5, 2025 by Dana Director'],
      ['Nina Nurse', 'NPI 1000003034', 'Jan 20, 2026', 'Jan 5, 2025 by Dana Director'],
    ]);
    expect(cells(screen.getByRole('table', { name: 'Expire in 61 to 90 days' }))[0]?.[3]).toBe('Expires in 75 days');

    fireEvent.click(within(soon).getByRole('link', { name: 'Nina Nurse' }));
    expect(await screen.findByRole('heading', { name: 'Credentials: Nina Nurse' })).toBeDefined();
    expect(view.location()).toBe(`/users/${ninaId}/credentials`);
  });

  it('is not offered to a nurse', async () => {
    const api = serveCredentialApi(staffMe(['nurse']));
    renderApp('/credentials');
    expect(await screen.findByText('Not available to you')).toBeDefined();
    expect(api.sent('GET', '/api/credentials/expiring')).toHaveLength(0);
  });
});
