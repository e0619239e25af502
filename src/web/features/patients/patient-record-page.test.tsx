import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ageInYears } from '../../../domain/patients/patient';
import { chart, patientId, patientMe, site, staffMe } from '../../testing/fixtures';
import { problem, serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const recordPath = `/patients/${patientId}`;
const serveRecordTo = (me: unknown) =>
  serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: me }, [`GET /api/patients/${patientId}`]: { status: 200, body: chart } });
const section = (name: string) => screen.getByRole('region', { name });

describe('Patient record page', () => {
  it('shows who the patient is, with their age today', async () => {
    serveRecordTo(staffMe(['nurse']));
    renderApp(recordPath);
    expect(await screen.findByRole('heading', { level: 2, name: 'Robin Smith' })).toBeDefined();
    const age = ageInYears('1980-04-12', dayjs().format('YYYY-MM-DD'));
    expect(screen.getByTestId('patient-identifiers').textContent).toBe(`MRN KC-000042 · Born Apr 12, 1980 · ${age} years old`);
    expect(screen.queryByText('Archived')).toBeNull();
  });

  it('marks a 42 CFR Part 2 problem, and only that one', async () => {
    serveRecordTo(staffMe(['nurse']));
    renderApp(recordPath);
    const problems = await screen.findByRole('table', { name: 'Problems' });
    const rows = within(problems).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).queryByText('42 CFR Part 2') !== null)).toEqual([false, true]);
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Alcohol use disorder, moderate42 CFR Part 2', 'F10.20', 'Not recorded', 'active']);

    const badge = within(rows[1]!).getByText('42 CFR Part 2');
    fireEvent.mouseMove(badge);
    expect((await screen.findByRole('tooltip')).textContent).toContain('without the patient’s written consent');
  });

  it('shows each section as a titled card, and says plainly when one is empty', async () => {
    serveRecordTo(staffMe(['nurse']));
    renderApp(recordPath);
    await screen.findByRole('heading', { level: 2, name: 'Robin Smith' });
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['Demographics', 'Problems', 'Allergies', 'Medications', 'Height and weight']);
    expect(within(section('Allergies')).getByText('No allergies recorded.')).toBeDefined();
    expect(within(section('Medications')).getByText('Sertraline 100 mg tablet')).toBeDefined();
    expect(within(section('Height and weight')).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['Jan 10, 2025', '168 cm', '70.5 kg']);
    expect(within(section('Demographics')).getByText('2 Elm St, Testville, ZZ 00000')).toBeDefined();
  });

  it('offers editing to a nurse, archiving only to a medical director, and neither to the patient', async () => {
    serveRecordTo(staffMe(['nurse']));
    const nurse = renderApp(recordPath);
    expect((await screen.findByRole('link', { name: 'Edit demographics' })).getAttribute('href')).toBe(`${recordPath}/edit`);
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();
    nurse.unmount();

    serveRecordTo(patientMe());
    renderApp(recordPath);
    await screen.findByRole('heading', { level: 2, name: 'Robin Smith' });
    expect(screen.queryByRole('link', { name: 'Edit demographics' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();
  });

  it('archives after the medical director confirms', async () => {
    const api = serveRecordTo(staffMe(['medical-director']));
    api.routes[`POST /api/patients/${patientId}/archive`] = () => {
      api.routes[`GET /api/patients/${patientId}`] = { status: 200, body: { ...chart, archived: true } };
      return { status: 204 };
    };
    renderApp(recordPath);
    fireEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = await screen.findByRole('dialog', { name: 'Archive this patient?' });
    expect(dialog.textContent).toContain('Nothing in the record is deleted');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Archive patient' }));

    expect(await screen.findByText('Archived')).toBeDefined();
    expect(api.sent('POST', `/api/patients/${patientId}/archive`)).toHaveLength(1);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull());
  });

  it('says when the record is open through emergency access', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) }, [`GET /api/patients/${patientId}`]: { status: 200, body: { ...chart, viaBreakGlass: true } } });
    renderApp(recordPath);
    expect((await screen.findByText('Emergency access')).closest('[role="alert"]')?.textContent).toContain('Every viewing is recorded in the audit trail');
  });

  it('says so when the record is not there', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) }, [`GET /api/patients/${patientId}`]: problem(404, 'NOT_FOUND', 'No such patient.') });
    renderApp(recordPath);
    expect((await screen.findByRole('alert')).textContent).toContain('No such patient.');
  });
});
