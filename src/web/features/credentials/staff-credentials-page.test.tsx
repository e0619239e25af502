import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffMe } from '../../testing/fixtures';
import { problem } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { credential, ninaId, northId, northRegistrationId, serveCredentialApi, staffCredentials } from './credential-fixtures';

afterEach(() => vi.unstubAllGlobals());

const admin = staffMe(['admin'], 'Ada Admin');
const nurse = staffMe(['nurse'], 'Nina Nurse');
const ninaPath = `/api/staff/${ninaId}/credentials`;
const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

const rn = credential({
  lastVerification: { verifiedAt: '2026-01-05T16:00:00.000Z', verifiedBy: 'Dana Director', method: 'primary-source', source: 'ZZ Board of Nursing licence lookup', outcome: 'verified', nextDueOn: '2026-12-05' },
  documents: [{ id: 'd3000000-0000-4000-8000-000000000001', fileName: 'rn-licence.pdf', mediaType: 'application/pdf', sizeBytes: 204_800, uploadedAt: '2026-01-05T16:00:00.000Z' }],
});
const bls = credential({ kind: 'life-support', type: 'BLS', jurisdiction: null, number: 'CARD-0304', issuer: 'American Heart Association', expiresAt: dayjs().add(21, 'day').hour(12).toISOString(), expiryBand: '30' });
const npi = credential({ kind: 'npi', type: 'NPI', jurisdiction: null, number: '1000003034', issuer: null, issuedOn: null, expiresAt: null, publiclyListed: false });
const nina = staffCredentials([bls, npi, rn], { handlerOf: [{ registrationId: northRegistrationId, number: 'AB1234563', locationId: northId, locationName: 'Test North', grantedAt: new Date(2026, 0, 2, 12).toISOString() }] });

describe('A staff member’s credentials', () => {
  it('lists them by kind, each with its details, badge, last check and documents, and the handler roster', async () => {
    serveCredentialApi(admin, { [`GET ${ninaPath}`]: { status: 200, body: nina }, 'GET /api/controlled-substances/locations': { status: 200, body: { locations: [] } } });
    renderApp(`/users/${ninaId}/credentials`);
    expect(await screen.findByRole('heading', { name: 'Credentials: Nina Nurse' })).toBeDefined();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Licences', 'NPI', 'Life-support certifications', 'Controlled substances']);

    const licence = screen.getByRole('region', { name: 'RN licence (ZZ)' });
    expect(within(licence).getByText('In force')).toBeDefined();
    const rows = within(within(licence).getByRole('table', { name: 'Details of RN licence (ZZ)' })).getAllByRole('row').map((row) => row.textContent);
    expect(rows).toEqual(['TypeRN', 'StateZZ', 'NumberZZ-RN-000303', 'Issued byZZ Board of Nursing', 'Issued onFeb 1, 2024', `Expires${dayjs(rn.expiresAt).format('MMM D, YYYY h:mm A')}`, 'StatusActive', 'On the public pageShown']);
    expect(licence.textContent).toContain(`${dayjs(rn.lastVerification!.verifiedAt).format('MMM D, YYYY h:mm A')} by Dana Director. Checked at the primary source: ZZ Board of Nursing licence lookup. Verified. Next check due Dec 5, 2026.`);
    expect(within(licence).getByRole('link', { name: 'rn-licence.pdf' }).getAttribute('href')).toBe('/api/credentials/documents/d3000000-0000-4000-8000-000000000001');
    expect(licence.textContent).toContain('(200 KB, attached');

    expect(within(screen.getByRole('region', { name: 'BLS' })).getByText('Expires in 21 days')).toBeDefined();
    expect(within(screen.getByRole('region', { name: 'NPI 1000003034' })).getByText('Does not expire')).toBeDefined();
    expect(screen.getByRole('region', { name: 'Controlled substances' }).textContent).toContain('Authorised to handle controlled substances under DEA registration AB1234563 (Test North), since Jan 2, 2026.');
  });

  it('adds a licence, sending exactly what was typed with the expiry as an instant', async () => {
    const api = serveCredentialApi(admin, { [`GET ${ninaPath}`]: { status: 200, body: staffCredentials([]) }, [`POST ${ninaPath}`]: { status: 201, body: rn }, 'GET /api/controlled-substances/locations': { status: 200, body: { locations: [] } } });
    renderApp(`/users/${ninaId}/credentials`);
    expect(await screen.findByText('No credentials on file.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Add a credential' }));
    const form = await screen.findByRole('form', { name: 'Add a credential' });
    fireEvent.change(within(form).getByLabelText('Licence type'), { target: { value: 'RN' } });
    type(form, 'State', 'zz');
    type(form, 'Licence number', ' ZZ-RN-000303 ');
    type(form, 'Issued by (licensing board)', 'ZZ Board of Nursing');
    type(form, 'Issued on', '2024-02-01');
    type(form, 'Expires on (leave empty if it does not expire)', '2028-02-29');
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));

    await waitFor(() => expect(screen.queryByRole('form', { name: 'Add a credential' })).toBeNull());
    const [sent] = api.sent('POST', ninaPath).map((request) => request.body as Record<string, unknown>);
    expect(sent).toEqual({ kind: 'licence', type: 'RN', jurisdiction: 'ZZ', number: 'ZZ-RN-000303', issuer: 'ZZ Board of Nursing', issuedOn: '2024-02-01', expiresAt: expect.any(String), status: 'active', publiclyListed: true });
    expect(new Date(String(sent!.expiresAt)).getTime()).toBe(new Date(2028, 1, 29, 23, 59).getTime());
    expect(api.sent('GET', ninaPath).length).toBeGreaterThan(1);
  });

  it('asks for the schedules and expiry a DEA registration needs, and shows the server’s refusals at their fields', async () => {
    const api = serveCredentialApi(admin, {
      [`GET ${ninaPath}`]: { status: 200, body: staffCredentials([]) },
      'GET /api/controlled-substances/locations': { status: 200, body: { locations: [] } },
      [`POST ${ninaPath}`]: problem(400, 'VALIDATION', 'Check the highlighted fields.', [
        { in: 'body', pointer: '/number', detail: 'This DEA number is already on file' },
        { in: 'body', pointer: '/expiresAt', detail: 'Must be after the issue date' },
      ]),
    });
    renderApp(`/users/${ninaId}/credentials`);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a credential' }));
    const form = await screen.findByRole('form', { name: 'Add a credential' });
    fireEvent.change(within(form).getByLabelText('What it is'), { target: { value: 'dea-registration' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));
    expect(await within(form).findByText('Tick the schedules printed on the certificate')).toBeDefined();
    expect(api.sent('POST', ninaPath)).toHaveLength(0);

    type(form, 'DEA registration number', 'ab1234563');
    fireEvent.change(within(form).getByLabelText('Location it covers'), { target: { value: northId } });
    fireEvent.click(within(form).getByRole('checkbox', { name: '3N' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: '3' }));
    type(form, 'Expires on', '2027-05-31');
    type(form, 'Expires at (your local time)', '12:00');
    fireEvent.click(within(form).getByRole('button', { name: 'Add credential' }));

    expect(await within(form).findByText('This DEA number is already on file')).toBeDefined();
    expect(within(form).getByLabelText('DEA registration number').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByLabelText('Expires on').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).getByText('Must be after the issue date')).toBeDefined();
    const [sent] = api.sent('POST', ninaPath).map((request) => request.body as Record<string, unknown>);
    expect(sent).toEqual({ kind: 'dea-registration', type: 'DEA', number: 'AB1234563', expiresAt: expect.any(String), status: 'active', locationId: northId, schedules: ['3', '3N'] });
    expect(new Date(String(sent!.expiresAt)).getTime()).toBe(new Date(2027, 4, 31, 12, 0).getTime());
  });
});

