import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffMe } from '../../testing/fixtures';
import { problem } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { container, sessionDraw, spravato } from '../stock/stock-fixtures';
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
      administrations: [{ containerId: vial.id, quantityMg: 34, quantityMl: 3.4 }],
      waste: { containerId: vial.id, quantityMg: 6, quantityMl: 0.6, method: 'Expelled into the pharmaceutical waste container' },
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

  it('wastes the whole draw, with a witness and no administration line, when none was given', async () => {
    const api = serveSession(staffMe(['nurse']), discharged, {
      [`GET ${drawPath}`]: ok(unaccounted),
      [`POST ${accountPath}`]: { status: 201, body: sessionDraw({ ...unaccounted, totals: { drawnMg: 40, administeredMg: 0, wastedMg: 40, unaccountedMg: 0 }, reconciled: true }) },
    });
    renderApp(`/sessions/${sessionId}`);
    const form = await screen.findByRole('form', { name: 'Account for the drawn product' });
    fireEvent.click(within(form).getByRole('button', { name: 'None was given', hidden: true }));
    expect((within(form).getByLabelText('Administered (mg)') as HTMLInputElement).value).toBe('0');
    expect((within(form).getByLabelText('Administered (mL)') as HTMLInputElement).value).toBe('0');
    expect(within(form).getByText('Nothing was given: all 40 mg (4 mL) drawn is wasted now, with a witness.')).toBeDefined();
    fireEvent.click(within(form).getByRole('button', { name: 'Record as wasted', hidden: true }));
    expect(await within(form).findByText('Say how it was wasted')).toBeDefined();
    expect(api.sent('POST', accountPath)).toHaveLength(0);

    type(form, 'How it was wasted', 'Expelled into the pharmaceutical waste container');
    const witness = within(form).getByRole('group', { name: 'Witness to the waste', hidden: true });
    type(witness, 'E-mail address', 'nina@example.test');
    type(witness, 'Password', 'her password');
    fireEvent.click(within(form).getByRole('button', { name: 'Record as wasted', hidden: true }));
    expect(await screen.findByText('Accounted for')).toBeDefined();
    expect(api.sent('POST', accountPath)[0]!.body).toEqual({
      administrations: [],
      waste: { containerId: vial.id, quantityMg: 40, quantityMl: 4, method: 'Expelled into the pharmaceutical waste container' },
      witness: { email: 'nina@example.test', password: 'her password' },
    });
    expect(rows()).toEqual(['Drawn40 mg, lot L1', 'Administered0 mg', 'Wasted40 mg', 'Unaccounted0 mg']);
  });

  it('shows the server’s faults at the line and the waste they are about', async () => {
    serveSession(staffMe(['nurse']), discharged, {
      [`GET ${drawPath}`]: ok(unaccounted),
      [`POST ${accountPath}`]: problem(400, 'VALIDATION', 'The request is not valid', [
        { in: 'body', pointer: '/administrations/0/quantityMl', detail: 'More than the container holds' },
        { in: 'body', pointer: '/waste/quantityMg', detail: '40 mg was drawn' },
      ]),
    });
    renderApp(`/sessions/${sessionId}`);
    const form = await screen.findByRole('form', { name: 'Account for the drawn product' });
    type(form, 'How the rest was wasted', 'Expelled');
    const witness = within(form).getByRole('group', { name: 'Witness to the waste', hidden: true });
    type(witness, 'E-mail address', 'nina@example.test');
    type(witness, 'Password', 'her password');
    fireEvent.click(within(form).getByRole('button', { name: 'Record given and wasted', hidden: true }));
    const ml = within(form).getByLabelText('Administered (mL)');
    await waitFor(() => expect(ml.getAttribute('aria-invalid')).toBe('true'));
    expect(within(form).getByText('More than the container holds')).toBeDefined();
    expect(within(form).getByText('40 mg was drawn')).toBeDefined();
  });

  it('stays out of the way when the clinic does not keep its ledger here', async () => {
    serveSession(staffMe(['prescriber']), discharged, { [`GET ${drawPath}`]: problem(404, 'NOT_FOUND', 'No draw for this session.') });
    renderApp(`/sessions/${sessionId}`);
    fireEvent.change(await screen.findByLabelText('Session note'), { target: { value: 'IV ketamine 34 mg; tolerated, discharged with escort.' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Sign', hidden: true }).hasAttribute('disabled')).toBe(false));
    expect(screen.queryByText('Account for the drawn product')).toBeNull();
  });
});

describe('Accounting for esketamine nasal devices', () => {
  const esketamine = sessionChart({ state: 'discharged', dischargedAt: '2025-03-05T18:00:00.000Z', route: 'intranasal-esketamine', protocol: { key: 'intranasal-esketamine-trd', name: 'Esketamine nasal spray for TRD', route: 'intranasal-esketamine', vitalSignIntervalMinutes: 15, minimumObservationMinutes: 120 } });
  const [first, drawnDevice, third, fourth] = [1, 2, 3, 4].map(() => container({}, spravato));
  const devicesDrawn = sessionDraw({ form: 'nasal-device', doseMg: 84, drawn: { containerId: drawnDevice!.id, lotNumber: 'L1', mg: 84 }, candidates: [first!, drawnDevice!, third!, fourth!], totals: { drawnMg: 84, administeredMg: 0, wastedMg: 0, unaccountedMg: 84 } });
  const device = (form: HTMLElement, n: number) => within(form).getByLabelText(`Device ${n}`) as HTMLSelectElement;

  it('lists a device for each 28 mg drawn, the drawn one first, and posts one line per device given', async () => {
    const api = serveSession(staffMe(['nurse']), esketamine, {
      [`GET ${drawPath}`]: ok(devicesDrawn),
      [`POST ${accountPath}`]: { status: 201, body: sessionDraw({ ...devicesDrawn, candidates: [third!, fourth!], totals: { drawnMg: 84, administeredMg: 56, wastedMg: 0, unaccountedMg: 28 } }) },
    });
    renderApp(`/sessions/${sessionId}`);
    const form = await screen.findByRole('form', { name: 'Account for the drawn product' });
    expect(within(form).getByText('84 mg drawn is still to account for. Choose each device given; a device given is given whole.')).toBeDefined();
    expect((within(form).getByLabelText('Devices given') as HTMLSelectElement).value).toBe('3');
    expect([1, 2, 3].map((n) => device(form, n).value)).toEqual([drawnDevice!.id, first!.id, third!.id]);
    expect(within(form).queryByLabelText('Administered (mg)')).toBeNull();
    expect(within(form).queryByRole('group', { name: 'Witness to the waste', hidden: true })).toBeNull();

    // A device twice is refused before anything is sent.
    fireEvent.change(device(form, 2), { target: { value: drawnDevice!.id } });
    fireEvent.click(within(form).getByRole('button', { name: 'Record devices given', hidden: true }));
    expect(await within(form).findByText('This device is already listed')).toBeDefined();
    expect(api.sent('POST', accountPath)).toHaveLength(0);

    // Two given; the third stays sealed, and its 28 mg stays unaccounted for.
    fireEvent.change(within(form).getByLabelText('Devices given'), { target: { value: '2' } });
    fireEvent.change(device(form, 2), { target: { value: first!.id } });
    expect(within(form).queryByLabelText('Device 3')).toBeNull();
    expect(within(form).getByText('Given: 2 devices, 56 mg (0.4 mL).')).toBeDefined();
    expect(within(form).getByText('28 mg drawn stays unaccounted for: a device not used stays sealed in stock.')).toBeDefined();
    fireEvent.click(within(form).getByRole('button', { name: 'Record devices given', hidden: true }));
    await waitFor(() => expect(rows()).toEqual(['Drawn84 mg, lot L1', 'Administered56 mg', 'Wasted0 mg', 'Unaccounted28 mg']));
    expect(api.sent('POST', accountPath)[0]!.body).toEqual({
      administrations: [
        { containerId: drawnDevice!.id, quantityMg: 28, quantityMl: 0.2 },
        { containerId: first!.id, quantityMg: 28, quantityMl: 0.2 },
      ],
    });
    expect(screen.queryByText('Accounted for')).toBeNull();
  });

  it('shows the server’s fault at the device line it names', async () => {
    serveSession(staffMe(['nurse']), esketamine, {
      [`GET ${drawPath}`]: ok(devicesDrawn),
      [`POST ${accountPath}`]: problem(409, 'CONFLICT', 'The container is empty', [{ in: 'body', pointer: '/administrations/1/quantityMl', detail: 'More than the container holds (0 mL)' }]),
    });
    renderApp(`/sessions/${sessionId}`);
    const form = await screen.findByRole('form', { name: 'Account for the drawn product' });
    fireEvent.click(within(form).getByRole('button', { name: 'Record devices given', hidden: true }));
    await waitFor(() => expect(device(form, 2).getAttribute('aria-invalid')).toBe('true'));
    expect(device(form, 1).getAttribute('aria-invalid')).not.toBe('true');
    expect(within(form).getByText('More than the container holds (0 mL)')).toBeDefined();
  });
});
