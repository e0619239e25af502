import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeResponse } from '../../../server/routes/auth/auth.schemas';
import { staffMe } from '../../testing/fixtures';
import { problem } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { container, serveStockApi, stockBase } from './stock-fixtures';
import type { LedgerRecord } from './stock-types';

afterEach(() => vi.unstubAllGlobals());

const open = container({ state: 'in-use', balanceMg: 126, balanceMl: 12.6, label: 'KET-OPEN' });
const entry = (overrides: Partial<LedgerRecord>): LedgerRecord => ({ entryId: 'f1000000-0000-4000-8000-000000000001', seq: 1, kind: 'receipt', containerId: open.id, quantityMg: 200, quantityMl: 20, occurredAt: '2026-02-20T15:00:00.000Z', hash: 'fedcba9876543210', ...overrides });
const administration = entry({ entryId: 'f1000000-0000-4000-8000-000000000012', seq: 12, kind: 'administration', quantityMg: 74, quantityMl: 7.4, occurredAt: '2026-03-05T16:20:00.000Z' });
const adjustment = entry({ entryId: 'f1000000-0000-4000-8000-000000000013', seq: 13, kind: 'count-adjustment', quantityMg: 3, quantityMl: 0.3, occurredAt: '2026-03-06T16:20:00.000Z' });
const recorded = { status: 201, body: { ...entry({ kind: 'correction', seq: 14 }) } };

function serveLedger(me: MeResponse = staffMe(['nurse'])) {
  return serveStockApi(me, {
    [`GET ${stockBase}/stock`]: { status: 200, body: { containers: [open] } },
    [`GET ${stockBase}/alerts`]: { status: 200, body: { alerts: [] } },
    [`GET ${stockBase}/ledger`]: { status: 200, body: { entries: [adjustment, administration, entry({})] } },
  });
}

async function openCorrection(seq: number) {
  renderApp('/stock');
  fireEvent.click(await screen.findByRole('button', { name: 'Ledger of KET-OPEN' }));
  const dialog = await screen.findByRole('dialog', { name: 'Ledger: KET-OPEN' });
  fireEvent.click(await within(dialog).findByRole('button', { name: `Correct entry ${seq}` }));
  return within(dialog).getByRole('form', { name: `Correct entry ${seq}` });
}
const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });
const valueOf = (scope: HTMLElement, label: string) => (within(scope).getByLabelText(label) as HTMLInputElement).value;

describe('Correcting a ledger entry', () => {
  it('undoes an administration by putting it back, with the quantity editable and mg kept to the strength, and a reason', async () => {
    const api = serveLedger();
    api.routes[`POST ${stockBase}/entries`] = recorded;
    const form = await openCorrection(12);
    expect(within(form).getByText('The ledger never changes an entry: a correction is a new entry that points at the old one.')).toBeDefined();
    expect((within(form).getByLabelText('Put back into the container') as HTMLInputElement).checked).toBe(true);
    expect([valueOf(form, 'Quantity (mL)'), valueOf(form, 'Quantity (mg)')]).toEqual(['7.4', '74']);
    type(form, 'Quantity (mL)', '1');
    expect(valueOf(form, 'Quantity (mg)')).toBe('10');

    fireEvent.click(within(form).getByRole('button', { name: 'Record the correction' }));
    expect(await within(form).findByText('Say what was wrong with the entry')).toBeDefined();
    expect(within(form).getByLabelText('Reason').getAttribute('aria-invalid')).toBe('true');
    expect(api.sent('POST', `${stockBase}/entries`)).toHaveLength(0);

    type(form, 'Reason', 'Charted 74 mg; 64 mg was given.');
    const readsBefore = api.sent('GET', `${stockBase}/ledger`).length;
    fireEvent.click(within(form).getByRole('button', { name: 'Record the correction' }));
    expect(await screen.findByText('The correction of entry 12 is recorded.')).toBeDefined();
    expect(api.sent('POST', `${stockBase}/entries`).map((request) => request.body)).toEqual([
      { entry: { kind: 'correction', containerId: open.id, quantityMg: 10, quantityMl: 1, correctsEntryId: administration.entryId, reason: 'Charted 74 mg; 64 mg was given.', direction: 'increase' } },
    ]);
    expect(screen.queryByRole('form', { name: 'Correct entry 12' })).toBeNull();
    await waitFor(() => expect(api.sent('GET', `${stockBase}/ledger`).length).toBeGreaterThan(readsBefore));
  });

  it('undoes a receipt by taking it out, and no more than the container holds', async () => {
    const api = serveLedger();
    api.routes[`POST ${stockBase}/entries`] = recorded;
    const form = await openCorrection(1);
    expect((within(form).getByLabelText('Take out of the container') as HTMLInputElement).checked).toBe(true);
    type(form, 'Reason', 'Received into the wrong container');
    fireEvent.click(within(form).getByRole('button', { name: 'Record the correction' }));
    expect(await within(form).findByText('More than the container holds (12.6 mL)')).toBeDefined();
    expect(api.sent('POST', `${stockBase}/entries`)).toHaveLength(0);
    type(form, 'Quantity (mL)', '12.6');
    fireEvent.click(within(form).getByRole('button', { name: 'Record the correction' }));
    await waitFor(() => expect(api.sent('POST', `${stockBase}/entries`)).toHaveLength(1));
    expect(api.sent('POST', `${stockBase}/entries`)[0]!.body).toEqual({ entry: { kind: 'correction', containerId: open.id, quantityMg: 126, quantityMl: 12.6, correctsEntryId: entry({}).entryId, reason: 'Received into the wrong container', direction: 'decrease' } });
  });

  it('asks which way for a count adjustment, whose direction the ledger does not show, and shows the server’s refusal at its field', async () => {
    const api = serveLedger();
    api.routes[`POST ${stockBase}/entries`] = problem(400, 'VALIDATION', '1 field(s) in the body are invalid.', [{ in: 'body', pointer: '/entry/reason', detail: 'At most 2000 characters' }]);
    const form = await openCorrection(13);
    expect(within(form).getAllByRole('radio').map((radio) => (radio as HTMLInputElement).checked)).toEqual([false, false]);
    type(form, 'Reason', 'The adjustment was entered twice');
    fireEvent.click(within(form).getByRole('button', { name: 'Record the correction' }));
    expect(await within(form).findByText('Choose which way the correction moves the balance')).toBeDefined();
    expect(api.sent('POST', `${stockBase}/entries`)).toHaveLength(0);

    fireEvent.click(within(form).getByLabelText('Take out of the container'));
    fireEvent.click(within(form).getByRole('button', { name: 'Record the correction' }));
    expect(await within(form).findByText('At most 2000 characters')).toBeDefined();
    expect(within(form).getByLabelText('Reason').getAttribute('aria-invalid')).toBe('true');
    expect(api.sent('POST', `${stockBase}/entries`)[0]!.body).toEqual({ entry: { kind: 'correction', containerId: open.id, quantityMg: 3, quantityMl: 0.3, correctsEntryId: adjustment.entryId, reason: 'The adjustment was entered twice', direction: 'decrease' } });
  });

  it('offers no correction to someone who reads the stock but does not handle it', async () => {
    serveLedger({ ...staffMe(['nurse']), permissions: ['stock.read'] });
    renderApp('/stock');
    fireEvent.click(await screen.findByRole('button', { name: 'Ledger of KET-OPEN' }));
    const table = await screen.findByRole('table', { name: 'Ledger entries' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
    expect(within(table).queryByRole('button', { name: /Correct/ })).toBeNull();
  });
});
