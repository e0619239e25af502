import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffMe } from '../../testing/fixtures';
import { problem } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { container, sessionDraw } from '../stock/stock-fixtures';
import { ok, serveSession, sessionChart, sessionId, sessionPath } from './session-test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const drawPath = `/api/controlled-substances/sessions/${sessionId}/draw`;
const accountPath = `/api/controlled-substances/sessions/${sessionId}/account`;
const discharged = sessionChart({ state: 'discharged', dischargedAt: '2025-03-05T18:00:00.000Z' });
const vial = container({ state: 'in-use', balanceMg: 160, balanceMl: 16, lotNumber: 'L1' });
const unaccounted = sessionDraw({ doseMg: 34, drawn: { containerId: vial.id, lotNumber: 'L1', mg: 40 }, candidates: [vial], totals: { drawnMg: 40, administeredMg: 0, wastedMg: 0, unaccountedMg: 40 } });
const accounted = sessionDraw({ ...unaccounted, totals: { drawnMg: 40, administeredMg: 34, wastedMg: 6, unaccountedMg: 0 }, reconciled: true });
const rows = () => within(screen.getByRole('table', { name: 'Drawn product' })).getAllByRole('row').map((row) => row.textContent);
const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

describe('Accounting for the drawn product before sign-off', () => {
  it('records the dose given and the rest wasted with a witness, then lets the prescriber sign', async () => {
    const api = serveSession(staffMe(['prescriber']), discharged, {
      [`GET ${drawPath}`]: ok(unaccounted),
      [`POST ${accountPath}`]: { status: 201, body: accounted },
      [`POST ${sessionPath}/sign`]: problem(409, 'TREATMENT_BLOCKED', 'The controlled-substance record does not balance: 6 mg drawn is neither administered nor wasted'),
    });
    renderApp(`/sessions/${sessionId}`);
    const form = await screen.findByRole('form', { name: 'Account for the drawn product' });
    expect(rows()).toEqual(['Drawn40 mg, lot L1', 'Administered0 mg', 'Wasted0 mg', 'Unaccounted40 mg']);
    fireEvent.change(screen.getByLabelText('Session note'), { target: { value: 'IV ketamine 34 mg; tolerated, discharged with escort.' } });
    const sign = screen.getByRole('button', { name: 'Sign', hidden: true });
    expect(sign.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Account for the drawn product first.')).toBeDefined();

    expect((within(form).getByLabelText('Administered (mg)') as HTMLInputElement).value).toBe('34');
    expect((within(form).getByLabelText('Administered (mL)') as HTMLInputElement).value).toBe('3.4');
    expect(within(form).getByText('The rest, 6 mg (0.6 mL), is wasted now, with a witness.')).toBeDefined();
    fireEvent.click(within(form).getByRole('button', { name: 'Record given and wasted', hidden: true }));
    expect(await within(form).findByText('Say how the rest was wasted')).toBeDefined();
    expect(api.sent('POST', accountPath)).toHaveLength(0);

    type(form, 'How the rest was wasted', 'Expelled into the pharmaceutical waste container');
    const witness = within(form).getByRole('group', { name: 'Witness to the waste', hidden: true });
    type(witness, 'E-mail address', 'nina@example.test');
    type(witness, 'Password', 'her password');
    type(witness, 'Six-digit code', '654321');
    fireEvent.click(within(form).getByRole('button', { name: 'Record given and wasted', hidden: true }));
    expect(await screen.findByText('Accounted for')).toBeDefined();
    expect(api.sent('POST', accountPath)[0]!.body).toEqual({
      containerId: vial.id,
      administeredMg: 34,
      administeredMl: 3.4,
      waste: { quantityMg: 6, quantityMl: 0.6, method: 'Expelled into the pharmaceutical waste container' },
      witness: { email: 'nina@example.test', password: 'her password', code: '654321' },
    });
    expect(rows()).toEqual(['Drawn40 mg, lot L1', 'Administered34 mg', 'Wasted6 mg', 'Unaccounted0 mg']);
    expect(screen.queryByRole('form', { name: 'Account for the drawn product' })).toBeNull();

    await waitFor(() => expect(sign.hasAttribute('disabled')).toBe(false));
    fireEvent.click(sign);
    const refused = await screen.findByRole('alert');
    expect(refused.textContent).toContain('The controlled-substance record does not balance: 6 mg drawn is neither administered nor wasted');
  });

  it('shows the witness’s failed sign-in at the witness fields', async () => {
    serveSession(staffMe(['nurse']), discharged, {
      [`GET ${drawPath}`]: ok(unaccounted),
      [`POST ${accountPath}`]: problem(403, 'FORBIDDEN', 'The witness could not be confirmed: the authenticator code is wrong or already used', [{ in: 'body', pointer: '/witness', detail: 'the authenticator code is wrong or already used' }]),
    });
    renderApp(`/sessions/${sessionId}`);
    const form = await screen.findByRole('form', { name: 'Account for the drawn product' });
    type(form, 'How the rest was wasted', 'Expelled');
    const witness = within(form).getByRole('group', { name: 'Witness to the waste', hidden: true });
    type(witness, 'E-mail address', 'omar@example.test');
    type(witness, 'Password', 'his password');
    type(witness, 'Six-digit code', '111111');
    fireEvent.click(within(form).getByRole('button', { name: 'Record given and wasted', hidden: true }));
    expect(await within(witness).findByText('the authenticator code is wrong or already used')).toBeDefined();
    expect(screen.getByText('Waiting for the prescriber to write and sign the session note.')).toBeDefined();
  });

  it('stays out of the way when the clinic does not keep its ledger here', async () => {
    serveSession(staffMe(['prescriber']), discharged, { [`GET ${drawPath}`]: problem(404, 'NOT_FOUND', 'No draw for this session.') });
    renderApp(`/sessions/${sessionId}`);
    fireEvent.change(await screen.findByLabelText('Session note'), { target: { value: 'IV ketamine 34 mg; tolerated, discharged with escort.' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign', hidden: true }).hasAttribute('disabled')).toBe(false));
    expect(screen.queryByText('Account for the drawn product')).toBeNull();
  });
});
