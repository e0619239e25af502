import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chart, patientId, site, staffMe } from '../../testing/fixtures';
import { problem, serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
/** The message shown under a field: Mantine links it to the input with aria-describedby. */
const errorUnder = (label: string) =>
  (screen.getByLabelText(label).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

async function fillRequired() {
  await screen.findByRole('heading', { name: 'New patient' });
  type('Given name', ' Ada ');
  type('Family name', 'Lovelace');
  type('Date of birth', '1985-12-10');
  fireEvent.change(screen.getByLabelText('Sex at birth'), { target: { value: 'female' } });
}

describe('Patient form', () => {
  it("shows the server's message next to the MRN when the MRN is taken", async () => {
    const api = serveApi({
      'GET /api/site': { status: 200, body: site },
      'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) },
      'POST /api/patients': problem(409, 'CONFLICT', 'Another patient already has this MRN.', [{ in: 'body', pointer: '/mrn', detail: 'Already in use' }]),
    });
    renderApp('/patients/new');
    await fillRequired();
    type('MRN', 'KC-000042');
    fireEvent.click(screen.getByRole('button', { name: 'Register patient' }));

    await waitFor(() => expect(errorUnder('MRN')).toContain('Already in use'));
    expect(screen.getByRole('alert').textContent).toContain('Another patient already has this MRN.');
    expect(api.sent('POST', '/api/patients').map((request) => request.body)).toEqual([
      {
        mrn: 'KC-000042',
        givenName: 'Ada',
        familyName: 'Lovelace',
        dateOfBirth: '1985-12-10',
        sexAtBirth: 'female',
        genderIdentity: null,
        pronouns: null,
        email: null,
        phone: null,
        address: null,
        emergencyContact: null,
      },
    ]);

    type('MRN', 'KC-000043');
    expect(errorUnder('MRN')).not.toContain('Already in use');
  });

  it('checks the form with the shared schema before sending anything', async () => {
    const api = serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['front-desk']) } });
    renderApp('/patients/new');
    await screen.findByRole('heading', { name: 'New patient' });
    type('Given name', 'Ada');
    type('Date of birth', '2999-01-01');
    type('E-mail address', 'not-an-address');
    type('City', 'Testville');
    fireEvent.click(screen.getByRole('button', { name: 'Register patient' }));

    await screen.findByText('Some fields need attention; each says what is wrong.');
    expect(errorUnder('Family name')).toContain('Required');
    expect(errorUnder('Date of birth')).toContain('Date of birth is in the future');
    expect(errorUnder('Sex at birth')).toContain('Choose one');
    expect(errorUnder('E-mail address')).toContain('Not an e-mail address');
    expect(errorUnder('Street address')).toContain('Required');
    expect(errorUnder('Given name')).not.toContain('Required');
    expect(api.sent('POST', '/api/patients')).toHaveLength(0);
  });

  it('tells front desk the new MRN, since they do not open records', async () => {
    serveApi({
      'GET /api/site': { status: 200, body: site },
      'GET /api/auth/me': { status: 200, body: staffMe(['front-desk']) },
      'POST /api/patients': { status: 201, body: { id: patientId, mrn: 'KC-000107' } },
    });
    renderApp('/patients/new');
    await fillRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Register patient' }));
    expect(await screen.findByRole('heading', { name: 'Patient registered' })).toBeDefined();
    expect(screen.getByText(/Ada Lovelace is registered with MRN/).textContent).toBe('Ada Lovelace is registered with MRN KC-000107.');
  });

  it('opens the new record for clinical staff', async () => {
    serveApi({
      'GET /api/site': { status: 200, body: site },
      'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) },
      'POST /api/patients': { status: 201, body: { id: patientId, mrn: 'KC-000042' } },
      [`GET /api/patients/${patientId}`]: { status: 200, body: chart },
    });
    const view = renderApp('/patients/new');
    await fillRequired();
    fireEvent.click(screen.getByRole('button', { name: 'Register patient' }));
    await waitFor(() => expect(view.location()).toBe(`/patients/${patientId}`));
    expect(await screen.findByRole('heading', { level: 2, name: 'Robin Smith' })).toBeDefined();
  });

  it('edits demographics with the same form, prefilled, and saves them with PUT', async () => {
    const api = serveApi({
      'GET /api/site': { status: 200, body: site },
      'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) },
      [`GET /api/patients/${patientId}`]: { status: 200, body: chart },
      [`PUT /api/patients/${patientId}`]: { status: 204 },
    });
    const view = renderApp(`/patients/${patientId}/edit`);
    await screen.findByRole('heading', { name: 'Edit demographics' });
    expect(screen.queryByLabelText('MRN')).toBeNull();
    expect(screen.getByLabelText<HTMLInputElement>('Given name').value).toBe('Robin');
    expect(screen.getByLabelText<HTMLInputElement>('Street address').value).toBe('2 Elm St');
    type('Phone', '');
    type('Pronouns', 'they/them');
    fireEvent.click(screen.getByRole('button', { name: 'Save demographics' }));

    await waitFor(() => expect(view.location()).toBe(`/patients/${patientId}`));
    expect(api.sent('PUT', `/api/patients/${patientId}`).map((request) => request.body)).toEqual([
      {
        givenName: 'Robin',
        familyName: 'Smith',
        dateOfBirth: '1980-04-12',
        sexAtBirth: 'female',
        genderIdentity: null,
        pronouns: 'they/them',
        email: 'robin@example.test',
        phone: null,
        address: { line1: '2 Elm St', line2: null, city: 'Testville', region: 'ZZ', postalCode: '00000', country: 'US' },
        emergencyContact: null,
      },
    ]);
  });
});
