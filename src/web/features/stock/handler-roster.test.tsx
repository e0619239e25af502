import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserSummary } from '../../../server/routes/users/users.schemas';
import { staffMe } from '../../testing/fixtures';
import { problem } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { locations, northId, serveStockApi, stockBase } from './stock-fixtures';
import type { Handler } from './stock-setup-types';

afterEach(() => vi.unstubAllGlobals());

const director = staffMe(['medical-director']);
const registrationId = locations[0]!.registration!.id;
const rosterPath = `${stockBase}/registrations/${registrationId}/handlers`;

const nina = '44444444-4444-4444-8444-444444444444';
const paul = '66666666-6666-4666-8666-666666666666';
const users: UserSummary[] = [
  { id: director.user.id, email: 'sam@example.test', displayName: 'Sam Staff', kind: 'staff', roles: ['medical-director'], mfaEnabled: true, disabled: false },
  { id: nina, email: 'nina@example.test', displayName: 'Nina Nurse', kind: 'staff', roles: ['nurse', 'prescriber'], mfaEnabled: true, disabled: false },
  { id: paul, email: 'paul@example.test', displayName: 'Paul Prescriber', kind: 'staff', roles: ['prescriber'], mfaEnabled: true, disabled: false },
  { id: '77777777-7777-4777-8777-777777777777', email: 'old@example.test', displayName: 'Olga Left', kind: 'staff', roles: ['nurse'], mfaEnabled: true, disabled: true },
  { id: '55555555-5555-4555-8555-555555555555', email: 'pat@example.test', displayName: 'Pat Patient', kind: 'patient', roles: [], mfaEnabled: false, disabled: false },
];
const ninaOnRoster: Handler = { userId: nina, displayName: 'Nina Nurse', grantedAt: '2026-01-10T15:00:00.000Z', grantedBy: 'Sam Staff' };
const paulOnRoster: Handler = { userId: paul, displayName: 'Paul Prescriber', grantedAt: '2026-02-03T15:00:00.000Z', grantedBy: null };

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));

describe('The roster of authorised handlers under a DEA registration', () => {
  it('lists who is authorised, linked to their credentials, and authorises and revokes with exactly the paths and bodies the API takes', async () => {
    const api = serveStockApi(director, {
      [`GET ${rosterPath}`]: { status: 200, body: { handlers: [ninaOnRoster] } },
      'GET /api/users': { status: 200, body: { users } },
      [`POST ${rosterPath}`]: { status: 201, body: { handlers: [ninaOnRoster, paulOnRoster] } },
      [`POST ${rosterPath}/${nina}/revoke`]: { status: 200, body: { handlers: [paulOnRoster] } },
    });
    renderApp(`/stock/setup?locationId=${northId}`);
    const table = await screen.findByRole('table', { name: 'Authorised handlers' });
    await within(table).findByText('nurse, prescriber');
    expect(rowsOf(table)).toEqual([['Nina Nurse', 'nurse, prescriber', 'Jan 10, 2026 by Sam Staff', 'Revoke']]);
    expect(within(table).getByRole('link', { name: 'Nina Nurse' }).getAttribute('href')).toBe(`/users/${nina}/credentials`);

    const form = screen.getByRole('form', { name: 'Authorise a handler' });
    const select = within(form).getByLabelText('Staff member') as HTMLSelectElement;
    // Active staff not already on the roster: not Nina (on it), nor the disabled account, nor a patient.
    expect([...select.options].map((option) => option.textContent)).toEqual(['Choose a staff member', 'Sam Staff', 'Paul Prescriber']);
    fireEvent.change(select, { target: { value: paul } });
    fireEvent.click(within(form).getByRole('button', { name: 'Authorise' }));
    expect(await within(table).findByRole('link', { name: 'Paul Prescriber' })).toBeDefined();
    expect(api.sent('POST', rosterPath).map((request) => request.body)).toEqual([{ userId: paul }]);
    expect(rowsOf(table)[1]).toEqual(['Paul Prescriber', 'prescriber', 'Feb 3, 2026', 'Revoke']);
    expect(select.value).toBe('');

    fireEvent.click(within(table).getByRole('button', { name: 'Revoke Nina Nurse' }));
    await screen.findByText('Nina Nurse', { selector: 'option' });
    expect(within(table).queryByRole('link', { name: 'Nina Nurse' })).toBeNull();
    const revokes = api.sent('POST', `${rosterPath}/${nina}/revoke`);
    expect(revokes).toHaveLength(1);
    expect(revokes[0]!.body).toBeUndefined();
  });

  it('shows what the server says when an authorisation or a revocation is refused', async () => {
    serveStockApi(director, {
      [`GET ${rosterPath}`]: { status: 200, body: { handlers: [ninaOnRoster] } },
      'GET /api/users': { status: 200, body: { users } },
      [`POST ${rosterPath}`]: problem(400, 'VALIDATION', '1 field(s) in the body are invalid.', [{ in: 'body', pointer: '/userId', detail: 'Not an active staff member of this clinic' }]),
      [`POST ${rosterPath}/${nina}/revoke`]: problem(404, 'NOT_FOUND', 'This person is not on the roster of this registration.'),
    });
    renderApp(`/stock/setup?locationId=${northId}`);
    const form = await screen.findByRole('form', { name: 'Authorise a handler' });
    await within(form).findByText('Paul Prescriber');
    fireEvent.change(within(form).getByLabelText('Staff member'), { target: { value: paul } });
    fireEvent.click(within(form).getByRole('button', { name: 'Authorise' }));
    const refused = await within(form).findByRole('alert');
    expect(within(refused).getByText('The staff member was not authorised')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Revoke Nina Nurse' }));
    expect(await screen.findByText(/This person is not on the roster of this registration\./)).toBeDefined();
    expect(screen.getByText('The authorisation was not revoked')).toBeDefined();
  });

  it('offers no Authorise or Revoke to those who do not manage credentials', async () => {
    // A nurse does not reach the set-up screen at all.
    serveStockApi(staffMe(['nurse']), { [`GET ${rosterPath}`]: { status: 200, body: { handlers: [ninaOnRoster] } } });
    const nurseView = renderApp(`/stock/setup?locationId=${northId}`);
    expect(await screen.findByText('Not available to you')).toBeDefined();
    expect(screen.queryByRole('button', { name: /Authorise|Revoke/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Authorise a handler' })).toBeNull();
    nurseView.unmount();

    // Someone who sets up stock but does not manage credentials sees the roster, read only.
    vi.unstubAllGlobals();
    const configurer = { ...director, permissions: director.permissions.filter((action) => action !== 'credential.manage') };
    const api = serveStockApi(configurer, { [`GET ${rosterPath}`]: { status: 200, body: { handlers: [ninaOnRoster] } }, 'GET /api/users': { status: 200, body: { users } } });
    renderApp(`/stock/setup?locationId=${northId}`);
    const table = await screen.findByRole('table', { name: 'Authorised handlers' });
    expect(within(table).getByRole('link', { name: 'Nina Nurse' })).toBeDefined();
    expect(screen.queryByRole('button', { name: /Authorise|Revoke/ })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Authorise a handler' })).toBeNull();
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });
});
