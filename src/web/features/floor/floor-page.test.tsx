import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { site, staffMe } from '../../testing/fixtures';
import { serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { FakeEventSource } from './fake-event-source';
import type { FloorChair, FloorResponse } from './floor-types';

beforeEach(() => {
  FakeEventSource.instances = [];
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => vi.unstubAllGlobals());

const locationId = site.locations[0]!.id;
const chair = (overrides: Partial<FloorChair>): FloorChair => ({
  sessionId: 'e1000000-0000-4000-8000-000000000001',
  chair: 'Chair 1',
  locationId,
  initials: 'RS',
  route: 'iv',
  state: 'dosing',
  scheduledFor: '2025-03-05T16:00:00.000Z',
  checkedInAt: '2025-03-05T16:02:00.000Z',
  elapsedSeconds: 1_505,
  nextCheck: { dueAt: new Date(Date.now() + 240_000).toISOString(), overdue: false, secondsRemaining: 240, reason: 'Every 15 min during the session (protocol).' },
  openEvents: 0,
  unsignedStopEvents: 0,
  ...overrides,
});
const overdueChair = chair({
  sessionId: 'e1000000-0000-4000-8000-000000000002',
  chair: 'Chair 10',
  initials: 'JK',
  route: 'intranasal-esketamine',
  state: 'monitoring',
  nextCheck: { dueAt: new Date(Date.now() - 95_000).toISOString(), overdue: true, secondsRemaining: -95, reason: 'Blood pressure at 40 min after dosing started (protocol).' },
  openEvents: 2,
  unsignedStopEvents: 1,
});
const board = (chairs: FloorChair[]): FloorResponse => ({ generatedAt: new Date().toISOString(), chairs });

const serveFloor = (answers: FloorResponse[]) => {
  let call = 0;
  return serveApi({
    'GET /api/site': { status: 200, body: site },
    'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) },
    'GET /api/safety-tasks/summary': { status: 200, body: { open: 0, overdue: 0 } },
    'GET /api/floor': () => ({ status: 200, body: answers[Math.min(call++, answers.length - 1)] }),
  });
};
const card = (name: string) => screen.getByRole('article', { name, hidden: true });

describe('Treatment floor', () => {
  it('shows every chair with its timers and open events, each linking to its chart', async () => {
    serveFloor([board([overdueChair, chair({})])]);
    renderApp('/floor');
    await screen.findByRole('heading', { name: 'Chair 1', hidden: true });
    // In chair order, 10 after 1 (not as text sorts it).
    expect(screen.getAllByRole('article', { hidden: true }).map((article) => within(article).getByRole('heading', { hidden: true }).textContent)).toEqual(['Chair 1', 'Chair 10']);

    const first = card('Chair 1');
    expect(within(first).getByText('Patient initials').parentElement?.textContent).toBe('Patient initials RS');
    expect(within(first).getByText('IV infusion')).toBeDefined();
    expect(within(first).getByText('Dosing')).toBeDefined();
    expect(within(first).getByText(/^On the floor 25:0\d$/)).toBeDefined();
    expect(within(first).getByText(/^Next check in [34]:\d\d$/)).toBeDefined();
    expect(within(first).getByText('No open events')).toBeDefined();
    expect(within(first).getByRole('link', { name: 'Open the chart for Chair 1', hidden: true }).getAttribute('href')).toBe('/sessions/e1000000-0000-4000-8000-000000000001');

    const late = card('Chair 10');
    expect(within(late).getByText('Overdue')).toBeDefined();
    expect(within(late).getByText(/^Check overdue by 1:3\d$/).getAttribute('style')).toContain('red');
    const events = within(late).getByText('2 open events, 1 stop event unsigned');
    expect(events.getAttribute('style')).toContain('red');
    expect(screen.getByText('2 chairs, 1 overdue for a check.')).toBeDefined();
  });

  it('refetches the board on every "floor" event of the live stream, and says when the stream is down', async () => {
    const api = serveFloor([board([chair({})]), board([chair({}), chair({ sessionId: 'e1000000-0000-4000-8000-000000000003', chair: 'Chair 2', initials: 'AB', state: 'checked-in' })])]);
    renderApp('/floor');
    await screen.findByRole('heading', { name: 'Chair 1', hidden: true });
    const stream = FakeEventSource.latest();
    expect(stream.url).toBe('/api/floor/stream');
    expect(screen.getByText('Connecting…')).toBeDefined();
    act(() => stream.open());
    expect(screen.getByText('Live')).toBeDefined();

    act(() => stream.emit('floor', { sessionId: 'e1000000-0000-4000-8000-000000000003', locationId }));
    expect(await screen.findByRole('heading', { name: 'Chair 2', hidden: true })).toBeDefined();
    expect(api.sent('GET', '/api/floor')).toHaveLength(2);

    act(() => stream.fail());
    expect(screen.getByText('Reconnecting…')).toBeDefined();
    // Back again: changes made meanwhile are read at once.
    act(() => stream.open());
    expect(screen.getByText('Live')).toBeDefined();
    await waitFor(() => expect(api.sent('GET', '/api/floor')).toHaveLength(3));
  });
});
