import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { site, staffMe } from '../../testing/fixtures';
import { problem, serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { container, ketalar, locations, northId, southId, spravato } from './stock-fixtures';
import type { StockAlert } from './stock-types';

afterEach(() => vi.unstubAllGlobals());

const base = '/api/controlled-substances';
const open = container({ state: 'in-use', balanceMg: 126, balanceMl: 12.6, label: 'KET-OPEN', lotNumber: 'L1', expiresOn: '2027-09-30' });
const late = container({ label: 'KET-LATE', lotNumber: 'L2', expiresOn: '2028-06-30' });
const early = container({ label: 'KET-EARLY', lotNumber: 'L1', expiresOn: '2027-09-30' });
const device = container({ label: 'ESK-1', reservedForPatient: { id: 'p1', name: 'Robin Smith' } }, spravato);
const empty = container({ state: 'empty', label: 'KET-EMPTY' });
const alerts: StockAlert[] = [
  { code: 'LOW_STOCK', severity: 'warning', message: 'Ketalar: 3.6 containers left, reorder at 4.', locationId: northId, subject: { kind: 'product', id: ketalar.id }, dueAt: null },
  { code: 'SESSION_UNRECONCILED', severity: 'critical', message: 'A session’s drawn ketamine is not accounted for.', locationId: northId, subject: { kind: 'session', id: 'e1000000-0000-4000-8000-000000000001' }, dueAt: null },
];

function serveStock(roles: Parameters<typeof staffMe>[0] = ['nurse']) {
  return serveApi({
    'GET /api/site': { status: 200, body: site },
    'GET /api/auth/me': { status: 200, body: staffMe(roles) },
    'GET /api/safety-tasks/summary': { status: 200, body: { open: 0, overdue: 0 } },
    [`GET ${base}/locations`]: { status: 200, body: { locations } },
    [`GET ${base}/products`]: { status: 200, body: { products: [ketalar, spravato] } },
    [`GET ${base}/stock`]: ({ query }) => ({ status: 200, body: { containers: query.get('locationId') === northId ? [late, empty, device, early, open] : [] } }),
    [`GET ${base}/alerts`]: ({ query }) => ({ status: 200, body: { alerts: query.get('locationId') === northId ? alerts : [] } }),
  });
}

const rowsOf = (name: string) => within(screen.getByRole('table', { name })).getAllByRole('row').slice(1);
const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

describe('Controlled-substance stock', () => {
  it('shows the alerts, critical first, what is on hand per product, and the containers open first then first expiry', async () => {
    serveStock();
    renderApp('/stock');
    const list = await screen.findByRole('list', { name: 'Stock alerts' });
    expect(within(list).getAllByRole('listitem').map((item) => item.getAttribute('data-severity'))).toEqual(['critical', 'warning']);
    expect(within(list).getByRole('link', { name: 'Open the session' }).getAttribute('href')).toBe('/sessions/e1000000-0000-4000-8000-000000000001');

    const summary = await screen.findByRole('table', { name: 'Stock on hand by product' });
    const [esketamine, ketamine] = within(summary).getAllByRole('row').slice(1);
    expect(within(esketamine!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      `${spravato.genericName}NDC 50458-028-00, 140 mg/mL, 0.2 mL per container`,
      '1',
      '0',
      '28 mg (0.2 mL)',
      '1 (reorder at 3)Reorder',
      'L1: 1 container, expires Jun 30, 2028',
    ]);
    expect(within(ketamine!).getAllByRole('cell').slice(1).map((cell) => cell.textContent)).toEqual(['2', '1', '526 mg (52.6 mL)', '2.6 (reorder at 4)Reorder', 'L1: 2 containers, expires Sep 30, 2027L2: 1 container, expires Jun 30, 2028']);

    expect(rowsOf('Containers').map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['KET-OPEN', 'KET-EARLY', 'ESK-1', 'KET-LATE']);
    expect(within(rowsOf('Containers')[2]!).getByText('Robin Smith')).toBeDefined();
    fireEvent.click(screen.getByLabelText('Show used-up containers too'));
    expect(rowsOf('Containers').map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toContain('KET-EMPTY');
    expect(screen.getByText(/DEA registration AB1234563/)).toBeDefined();
  });

  it('switches location through the address, and says when a location has no registration', async () => {
    const api = serveStock();
    const view = renderApp('/stock');
    await screen.findByRole('table', { name: 'Containers' });
    fireEvent.change(screen.getByLabelText('Location'), { target: { value: southId } });
    expect(await screen.findByText('No DEA registration on file')).toBeDefined();
    expect(await screen.findByText('No stock at this location.')).toBeDefined();
    expect(view.location()).toBe(`/stock?locationId=${southId}`);
    expect(api.requests.some((request) => request.path === `${base}/stock` && request.query.get('locationId') === southId)).toBe(true);
    expect(screen.getByRole('link', { name: 'Count' }).getAttribute('href')).toBe(`/stock/count?locationId=${southId}`);
  });

  it('records waste with a witness who signs in, shows the server’s refusal at the witness, and reads the stock again once recorded', async () => {
    const api = serveStock();
    api.routes[`POST ${base}/entries`] = problem(403, 'FORBIDDEN', 'The witness could not be confirmed: wrong e-mail or password', [{ in: 'body', pointer: '/witness', detail: 'wrong e-mail or password' }]);
    renderApp('/stock');
    fireEvent.click(await screen.findByRole('button', { name: 'Record a movement for KET-OPEN' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a movement: KET-OPEN' });
    type(dialog, 'Quantity (mL)', '2.6');
    expect((within(dialog).getByLabelText('Quantity (mg)') as HTMLInputElement).value).toBe('26');
    type(dialog, 'How it was wasted', 'Expelled into the pharmaceutical waste container');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(await within(dialog).findByText('The witness enters their e-mail address')).toBeDefined();
    expect(api.sent('POST', `${base}/entries`)).toHaveLength(0);

    const witness = within(dialog).getByRole('group', { name: 'Witness' });
    type(witness, 'E-mail address', 'nina@example.test');
    type(witness, 'Password', 'not her password');
    type(witness, 'Six-digit code', '123 456');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record' }));
    expect(await within(witness).findByText('wrong e-mail or password')).toBeDefined();
    expect(api.sent('POST', `${base}/entries`)[0]!.body).toEqual({
      entry: { kind: 'waste', containerId: open.id, quantityMg: 26, quantityMl: 2.6, method: 'Expelled into the pharmaceutical waste container' },
      witness: { email: 'nina@example.test', password: 'not her password', code: '123456' },
    });

    api.routes[`POST ${base}/entries`] = { status: 201, body: { entryId: 'f1', seq: 9, kind: 'waste', containerId: open.id, quantityMg: 26, quantityMl: 2.6, occurredAt: '2026-03-05T18:00:00.000Z', hash: 'ab' } };
    const readsBefore = api.sent('GET', `${base}/stock`).length;
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.sent('GET', `${base}/stock`).length).toBeGreaterThan(readsBefore);
  });

  it('asks destruction for two different witnesses, as on DEA Form 41', async () => {
    const api = serveStock();
    api.routes[`POST ${base}/entries`] = { status: 201, body: { entryId: 'f1', seq: 9, kind: 'destruction', containerId: late.id, quantityMg: 200, quantityMl: 20, occurredAt: '2026-03-05T18:00:00.000Z', hash: 'ab' } };
    renderApp('/stock');
    fireEvent.click(await screen.findByRole('button', { name: 'Record a movement for KET-LATE' }));
    const dialog = await screen.findByRole('dialog', { name: 'Record a movement: KET-LATE' });
    fireEvent.change(within(dialog).getByLabelText('What happened'), { target: { value: 'destruction' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Whole balance' }));
    type(dialog, 'Method of destruction', 'Chemical digestion (Rx Destroyer)');
    type(dialog, 'Where it was destroyed', 'Medication room, Test North');
    for (const [legend, email] of [['First witness', 'nina@example.test'], ['Second witness', 'omar@example.test']] as const) {
      const group = within(dialog).getByRole('group', { name: legend });
      type(group, 'E-mail address', email);
      type(group, 'Password', 'their password');
    }
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record' }));
    await waitFor(() => expect(api.sent('POST', `${base}/entries`)).toHaveLength(1));
    expect(api.sent('POST', `${base}/entries`)[0]!.body).toEqual({
      entry: { kind: 'destruction', containerId: late.id, quantityMg: 200, quantityMl: 20, form41: { method: 'Chemical digestion (Rx Destroyer)', location: 'Medication room, Test North', ndc: ketalar.ndc } },
      witnesses: [
        { email: 'nina@example.test', password: 'their password' },
        { email: 'omar@example.test', password: 'their password' },
      ],
    });
  });

  it('transfers a whole container to another location, warning when that location has no registration', async () => {
    const api = serveStock();
    api.routes[`POST ${base}/transfers`] = { status: 201, body: { containerId: 'c9' } };
    renderApp('/stock');
    fireEvent.click(await screen.findByRole('button', { name: 'Transfer KET-LATE' }));
    const dialog = await screen.findByRole('dialog', { name: 'Transfer a container: KET-LATE' });
    expect((within(dialog).getByLabelText('To location') as HTMLSelectElement).value).toBe(southId);
    expect(within(dialog).getByText(/Test South has no DEA registration on file/)).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Transfer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.sent('POST', `${base}/transfers`).map((request) => request.body)).toEqual([{ containerId: late.id, toLocationId: southId }]);
  });

  it('shows a container’s ledger, newest first', async () => {
    const api = serveStock(['nurse']);
    api.routes[`GET ${base}/ledger`] = {
      status: 200,
      body: {
        entries: [
          { entryId: 'f2', seq: 12, kind: 'administration', containerId: open.id, quantityMg: 74, quantityMl: 7.4, occurredAt: '2026-03-05T16:20:00.000Z', hash: '0123456789abcdef' },
          { entryId: 'f1', seq: 3, kind: 'receipt', containerId: open.id, quantityMg: 200, quantityMl: 20, occurredAt: '2026-02-20T15:00:00.000Z', hash: 'fedcba9876543210' },
        ],
      },
    };
    renderApp('/stock');
    fireEvent.click(await screen.findByRole('button', { name: 'Ledger of KET-OPEN' }));
    const table = await screen.findByRole('table', { name: 'Ledger entries' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual(['Administered', 'Received']);
    expect(api.sent('GET', `${base}/ledger`)[0]!.query.get('containerId')).toBe(open.id);
  });

  it('offers the movements to a medical director, and nothing to front desk', async () => {
    serveStock(['medical-director']);
    const director = renderApp('/stock');
    await screen.findByRole('table', { name: 'Containers' });
    expect(screen.getByRole('button', { name: 'Record a movement for KET-OPEN' })).toBeDefined();
    director.unmount();

    vi.unstubAllGlobals();
    serveStock(['front-desk']);
    renderApp('/stock');
    expect(await screen.findByText('Not available to you')).toBeDefined();
  });
});
