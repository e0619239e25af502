import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { site } from '../../testing/fixtures';
import { problem, serveApi, signedOut } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const token = 'k3J9bq_V2x-ZkLmN0pQrStUvWxYz0123456789abcdE';
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const serveSignedOut = () => serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': signedOut });

async function choosePassword(password: string, repeated = password) {
  await screen.findByLabelText('New password');
  type('New password', password);
  type('Repeat the new password', repeated);
  fireEvent.click(screen.getByRole('button', { name: 'Set password' }));
}

describe('Accepting an invitation', () => {
  it('sends the token from the fragment with the password, only in the body, then asks to sign in', async () => {
    const api = serveSignedOut();
    api.routes['POST /api/auth/invitation/accept'] = { status: 204 };
    const view = renderApp(`/accept-invitation#token=${token}`);
    expect(await screen.findByRole('heading', { name: 'Choose your password' })).toBeDefined();
    expect(screen.getByText(/at least 12 characters/).textContent).toContain('A common password, or one that contains your name or e-mail address, is refused.');
    await choosePassword('plum orbit cactus lantern');

    await waitFor(() => expect(view.location()).toBe('/sign-in'));
    expect(await screen.findByText('Your password is set. Sign in.')).toBeDefined();
    expect(api.sent('POST', '/api/auth/invitation/accept').map((request) => request.body)).toEqual([{ token, password: 'plum orbit cactus lantern' }]);
    expect(api.requests.filter((request) => request.path !== '/api/auth/invitation/accept').every((request) => !JSON.stringify([request.path, [...request.query], request.body]).includes(token))).toBe(true);
  });

  it('lists every reason the server gives for refusing the password', async () => {
    const api = serveSignedOut();
    api.routes['POST /api/auth/invitation/accept'] = problem(400, 'VALIDATION', 'Choose another password.', [
      { in: 'body', pointer: '/password', detail: 'Use at least 12 characters.' },
      { in: 'body', pointer: '/password', detail: 'Your password must not contain your name or the first part of your email address.' },
    ]);
    const view = renderApp(`/accept-invitation#token=${token}`);
    await choosePassword('theo1');

    const alert = await screen.findByRole('alert');
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Use at least 12 characters.',
      'Your password must not contain your name or the first part of your email address.',
    ]);
    expect(screen.getByLabelText('New password').getAttribute('aria-invalid')).toBe('true');
    expect(view.location()).toBe('/accept-invitation');
  });

  it('does not send two passwords that differ', async () => {
    const api = serveSignedOut();
    renderApp(`/accept-invitation#token=${token}`);
    await choosePassword('plum orbit cactus lantern', 'plum orbit cactus lanterns');
    expect(await screen.findByText('The two passwords are not the same. Type the new password again.')).toBeDefined();
    expect(api.sent('POST', '/api/auth/invitation/accept')).toHaveLength(0);
  });

  it('says when the link has no token', async () => {
    serveSignedOut();
    renderApp('/accept-invitation');
    expect((await screen.findByRole('alert')).textContent).toContain('Open the link from the e-mail again');
    expect(screen.queryByLabelText('New password')).toBeNull();
  });
});

describe('Resetting a password', () => {
  it('says a used or expired link cannot be used, and offers to ask for a new one', async () => {
    const api = serveSignedOut();
    api.routes['POST /api/auth/password-reset/complete'] = problem(404, 'NOT_FOUND', 'This link is not valid any more: it was used already or it expired. Ask for a new one.');
    renderApp(`/reset-password#token=${token}`);
    expect(await screen.findByRole('heading', { name: 'Choose a new password' })).toBeDefined();
    await choosePassword('plum orbit cactus lantern');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This link is not valid any more: it was used already or it expired. Ask for a new one.');
    expect(within(alert).getByRole('link', { name: 'Ask for a new reset link' }).getAttribute('href')).toBe('/forgot-password');
    expect(api.sent('POST', '/api/auth/password-reset/complete').map((request) => request.body)).toEqual([{ token, password: 'plum orbit cactus lantern' }]);
  });

  it('asks for a reset link from the sign-in page and shows the answer as the server gives it', async () => {
    const message = 'If this address belongs to an account, a reset link is on its way. It works once, within the hour.';
    const api = serveSignedOut();
    api.routes['POST /api/auth/password-reset'] = { status: 202, body: { message } };
    const view = renderApp('/sign-in');
    fireEvent.click(await screen.findByRole('link', { name: 'Forgot your password?' }));
    await waitFor(() => expect(view.location()).toBe('/forgot-password'));
    type('E-mail address', ' nina@example.test ');
    fireEvent.click(screen.getByRole('button', { name: 'Send the link' }));

    expect((await screen.findByRole('status')).textContent).toBe(message);
    expect(api.sent('POST', '/api/auth/password-reset').map((request) => request.body)).toEqual([{ email: 'nina@example.test' }]);
  });
});
