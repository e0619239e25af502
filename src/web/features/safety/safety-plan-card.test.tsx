import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chart, patientId, patientMe, site, staffMe } from '../../testing/fixtures';
import { serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const plan = {
  warningSigns: ['Not sleeping'],
  internalCoping: ['A long walk'],
  socialDistraction: [],
  peopleToAsk: ['Sam, +1 555 0150'],
  professionals: ['988 Suicide & Crisis Lifeline (call or text 988)', 'Emergency services: 911'],
  lethalMeansSafety: [],
  reasonsForLiving: ['My dog'],
};

describe('the safety plan on the record', () => {
  it('shows the patient their plan, crisis lines included, with no way to edit it', async () => {
    serveApi({
      'GET /api/site': { status: 200, body: site },
      'GET /api/auth/me': { status: 200, body: patientMe() },
      [`GET /api/patients/${patientId}`]: { status: 200, body: chart },
      [`GET /api/patients/${patientId}/safety-plan`]: { status: 200, body: { version: 2, plan, writtenAt: '2026-11-27T10:00:00Z' } },
    });
    renderApp(`/patients/${patientId}`);
    const card = await screen.findByRole('region', { name: 'Safety plan' });
    await within(card).findByText('My dog');
    expect(within(card).getByText('988 Suicide & Crisis Lifeline (call or text 988)')).toBeDefined();
    expect(within(card).queryByRole('button', { name: /safety plan/ })).toBeNull();
  });

  it('lets the care team write a plan, one entry per line', async () => {
    const api = serveApi({
      'GET /api/site': { status: 200, body: site },
      'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) },
      [`GET /api/patients/${patientId}`]: { status: 200, body: chart },
      [`PUT /api/patients/${patientId}/safety-plan`]: { status: 200, body: { version: 1 } },
    });
    renderApp(`/patients/${patientId}`);
    const card = await screen.findByRole('region', { name: 'Safety plan' });
    fireEvent.click(await within(card).findByRole('button', { name: 'Write a safety plan' }));
    fireEvent.change(within(card).getByLabelText('Warning signs'), { target: { value: 'Not sleeping\n\n  Skipping meals  ' } });
    fireEvent.change(within(card).getByLabelText('What matters most to me'), { target: { value: 'My dog' } });
    fireEvent.click(within(card).getByRole('button', { name: 'Save safety plan' }));
    await waitFor(() => expect(api.sent('PUT', `/api/patients/${patientId}/safety-plan`)).toHaveLength(1));
    expect(api.sent('PUT', `/api/patients/${patientId}/safety-plan`)[0]!.body).toMatchObject({ warningSigns: ['Not sleeping', 'Skipping meals'], reasonsForLiving: ['My dog'], peopleToAsk: [] });
  });
});
