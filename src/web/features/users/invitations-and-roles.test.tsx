import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserSummary } from '../../../server/routes/users/users.schemas';
import { site, staffMe } from '../../testing/fixtures';
import { problem, serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const admin = staffMe(['admin'], 'Ada Admin');
const nina: UserSummary = { id: '44444444-4444-4444-8444-444444444444', email: 'nina@example.test', displayName: 'Nina Nurse', kind: 'staff', roles: ['nurse'], mfaEnabled: true, disabled: false };
const users: UserSummary[] = [{ id: admin.user.id, email: 'ada@example.test', displayName: 'Ada Admin', kind: 'staff', roles: ['admin'], mfaEnabled: true, disabled: false }, nina];
const serveUsers = () => serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: admin }, 'GET /api/users': { status: 200, body: { users } } });

const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

async function openInvitation() {
  fireEvent.click(await screen.findByRole('button', { name: 'Invite a staff member' }));
  return screen.findByRole('dialog', { name: 'Invite a staff member' });
}

describe('Invitations', () => {
  it('sends the invitation with the roles and locations chosen, then says how long the link works', async () => {
    const api = serveUsers();
    api.routes['POST /api/users'] = { status: 201, body: { id: '66666666-6666-4666-8666-666666666666' } };
    renderApp('/users');
    const dialog = await openInvitation();
    type(dialog, 'E-mail address', ' theo@example.test ');
    type(dialog, 'Name', 'Theo Therapist');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Therapist' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Nurse' }));
    fireEvent.click(within(dialog).getByRole('combobox', { name: 'Works at (leave empty for all locations)' }));
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Works at (leave empty for all locations)' }).getAttribute('aria-expanded')).toBe('true'));
    // The dropdown's opening transition never ends in happy-dom, so the option counts as hidden.
    fireEvent.click(screen.getByRole('option', { name: 'Test North', hidden: true }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    expect(await screen.findByText('Invitation sent. The link works once, for 72 hours.')).toBeDefined();
    expect(api.sent('POST', '/api/users').map((request) => request.body)).toEqual([
      { email: 'theo@example.test', displayName: 'Theo Therapist', roles: ['nurse', 'therapist'], locationIds: [site.locations[0]!.id] },
    ]);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('asks for a role before sending anything', async () => {
    const api = serveUsers();
    renderApp('/users');
    const dialog = await openInvitation();
    type(dialog, 'E-mail address', 'theo@example.test');
    type(dialog, 'Name', 'Theo Therapist');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
    expect(await within(dialog).findByText('Give at least one role')).toBeDefined();
    expect(api.sent('POST', '/api/users')).toHaveLength(0);
  });

  it("shows the server's answer at the e-mail field when the address is taken", async () => {
    const api = serveUsers();
    api.routes['POST /api/users'] = problem(409, 'CONFLICT', 'Someone in this clinic already uses that e-mail address.', [{ in: 'body', pointer: '/email', detail: 'Already in use' }]);
    renderApp('/users');
    const dialog = await openInvitation();
    type(dialog, 'E-mail address', 'nina@example.test');
    type(dialog, 'Name', 'Nina Again');
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Nurse' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send invitation' }));

    expect(await within(dialog).findByText('Already in use')).toBeDefined();
    expect(within(dialog).getByLabelText('E-mail address').getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByRole('alert').textContent).toContain('Someone in this clinic already uses that e-mail address. (request req-1)');
  });
});

describe('Changing roles', () => {
  it('replaces the roles and says what they are now', async () => {
    const api = serveUsers();
    api.routes[`PUT /api/users/${nina.id}/roles`] = ({ body }) => {
      api.routes['GET /api/users'] = { status: 200, body: { users: [users[0], { ...nina, roles: ['nurse', 'therapist'] }] } };
      return { status: 200, body: body };
    };
    renderApp('/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Change roles of Nina Nurse' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roles of Nina Nurse' });
    expect((within(dialog).getByRole('checkbox', { name: 'Nurse' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Therapist' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));

    expect(await screen.findByText('Nina Nurse now has these roles: Nurse, Therapist.')).toBeDefined();
    expect(api.sent('PUT', `/api/users/${nina.id}/roles`).map((request) => request.body)).toEqual([{ roles: ['nurse', 'therapist'] }]);
  });

  it('shows why the server refused, when an admin would remove their own admin role', async () => {
    const api = serveUsers();
    api.routes[`PUT /api/users/${admin.user.id}/roles`] = problem(409, 'CONFLICT', 'You cannot remove your own admin role.');
    renderApp('/users');
    fireEvent.click(await screen.findByRole('button', { name: 'Change roles of Ada Admin' }));
    const dialog = await screen.findByRole('dialog', { name: 'Roles of Ada Admin' });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Administrator' }));
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Medical director' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save roles' }));

    expect((await within(dialog).findByRole('alert')).textContent).toContain('You cannot remove your own admin role.');
    expect(api.sent('PUT', `/api/users/${admin.user.id}/roles`).map((request) => request.body)).toEqual([{ roles: ['medical-director'] }]);
  });
});
