import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffMe } from '../../testing/fixtures';
import { problem } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { container, sessionDraw } from '../stock/stock-fixtures';
import { ok, serveSession, sessionChart, sessionId, sessionPath } from './session-test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const drawPath = `/api/controlled-substances/sessions/${sessionId}/draw`;
const ready = sessionChart({ state: 'ready' });
const open = container({ state: 'in-use', balanceMg: 126, balanceMl: 12.6, label: 'KET-OPEN', lotNumber: 'L-OPEN', expiresOn: '2028-03-31' });
const early = container({ label: 'KET-EARLY', lotNumber: 'L-EARLY', expiresOn: '2027-01-31' });
const late = container({ label: 'KET-LATE', lotNumber: 'L-LATE', expiresOn: '2029-01-31' });
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('Drawing the dose from stock', () => {
  it('offers the containers first expiry first with the suggested one chosen, fills the lot from it, and sends the container', async () => {
    const api = serveSession(staffMe(['nurse']), ready, {
      [`GET ${drawPath}`]: ok(sessionDraw({ candidates: [open, early, late], suggestedContainerId: open.id })),
      [`PUT ${sessionPath}/dose`]: ok(sessionChart({ state: 'ready', revision: 4 })),
    });
    renderApp(`/sessions/${sessionId}`);
    const picker = (await screen.findByLabelText('Drawn from')) as HTMLSelectElement;
    await waitFor(() => expect(picker.value).toBe(open.id));
    expect(within(picker).getAllByRole('option', { hidden: true }).map((option) => option.textContent)).toEqual([
      'KET-OPEN: lot L-OPEN, expires Mar 31, 2028, 126 mg (12.6 mL) left, open',
      'KET-EARLY: lot L-EARLY, expires Jan 31, 2027, 200 mg (20 mL) left',
      'KET-LATE: lot L-LATE, expires Jan 31, 2029, 200 mg (20 mL) left',
    ]);
    expect(screen.getByText('Earliest expiry first: open containers, then the lot that expires soonest.')).toBeDefined();
    expect([input('Lot number').value, input('Expiry date').value, input('Concentration (mg/mL)').value]).toEqual(['L-OPEN', '2028-03-31', '10']);
    expect([input('Lot number').readOnly, input('Expiry date').readOnly, input('Concentration (mg/mL)').readOnly]).toEqual([true, true, true]);

    fireEvent.change(picker, { target: { value: early.id } });
    expect(input('Lot number').value).toBe('L-EARLY');
    type('Today’s weight (kg)', '68');
    type('Volume drawn (mL)', '3.4');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate and record the dose', hidden: true }));
    await waitFor(() => expect(api.sent('PUT', `${sessionPath}/dose`)).toHaveLength(1));
    expect(api.sent('PUT', `${sessionPath}/dose`)[0]!.body).toEqual({ weightKg: 68, drawn: { containerId: early.id, lotNumber: 'L-EARLY', expiresOn: '2027-01-31', concentrationMgPerMl: 10, volumeMl: 3.4 }, revision: 3 });
  });

  it('shows the server’s refusal of the container next to the picker', async () => {
    serveSession(staffMe(['nurse']), ready, {
      [`GET ${drawPath}`]: ok(sessionDraw({ candidates: [early], suggestedContainerId: early.id })),
      [`PUT ${sessionPath}/dose`]: problem(422, 'VALIDATION', 'The container holds less than was drawn.', [{ in: 'body', pointer: '/drawn/containerId', detail: 'Holds 2 mL, less than the 3.4 mL drawn' }]),
    });
    renderApp(`/sessions/${sessionId}`);
    await waitFor(() => expect(input('Lot number').value).toBe('L-EARLY'));
    type('Today’s weight (kg)', '68');
    type('Volume drawn (mL)', '3.4');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate and record the dose', hidden: true }));
    expect(await screen.findByText('Holds 2 mL, less than the 3.4 mL drawn')).toBeDefined();
    expect(screen.getByLabelText('Drawn from').getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the typed lot when the clinic does not keep its stock here', async () => {
    const api = serveSession(staffMe(['nurse']), ready, { [`PUT ${sessionPath}/dose`]: ok(sessionChart({ state: 'ready', revision: 4 })) });
    renderApp(`/sessions/${sessionId}`);
    await screen.findByRole('heading', { name: 'Dose' });
    await waitFor(() => expect(api.sent('GET', drawPath)).toHaveLength(1));
    expect(screen.queryByLabelText('Drawn from')).toBeNull();
    type('Today’s weight (kg)', '68');
    type('Lot number', 'LOT-9');
    type('Concentration (mg/mL)', '10');
    type('Volume drawn (mL)', '3.4');
    fireEvent.click(screen.getByRole('button', { name: 'Calculate and record the dose', hidden: true }));
    await waitFor(() => expect(api.sent('PUT', `${sessionPath}/dose`)).toHaveLength(1));
    expect(api.sent('PUT', `${sessionPath}/dose`)[0]!.body).toEqual({ weightKg: 68, drawn: { lotNumber: 'LOT-9', concentrationMgPerMl: 10, volumeMl: 3.4 }, revision: 3 });
  });
});
