import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chart, patientId, site, staffMe } from '../../testing/fixtures';
import { type MockRoutes, problem, serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { absoluteReason, decisionRecord, decisionsPath, eligibilityPath, evaluation, relativeReason, remsPath } from './eligibility-fixtures';

afterEach(() => vi.unstubAllGlobals());

const pagePath = `/patients/${patientId}/eligibility`;
const serveEligibility = (routes: MockRoutes = {}, me: unknown = staffMe(['prescriber'])) =>
  serveApi({
    'GET /api/site': { status: 200, body: site },
    'GET /api/auth/me': { status: 200, body: me },
    [`GET /api/patients/${patientId}`]: { status: 200, body: chart },
    [`GET ${eligibilityPath}`]: { status: 200, body: evaluation() },
    [`GET ${decisionsPath}`]: { status: 200, body: { decisions: [] } },
    [`GET ${remsPath}`]: { status: 200, body: { enrolment: null } },
    ...routes,
  });
const excluded = evaluation({ result: { decision: 'excluded', reasons: [absoluteReason, relativeReason] } });
const errorUnder = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

describe('Eligibility page', () => {
  it('shows the result with every reason, most serious first, each with its severity and source', async () => {
    serveEligibility();
    renderApp(pagePath);
    expect((await screen.findByRole('status', { name: 'Eligibility result' })).textContent).toBe('Result:Needs review');
    const reasons = within(screen.getByRole('list', { name: 'Reasons' })).getAllByRole('listitem');
    expect(reasons.map((reason) => reason.textContent)).toEqual([
      'RelativeBlood pressure 165/100 mmHg is above the clinic’s limit of 160/100.Source: APA consensus statement 2017',
      'WarningLorazepam 2 mg/day may blunt the response.Source: Albott 2017',
      'InfoNo C-SSRS screener on record.Source: SPEC.md §8',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Facts used (5)' }));
    const facts = within(await screen.findByRole('table', { name: 'Facts used' })).getAllByRole('row');
    expect(facts.map((row) => row.textContent)).toContain('Vital signs165/100 mmHg, heart rate 80 per minute');
    expect(facts.map((row) => row.textContent)).toContain('Conditions (ICD-10-CM)F33.1 (active)');
  });

  it('asks for a justification before proceeding against a relative reason, then records the decision', async () => {
    const api = serveEligibility();
    api.routes[`POST ${decisionsPath}`] = { status: 201, body: decisionRecord() };
    renderApp(pagePath);
    fireEvent.click(await screen.findByRole('radio', { name: 'Proceed with treatment' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    expect(errorUnder(screen.getByRole('textbox', { name: /Justification/ }))).toContain('Write why treatment is still right for this patient, in at least 10 characters');
    expect(api.sent('POST', decisionsPath)).toHaveLength(0);

    fireEvent.change(screen.getByRole('textbox', { name: /Justification/ }), { target: { value: '  Blood pressure controlled on the day.  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    await screen.findByText('Decision recorded');
    expect(api.sent('POST', decisionsPath).map((request) => request.body)).toEqual([{ route: 'iv', decision: 'proceed', justification: 'Blood pressure controlled on the day.' }]);
  });

  it('shows the server’s word on the justification under the field', async () => {
    const api = serveEligibility();
    api.routes[`POST ${decisionsPath}`] = problem(400, 'VALIDATION', 'Proceeding against a relative reason (UNCONTROLLED_HYPERTENSION) needs a written justification.', [{ in: 'body', pointer: '/justification', detail: 'Write at least 10 characters' }]);
    renderApp(pagePath);
    fireEvent.click(await screen.findByRole('radio', { name: 'Proceed with treatment' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Justification/ }), { target: { value: 'Controlled   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    await waitFor(() => expect(errorUnder(screen.getByRole('textbox', { name: /Justification/ }))).toContain('Write at least 10 characters'));
  });

  it('tells a prescriber that only the medical director can override an absolute contraindication', async () => {
    serveEligibility({ [`GET ${eligibilityPath}`]: { status: 200, body: excluded } });
    const prescriber = renderApp(pagePath);
    const note = await screen.findByRole('note');
    expect(note.textContent).toContain('Only the medical director can override an absolute contraindication');
    expect(screen.getByRole('radio', { name: 'Proceed with treatment' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('radio', { name: 'Decline treatment' })).toHaveProperty('disabled', false);
    prescriber.unmount();

    serveEligibility({ [`GET ${eligibilityPath}`]: { status: 200, body: excluded } }, staffMe(['medical-director']));
    renderApp(pagePath);
    expect(await screen.findByRole('radio', { name: 'Proceed with treatment' })).toHaveProperty('disabled', false);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says plainly when the server refuses an absolute override', async () => {
    const api = serveEligibility();
    api.routes[`POST ${decisionsPath}`] = problem(403, 'FORBIDDEN', 'Only the medical director may proceed against an absolute contraindication (ACTIVE_PSYCHOSIS).');
    renderApp(pagePath);
    fireEvent.click(await screen.findByRole('radio', { name: 'Proceed with treatment' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Justification/ }), { target: { value: 'Psychosis resolved last month per psychiatrist.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record decision' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Only the medical director can proceed here');
    expect(alert.textContent).toContain('(ACTIVE_PSYCHOSIS)');
  });

  it('marks overrides in the decision history', async () => {
    serveEligibility({ [`GET ${decisionsPath}`]: { status: 200, body: { decisions: [decisionRecord(), decisionRecord({ id: 'e0000000-0000-4000-8000-000000000002', decision: 'decline', override: 'none', justification: null, evaluatedDecision: 'excluded' })] } } });
    renderApp(pagePath);
    const rows = within(await screen.findByRole('table', { name: 'Decision history' })).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[2]!.textContent)).toEqual(['Proceed with treatmentOverride of a relative contraindication', 'Decline treatment']);
    expect(within(rows[0]!).getByText('Dr Pat Prescriber')).toBeDefined();
  });

  it('shows the REMS enrolment for intranasal esketamine, and lets the prescriber record it', async () => {
    const api = serveEligibility();
    api.routes[`GET ${eligibilityPath}`] = (request) => ({ status: 200, body: evaluation({ route: request.query.get('route') as 'iv' }) });
    api.routes[`PUT ${remsPath}`] = { status: 200, body: { enrolment: { remsPatientId: 'R-123', enrolledOn: '2025-01-10', patientSignedOn: '2025-01-09', prescriberSignedOn: '2025-01-09', prescriber: { userId: '11111111-1111-4111-8111-111111111111', name: 'Sam Staff' }, recordedAt: '2025-01-10T15:00:00.000Z' } } };
    renderApp(pagePath);
    await screen.findByRole('status', { name: 'Eligibility result' });
    expect(screen.queryByRole('heading', { name: 'Spravato REMS enrolment' })).toBeNull();

    fireEvent.change(screen.getByLabelText('Route'), { target: { value: 'intranasal-esketamine' } });
    const form = await screen.findByRole('form', { name: 'REMS enrolment' });
    expect(api.requests.some((request) => request.path === eligibilityPath && request.query.get('route') === 'intranasal-esketamine')).toBe(true);
    fireEvent.change(within(form).getByLabelText('REMS patient ID'), { target: { value: ' R-123 ' } });
    fireEvent.change(within(form).getByLabelText('Patient signed on'), { target: { value: '2025-01-09' } });
    fireEvent.change(within(form).getByLabelText(/You signed on/), { target: { value: '2025-01-09' } });
    fireEvent.change(within(form).getByLabelText('Enrolled on'), { target: { value: '2025-01-10' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save enrolment' }));

    const enrolment = await screen.findByRole('table', { name: 'REMS enrolment' });
    expect(enrolment.textContent).toContain('R-123');
    expect(api.sent('PUT', remsPath).map((request) => request.body)).toEqual([{ remsPatientId: 'R-123', enrolledOn: '2025-01-10', patientSignedOn: '2025-01-09', prescriberSignedOn: '2025-01-09' }]);
  });

  it('shows a nurse the result and the REMS status, without a decision form', async () => {
    serveEligibility({}, staffMe(['nurse']));
    renderApp(pagePath);
    await screen.findByRole('status', { name: 'Eligibility result' });
    expect(screen.queryByRole('button', { name: 'Record decision' })).toBeNull();
    fireEvent.change(screen.getByLabelText('Route'), { target: { value: 'intranasal-esketamine' } });
    expect(await screen.findByText('Not enrolled yet. A prescriber records the enrolment.')).toBeDefined();
  });
});
