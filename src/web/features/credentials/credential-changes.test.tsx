import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { site, staffMe } from '../../testing/fixtures';
import { problem, type MockReply } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { credential, ninaId, northId, northRegistrationId, serveCredentialApi, staffCredentials } from './credential-fixtures';

afterEach(() => vi.unstubAllGlobals());

const admin = staffMe(['admin'], 'Ada Admin');
const ninaPath = `/api/staff/${ninaId}/credentials`;
const acls = credential({ kind: 'life-support', type: 'ACLS', jurisdiction: null, number: 'CARD-0303', issuer: 'American Heart Association', issuedOn: '2025-06-01', expiresAt: new Date(2027, 5, 30, 23, 59).toISOString(), revision: 3 });
const southId = '5f0c6a55-7a3c-4b8e-9a43-1d6f0d7b2c22';
const southRegistrationId = 'b1000000-0000-4000-8000-000000000002';
const locations = [
  { id: northId, name: 'Test North', timeZone: 'America/Denver', registration: { id: northRegistrationId, number: 'AB1234563', schedules: ['3N'], expiresOn: '2027-05-31' }, storage: [] },
  { id: southId, name: 'Test South', timeZone: 'America/Denver', registration: { id: southRegistrationId, number: 'BS7654321', schedules: ['3N'], expiresOn: '2027-05-31' }, storage: [] },
];
const serveNina = (routes = {}) =>
  serveCredentialApi(admin, { [`GET ${ninaPath}`]: { status: 200, body: staffCredentials([acls]) }, 'GET /api/controlled-substances/locations': { status: 200, body: { locations } }, ...routes });
const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

async function openDialog(button: string, form: string) {
  fireEvent.click(await screen.findByRole('button', { name: button }));
  return screen.findByRole('form', { name: form });
}

/** `fetch` as the mock API answers it, except document uploads, whose bodies are files, not JSON. */
function captureUploads(reply: MockReply) {
  const uploads: { url: string; contentType: string | undefined; body: unknown }[] = [];
  const json = globalThis.fetch;
  vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
    if (init?.method !== 'PUT' || !input.includes('/documents')) return json(input, init);
    uploads.push({ url: input, contentType: (init.headers as Record<string, string>)['content-type'], body: init.body });
    return new Response(JSON.stringify(reply.body ?? {}), { status: reply.status, headers: { 'content-type': reply.status >= 400 ? 'application/problem+json' : 'application/json' } });
  });
  return uploads;
}

