import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffMe } from '../../testing/fixtures';
import { problem } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { ketalar, locations, northId, serveStockApi, southId, spravato, stockBase } from './stock-fixtures';
import type { StockLocation } from './stock-types';

afterEach(() => vi.unstubAllGlobals());

const director = staffMe(['medical-director']);
const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
const inFuture = (days: number) => dayjs().add(days, 'day').format('YYYY-MM-DD');
const fieldOf = (scope: HTMLElement, label: string) => within(scope).getByLabelText(label);

describe('Setting up controlled substances', () => {
  it('lists the products and adds one, sending exactly what was typed', async () => {
    const api = serveStockApi(director, { [`POST ${stockBase}/products`]: { status: 201, body: { id: 'a1000000-0000-4000-8000-000000000009' } } });
    renderApp('/stock/setup');
    const table = await screen.findByRole('table', { name: 'Products' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      [ketalar.genericName, '42023-113-10', 'Vial', '10 mg/mL', '20 mL', '4 containers'],
      [spravato.genericName, '50458-028-00', 'Nasal device', '140 mg/mL', '0.2 mL', '3 containers'],
    ]);

    const form = screen.getByRole('form', { name: 'Add a product' });
    type(form, 'Generic name', ' ketamine hydrochloride (generic) ');
    type(form, 'NDC', '0409-2051-05');
    type(form, 'Strength (mg/mL)', '50');
    type(form, 'Volume per container (mL)', '10');
    fireEvent.click(within(form).getByRole('button', { name: 'Add product' }));
    expect(await within(form).findByText('ketamine hydrochloride (generic) is added.')).toBeDefined();
    expect(api.sent('POST', `${stockBase}/products`).map((request) => request.body)).toEqual([{ genericName: 'ketamine hydrochloride (generic)', ndc: '0409-2051-05', strengthMgPerMl: 50, containerMl: 10, form: 'vial' }]);
    expect((fieldOf(form, 'NDC') as HTMLInputElement).value).toBe('');
  });

  it('checks a product before sending, and shows a second product with one NDC at the NDC', async () => {
    const api = serveStockApi(director, { [`POST ${stockBase}/products`]: problem(409, 'CONFLICT', 'Someone else made a conflicting change at the same moment. Reload and try again.') });
    renderApp('/stock/setup');
    const form = await screen.findByRole('form', { name: 'Add a product' });
    type(form, 'NDC', '4202311310');
    type(form, 'Reorder at (containers)', '2.5');
    fireEvent.click(within(form).getByRole('button', { name: 'Add product' }));
    expect(await within(form).findByText('As printed, with hyphens: for example 42023-113-10')).toBeDefined();
    expect(within(form).getByText('A whole number from 0 to 1000')).toBeDefined();
    expect(api.sent('POST', `${stockBase}/products`)).toHaveLength(0);

    type(form, 'Generic name', 'esketamine (Spravato) nasal device');
    type(form, 'NDC', '50458-028-00');
    fireEvent.change(fieldOf(form, 'Form'), { target: { value: 'nasal-device' } });
    type(form, 'Strength (mg/mL)', '140');
    type(form, 'Volume per container (mL)', '0.2');
    type(form, 'Reorder at (containers)', '3');
    fireEvent.click(within(form).getByRole('button', { name: 'Add product' }));
    expect(await within(form).findByText('A product with this NDC is already set up')).toBeDefined();
    expect(fieldOf(form, 'NDC').getAttribute('aria-invalid')).toBe('true');
    expect(within(form).queryByText(/Someone else made a conflicting change/)).toBeNull();
    expect(api.sent('POST', `${stockBase}/products`)[0]!.body).toEqual({ genericName: 'esketamine (Spravato) nasal device', ndc: '50458-028-00', strengthMgPerMl: 140, containerMl: 0.2, form: 'nasal-device', reorderAtContainers: 3 });
  });

  it('warns about a registration that expires within 90 days or lacks Schedule 3N, and adds the renewed one', async () => {
    const expiring: StockLocation[] = [{ ...locations[0]!, registration: { ...locations[0]!.registration!, schedules: ['3'], expiresOn: inFuture(30) } }, locations[1]!];
    const api = serveStockApi(director, {
      [`GET ${stockBase}/locations`]: { status: 200, body: { locations: expiring } },
      [`POST ${stockBase}/registrations`]: { status: 201, body: { id: 'b1000000-0000-4000-8000-000000000002' } },
    });
    renderApp(`/stock/setup?locationId=${northId}`);
    expect(await screen.findByText('Each location where stock is kept needs its own DEA registration (21 CFR 1301.12).')).toBeDefined();
    const warning = screen.getByRole('alert');
    expect(within(warning).getByText(/in 30 days/)).toBeDefined();
    expect(within(warning).getByText(/does not list Schedule 3N/)).toBeDefined();

    const form = screen.getByRole('form', { name: 'Add registration' });
    type(form, 'DEA registration number', ' ab1234563 ');
    type(form, 'Expires on', inFuture(3 * 365));
    fireEvent.click(within(form).getByLabelText('3N (ketamine, esketamine)'));
    fireEvent.click(within(form).getByLabelText('3'));
    fireEvent.click(within(form).getByRole('button', { name: 'Add registration' }));
    expect(await within(form).findByText('The registration is added.')).toBeDefined();
    // Sent in the certificate's order, whatever order they were ticked in.
    expect(api.sent('POST', `${stockBase}/registrations`).map((request) => request.body)).toEqual([{ locationId: northId, number: 'AB1234563', schedules: ['3', '3N'], expiresOn: inFuture(3 * 365) }]);
    await waitFor(() => expect(api.sent('GET', `${stockBase}/locations`).length).toBeGreaterThan(1));
  });

  it('shows a wrong check digit at the number, as checked here and as the server answers', async () => {
    const api = serveStockApi(director, {
      [`POST ${stockBase}/registrations`]: problem(400, 'VALIDATION', '1 field(s) in the body are invalid.', [{ in: 'body', pointer: '/number', detail: 'Not a valid DEA registration number (two letters, seven digits, check digit)' }]),
    });
    renderApp(`/stock/setup?locationId=${southId}`);
    expect(await screen.findByText('No DEA registration on file')).toBeDefined();
    const form = screen.getByRole('form', { name: 'Add registration' });
    type(form, 'DEA registration number', 'AB1234567');
    fireEvent.click(within(form).getByRole('button', { name: 'Add registration' }));
    expect(await within(form).findByText('Not a DEA registration number (2 letters, 7 digits, valid check digit)')).toBeDefined();
    expect(within(form).getByText('Tick the schedules printed on the certificate')).toBeDefined();
    expect(within(form).getAllByText('Required')).toHaveLength(1);
    expect(api.sent('POST', `${stockBase}/registrations`)).toHaveLength(0);

    type(form, 'DEA registration number', 'AB1234563');
    type(form, 'Expires on', inFuture(400));
    fireEvent.click(within(form).getByLabelText('3N (ketamine, esketamine)'));
    fireEvent.click(within(form).getByRole('button', { name: 'Add registration' }));
    expect(await within(form).findByText('Not a valid DEA registration number (two letters, seven digits, check digit)')).toBeDefined();
    expect(fieldOf(form, 'DEA registration number').getAttribute('aria-invalid')).toBe('true');
    expect(api.sent('POST', `${stockBase}/registrations`)[0]!.body).toEqual({ locationId: southId, number: 'AB1234563', schedules: ['3N'], expiresOn: inFuture(400) });
  });

  it('lists a location’s safes and cabinets and adds one', async () => {
    const api = serveStockApi(director, { [`POST ${stockBase}/storage-locations`]: { status: 201, body: { id: 'b2000000-0000-4000-8000-000000000002' } } });
    renderApp(`/stock/setup?locationId=${northId}`);
    const list = await screen.findByRole('list', { name: 'Safes and cabinets' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Main safe (safe)']);
    const form = screen.getByRole('form', { name: 'Add safe or cabinet' });
    fireEvent.click(within(form).getByRole('button', { name: 'Add safe or cabinet' }));
    expect(await within(form).findByText('Required')).toBeDefined();
    type(form, 'Name', '  Treatment room cabinet ');
    fireEvent.change(fieldOf(form, 'Kind'), { target: { value: 'cabinet' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add safe or cabinet' }));
    expect(await within(form).findByText('Treatment room cabinet is added.')).toBeDefined();
    expect(api.sent('POST', `${stockBase}/storage-locations`).map((request) => request.body)).toEqual([{ locationId: northId, name: 'Treatment room cabinet', kind: 'cabinet' }]);
  });

  it('is linked from the stock page for those who configure it, and closed to those who do not', async () => {
    serveStockApi(director, { [`GET ${stockBase}/stock`]: { status: 200, body: { containers: [] } }, [`GET ${stockBase}/alerts`]: { status: 200, body: { alerts: [] } } });
    const directorView = renderApp('/stock');
    await screen.findByText('No stock at this location.');
    expect(screen.getByRole('link', { name: 'Set up' }).getAttribute('href')).toBe(`/stock/setup?locationId=${northId}`);
    directorView.unmount();

    vi.unstubAllGlobals();
    serveStockApi(staffMe(['nurse']), { [`GET ${stockBase}/stock`]: { status: 200, body: { containers: [] } }, [`GET ${stockBase}/alerts`]: { status: 200, body: { alerts: [] } } });
    const nurseView = renderApp('/stock');
    await screen.findByRole('link', { name: 'Receive stock' });
    expect(screen.queryByRole('link', { name: 'Set up' })).toBeNull();
    nurseView.unmount();
    renderApp('/stock/setup');
    expect(await screen.findByText('Not available to you')).toBeDefined();
    expect(screen.queryByRole('form', { name: 'Add a product' })).toBeNull();
  });
});
