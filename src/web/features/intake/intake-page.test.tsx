import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chart, patientId, site, staffMe } from '../../testing/fixtures';
import { type MockRoutes, problem, serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { evaluation } from '../eligibility/eligibility-fixtures';
import type { IntakeResponse } from './intake-api';
import { intakeResponse } from './intake-fixtures';

afterEach(() => vi.unstubAllGlobals());

const intakePath = `/api/patients/${patientId}/intake`;
const sectionPath = (section: string) => `${intakePath}/sections/${section}`;
const serveIntake = (intake: IntakeResponse, routes: MockRoutes = {}, me: unknown = staffMe(['nurse'])) =>
  serveApi({
    'GET /api/site': { status: 200, body: site },
    'GET /api/auth/me': { status: 200, body: me },
    [`GET /api/patients/${patientId}`]: { status: 200, body: chart },
    [`GET ${intakePath}`]: { status: 200, body: intake },
    [`GET /api/patients/${patientId}/eligibility`]: { status: 200, body: evaluation() },
    ...routes,
  });

const stepHeading = (name: string) => screen.findByRole('heading', { level: 3, name });
const saveStatus = () => screen.getByRole('status', { name: 'Save status' }).textContent;
const type = (label: string, value: string, container: HTMLElement = document.body) => fireEvent.change(within(container).getByLabelText(label), { target: { value } });
/** The message Mantine links to an input with aria-describedby. */
const errorUnder = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
const openStep = async (name: RegExp) => fireEvent.click(within(await screen.findByRole('navigation', { name: 'Intake steps' })).getByRole('button', { name }));

function fillVitals() {
  for (const [index, [systolic, diastolic]] of [['128', '82'], ['124', '80']].entries()) {
    const reading = screen.getByRole('group', { name: `Blood pressure, reading ${index + 1}` });
    type('Systolic (mmHg)', systolic!, reading);
    type('Diastolic (mmHg)', diastolic!, reading);
  }
  type('Heart rate (beats per minute)', '72');
  type('Weight (kg)', '70.5');
  type('Height (cm)', '168');
}

describe('Intake wizard', () => {
  it('saves the section being left with the revision it read, then the next one with the new revision', async () => {
    const api = serveIntake(intakeResponse({ revision: 3 }));
    const referral = { source: 'primary-care', referrerName: null, reason: 'Low mood for two years' };
    const afterReferral = intakeResponse({ status: 'in-progress', revision: 4, sections: { referral: referral as never }, updatedAt: '2025-01-10T14:05:00.000Z' });
    api.routes[`PUT ${sectionPath('referral')}`] = { status: 200, body: afterReferral };
    api.routes[`PUT ${sectionPath('indications')}`] = { status: 200, body: { ...afterReferral, revision: 5 } };
    renderApp(`/patients/${patientId}/intake`);

    await stepHeading('Referral');
    expect(saveStatus()).toBe('Not saved yet');
    type('Referred by', 'primary-care');
    type('Reason for referral', 'Low mood for two years');
    expect(saveStatus()).toBe('Unsaved changes');
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    await stepHeading('Indications');
    expect(api.sent('PUT', sectionPath('referral')).map((request) => request.body)).toEqual([{ revision: 3, value: referral }]);
    // The eligibility beside the interview is checked again with what was just saved.
    await waitFor(() => expect(api.sent('GET', `/api/patients/${patientId}/eligibility`)).toHaveLength(2));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Treatment-resistant depression' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.sent('PUT', sectionPath('indications')).map((request) => request.body)).toEqual([{ revision: 4, value: { indications: ['treatment-resistant-depression'] } }]));

    await openStep(/Referral/);
    await stepHeading('Referral');
    expect(saveStatus()).toBe(`Saved at ${dayjs('2025-01-10T14:05:00.000Z').format('HH:mm')}`);
  });

  it('shows the server’s field errors under the fields they name, and stays on the step', async () => {
    const api = serveIntake(intakeResponse({ revision: 2 }));
    api.routes[`PUT ${sectionPath('vitals')}`] = problem(400, 'VALIDATION', 'The request has invalid fields', [{ in: 'body', pointer: '/value/bloodPressure/0/systolicMmHg', detail: 'Check this reading: it is far from the second' }]);
    renderApp(`/patients/${patientId}/intake`);
    await openStep(/Vital signs/);
    await stepHeading('Vital signs');
    fillVitals();
    fireEvent.click(screen.getByRole('button', { name: 'Save and continue' }));

    const firstReading = screen.getByRole('group', { name: 'Blood pressure, reading 1' });
    await waitFor(() => expect(errorUnder(within(firstReading).getByLabelText('Systolic (mmHg)'))).toBe('Check this reading: it is far from the second'));
    expect(errorUnder(within(screen.getByRole('group', { name: 'Blood pressure, reading 2' })).getByLabelText('Systolic (mmHg)'))).toBe('');
    expect(api.sent('PUT', sectionPath('vitals'))[0]!.body).toEqual({
      revision: 2,
      value: { bloodPressure: [{ systolicMmHg: 128, diastolicMmHg: 82 }, { systolicMmHg: 124, diastolicMmHg: 80 }], heartRateBpm: 72, weightKg: 70.5, heightCm: 168 },
    });
    expect(screen.getByRole('heading', { level: 3, name: 'Vital signs' })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Go on without saving' })).toBeDefined();
  });

  it('checks the section with the server’s own schema before sending it', async () => {
    const api = serveIntake(intakeResponse());
    renderApp(`/patients/${patientId}/intake`);
    await openStep(/Vital signs/);
    await stepHeading('Vital signs');
    fillVitals();
    type('Heart rate (beats per minute)', '');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(errorUnder(await screen.findByLabelText('Heart rate (beats per minute)'))).toBe('Required');
    expect(api.sent('PUT', sectionPath('vitals'))).toHaveLength(0);
  });

  it('says when someone else saved first, keeps what was typed, and saves with the new revision after a reload', async () => {
    const api = serveIntake(intakeResponse({ revision: 6 }));
    api.routes[`PUT ${sectionPath('referral')}`] = problem(409, 'CONFLICT', 'Someone else saved this intake since you opened it. Reload to see their changes.');
    renderApp(`/patients/${patientId}/intake`);
    await stepHeading('Referral');
    type('Referred by', 'self');
    type('Reason for referral', 'Wants to try ketamine');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else saved this intake');
    expect(alert.textContent).toContain('What you entered here is kept');
    api.routes[`GET ${intakePath}`] = { status: 200, body: intakeResponse({ status: 'in-progress', revision: 7, updatedAt: '2025-01-10T14:07:00.000Z' }) };
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload the intake' }));
    await waitFor(() => expect(screen.queryByText('Someone else saved this intake')).toBeNull());
    expect((screen.getByLabelText('Reason for referral') as HTMLTextAreaElement).value).toBe('Wants to try ketamine');

    api.routes[`PUT ${sectionPath('referral')}`] = { status: 200, body: intakeResponse({ revision: 8 }) };
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.sent('PUT', sectionPath('referral')).map((request) => (request.body as { revision: number }).revision)).toEqual([6, 7]));
  });

  it('keeps what was typed but not saved when the user leaves and comes back', async () => {
    serveIntake(intakeResponse());
    const view = renderApp(`/patients/${patientId}/intake`);
    await stepHeading('Referral');
    type('Reason for referral', 'Referred after two failed trials');
    fireEvent.click(screen.getByRole('link', { name: 'Back to the record' }));
    await screen.findByRole('heading', { level: 2, name: 'Robin Smith' });

    view.history.push(`/patients/${patientId}/intake`);
    expect((await screen.findByText('Restored what you entered')).closest('[role="alert"]')?.textContent ?? '').toContain('Referral');
    expect((screen.getByLabelText('Reason for referral') as HTMLTextAreaElement).value).toBe('Referred after two failed trials');
    expect(saveStatus()).toBe('Unsaved changes');
  });

  it('asks about pregnancy only when the patient’s sex at birth and age call for it', async () => {
    serveIntake(intakeResponse({ pregnancyStatusNeeded: false, missingSections: ['referral'] }));
    renderApp(`/patients/${patientId}/intake`);
    const steps = within(await screen.findByRole('navigation', { name: 'Intake steps' })).getAllByRole('button');
    expect(steps.map((step) => step.textContent?.replace(/(Saved|Not started|Unsaved changes)$/, ''))).toEqual([
      '1. Referral',
      '2. Indications',
      '3. Psychiatric history',
      '4. Substance use',
      '5. Medical review',
      '6. Vital signs',
      '7. Urine drug screen',
      '8. Baseline measures',
      '9. Review and complete',
    ]);
  });

  it('lists the baseline measures, with a way to record the missing ones', async () => {
    serveIntake(intakeResponse());
    renderApp(`/patients/${patientId}/intake`);
    await openStep(/Baseline measures/);
    const rows = within(await screen.findByRole('table', { name: 'Baseline measures' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[1]!.textContent)).toEqual([`Done ${dayjs('2025-01-08T15:00:00.000Z').format('MMM D, YYYY')}`, 'Not done']);
    expect(within(rows[0]!).queryByRole('link')).toBeNull();
    expect(within(rows[1]!).getByRole('link').getAttribute('href')).toBe(`/patients/${patientId}/assessments/new`);
  });

  it('names the sections still missing when completing is refused', async () => {
    const api = serveIntake(intakeResponse({ status: 'in-progress', revision: 9, missingSections: [] }));
    api.routes[`POST ${intakePath}/complete`] = () => {
      api.routes[`GET ${intakePath}`] = { status: 200, body: intakeResponse({ status: 'in-progress', revision: 10, missingSections: ['vitals', 'drug-screen'] }) };
      return problem(409, 'CONFLICT', 'The intake still needs: vitals, drug-screen.');
    };
    renderApp(`/patients/${patientId}/intake`);
    await openStep(/Review and complete/);
    fireEvent.click(await screen.findByRole('button', { name: 'Complete intake' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('These sections still need to be filled in: Vital signs, Urine drug screen.'));
  });

  it('adds a medication with its daily dose to the record, then saves the two confirmations as the medical review', async () => {
    const api = serveIntake(intakeResponse({ revision: 1 }));
    api.routes[`POST /api/patients/${patientId}/medications`] = { status: 201, body: null };
    api.routes[`PUT ${sectionPath('medical-review')}`] = { status: 200, body: intakeResponse({ revision: 2 }) };
    renderApp(`/patients/${patientId}/intake`);
    await openStep(/Medical review/);
    const form = await screen.findByRole('form', { name: 'Add a medication' });
    type('Medication', 'Lorazepam 1 mg by mouth twice daily', form);
    type('Total daily dose (mg/day)', '2', form);
    fireEvent.click(within(form).getByRole('button', { name: 'Add medication' }));
    await waitFor(() => expect(api.sent('POST', `/api/patients/${patientId}/medications`).map((request) => request.body)).toEqual([{ description: 'Lorazepam 1 mg by mouth twice daily', rxnormCode: null, doseMgPerDay: 2 }]));

    fireEvent.click(screen.getByRole('checkbox', { name: /Allergies reviewed/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(errorUnder(await screen.findByRole('checkbox', { name: /Medications reconciled/ }))).toContain('Confirm the medications were reconciled');
    fireEvent.click(screen.getByRole('checkbox', { name: /Medications reconciled/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.sent('PUT', sectionPath('medical-review')).map((request) => request.body)).toEqual([{ revision: 1, value: { allergiesReviewed: true, medicationsReconciled: true } }]));
  });
});
