import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserSummary } from '../../../server/routes/users/users.schemas';
import { site, staffMe } from '../../testing/fixtures';
import { serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const admin = staffMe(['admin'], 'Ada Admin');
const users: UserSummary[] = [
  { id: admin.user.id, email: 'ada@example.test', displayName: 'Ada Admin', kind: 'staff', roles: ['admin'], mfaEnabled: true, disabled: false },
  { id: '44444444-4444-4444-8444-444444444444', email: 'nina@example.test', displayName: 'Nina Nurse', kind: 'staff', roles: ['nurse', 'prescriber'], mfaEnabled: true, disabled: false },
  { id: '55555555-5555-4555-8555-555555555555', email: 'pat@example.test', displayName: 'Pat Patient', kind: 'patient', roles: [], mfaEnabled: false, disabled: true },
];

describe('Users page', () => {
  it('lists the users with their roles, two-step sign-in and status, and links each staff member to their credentials', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: admin }, 'GET /api/users': { status: 200, body: { users } } });
    renderApp('/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).getAllByRole('row').map((row) => within(row).queryAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      [],
      ['Ada Admin', 'ada@example.test', 'Administrator', 'On', 'Active', 'Credentials', 'Change rolesYou'],
      ['Nina Nurse', 'nina@example.test', 'Nurse, Prescriber (MD, DO, NP, PA)', 'On', 'Active', 'Credentials', 'Change rolesDisable'],
      ['Pat Patient', 'pat@example.test', 'Patient', 'Off', 'Disabled', '', 'Enable'],
    ]);
  });

  it('disables an account only after a confirmation that says every session ends at once', async () => {
    const api = serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: admin }, 'GET /api/users': { status: 200, body: { users } } });
    api.routes['POST /api/users/44444444-4444-4444-8444-444444444444/disable'] = () => {
      api.routes['GET /api/users'] = { status: 200, body: { users: users.map((user) => (user.displayName === 'Nina Nurse' ? { ...user, disabled: true } : user)) } };
      return { status: 200, body: { sessionsEnded: 2 } };
    };
    renderApp('/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Disable Nina Nurse' }));
    const dialog = await screen.findByRole('dialog', { name: 'Disable Nina Nurse?' });
    expect(dialog.textContent).toContain('Every session this account has ends at once');
    expect(api.sent('POST', '/api/users/44444444-4444-4444-8444-444444444444/disable')).toHaveLength(0);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Disable account' }));
    expect(await screen.findByText('Nina Nurse is disabled. 2 sessions ended.')).toBeDefined();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Enable Nina Nurse' })).toBeDefined());
  });

  it('shows a medical director the list with the credentials links but without the disable and enable buttons', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['medical-director']) }, 'GET /api/users': { status: 200, body: { users } } });
    renderApp('/users');
    const table = await screen.findByRole('table', { name: 'Users' });
    expect(within(table).queryAllByRole('button')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Invite a staff member' })).toBeNull();
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Name', 'E-mail', 'Roles', 'Two-step sign-in', 'Status', 'Credentials']);
    expect(within(table).getByRole('link', { name: 'Credentials of Nina Nurse' }).getAttribute('href')).toBe('/users/44444444-4444-4444-8444-444444444444/credentials');
  });

  it('tells a nurse the screen is not part of their role', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) } });
    renderApp('/users');
    expect(await screen.findByText('Not available to you')).toBeDefined();
  });
});
