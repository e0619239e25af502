import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { site, staffMe } from '../../testing/fixtures';
import { serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

describe('REMS monitoring forms', () => {
  it('lists unsubmitted forms with their deadline, urgency and PDF', async () => {
    const sessionId = 'e2000000-0000-4000-8000-000000000001';
    serveApi({
      'GET /api/site': { status: 200, body: site },
      'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) },
      'GET /api/safety-tasks/summary': { status: 200, body: { open: 0, overdue: 0 } },
      'GET /api/rems-forms': { status: 200, body: { forms: [{ sessionId, patientName: 'Finley Sampleperson', firstDeviceAt: '2026-11-20T15:00:00.000Z', dueBy: '2026-11-27T15:00:00.000Z', urgency: 'due-soon' }] } },
    });
    renderApp('/rems-forms');
    const table = await screen.findByRole('table', { name: 'Forms to submit' });
    const row = within(table).getAllByRole('row')[1]!;
    expect(within(row).getByText('Finley Sampleperson')).toBeDefined();
    expect(within(row).getByText('Due soon')).toBeDefined();
    expect(within(row).getByRole('link', { name: 'PDF' }).getAttribute('href')).toBe(`/api/sessions/${sessionId}/rems-form.pdf`);
  });
});
