import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffMe } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import { container, northId, serveStockApi, stockBase } from './stock-fixtures';
import type { DiscrepancyCase } from './stock-types';

afterEach(() => vi.unstubAllGlobals());

const short = container({ state: 'in-use', balanceMg: 200, balanceMl: 20, label: 'KET-SHORT' });
const hour = 3_600_000;
const openCase: DiscrepancyCase = {
  id: 'd1000000-0000-4000-8000-000000000001',
  locationId: northId,
  state: 'open',
  discoveredAt: '2026-03-04T15:00:00.000Z',
  details: [{ containerId: short.id, expected: 20, counted: 19.7, differenceMl: -0.3, kind: 'volume-difference' }],
  cause: null,
  rationale: null,
  writtenNoticeBy: null,
  form106By: null,
  writtenNoticeSentAt: null,
  form106FiledAt: null,
  timers: null,
};
const reported = (): DiscrepancyCase => ({
  ...openCase,
  id: 'd1000000-0000-4000-8000-000000000002',
  state: 'reported',
  discoveredAt: '2026-03-03T15:00:00.000Z',
  cause: 'theft',
  details: [],
  writtenNoticeBy: new Date(Date.now() - 2 * hour).toISOString(),
  form106By: new Date(Date.now() + 40 * 24 * hour + 30 * 60_000).toISOString(),
  timers: { writtenNotice: 'overdue', form106: 'ok' },
});

const serveCases = (roles: Parameters<typeof staffMe>[0], cases: DiscrepancyCase[]) =>
  serveStockApi(staffMe(roles), { [`GET ${stockBase}/cases`]: { status: 200, body: { cases } }, [`GET ${stockBase}/stock`]: { status: 200, body: { containers: [short] } } });

const card = (name: RegExp) => screen.findByRole('article', { name });

describe('Discrepancy cases', () => {
  it('shows what a count found, and the reporting clocks of a reported theft', async () => {
    serveCases(['nurse'], [openCase, reported()]);
    renderApp('/stock/cases');
    const found = await card(/Mar 4, 2026/);
    expect(await within(found).findByText('KET-SHORT: -0.3 mL (volume difference)')).toBeDefined();
    expect(within(found).getByText('The medical director or whoever configures the stock investigates and classifies the case.')).toBeDefined();
    expect(within(found).queryByRole('form')).toBeNull();

    const theft = await card(/Mar 3, 2026/);
    expect(within(theft).getByText('Cause: theft')).toBeDefined();
    const notice = within(theft).getByText('Written notice to the DEA').parentElement!;
    expect(notice.getAttribute('data-timer')).toBe('overdue');
    expect(within(notice).getByText('Overdue')).toBeDefined();
    expect(within(notice).getByText(/Overdue by 2 hours$/)).toBeDefined();
    expect(within(within(theft).getByText('DEA Form 106').parentElement!).getByText(/40 days left$/)).toBeDefined();
  });

  it('closes a case as not significant only with a rationale of 20 characters', async () => {
    const api = serveCases(['medical-director'], [openCase]);
    api.routes[`POST ${stockBase}/cases/${openCase.id}/classify`] = ({ body }) => ({ status: 200, body: { ...openCase, state: 'closed-not-significant', rationale: (body as { rationale: string }).rationale } });
    renderApp('/stock/cases');
    const found = await card(/Mar 4, 2026/);
    fireEvent.click(within(found).getByLabelText('Not significant: close the case with the reasons'));
    fireEvent.change(within(found).getByLabelText('Why it is not significant'), { target: { value: 'Spilled, seen.' } });
    fireEvent.click(within(found).getByRole('button', { name: 'Classify' }));
    expect(await within(found).findByText('Write at least 20 characters')).toBeDefined();
    expect(api.sent('POST', `${stockBase}/cases/${openCase.id}/classify`)).toHaveLength(0);

    const rationale = '0.3 mL is the dead space of the vial stopper; within the measuring error.';
    fireEvent.change(within(found).getByLabelText('Why it is not significant'), { target: { value: rationale } });
    api.routes[`GET ${stockBase}/cases`] = { status: 200, body: { cases: [{ ...openCase, state: 'closed-not-significant', rationale }] } };
    fireEvent.click(within(found).getByRole('button', { name: 'Classify' }));
    expect(await screen.findByText('Closed: not significant')).toBeDefined();
    expect(api.sent('POST', `${stockBase}/cases/${openCase.id}/classify`)[0]!.body).toEqual({ kind: 'not-significant', rationale });
  });

  it('reports a theft, then records the written notice and Form 106 as filed', async () => {
    const api = serveCases(['medical-director'], [openCase]);
    api.routes[`POST ${stockBase}/cases/${openCase.id}/classify`] = () => {
      api.routes[`GET ${stockBase}/cases`] = { status: 200, body: { cases: [reported()] } };
      return { status: 200, body: reported() };
    };
    api.routes[`POST ${stockBase}/cases/${reported().id}/filings`] = { status: 200, body: reported() };
    renderApp('/stock/cases');
    const found = await card(/Mar 4, 2026/);
    fireEvent.click(within(found).getByLabelText('Theft: report to the DEA'));
    fireEvent.click(within(found).getByRole('button', { name: 'Classify' }));
    const notice = await screen.findByRole('form', { name: 'Written notice sent to the DEA Field Division' });
    expect(api.sent('POST', `${stockBase}/cases/${openCase.id}/classify`)[0]!.body).toEqual({ kind: 'theft' });
    expect(screen.getByRole('form', { name: 'DEA Form 106 filed' })).toBeDefined();

    fireEvent.change(within(notice).getByLabelText('When'), { target: { value: '2026-03-05T09:15' } });
    fireEvent.change(within(notice).getByLabelText('How it was sent (e-mail, fax) and to whom'), { target: { value: 'E-mailed the Denver Field Division' } });
    fireEvent.click(within(notice).getByRole('button', { name: 'Record the written notice' }));
    await waitFor(() => expect(api.sent('POST', `${stockBase}/cases/${reported().id}/filings`)).toHaveLength(1));
    expect(api.sent('POST', `${stockBase}/cases/${reported().id}/filings`)[0]!.body).toEqual({ kind: 'written-notice', at: new Date('2026-03-05T09:15').toISOString(), reference: 'E-mailed the Denver Field Division' });
  });
});