describe('Who sees which credentials', () => {
  it('shows a nurse her own, read-only, and tells her how to change them', async () => {
    const api = serveCredentialApi(nurse, { [`GET /api/staff/${nurse.user.id}/credentials`]: { status: 200, body: staffCredentials([rn], { user: { id: nurse.user.id, displayName: 'Nina Nurse', roles: ['nurse'] } }) } });
    renderApp('/my/credentials');
    expect(await screen.findByRole('region', { name: 'RN licence (ZZ)' })).toBeDefined();
    expect(screen.getByRole('heading', { name: 'My credentials' })).toBeDefined();
    expect(screen.getByText(/Send the renewed licence or certificate/)).toBeDefined();
    expect(screen.queryAllByRole('button').map((button) => button.textContent)).toEqual(['Sign out']);
    expect(api.sent('GET', '/api/controlled-substances/locations')).toHaveLength(0);
  });

  it('does not show a nurse anyone else’s, nor ask the server for them', async () => {
    const api = serveCredentialApi(nurse);
    renderApp(`/users/${ninaId}/credentials`);
    expect(await screen.findByText('Not available to you')).toBeDefined();
    expect(api.sent('GET', ninaPath)).toHaveLength(0);
  });

  it('lets a medical director manage anyone’s, from a link in the users list', async () => {
    const director = staffMe(['medical-director'], 'Dana Director');
    const users = [{ id: ninaId, email: 'nina@example.test', displayName: 'Nina Nurse', kind: 'staff', roles: ['nurse'], mfaEnabled: true, disabled: false }];
    serveCredentialApi(director, { 'GET /api/users': { status: 200, body: { users } }, [`GET ${ninaPath}`]: { status: 200, body: nina }, 'GET /api/controlled-substances/locations': { status: 200, body: { locations: [] } } });
    const view = renderApp('/users');
    fireEvent.click(await screen.findByRole('link', { name: 'Credentials of Nina Nurse' }));
    expect(await screen.findByRole('heading', { name: 'Credentials: Nina Nurse' })).toBeDefined();
    expect(view.location()).toBe(`/users/${ninaId}/credentials`);
    expect(screen.getByRole('button', { name: 'Edit RN licence (ZZ)' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Add a credential' })).toBeDefined();
  });
});
