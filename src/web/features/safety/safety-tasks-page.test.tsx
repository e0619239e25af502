import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patientId, site, staffMe } from '../../testing/fixtures';
import { safetyTask } from '../../testing/measure-fixtures';
import { problem, serveApi, type MockRoutes } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const high = safetyTask({ severity: 'high', reasons: ['C-SSRS screener: high risk'], dueAt: '2025-01-10T16:00:00.000Z', overdue: true, escalatedAt: '2025-01-10T16:05:00.000Z' });
const moderate = safetyTask({ patientName: 'Alex Doe', mrn: 'KC-000043' });
const serveQueue = (routes: MockRoutes = {}) =>
  serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) }, 'GET /api/safety-tasks': { status: 200, body: { tasks: [high, moderate] } }, ...routes });
const local = (iso: string) => dayjs(iso).format('MMM D, YYYY HH:mm');
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const errorUnder = (label: string) =>
  (screen.getByLabelText(label).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

describe('Safety task queue', () => {
  it('lists the open tasks with severity, patient, reasons, deadline and escalation', async () => {
    const api = serveQueue();
    renderApp('/safety');
    const table = await screen.findByRole('table', { name: 'Safety tasks' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['High', 'Robin SmithMRN KC-000042', 'C-SSRS screener: high risk', `${local(high.dueAt)}overdue`, local(high.escalatedAt!), 'Document response'],
      ['Moderate', 'Alex DoeMRN KC-000043', 'PHQ-9 item 9 (thoughts of death or self-harm) answered 1 of 3', local(moderate.dueAt), 'No', 'Document response'],
    ]);
    expect(within(rows[0]!).getByRole('link', { name: 'Robin Smith' }).getAttribute('href')).toBe(`/patients/${patientId}`);
    expect(api.sent('GET', '/api/safety-tasks').map((request) => request.query.get('status'))).toContain('open');
  });

  it('documents the response, closes the task and refreshes the list', async () => {
    const api = serveQueue({ [`POST /api/safety-tasks/${high.id}/resolve`]: { status: 204 } });
    renderApp('/safety');
    fireEvent.click(await screen.findByRole('button', { name: 'Document response for Robin Smith' }));
    const dialog = await screen.findByRole('dialog', { name: 'Document the response for Robin Smith' });
    fireEvent.click(within(dialog).getByLabelText('C-SSRS completed'));
    fireEvent.click(within(dialog).getByLabelText('Safety plan reviewed'));
    type('Disposition', 'same-day-evaluation');
    type('What was done', '  Called the patient; full C-SSRS done, plan reviewed, seen today by Dr Lee.  ');
    api.routes['GET /api/safety-tasks'] = { status: 200, body: { tasks: [moderate] } };
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save and close the task' }));

    expect((await screen.findByRole('status')).textContent).toContain('Response saved for Robin Smith. The task is closed.');
    expect(api.sent('POST', `/api/safety-tasks/${high.id}/resolve`).map((request) => request.body)).toEqual([
      { cssrsCompleted: true, safetyPlanReviewed: true, disposition: 'same-day-evaluation', note: 'Called the patient; full C-SSRS done, plan reviewed, seen today by Dr Lee.' },
    ]);
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Safety tasks' })).getAllByRole('row')).toHaveLength(2));
  });

  it('asks for a disposition and a note before sending, and shows the server’s message at the note', async () => {
    const api = serveQueue({ [`POST /api/safety-tasks/${moderate.id}/resolve`]: problem(400, 'VALIDATION', 'The request is not valid.', [{ in: 'body', pointer: '/note', detail: 'Say what was done (at least 10 characters)' }]) });
    renderApp('/safety');
    fireEvent.click(await screen.findByRole('button', { name: 'Document response for Alex Doe' }));
    const dialog = await screen.findByRole('dialog');
    type('What was done', 'called');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save and close the task' }));
    expect(errorUnder('Disposition')).toBe('Choose what happens next');
    expect(errorUnder('What was done')).toContain('Say what was done (at least 10 characters)');
    expect(api.sent('POST', `/api/safety-tasks/${moderate.id}/resolve`)).toHaveLength(0);

    type('Disposition', 'continue-treatment');
    type('What was done', 'Spoke with the patient.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save and close the task' }));
    await waitFor(() => expect(api.sent('POST', `/api/safety-tasks/${moderate.id}/resolve`)).toHaveLength(1));
    await waitFor(() => expect(errorUnder('What was done')).toContain('Say what was done (at least 10 characters)'));
    expect(within(dialog).getByRole('alert').textContent).toContain('The response was not saved');
  });

  it('shows closed tasks with their disposition when asked for all', async () => {
    const closed = safetyTask({ resolvedAt: '2025-01-10T17:00:00.000Z', resolution: { cssrsCompleted: true, safetyPlanReviewed: true, disposition: 'emergency-referral', note: 'Sent to the ED.' } });
    const api = serveQueue();
    api.routes['GET /api/safety-tasks'] = (request) => ({ status: 200, body: { tasks: request.query.get('status') === 'all' ? [closed] : [high] } });
    renderApp('/safety');
    await screen.findByRole('button', { name: 'Document response for Robin Smith' });
    fireEvent.click(screen.getByRole('radio', { name: 'All' }));
    expect(await screen.findByText(`Closed ${local(closed.resolvedAt!)}: Emergency referral`)).toBeDefined();
    expect(screen.queryByRole('button', { name: /Document response/ })).toBeNull();
  });

  it('refreshes the list every minute', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const api = serveQueue();
      renderApp('/safety');
      await screen.findByRole('table', { name: 'Safety tasks' });
      const before = api.sent('GET', '/api/safety-tasks').length;
      await vi.advanceTimersByTimeAsync(60_000);
      expect(api.sent('GET', '/api/safety-tasks').length).toBeGreaterThan(before);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is not offered to front desk', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['front-desk']) } });
    renderApp('/safety');
    expect(await screen.findByText('Not available to you')).toBeDefined();
  });
});
