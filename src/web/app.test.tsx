import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patientId, patientMe, site, staffMe } from './testing/fixtures';
import { serveApi, signedOut } from './testing/mock-api';
import { renderApp } from './testing/render-app';

const health = { status: 'ok', database: 'postgres', migration: '0000_foundation', version: '0.1.0' };
const signedInAsNurse = { 'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) } };

afterEach(() => vi.unstubAllGlobals());

const navigationLinks = async () => within(await screen.findByRole('navigation', { name: 'Main navigation' })).getAllByRole('link').map((link) => link.textContent);

describe('App shell', () => {
  it("puts the clinic's name in the header and lists its locations", async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, ...signedInAsNurse });
    renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Test Ketamine Clinic' })).toBeDefined();
    const table = await screen.findByRole('table', { name: 'Clinic locations' });
    const cells = within(table).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['Test North', '1 Test St, Unit 4, Testville, ZZ 00000', '—', expect.stringMatching(/^\d\d:\d\d \(America\/Denver\)$/)]);
  });

  it('offers front desk only the screens their role can use', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['front-desk'], 'Fran Desk') } });
    renderApp('/');
    expect(await navigationLinks()).toEqual(['Patients', 'Treatment floor', 'My credentials', 'Clinic', 'System status']);
    expect(screen.getByTestId('signed-in-user').textContent).toBe('Fran Desk');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeDefined();
  });

  it('offers a patient only their own record and their questionnaires', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: patientMe() } });
    renderApp('/');
    expect(await navigationLinks()).toEqual(['My record', 'My questionnaires']);
    expect(screen.getByRole('link', { name: 'My record' }).getAttribute('href')).toBe(`/patients/${patientId}`);
    expect(screen.getByRole('link', { name: 'My questionnaires' }).getAttribute('href')).toBe('/my/questionnaires');
  });

  it('offers clinical staff the safety tasks, with the number open, and the instruments, but no questionnaires of their own', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/safety-tasks/summary': { status: 200, body: { open: 2, overdue: 0 } }, ...signedInAsNurse });
    renderApp('/');
    expect(await navigationLinks()).toEqual(['Patients', 'Treatment floor', 'REMS forms', 'Controlled substances', 'Safety tasks', 'Instruments', 'My credentials', 'Clinic', 'System status']);
    const safety = screen.getByRole('link', { name: /Safety tasks/ });
    await waitFor(() => expect(safety.textContent).toBe('Safety tasks2 open'));
    expect(screen.queryByRole('link', { name: 'My questionnaires' })).toBeNull();
  });

  it('offers an administrator and a medical director the patients, stock set-up, users, credentials, public page and audit screens, and the medical director the clinical ones', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['admin']) } });
    const admin = renderApp('/');
    expect(await navigationLinks()).toEqual(['Patients', 'Controlled substances', 'Users', 'Credentials', 'Public page', 'Audit', 'My credentials', 'Clinic', 'System status']);
    admin.unmount();

    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['medical-director']) }, 'GET /api/safety-tasks': { status: 200, body: { tasks: [] } } });
    renderApp('/');
    expect(await navigationLinks()).toEqual(['Patients', 'Treatment floor', 'REMS forms', 'Controlled substances', 'Safety tasks', 'Instruments', 'Measurement packs', 'Users', 'Credentials', 'Public page', 'Audit', 'My credentials', 'Clinic', 'System status']);
  });

  it('asks a signed-out visitor to sign in, and shows no navigation', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': signedOut });
    const view = renderApp('/status');
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeDefined();
    expect(view.location()).toBe('/sign-in?redirect=%2Fstatus');
    expect(await screen.findByRole('heading', { level: 1, name: 'Test Ketamine Clinic' })).toBeDefined();
    expect(screen.queryByRole('navigation', { name: 'Main navigation' })).toBeNull();
  });

  it('shows the system status', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/health': { status: 200, body: health }, ...signedInAsNurse });
    renderApp('/status');
    const table = await screen.findByRole('table', { name: 'System status' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'StatusWorking',
      'DatabasePostgreSQL',
      'Database migration0000_foundation',
      'Ketaclinic version0.1.0',
    ]);
  });

  it('explains, with the request id, when the clinic is not set up', async () => {
    serveApi({
      'GET /api/site': { status: 503, body: { code: 'NOT_CONFIGURED', detail: 'No clinic is set up yet. Run `npx ketaclinic demo` to load the demo clinic.', requestId: 'r-9' } },
      ...signedInAsNurse,
    });
    renderApp('/');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No clinic is set up yet. Run `npx ketaclinic demo` to load the demo clinic. (request r-9)');
  });

  it('shows a 404 page for an unknown address', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, ...signedInAsNurse });
    renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Go to the clinic overview' }).getAttribute('href')).toBe('/');
  });
});
