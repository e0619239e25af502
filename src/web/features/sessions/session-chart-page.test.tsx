import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffMe } from '../../testing/fixtures';
import { problem } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { dueIn, ok, serveSession, sessionChart, sessionId, sessionPath, stopEvent, treatmentBlocked } from './session-test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const page = `/sessions/${sessionId}`;
const esketamine = { route: 'intranasal-esketamine', protocol: { key: 'intranasal-esketamine-trd', name: 'Esketamine nasal spray for TRD', route: 'intranasal-esketamine', vitalSignIntervalMinutes: 15, minimumObservationMinutes: 120 } };
const blockers = [
  { code: 'CSSRS_NOT_DONE', message: 'Do the C-SSRS (since last visit) today before dosing.' },
  { code: 'BASELINE_VITALS_MISSING', message: 'Take baseline vital signs before dosing; missing: respiratory rate.' },
];
const type = (label: RegExp | string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('Session chart', () => {
  it('sends the readiness checklist, then lists every blocker of a refused "Confirm ready" in plain words', async () => {
    const api = serveSession(staffMe(['nurse']), sessionChart(esketamine), {
      [`PUT ${sessionPath}/readiness`]: (request) => ok(sessionChart({ ...esketamine, revision: 4, readiness: (request.body as { checklist: Record<string, unknown> }).checklist })),
      [`POST ${sessionPath}/transitions`]: treatmentBlocked(blockers),
    });
    renderApp(page);
    await screen.findByRole('heading', { name: 'Before dosing' });
    type('Last food', '2025-03-05T06:30');
    type('Last liquid', '2025-03-05T08:00');
    fireEvent.click(screen.getByLabelText('Booked transport'));
    type('Transport company or driver', 'City Cabs');
    type('Transport phone', '555-0199');
    fireEvent.click(screen.getByLabelText('Today’s pre-session measures are done'));
    fireEvent.click(screen.getByRole('button', { name: 'Confirm ready', hidden: true }));

    const alert = (await screen.findByText('Not ready to dose')).closest('[role="alert"]') as HTMLElement;
    expect(within(alert).getAllByRole('listitem', { hidden: true }).map((item) => item.textContent)).toEqual([`${blockers[0]!.message} Record the C-SSRS`, blockers[1]!.message]);
    expect(within(alert).getByRole('link', { name: 'Record the C-SSRS', hidden: true }).getAttribute('href')).toBe('/patients/7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a/assessments/new');
    expect(api.sent('PUT', `${sessionPath}/readiness`)[0]!.body).toEqual({
      checklist: {
        lastFoodAt: new Date('2025-03-05T06:30').toISOString(),
        lastLiquidAt: new Date('2025-03-05T08:00').toISOString(),
        escort: { name: 'City Cabs', phone: '555-0199', kind: 'transport' },
        preSessionMeasuresDone: true,
      },
      revision: 3,
    });
    expect(api.sent('POST', `${sessionPath}/transitions`)[0]!.body).toEqual({ action: 'confirm-readiness', revision: 4 });
    // A nurse cannot proceed despite the checks; that is the prescriber's call.
    expect(screen.queryByRole('button', { name: 'Proceed anyway', hidden: true })).toBeNull();
  });

  it('lets a prescriber proceed despite the readiness checks, with a reason', async () => {
    const gaps = { ...sessionChart().status, readinessGaps: [blockers[0]!], measuresDue: { when: 'before' as const, instrumentIds: ['phq9'] } };
    const api = serveSession(staffMe(['prescriber']), sessionChart({ status: gaps }), { [`POST ${sessionPath}/transitions`]: ok(sessionChart({ state: 'ready', revision: 4 })) });
    renderApp(page);
    const proceed = await screen.findByRole('button', { name: 'Proceed anyway', hidden: true });
    expect(screen.getByText(blockers[0]!.message)).toBeDefined();
    expect(screen.getByText('Measures due before this session')).toBeDefined();
    expect(screen.getByText(/^PHQ-9\./)).toBeDefined();
    expect(proceed.hasAttribute('disabled')).toBe(true);
    type(/Reason to proceed/, 'C-SSRS done on paper at 9:10, no risk');
    fireEvent.click(proceed);
    expect(await screen.findByRole('heading', { name: 'Dose' })).toBeDefined();
    expect(api.sent('POST', `${sessionPath}/transitions`)[0]!.body).toEqual({ action: 'confirm-readiness', override: true, reason: 'C-SSRS done on paper at 9:10, no risk', revision: 3 });
  });

  it('records vital signs and shows the stop event they opened, in red, with a form for the action', async () => {
    const dosing = { state: 'dosing', dosingStartedAt: '2025-03-05T16:20:00.000Z', status: { ...sessionChart().status, nextCheck: dueIn(300) } };
    const api = serveSession(staffMe(['nurse']), sessionChart(dosing), {
      [`POST ${sessionPath}/vitals`]: ok(sessionChart({ ...dosing, revision: 4, events: [stopEvent()], vitals: [{ id: 'a2000000-0000-4000-8000-000000000001', measuredAt: '2025-03-05T16:30:00.000Z', systolicMmHg: 185, diastolicMmHg: 95, heartRateBpm: 88, spo2Percent: 97, respiratoryRatePerMin: 14, source: 'manual' }] })),
      [`POST ${sessionPath}/events/${stopEvent().id}/action`]: ok(sessionChart({ ...dosing, revision: 5, events: [stopEvent({ actionNote: 'Infusion paused, prescriber called', actionAt: '2025-03-05T16:31:00.000Z' })] })),
    });
    renderApp(page);
    await screen.findByRole('heading', { name: 'Record vital signs' });
    expect(screen.getByText('No events.')).toBeDefined();
    type('Systolic (mmHg)', '185');
    type('Diastolic (mmHg)', '95');
    type('Heart rate (bpm)', '88');
    type('SpO2 (%)', '97');
    type('Resp. rate (/min)', '14');
    fireEvent.click(screen.getByRole('button', { name: 'Record', hidden: true }));

    const event = await screen.findByRole('listitem', { name: /^Stop: Systolic 185 mmHg/, hidden: true });
    expect(api.sent('POST', `${sessionPath}/vitals`)[0]!.body).toEqual({ readings: [{ systolicMmHg: 185, diastolicMmHg: 95, heartRateBpm: 88, spo2Percent: 97, respiratoryRatePerMin: 14 }], source: 'manual' });
    expect(within(event).getByText('Stop').closest('.mantine-Badge-root')?.getAttribute('style')).toContain('red');
    expect(event.getAttribute('data-level')).toBe('stop');
    expect((screen.getByLabelText('Systolic (mmHg)') as HTMLInputElement).value).toBe('');
    expect(within(screen.getByRole('table', { name: 'Vital signs', hidden: true })).getAllByRole('row', { hidden: true })).toHaveLength(2);

    fireEvent.change(within(event).getByLabelText('What was done'), { target: { value: 'Infusion paused, prescriber called' } });
    fireEvent.click(within(event).getByRole('button', { name: 'Save action', hidden: true }));
    expect(await screen.findByText('Infusion paused, prescriber called')).toBeDefined();
    expect(api.sent('POST', `${sessionPath}/events/${stopEvent().id}/action`)[0]!.body).toEqual({ actionNote: 'Infusion paused, prescriber called' });
  });

  it('refuses implausible vital signs before sending them', async () => {
    const api = serveSession(staffMe(['nurse']), sessionChart());
    renderApp(page);
    await screen.findByRole('heading', { name: 'Record vital signs' });
    type('Systolic (mmHg)', '1200');
    fireEvent.click(screen.getByRole('button', { name: 'Record', hidden: true }));
    expect(await screen.findByText('Systolic above 300 is not plausible; check the entry')).toBeDefined();
    expect(api.sent('POST', `${sessionPath}/vitals`)).toHaveLength(0);
  });

  it('shows an overdue check in red, and says so to screen readers', async () => {
    serveSession(staffMe(['nurse']), sessionChart({ state: 'dosing', status: { ...sessionChart().status, nextCheck: dueIn(-90) } }));
    renderApp(page);
    const timer = await screen.findByText(/^Next check overdue by 1:3\d$/);
    expect(timer.getAttribute('style')).toContain('red');
    expect(timer.closest('[data-overdue]')?.textContent).toContain('Overdue');
    // Screen readers hear whole minutes from a polite status region, not every tick.
    expect(screen.getByText('Next check overdue by 1 minute.').getAttribute('aria-live')).toBe('polite');
  });

  it('imports monitor readings as one request', async () => {
    const api = serveSession(staffMe(['nurse']), sessionChart({ state: 'monitoring' }), { [`POST ${sessionPath}/vitals`]: ok(sessionChart({ state: 'monitoring', revision: 4 })) });
    renderApp(page);
    await screen.findByLabelText('Monitor readings');
    type('Monitor readings', 'time,systolic,diastolic,hr,spo2,rr\n2025-03-05T16:40:00Z,130,80,72,98,14\n\n2025-03-05T16:45:00Z,128,79,70,98,');
    fireEvent.click(screen.getByRole('button', { name: 'Import readings', hidden: true }));
    await waitFor(() => expect(api.sent('POST', `${sessionPath}/vitals`)).toHaveLength(1));
    expect(api.sent('POST', `${sessionPath}/vitals`)[0]!.body).toEqual({
      readings: [
        { measuredAt: '2025-03-05T16:40:00.000Z', systolicMmHg: 130, diastolicMmHg: 80, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 },
        { measuredAt: '2025-03-05T16:45:00.000Z', systolicMmHg: 128, diastolicMmHg: 79, heartRateBpm: 70, spo2Percent: 98 },
      ],
      source: 'monitor-import',
    });
  });

  it('reads the chart again when someone else changed it first', async () => {
    const api = serveSession(staffMe(['nurse']), sessionChart({ state: 'discharge-ready' }), {
      [`POST ${sessionPath}/transitions`]: problem(409, 'CONFLICT', 'Someone else changed this session since you opened it.', [{ in: 'body', pointer: '/revision', detail: 'The session is at revision 5' }]),
    });
    renderApp(page);
    fireEvent.click(await screen.findByRole('button', { name: 'Discharge', hidden: true }));
    expect(await screen.findByText('Someone else changed this session')).toBeDefined();
    await waitFor(() => expect(api.sent('GET', sessionPath)).toHaveLength(2));
  });
});