describe('Changing a credential', () => {
  it('saves an edit with the revision it was read at', async () => {
    const api = serveNina({ [`PUT /api/credentials/${acls.id}`]: { status: 200, body: { ...acls, revision: 4 } } });
    renderApp(`/users/${ninaId}/credentials`);
    const form = await openDialog('Edit ACLS', 'Edit credential');
    expect((within(form).getByLabelText('Expires on') as HTMLInputElement).value).toBe('2027-06-30');
    expect((within(form).getByLabelText('Expires at (your local time)') as HTMLInputElement).value).toBe('23:59');
    type(form, 'Card number', 'CARD-0303-R');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Edit credential' })).toBeNull());
    expect(api.sent('PUT', `/api/credentials/${acls.id}`).map((request) => request.body)).toEqual([
      { kind: 'life-support', type: 'ACLS', number: 'CARD-0303-R', issuer: 'American Heart Association', issuedOn: '2025-06-01', expiresAt: expect.any(String), status: 'active', publiclyListed: true, revision: 3 },
    ]);
  });

  it('says when someone else changed it first, reads it again, and saves against the new revision', async () => {
    const api = serveNina({ [`PUT /api/credentials/${acls.id}`]: problem(409, 'CONFLICT', 'Someone else changed this credential.', [{ in: 'body', pointer: '/revision', detail: 'Now at revision 4' }]) });
    renderApp(`/users/${ninaId}/credentials`);
    const form = await openDialog('Edit ACLS', 'Edit credential');
    api.routes[`GET ${ninaPath}`] = { status: 200, body: staffCredentials([{ ...acls, issuer: 'Red Cross', revision: 4 }]) };
    fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'suspended' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    expect(await within(form).findByText('Someone else changed this credential')).toBeDefined();
    await waitFor(() => expect(screen.getByRole('table', { name: 'Details of ACLS' }).textContent).toContain('Red Cross'));

    api.routes[`PUT /api/credentials/${acls.id}`] = { status: 200, body: { ...acls, revision: 5 } };
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(api.sent('PUT', `/api/credentials/${acls.id}`)).toHaveLength(2));
    expect(api.sent('PUT', `/api/credentials/${acls.id}`).map((request) => [(request.body as { revision: number }).revision, (request.body as { status: string }).status])).toEqual([
      [3, 'suspended'],
      [4, 'suspended'],
    ]);
  });

  it('records a verification exactly as typed', async () => {
    const api = serveNina({ [`POST /api/credentials/${acls.id}/verifications`]: { status: 201, body: acls } });
    renderApp(`/users/${ninaId}/credentials`);
    const form = await openDialog('Record a verification of ACLS', 'Record a verification');
    type(form, 'Check again by', dayjs().format('YYYY-MM-DD'));
    fireEvent.click(within(form).getByRole('button', { name: 'Record verification' }));
    expect(await within(form).findByText('Say where it was checked')).toBeDefined();
    expect(within(form).getByText('A day after today')).toBeDefined();
    expect(api.sent('POST', `/api/credentials/${acls.id}/verifications`)).toHaveLength(0);
    fireEvent.change(within(form).getByLabelText('How it was checked'), { target: { value: 'document-review' } });
    type(form, 'Where it was checked', ' AHA eCard, seen in person ');
    type(form, 'Check again by', dayjs().add(1, 'year').format('YYYY-MM-DD'));
    type(form, 'Note (optional)', 'Card photocopied');
    fireEvent.click(within(form).getByRole('button', { name: 'Record verification' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Record a verification' })).toBeNull());
    expect(api.sent('POST', `/api/credentials/${acls.id}/verifications`).map((request) => request.body)).toEqual([
      { method: 'document-review', source: 'AHA eCard, seen in person', outcome: 'verified', nextDueOn: dayjs().add(1, 'year').format('YYYY-MM-DD'), note: 'Card photocopied' },
    ]);
  });
});

describe('Attaching a document', () => {
  const pdf = new File(['%PDF-1.7 test'], 'acls card.pdf', { type: 'application/pdf' });

  it('sends the file’s bytes as the body, with its type and name', async () => {
    serveNina();
    const uploads = captureUploads({ status: 201, body: { id: 'd3000000-0000-4000-8000-000000000009', fileName: 'acls card.pdf', mediaType: 'application/pdf', sizeBytes: 13, uploadedAt: '2026-01-10T15:00:00.000Z' } });
    renderApp(`/users/${ninaId}/credentials`);
    const form = await openDialog('Attach a document to ACLS', 'Attach a document');
    fireEvent.change(within(form).getByLabelText('Document'), { target: { files: [pdf] } });
    fireEvent.click(within(form).getByRole('button', { name: 'Attach document' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Attach a document' })).toBeNull());
    expect(uploads).toEqual([{ url: `/api/credentials/${acls.id}/documents?fileName=acls+card.pdf`, contentType: 'application/pdf', body: pdf }]);
  });

  it('refuses a file too large or of the wrong kind before sending it, and shows the server’s refusal', async () => {
    serveNina();
    const uploads = captureUploads(problem(413, 'PAYLOAD_TOO_LARGE', 'A document may be at most 5 MB.'));
    renderApp(`/users/${ninaId}/credentials`);
    const form = await openDialog('Attach a document to ACLS', 'Attach a document');
    const input = within(form).getByLabelText('Document');
    const attach = () => fireEvent.click(within(form).getByRole('button', { name: 'Attach document' }));
    fireEvent.change(input, { target: { files: [new File(['hello'], 'notes.txt', { type: 'text/plain' })] } });
    attach();
    expect(await within(form).findByText('Only PDF, PNG or JPEG files can be attached')).toBeDefined();
    fireEvent.change(input, { target: { files: [new File([new Uint8Array(5 * 1024 * 1024 + 1)], 'scan.png', { type: 'image/png' })] } });
    attach();
    expect(await within(form).findByText('The file is larger than 5 MB')).toBeDefined();
    expect(uploads).toHaveLength(0);

    fireEvent.change(input, { target: { files: [pdf] } });
    attach();
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('The file is too large');
    expect(alert.textContent).toContain('A document may be at most 5 MB. (request req-1)');
  });
});

describe('The handler roster', () => {
  it('authorises under another location’s registration and withdraws an authorisation', async () => {
    const held = { registrationId: northRegistrationId, number: 'AB1234563', locationId: northId, locationName: site.locations[0]!.name, grantedAt: '2026-01-02T16:00:00.000Z' };
    const api = serveNina({
      [`GET ${ninaPath}`]: { status: 200, body: staffCredentials([acls], { handlerOf: [held] }) },
      [`POST /api/controlled-substances/registrations/${southRegistrationId}/handlers`]: { status: 201, body: {} },
      [`POST /api/controlled-substances/registrations/${northRegistrationId}/handlers/${ninaId}/revoke`]: { status: 200, body: {} },
    });
    renderApp(`/users/${ninaId}/credentials`);
    expect(await screen.findByRole('button', { name: 'Withdraw authorisation under AB1234563' })).toBeDefined();
    expect(screen.queryByRole('button', { name: /Authorise under AB1234563/ })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Authorise under BS7654321 (Test South)' }));
    await waitFor(() => expect(api.sent('POST', `/api/controlled-substances/registrations/${southRegistrationId}/handlers`).map((request) => request.body)).toEqual([{ userId: ninaId }]));
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw authorisation under AB1234563' }));
    await waitFor(() => expect(api.sent('POST', `/api/controlled-substances/registrations/${northRegistrationId}/handlers/${ninaId}/revoke`)).toHaveLength(1));
  });
});
