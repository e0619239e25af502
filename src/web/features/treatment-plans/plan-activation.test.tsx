import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patientId, patientMe, staffMe } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import type { ReEvaluation } from './plan-types';
import { plan, planId, plansPath, servePlans } from './plan-test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const planPage = `/patients/${patientId}/plan`;
const activatePath = `${plansPath}/${planId}/activate`;
const blockers = [
  { code: 'CONSENT_NOT_CURRENT', message: 'The patient has not signed the consent for this treatment.' },
  { code: 'BASELINE_MEASURES_MISSING', message: 'Baseline measures still to do: phq9.' },
  { code: 'ELIGIBILITY_NOT_DECIDED', message: 'A prescriber has not yet decided eligibility for this route.' },
];
const treatmentBlocked = {
  status: 409,
  body: { type: 'urn:ketaclinic:problem:treatment-blocked', title: 'Treatment cannot go ahead yet', status: 409, detail: 'Treatment cannot go ahead yet.', instance: activatePath, code: 'TREATMENT_BLOCKED', requestId: 'req-1', blockers },
};
const dueReEvaluation: ReEvaluation = {
  due: true,
  afterDate: '2025-03-24',
  outcomes: [{ instrumentId: 'phq9', baseline: 20, latest: 9, change: -11, fractionImproved: 0.55, response: true, remission: false }],
};

describe('Treatment plan activation and course', () => {
  it('lists every blocker from a 409 in plain words, with what to do next', async () => {
    const api = servePlans(staffMe(['prescriber']), [plan()], { [`POST ${activatePath}`]: treatmentBlocked });
    renderApp(planPage);
    fireEvent.click(await screen.findByRole('button', { name: 'Activate', hidden: true }));

    const alert = (await screen.findByText('The plan cannot start yet')).closest('[role="alert"]') as HTMLElement;
    const items = within(alert).getAllByRole('listitem', { hidden: true });
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual(blockers.map((blocker) => blocker.message));
    expect(items[0]!.textContent).toContain('Next: The patient reads and signs the consent for this treatment, and a clinician countersigns it.');
    expect(within(items[0]!).getByRole('link', { name: 'Open consent', hidden: true }).getAttribute('href')).toBe(`/patients/${patientId}/consent`);
    expect(within(items[1]!).getByRole('link', { name: 'Record a measure', hidden: true }).getAttribute('href')).toBe(`/patients/${patientId}/assessments/new`);
    expect(api.sent('POST', activatePath)).toHaveLength(1);
  });

  it('starts the plan when nothing stands in the way', async () => {
    const api = servePlans(staffMe(['prescriber']), [plan()]);
    api.routes[`POST ${activatePath}`] = () => {
      api.routes[`GET ${plansPath}`] = { status: 200, body: { plans: [plan({ status: 'active', activatedAt: '2025-03-01T09:00:00.000Z' })] } };
      return { status: 200, body: plan({ status: 'active' }) };
    };
    renderApp(planPage);
    fireEvent.click(await screen.findByRole('button', { name: 'Activate', hidden: true }));
    expect(await screen.findByText('Active')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Activate', hidden: true })).toBeNull();
  });

  it('saves changed session dates of a draft', async () => {
    const api = servePlans(staffMe(['prescriber']), [plan()], { [`PUT ${plansPath}/${planId}`]: (request) => ({ status: 200, body: plan(request.body as object) }) });
    renderApp(planPage);
    const activate = await screen.findByRole('button', { name: 'Activate', hidden: true });
    fireEvent.change(screen.getByLabelText(/Start time of session 2/), { target: { value: '13:30' } });
    expect(activate.hasAttribute('disabled')).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Save changes', hidden: true }));
    await waitFor(() => expect(api.sent('PUT', `${plansPath}/${planId}`)).toHaveLength(1));
    const sent = api.sent('PUT', `${plansPath}/${planId}`)[0]!.body as { sessions: { date: string; startTime: string }[] };
    expect(sent.sessions[1]).toEqual({ date: '2025-03-05', startTime: '13:30' });
    expect(sent.sessions[0]).toEqual({ date: '2025-03-03', startTime: '09:00' });
  });

  it('prompts re-evaluation after the induction series with response and remission, only when due', async () => {
    servePlans(staffMe(['prescriber']), [plan({ status: 'active', activatedAt: '2025-03-01T09:00:00.000Z', reEvaluation: dueReEvaluation })]);
    const due = renderApp(planPage);
    const prompt = await screen.findByRole('region', { name: 'Re-evaluation', hidden: true });
    expect(prompt.textContent).toContain('The induction series ended on Mon, Mar 24, 2025.');
    const cells = within(prompt).getAllByRole('cell', { hidden: true }).map((cell) => cell.textContent);
    expect(cells).toEqual(['PHQ-9', '20', '9', '-11', '55%', 'Yes', 'No']);
    due.unmount();
    vi.unstubAllGlobals();

    servePlans(staffMe(['prescriber']), [plan({ status: 'active', reEvaluation: { ...dueReEvaluation, due: false } })]);
    renderApp(planPage);
    await screen.findByText('Active');
    expect(screen.queryByRole('region', { name: 'Re-evaluation', hidden: true })).toBeNull();
  });

  it('ends an active plan with its outcome and reason; patients see the plan without the controls', async () => {
    const api = servePlans(staffMe(['prescriber']), [plan({ status: 'active' })], {
      [`POST ${plansPath}/${planId}/end`]: (request) => ({ status: 200, body: plan({ status: 'stopped', ...(request.body as object) }) }),
    });
    const prescriber = renderApp(planPage);
    fireEvent.click(await screen.findByRole('button', { name: 'End the plan', hidden: true }));
    const dialog = await screen.findByRole('dialog', { name: 'End this treatment plan?' });
    fireEvent.click(within(dialog).getByLabelText(/Stopped/));
    fireEvent.change(within(dialog).getByLabelText(/Reason/), { target: { value: 'Blood pressure rose at every session' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'End plan' }));
    await waitFor(() => expect(api.sent('POST', `${plansPath}/${planId}/end`)).toHaveLength(1));
    expect(api.sent('POST', `${plansPath}/${planId}/end`)[0]!.body).toEqual({ outcome: 'stopped', reason: 'Blood pressure rose at every session' });
    prescriber.unmount();
    vi.unstubAllGlobals();

    servePlans(patientMe(), [plan({ status: 'active', reEvaluation: dueReEvaluation })]);
    renderApp(planPage);
    expect(await screen.findByRole('listitem', { name: 'Session 1', hidden: true })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'End the plan', hidden: true })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Re-evaluation', hidden: true })).toBeNull();
  });
});
