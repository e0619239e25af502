import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from './app';

const site = {
  organisation: { name: 'Test Ketamine Clinic', slug: 'test' },
  locations: [
    {
      id: '5f0c6a55-7a3c-4b8e-9a43-1d6f0d7b2c11',
      name: 'Test North',
      address: { line1: '1 Test St', line2: 'Unit 4', city: 'Testville', region: 'ZZ', postalCode: '00000', country: 'US' },
      timeZone: 'America/Denver',
    },
  ],
};
const health = { status: 'ok', database: 'postgres', migration: '0000_foundation', version: '0.1.0' };

function serve(responses: Record<string, { status: number; body: unknown }>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const response = responses[input] ?? { status: 404, body: { code: 'NOT_FOUND', detail: 'nothing here' } };
      return new Response(JSON.stringify(response.body), { status: response.status, headers: { 'content-type': 'application/json' } });
    }),
  );
}

const renderAt = (path: string) => render(<App history={createMemoryHistory({ initialEntries: [path] })} />);

afterEach(() => vi.unstubAllGlobals());

describe('App shell', () => {
  it("puts the clinic's name in the header and lists its locations", async () => {
    serve({ '/api/site': { status: 200, body: site } });
    renderAt('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Test Ketamine Clinic' })).toBeDefined();
    const table = await screen.findByRole('table', { name: 'Clinic locations' });
    const cells = within(table).getAllByRole('cell').map((cell) => cell.textContent);
    expect(cells).toEqual(['Test North', '1 Test St, Unit 4, Testville, ZZ 00000', '—', expect.stringMatching(/^\d\d:\d\d \(America\/Denver\)$/)]);
  });

  it('offers only the screens that exist', async () => {
    serve({ '/api/site': { status: 200, body: site } });
    renderAt('/');
    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getAllByRole('link').map((link) => link.textContent)).toEqual(['Clinic', 'System status']);
  });

  it('shows the system status', async () => {
    serve({ '/api/site': { status: 200, body: site }, '/api/health': { status: 200, body: health } });
    renderAt('/status');
    const table = await screen.findByRole('table', { name: 'System status' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'StatusWorking',
      'DatabasePostgreSQL',
      'Database migration0000_foundation',
      'Ketaclinic version0.1.0',
    ]);
  });

  it('explains, with the request id, when the clinic is not set up', async () => {
    serve({
      '/api/site': { status: 503, body: { code: 'NOT_CONFIGURED', detail: 'No clinic is set up yet. Run `npx ketaclinic demo` to load the demo clinic.', requestId: 'r-9' } },
    });
    renderAt('/');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('No clinic is set up yet. Run `npx ketaclinic demo` to load the demo clinic. (request r-9)');
  });

  it('shows a 404 page for an unknown address', async () => {
    serve({ '/api/site': { status: 200, body: site } });
    renderAt('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeDefined();
    expect(screen.getByRole('link', { name: 'Go to the clinic overview' }).getAttribute('href')).toBe('/');
  });
});
