import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patientId, patientMe, site, staffMe } from '../../testing/fixtures';
import { problem, serveApi, signedOut } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

async function enterPassword() {
  type('E-mail address', 'nurse@example.test');
  type('Password', 'correct horse battery staple');
  fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('Sign-in', () => {
  it('sends a signed-out user to sign in, then through the authenticator step to where they were headed', async () => {
    const api = serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': signedOut, 'POST /api/auth/sign-in': { status: 200, body: { stage: 'mfa' } } });
    api.routes['POST /api/auth/second-factor'] = () => {
      api.routes['GET /api/auth/me'] = { status: 200, body: staffMe(['nurse'], 'Nina Nurse') };
      return { status: 200, body: { stage: 'active' } };
    };
    const view = renderApp('/users');

    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeDefined();
    expect(view.location()).toBe('/sign-in?redirect=%2Fusers');
    expect(screen.queryByText('Your session ended. Sign in again to continue.')).toBeNull();
    await enterPassword();

    await screen.findByLabelText('Six-digit code');
    type('Six-digit code', '123 456');
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));

    await waitFor(() => expect(view.location()).toBe('/users'));
    expect(api.sent('POST', '/api/auth/sign-in').map((request) => request.body)).toEqual([{ email: 'nurse@example.test', password: 'correct horse battery staple' }]);
    expect(api.sent('POST', '/api/auth/second-factor').map((request) => request.body)).toEqual([{ code: '123 456' }]);
    expect(await screen.findByTestId('signed-in-user')).toHaveProperty('textContent', 'Nina Nurse');
  });

  it('accepts a recovery code instead of the authenticator code', async () => {
    const api = serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': signedOut, 'POST /api/auth/sign-in': { status: 200, body: { stage: 'mfa' } } });
    api.routes['POST /api/auth/second-factor'] = ({ body }) =>
      (body as { recoveryCode?: string }).recoveryCode ? problem(401, 'UNAUTHENTICATED', 'That code is not valid. Codes work once; wait for the next one.') : { status: 500 };
    renderApp('/sign-in');

    await screen.findByRole('heading', { name: 'Sign in' });
    await enterPassword();
    fireEvent.click(await screen.findByRole('button', { name: 'Use a recovery code instead' }));
    type('Recovery code', 'abcde-fghjk-mnpqr');
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));

    expect((await screen.findByRole('alert')).textContent).toBe('That code is not valid. Codes work once; wait for the next one.');
    expect(api.sent('POST', '/api/auth/second-factor').map((request) => request.body)).toEqual([{ recoveryCode: 'abcde-fghjk-mnpqr' }]);
    expect(screen.getByRole('heading', { name: 'Two-step sign-in' })).toBeDefined();
  });

  it('shows why a password was refused, and how long to wait when rate limited', async () => {
    const api = serveApi({
      'GET /api/site': { status: 200, body: site },
      'GET /api/auth/me': signedOut,
      'POST /api/auth/sign-in': problem(401, 'UNAUTHENTICATED', 'The e-mail address or password is incorrect.'),
    });
    const view = renderApp('/sign-in');
    await screen.findByRole('heading', { name: 'Sign in' });

    await enterPassword();
    expect((await screen.findByRole('alert')).textContent).toBe('The e-mail address or password is incorrect.');
    expect(view.location()).toBe('/sign-in');

    api.routes['POST /api/auth/sign-in'] = problem(429, 'RATE_LIMITED', 'Too many unsuccessful attempts. Try again in 120 seconds.');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Too many unsuccessful attempts. Try again in 120 seconds.'));
  });

  it('sets up the authenticator app, shows the recovery codes once, then opens the patients page', async () => {
    const otpauthUri = 'otpauth://totp/Ketaclinic:nurse%40example.test?secret=JBSWY3DPEHPK3PXP&issuer=Ketaclinic';
    const api = serveApi({
      'GET /api/site': { status: 200, body: site },
      'GET /api/auth/me': signedOut,
      'POST /api/auth/sign-in': { status: 200, body: { stage: 'mfa-enrolment' } },
      'POST /api/auth/mfa/enrolment': { status: 200, body: { secretBase32: 'JBSWY3DPEHPK3PXP', otpauthUri } },
      'POST /api/auth/mfa/enrolment/confirm': problem(400, 'VALIDATION', 'That code is not valid.', [{ in: 'body', pointer: '/code', detail: 'Enter the current six-digit code from the app' }]),
    });
    const view = renderApp('/sign-in');
    await screen.findByRole('heading', { name: 'Sign in' });
    await enterPassword();

    const qr = (await screen.findByRole('img', { name: 'QR code for your authenticator app' })) as HTMLImageElement;
    expect(qr.src).toMatch(/^data:image\/png;base64,/);
    expect(screen.getByText('JBSWY3DPEHPK3PXP')).toBeDefined();

    type('Six-digit code', '000000');
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));
    expect(await screen.findByText('Enter the current six-digit code from the app')).toBeDefined();

    api.routes['POST /api/auth/mfa/enrolment/confirm'] = () => {
      api.routes['GET /api/auth/me'] = { status: 200, body: staffMe(['nurse']) };
      return { status: 200, body: { recoveryCodes: ['aaaaa-bbbbb-ccccc', 'ddddd-eeeee-fffff'] } };
    };
    type('Six-digit code', '123456');
    fireEvent.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByText('Store these recovery codes safely')).toBeDefined();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['aaaaa-bbbbb-ccccc', 'ddddd-eeeee-fffff']);
    expect(screen.getByText(/Each code works once/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));

    await waitFor(() => expect(view.location()).toBe('/patients'));
    expect(api.sent('POST', '/api/auth/mfa/enrolment')).toHaveLength(1);
  });

  it('takes a patient user to their own record', async () => {
    const api = serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': signedOut });
    api.routes['POST /api/auth/sign-in'] = () => {
      api.routes['GET /api/auth/me'] = { status: 200, body: patientMe() };
      return { status: 200, body: { stage: 'active' } };
    };
    const view = renderApp('/sign-in');
    await screen.findByRole('heading', { name: 'Sign in' });
    await enterPassword();
    await waitFor(() => expect(view.location()).toBe(`/patients/${patientId}`));
  });

  it('ignores a redirect that leads off the site', async () => {
    const api = serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': signedOut });
    api.routes['POST /api/auth/sign-in'] = () => {
      api.routes['GET /api/auth/me'] = { status: 200, body: staffMe(['admin']) };
      return { status: 200, body: { stage: 'active' } };
    };
    const view = renderApp('/sign-in?redirect=%2F%2Fevil.example%2F');
    await screen.findByRole('heading', { name: 'Sign in' });
    await enterPassword();
    await waitFor(() => expect(view.location()).toBe('/patients'));
  });
});
