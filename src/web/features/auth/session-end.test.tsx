import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patientId, site, staffMe } from '../../testing/fixtures';
import { serveApi, signedOut } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const notice = 'Your session ended. Sign in again to continue.';

async function fillNewPatient() {
  type('Given name', 'Ada');
  type('Family name', 'Lovelace');
  type('Date of birth', '1985-12-10');
  fireEvent.change(screen.getByLabelText('Sex at birth'), { target: { value: 'female' } });
}

describe('When the session ends', () => {
  it('sends the user to sign in, with a notice and a way back, on a 401 from any call', async () => {
    const api = serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) } });
    api.routes[`GET /api/patients/${patientId}`] = () => {
      api.routes['GET /api/auth/me'] = signedOut;
      return signedOut;
    };
    const view = renderApp(`/patients/${patientId}`);

    expect(await screen.findByText(notice)).toBeDefined();
    expect(view.location()).toBe(`/sign-in?redirect=${encodeURIComponent(`/patients/${patientId}`)}`);
    expect(screen.getByRole('heading', { name: 'Sign in' })).toBeDefined();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
    expect(screen.queryByTestId('signed-in-user')).toBeNull();
  });

  it('keeps what was typed in the patient form and restores it after signing in again', async () => {
    const me = staffMe(['front-desk']);
    const api = serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: me } });
    api.routes['POST /api/patients'] = () => {
      api.routes['GET /api/auth/me'] = signedOut;
      return signedOut;
    };
    const view = renderApp('/patients/new');

    await screen.findByRole('heading', { name: 'New patient' });
    await fillNewPatient();
    fireEvent.click(screen.getByRole('button', { name: 'Register patient' }));

    expect(await screen.findByText(notice)).toBeDefined();
    expect(view.location()).toBe('/sign-in?redirect=%2Fpatients%2Fnew');

    api.routes['POST /api/auth/sign-in'] = () => {
      api.routes['GET /api/auth/me'] = { status: 200, body: me };
      return { status: 200, body: { stage: 'active' } };
    };
    type('E-mail address', 'desk@example.test');
    type('Password', 'correct horse battery staple');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByText('Restored what you typed')).toBeDefined();
    expect(view.location()).toBe('/patients/new');
    expect(screen.getByLabelText<HTMLInputElement>('Given name').value).toBe('Ada');
    expect(screen.getByLabelText<HTMLInputElement>('Family name').value).toBe('Lovelace');
    expect(screen.getByLabelText<HTMLSelectElement>('Sex at birth').value).toBe('female');
  });

  it('does not restore one user’s draft for another user', async () => {
    const api = serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['front-desk']) } });
    api.routes['POST /api/patients'] = () => {
      api.routes['GET /api/auth/me'] = signedOut;
      return signedOut;
    };
    const view = renderApp('/patients/new');
    await screen.findByRole('heading', { name: 'New patient' });
    await fillNewPatient();
    fireEvent.click(screen.getByRole('button', { name: 'Register patient' }));
    await screen.findByText(notice);

    const otherUser = staffMe(['nurse']);
    otherUser.user.id = '33333333-3333-4333-8333-333333333333';
    api.routes['POST /api/auth/sign-in'] = () => {
      api.routes['GET /api/auth/me'] = { status: 200, body: otherUser };
      return { status: 200, body: { stage: 'active' } };
    };
    type('E-mail address', 'nurse@example.test');
    type('Password', 'correct horse battery staple');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(view.location()).toBe('/patients/new'));
    await screen.findByRole('heading', { name: 'New patient' });
    expect(screen.getByLabelText<HTMLInputElement>('Given name').value).toBe('');
    expect(screen.queryByText('Restored what you typed')).toBeNull();
  });

  it('signs out from the header: the session ends on the server and nothing is kept', async () => {
    const api = serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['nurse'], 'Nina Nurse') } });
    api.routes['POST /api/auth/sign-out'] = () => {
      api.routes['GET /api/auth/me'] = signedOut;
      return { status: 204 };
    };
    const view = renderApp('/status');
    expect(await screen.findByTestId('signed-in-user')).toHaveProperty('textContent', 'Nina Nurse');

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await waitFor(() => expect(view.location()).toBe('/sign-in'));
    expect(api.sent('POST', '/api/auth/sign-out')).toHaveLength(1);
    expect(screen.queryByText(notice)).toBeNull();
    await waitFor(() => expect(screen.queryByTestId('signed-in-user')).toBeNull());
  });
});
