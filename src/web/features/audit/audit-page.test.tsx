import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuditReport } from '../../../server/routes/audit/audit.schemas';
import type { BreakGlassListResponse } from '../../../server/routes/patients/patients.schemas';
import { patientId, site, staffMe } from '../../testing/fixtures';
import { serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const ninaId = '44444444-4444-4444-8444-444444444444';
const entry = (seq: number, overrides: Partial<AuditReport['entries'][number]>): AuditReport['entries'][number] => ({
  seq,
  occurredAt: '2025-01-10T15:00:05.000Z',
  actorUserId: ninaId,
  actorRole: 'nurse',
  action: 'patient.read',
  entityType: 'patient',
  entityId: patientId,
  patientId,
  requestId: `req-${seq}`,
  sourceIp: '127.0.0.1',
  outcome: 'success',
  breakGlass: false,
  reason: null,
  details: null,
  ...overrides,
});
const report: AuditReport = {
  entries: [
    entry(3, { breakGlass: true, reason: 'Patient in the waiting room, home clinic closed' }),
    entry(2, { action: 'user.list', actorRole: 'nurse+therapist', patientId: null, entityType: null, entityId: null, outcome: 'denied' }),
    entry(1, { action: 'auth.password-reset-requested', actorUserId: null, actorRole: null, patientId: null, outcome: 'failure', requestId: null }),
  ],
  total: 3,
  limit: 50,
  offset: 0,
};
const grants: BreakGlassListResponse = {
  grants: [
    {
      id: 'c0000000-0000-4000-8000-000000000001',
      userId: ninaId,
      userName: 'Nina Nurse',
      patientId,
      patientName: 'Robin Smith',
      reason: 'Patient in the waiting room, home clinic closed',
      grantedAt: '2025-01-10T15:00:00.000Z',
      expiresAt: '2025-01-10T16:00:00.000Z',
    },
  ],
};
const serveAudit = (roles: Parameters<typeof staffMe>[0] = ['admin']) =>
  serveApi({
    'GET /api/site': { status: 200, body: site },
    'GET /api/auth/me': { status: 200, body: staffMe(roles) },
    'GET /api/audit': { status: 200, body: report },
    'GET /api/break-glass': { status: 200, body: grants },
  });
const cells = (table: HTMLElement) => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent));
const lastQuery = (api: ReturnType<typeof serveApi>) => Object.fromEntries(api.sent('GET', '/api/audit').at(-1)!.query);
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('Audit page', () => {
  it('lists the entries newest first, with the outcome, and marks emergency access with its reason', async () => {
    const api = serveAudit();
    renderApp('/audit');
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    const time = dayjs('2025-01-10T15:00:05.000Z').format('MMM D, YYYY HH:mm:ss');
    expect(cells(table)).toEqual([
      [time, '44444444Nurse', 'patient.read', '7d1e2f3a', 'Success', 'Break-glassPatient in the waiting room, home clinic closed', 'req-3'],
      [time, '44444444Nurse, Therapist', 'user.list', '', 'Denied', '', 'req-2'],
      [time, 'Not signed in', 'auth.password-reset-requested', '', 'Failure', '', ''],
    ]);
    expect(within(table).getByText('Break-glass')).toBeDefined();
    expect(within(table).getAllByTitle(patientId)).toHaveLength(1);
    expect(lastQuery(api)).toEqual({ sort: 'occurredAt', order: 'desc', limit: '50', offset: '0' });
    expect(screen.getByText('3 entries')).toBeDefined();
  });

  it('sorts by the column header clicked, and reverses on a second click', async () => {
    const api = serveAudit();
    renderApp('/audit');
    const table = await screen.findByRole('table', { name: 'Audit trail' });
    const header = (name: string) => within(table).getByRole('columnheader', { name });
    expect(header('Time').getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(within(header('Action')).getByRole('button', { name: 'Action' }));
    await waitFor(() => expect(lastQuery(api)).toMatchObject({ sort: 'action', order: 'asc' }));
    expect(header('Action').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Time').getAttribute('aria-sort')).toBe('none');

    fireEvent.click(within(header('Action')).getByRole('button', { name: 'Action' }));
    await waitFor(() => expect(lastQuery(api)).toMatchObject({ sort: 'action', order: 'desc' }));
    expect(header('Action').getAttribute('aria-sort')).toBe('descending');

    fireEvent.click(within(header('User')).getByRole('button', { name: 'User' }));
    await waitFor(() => expect(lastQuery(api)).toMatchObject({ sort: 'actorUserId', order: 'asc' }));
  });

  it('filters by local dates sent with their offset, ids and action, and exports the same rows as CSV', async () => {
    const api = serveAudit();
    renderApp('/audit');
    await screen.findByRole('table', { name: 'Audit trail' });
    type('From date', '2025-01-10');
    type('To date', '2025-01-12');
    type('Patient id', ` ${patientId} `);
    type('Action', 'patient.read');
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));

    const from = dayjs('2025-01-10').format();
    const to = dayjs('2025-01-13').format();
    expect(from).toMatch(/^2025-01-10T00:00:00[+-]\d\d:\d\d$/);
    await waitFor(() => expect(lastQuery(api)).toEqual({ from, to, patientId, action: 'patient.read', sort: 'occurredAt', order: 'desc', limit: '50', offset: '0' }));
    const csv = new URL(screen.getByRole('link', { name: 'Export CSV' }).getAttribute('href')!, 'http://localhost');
    expect(csv.pathname).toBe('/api/audit/csv');
    expect(Object.fromEntries(csv.searchParams)).toEqual({ from, to, patientId, action: 'patient.read', sort: 'occurredAt', order: 'desc', limit: '50000', offset: '0' });
    expect(screen.getByRole('link', { name: 'Export CSV' }).hasAttribute('download')).toBe(true);
  });

  it('refuses a malformed id before asking the server', async () => {
    const api = serveAudit();
    renderApp('/audit');
    await screen.findByRole('table', { name: 'Audit trail' });
    type('User id', 'nina');
    fireEvent.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(await screen.findByText(/A user id looks like/)).toBeDefined();
    expect(api.sent('GET', '/api/audit')).toHaveLength(1);
  });

  it('lists the emergency accesses for review', async () => {
    serveAudit(['medical-director']);
    renderApp('/audit');
    const table = await screen.findByRole('table', { name: 'Emergency access' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Who', 'Patient', 'Reason', 'Granted', 'Expires']);
    expect(cells(table)).toEqual([
      [
        'Nina Nurse',
        'Robin Smith',
        'Patient in the waiting room, home clinic closed',
        dayjs('2025-01-10T15:00:00.000Z').format('MMM D, YYYY HH:mm:ss'),
        dayjs('2025-01-10T16:00:00.000Z').format('MMM D, YYYY HH:mm:ss'),
      ],
    ]);
  });

  it('tells a nurse the screen is not part of their role', async () => {
    const api = serveAudit(['nurse']);
    renderApp('/audit');
    expect(await screen.findByText('Not available to you')).toBeDefined();
    expect(api.sent('GET', '/api/audit')).toHaveLength(0);
  });
});
