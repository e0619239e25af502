import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffMe } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import { ketalar, northId, serveStockApi, stockBase } from './stock-fixtures';

afterEach(() => vi.unstubAllGlobals());

const settings = { retentionYears: 2, countIntervalHours: 24, expiryWarningDays: 60, patientShipmentDays: 14 };
const count = { id: 'a2000000-0000-4000-8000-000000000001', locationId: northId, kind: 'biennial', timing: 'close', countedAt: '2026-03-04T23:00:00.000Z', countedBy: 'Nina Nurse, RN', lines: 12, discrepancies: 0 };
const serveReports = (roles: Parameters<typeof staffMe>[0]) =>
  serveStockApi(staffMe(roles), { [`GET ${stockBase}/settings`]: { status: 200, body: settings }, [`GET ${stockBase}/counts`]: { status: 200, body: { counts: [count] } } });
const href = (name: string) => screen.getByRole('link', { name }).getAttribute('href');

describe('Controlled-substance reports', () => {
  it('links to each report as CSV and PDF once it has what it needs', async () => {
    serveReports(['nurse']);
    renderApp('/stock/reports');
    await screen.findByText('Choose what the report covers to download it.');
    await screen.findByRole('option', { name: `${ketalar.genericName} (${ketalar.ndc})` });
    fireEvent.change(screen.getByLabelText('Product'), { target: { value: ketalar.id } });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-01-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-03-31' } });
    expect(href('Download ledger of a product as CSV')).toBe(`${stockBase}/reports/ledger?productId=${ketalar.id}&from=2026-01-01&to=2026-03-31&format=csv`);
    expect(href('Download ledger of a product as PDF')).toBe(`${stockBase}/reports/ledger?productId=${ketalar.id}&from=2026-01-01&to=2026-03-31&format=pdf`);

    fireEvent.click(screen.getByRole('radio', { name: 'Dispensing record' }));
    fireEvent.change(screen.getByLabelText('Location'), { target: { value: northId } });
    expect(href('Download dispensing record as CSV')).toBe(`${stockBase}/reports/dispensing?from=2026-01-01&to=2026-03-31&locationId=${northId}&format=csv`);

    fireEvent.click(screen.getByRole('radio', { name: 'Inventory' }));
    const counts = await screen.findByRole('table', { name: 'Counts' });
    expect(within(counts).getByText('Biennial inventory, close of business')).toBeDefined();
    expect(within(counts).getByRole('link', { name: /as PDF$/ }).getAttribute('href')).toBe(`${stockBase}/reports/inventory/${count.id}?format=pdf`);
  });

  it('shows the retention period; only whoever configures the stock changes it, and not below 2 years', async () => {
    serveReports(['nurse']);
    const nurse = renderApp('/stock/reports');
    expect(await screen.findByText('Controlled-substance records are kept for 2 years.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Save settings' })).toBeNull();
    nurse.unmount();

    vi.unstubAllGlobals();
    const api = serveReports(['medical-director']);
    api.routes[`PUT ${stockBase}/settings`] = ({ body }) => ({ status: 200, body });
    renderApp('/stock/reports');
    const years = await screen.findByLabelText('Keep records for (years)');
    fireEvent.change(years, { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText('A whole number, 2 or more')).toBeDefined();
    expect(api.sent('PUT', `${stockBase}/settings`)).toHaveLength(0);

    fireEvent.change(years, { target: { value: '5' } });
    api.routes[`GET ${stockBase}/settings`] = { status: 200, body: { ...settings, retentionYears: 5 } };
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(api.sent('PUT', `${stockBase}/settings`)).toHaveLength(1));
    expect(api.sent('PUT', `${stockBase}/settings`)[0]!.body).toEqual({ ...settings, retentionYears: 5 });
    expect(await screen.findByText('Controlled-substance records are kept for 5 years.')).toBeDefined();
  });
});
