import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { site, staffMe } from '../../testing/fixtures';
import { problem, serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import type { PublicPageSettings } from './public-page-settings';

afterEach(() => vi.unstubAllGlobals());

const settingsPath = '/api/public-page/settings';
const stored: PublicPageSettings = { enabled: false, introduction: 'A small clinic in Testville.', treatmentsOffered: ['iv-racemic'], measurementMonths: 24, contact: { phone: '555-0100' } };
const serveSettings = (me = staffMe(['admin'])) =>
  serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: me }, [`GET ${settingsPath}`]: { status: 200, body: stored } });
const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
const checked = (scope: HTMLElement, name: string) => (within(scope).getByRole('checkbox', { name }) as HTMLInputElement).checked;

describe('The public page settings', () => {
  it('shows what is stored, saves the changes as a whole, and shows what the server kept', async () => {
    const api = serveSettings();
    api.routes[`PUT ${settingsPath}`] = ({ body }) => ({ status: 200, body });
    renderApp('/clinic-page');
    const form = await screen.findByRole('form', { name: 'Public page settings' });
    expect((within(form).getByRole('switch', { name: 'Publish the public page' }) as HTMLInputElement).checked).toBe(false);
    expect((within(form).getByLabelText('Introduction') as HTMLTextAreaElement).value).toBe('A small clinic in Testville.');
    expect(checked(form, 'Intravenous (IV) ketamine infusion')).toBe(true);
    expect(checked(form, 'Esketamine nasal spray (SPRAVATO)')).toBe(false);
    expect((within(form).getByLabelText('Outcomes measured over') as HTMLSelectElement).value).toBe('24');
    expect((within(form).getByLabelText('Phone') as HTMLInputElement).value).toBe('555-0100');

    fireEvent.click(within(form).getByRole('switch', { name: 'Publish the public page' }));
    type(form, 'Introduction', ' We treat adults with depression that has not improved with other treatment. ');
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Esketamine nasal spray (SPRAVATO)' }));
    fireEvent.click(within(form).getByRole('checkbox', { name: 'Intramuscular (IM) ketamine injection' }));
    fireEvent.change(within(form).getByLabelText('Outcomes measured over'), { target: { value: '36' } });
    type(form, 'Phone', '');
    type(form, 'E-mail', 'hello@test.example');
    type(form, 'Website', 'https://test.example');
    fireEvent.click(within(form).getByRole('button', { name: 'Save settings' }));

    expect(await within(form).findByText('Saved. The page shows the new settings now.')).toBeDefined();
    expect(api.sent('PUT', settingsPath).map((request) => request.body)).toEqual([
      {
        enabled: true,
        introduction: 'We treat adults with depression that has not improved with other treatment.',
        treatmentsOffered: ['iv-racemic', 'im-racemic', 'intranasal-esketamine'],
        measurementMonths: 36,
        contact: { email: 'hello@test.example', website: 'https://test.example' },
      },
    ]);
  });

  it('links to the page and its JSON under the clinic’s own address', async () => {
    serveSettings();
    renderApp('/clinic-page');
    expect((await screen.findByRole('link', { name: 'Open the public page' })).getAttribute('href')).toBe('/clinics/test');
    expect(screen.getByRole('link', { name: 'The same page as JSON, for directories' }).getAttribute('href')).toBe('/api/public/clinics/test');
  });

  it('checks the contact details before sending, and shows the server’s refusals at their fields', async () => {
    const api = serveSettings();
    api.routes[`PUT ${settingsPath}`] = problem(400, 'VALIDATION', 'Check the highlighted fields.', [{ in: 'body', pointer: '/contact/phone', detail: 'Too long' }]);
    renderApp('/clinic-page');
    const form = await screen.findByRole('form', { name: 'Public page settings' });
    type(form, 'Phone', 'call us');
    type(form, 'E-mail', 'not an address');
    type(form, 'Website', 'test.example');
    fireEvent.click(within(form).getByRole('button', { name: 'Save settings' }));
    expect(await within(form).findByText('Not an e-mail address')).toBeDefined();
    expect(within(form).getByText('The full address, starting with https://')).toBeDefined();
    expect(within(form).getByText('A telephone number: digits, spaces and + ( ) . -')).toBeDefined();
    expect(api.sent('PUT', settingsPath)).toHaveLength(0);

    type(form, 'Phone', '+1 (555) 0100');
    type(form, 'E-mail', '');
    type(form, 'Website', '');
    fireEvent.click(within(form).getByRole('button', { name: 'Save settings' }));
    expect(await within(form).findByText('Too long')).toBeDefined();
    expect(within(form).getByLabelText('Phone').getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(api.sent('PUT', settingsPath)).toHaveLength(1));
  });

  it('is not offered to a nurse', async () => {
    const api = serveSettings(staffMe(['nurse']));
    renderApp('/clinic-page');
    expect(await screen.findByText('Not available to you')).toBeDefined();
    expect(api.sent('GET', settingsPath)).toHaveLength(0);
  });
});
