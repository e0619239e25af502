import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffMe } from '../../testing/fixtures';
import { problem } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { container, northId, serveStockApi, stockBase } from './stock-fixtures';

afterEach(() => vi.unstubAllGlobals());

const sealed = container({ label: 'KET-2' });
const open = container({ state: 'in-use', balanceMg: 126, balanceMl: 12.6, label: 'KET-1' });
const gone = container({ state: 'destroyed', label: 'KET-0' });
const serveCount = (routes = {}) => serveStockApi(staffMe(['nurse']), { [`GET ${stockBase}/stock`]: { status: 200, body: { containers: [sealed, gone, open] } }, ...routes });

describe('Counting stock', () => {
  it('sends every sealed and open container once, and shows the discrepancies and the case they opened', async () => {
    const api = serveCount({
      [`POST ${stockBase}/counts`]: { status: 201, body: { countId: 'n1', discrepancies: [{ containerId: sealed.id, expected: 20, counted: 0, differenceMl: -20, kind: 'missing-container' }], caseId: 'k1' } },
    });
    renderApp(`/stock/count?locationId=${northId}`);
    const sheet = await screen.findByRole('table', { name: 'Count sheet' });
    expect(within(sheet).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['KET-1', 'KET-2']);
    // A blind count: the ledger's balance of the open vial is not on the sheet.
    expect(within(sheet).queryByText(/12\.6/)).toBeNull();
    fireEvent.change(screen.getByLabelText('KET-1 measured (mL)'), { target: { value: '12.5' } });
    fireEvent.change(screen.getByLabelText('KET-1 how measured'), { target: { value: 'estimated' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the count' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('The count does not match the ledger')).toBeDefined();
    const [row] = within(within(alert).getByRole('table', { name: 'Discrepancies' })).getAllByRole('row').slice(1);
    expect(within(row!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['KET-2', 'Missing', '20', '0', '-20']);
    expect(within(alert).getByRole('link', { name: 'Open the cases' }).getAttribute('href')).toBe('/stock/cases');
    expect(api.sent('POST', `${stockBase}/counts`)[0]!.body).toEqual({
      locationId: northId,
      kind: 'daily',
      lines: [
        { containerId: open.id, state: 'in-use', countedMl: 12.5, sealedPresent: true, method: 'estimated' },
        { containerId: sealed.id, state: 'sealed', countedMl: null, sealedPresent: false },
      ],
    });
  });

  it('asks an inventory whether it was taken at opening or close, and says when the count matches', async () => {
    const api = serveCount({ [`POST ${stockBase}/counts`]: { status: 201, body: { countId: 'n1', discrepancies: [], caseId: null } } });
    renderApp('/stock/count');
    await screen.findByRole('table', { name: 'Count sheet' });
    fireEvent.change(screen.getByLabelText('Kind of count'), { target: { value: 'biennial' } });
    fireEvent.change(screen.getByLabelText('KET-1 measured (mL)'), { target: { value: '12.6' } });
    fireEvent.click(screen.getByLabelText('KET-2 present, seal intact'));
    fireEvent.click(screen.getByRole('button', { name: 'Record the count' }));
    expect(await screen.findByText('Opening or close of business?')).toBeDefined();
    expect(api.sent('POST', `${stockBase}/counts`)).toHaveLength(0);

    fireEvent.click(screen.getByLabelText('Close of business'));
    fireEvent.click(screen.getByRole('button', { name: 'Record the count' }));
    expect(await screen.findByText('The count matches the ledger')).toBeDefined();
    expect(api.sent('POST', `${stockBase}/counts`)[0]!.body).toMatchObject({ kind: 'biennial', timing: 'close', lines: [{ countedMl: 12.6, method: 'exact' }, { sealedPresent: true }] });
  });

  it('shows the server’s complaint about a row next to that row', async () => {
    serveCount({ [`POST ${stockBase}/counts`]: problem(422, 'VALIDATION', 'The count could not be read.', [{ in: 'body', pointer: '/lines/0/countedMl', detail: 'At most 20 mL' }]) });
    renderApp('/stock/count');
    await screen.findByRole('table', { name: 'Count sheet' });
    fireEvent.change(screen.getByLabelText('KET-1 measured (mL)'), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the count' }));
    expect(await screen.findByText('At most 20 mL')).toBeDefined();
    expect(screen.getByLabelText('KET-1 measured (mL)').getAttribute('aria-invalid')).toBe('true');
  });
});
