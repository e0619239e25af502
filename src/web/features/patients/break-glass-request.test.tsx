import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chart, patientId, patientMe, site, staffMe } from '../../testing/fixtures';
import { problem, serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const recordPath = `/patients/${patientId}`;
const notFound = problem(404, 'NOT_FOUND', 'No such patient.');
const serveMissingRecordTo = (me: unknown) =>
  serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: me }, [`GET /api/patients/${patientId}`]: notFound });

describe('Emergency access to a record', () => {
  it('is offered on a record that answers "not found", and opens it with the reason given', async () => {
    const api = serveMissingRecordTo(staffMe(['nurse']));
    api.routes[`POST /api/patients/${patientId}/break-glass`] = () => {
      api.routes[`GET /api/patients/${patientId}`] = { status: 200, body: { ...chart, viaBreakGlass: true } };
      return { status: 201, body: { expiresAt: '2025-01-10T16:00:00.000Z' } };
    };
    renderApp(recordPath);
    expect((await screen.findByRole('alert')).textContent).toContain('No such patient.');
    const section = screen.getByRole('region', { name: 'Request emergency access' });
    expect(section.textContent).toContain("Emergency access is recorded and reviewed by your clinic's administrators. It lets you read this record for 60 minutes.");

    fireEvent.change(within(section).getByLabelText('Why do you need this record now?'), { target: { value: '  Patient arrived in crisis at our location  ' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Open with emergency access' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Robin Smith' })).toBeDefined();
    expect(screen.getByText(/You are seeing this record through emergency access/)).toBeDefined();
    expect(api.sent('POST', `/api/patients/${patientId}/break-glass`).map((request) => request.body)).toEqual([{ reason: 'Patient arrived in crisis at our location' }]);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Request emergency access' })).toBeNull());
  });

  it('asks for a reason of at least 10 characters before sending', async () => {
    const api = serveMissingRecordTo(staffMe(['therapist']));
    renderApp(recordPath);
    const section = await screen.findByRole('region', { name: 'Request emergency access' });
    fireEvent.change(within(section).getByLabelText('Why do you need this record now?'), { target: { value: 'urgent' } });
    fireEvent.click(within(section).getByRole('button', { name: 'Open with emergency access' }));
    expect(await within(section).findByText('Say why you need this record (at least 10 characters)')).toBeDefined();
    expect(api.sent('POST', `/api/patients/${patientId}/break-glass`)).toHaveLength(0);
  });

  it('is not offered to a patient user, nor for other failures', async () => {
    serveMissingRecordTo(patientMe());
    const patient = renderApp(recordPath);
    expect((await screen.findByRole('alert')).textContent).toContain('No such patient.');
    expect(screen.queryByRole('region', { name: 'Request emergency access' })).toBeNull();
    patient.unmount();

    const api = serveMissingRecordTo(staffMe(['nurse']));
    api.routes[`GET /api/patients/${patientId}`] = problem(503, 'SERVICE_UNAVAILABLE', 'The database is not answering.');
    renderApp(recordPath);
    expect((await screen.findByRole('alert')).textContent).toContain('The database is not answering.');
    expect(screen.queryByRole('region', { name: 'Request emergency access' })).toBeNull();
  });
});
