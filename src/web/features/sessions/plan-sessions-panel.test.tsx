import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patientId, staffMe } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import { plan, planId, servePlans } from '../treatment-plans/plan-test-fixtures';
import { ok, sessionChart } from './session-test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const sessionsPath = `/api/patients/${patientId}/sessions`;
const newSessionId = 'e1000000-0000-4000-8000-000000000009';
const active = plan({ status: 'active', activatedAt: '2025-03-01T09:00:00.000Z' });
const listed = [
  { id: 'e1000000-0000-4000-8000-000000000001', planId: active.id, planSequence: 1, state: 'discharged', chair: 'Chair 2', scheduledFor: '2025-03-03T16:00:00.000Z', signedAt: null },
  // A session of an earlier plan: not this plan's session 2.
  { id: 'e1000000-0000-4000-8000-000000000000', planId: 'f0000000-0000-4000-8000-00000000000f', planSequence: 2, state: 'discharged', chair: 'Chair 1', scheduledFor: '2025-01-03T16:00:00.000Z', signedAt: null },
];

describe('Session day on an active plan', () => {
  it('opens a started session and checks the patient in for the next one in a chair', async () => {
    const booked = sessionChart({ id: newSessionId, planSequence: 2, state: 'scheduled', revision: 1, checkedInAt: null });
    const api = servePlans(staffMe(['nurse']), [active], {
      [`GET ${sessionsPath}`]: ok({ sessions: listed }),
      [`POST ${sessionsPath}`]: { status: 201, body: booked },
      [`POST /api/sessions/${newSessionId}/transitions`]: ok({ ...booked, state: 'checked-in', revision: 2, checkedInAt: '2025-03-05T16:02:00.000Z' }),
      [`GET /api/sessions/${newSessionId}`]: ok({ ...booked, state: 'checked-in', revision: 2 }),
    });
    const view = renderApp(`/patients/${patientId}/plan`);
    const table = await screen.findByRole('table', { name: 'Session day', hidden: true });
    await within(table).findByRole('link', { name: 'Open session 1', hidden: true });
    expect(within(table).getByRole('link', { name: 'Open session 1', hidden: true }).getAttribute('href')).toBe('/sessions/e1000000-0000-4000-8000-000000000001');
    expect(within(table).queryByRole('link', { name: 'Open session 2', hidden: true })).toBeNull();

    fireEvent.click(within(table).getByRole('button', { name: 'Check in for session 2', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'Check in for session 2' });
    fireEvent.change(within(dialog).getByLabelText(/Chair or room/), { target: { value: 'Chair 4' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Check in' }));

    await waitFor(() => expect(view.location()).toBe(`/sessions/${newSessionId}`));
    expect(api.sent('POST', sessionsPath)[0]!.body).toEqual({ planId, planSequence: 2, chair: 'Chair 4' });
    expect(api.sent('POST', `/api/sessions/${newSessionId}/transitions`)[0]!.body).toEqual({ action: 'check-in', revision: 1 });
    expect(await screen.findByRole('heading', { name: 'Before dosing' })).toBeDefined();
  });
});
