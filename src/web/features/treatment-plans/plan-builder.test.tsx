import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patientId, patientMe, staffMe } from '../../testing/fixtures';
import { renderApp } from '../../testing/render-app';
import type { NewPlanBody, PreviewBody } from './plan-types';
import { ivDose, ivPreview, plan, plansPath, protocols, servePlans, therapist } from './plan-test-fixtures';

afterEach(() => vi.unstubAllGlobals());

const planPage = `/patients/${patientId}/plan`;
const section = (name: string) => screen.getByRole('region', { name, hidden: true });

async function chooseIvProtocol() {
  fireEvent.click(await screen.findByLabelText('IV racemic ketamine for depression'));
  fireEvent.change(await screen.findByLabelText(/Start date/), { target: { value: '2025-03-03' } });
}

describe('Treatment plan builder', () => {
  it('shows the chosen protocol with its evidence, limits, monitoring and sources, marking unconfirmed values', async () => {
    servePlans(staffMe(['prescriber']), []);
    renderApp(planPage);
    expect(await screen.findByRole('heading', { level: 2, name: 'Treatment plan for Robin Smith' })).toBeDefined();
    await chooseIvProtocol();
    const about = section('About this protocol');
    expect(within(about).getByText(/Racemic ketamine 0.5 mg\/kg by IV infusion over 40 minutes/)).toBeDefined();
    expect(within(about).getByText(/Published research/)).toBeDefined();

    const limits = within(about).getByRole('region', { name: 'Dose limits', hidden: true });
    const limitRow = (label: string) => within(limits).getByText(label).closest('tr')!;
    expect(limitRow('Highest dose by weight').textContent).toContain('1 mg/kg');
    expect(limitRow('Highest dose by weight').textContent).toContain('Not from a confirmed source');
    const monitoring = within(about).getByRole('region', { name: 'Monitoring', hidden: true });
    expect(within(monitoring).getByText('Vital signs').closest('tr')!.textContent).toContain('every 15 minutes');
    expect(within(monitoring).getByText('Observation after the dose, at least').closest('tr')!.textContent).toContain('60 minutes');
    expect(within(monitoring).getByText('Fasting').closest('tr')!.textContent).toContain('no rule in this protocol');
    const startingDose = within(within(about).getByRole('region', { name: 'Dose', hidden: true })).getByText('Starting dose').closest('tr')!;
    expect(startingDose.textContent).not.toContain('Not from a confirmed source');
    expect(within(about).getByRole('region', { name: 'Sources', hidden: true }).querySelectorAll('li').length).toBe(protocols[0]!.definition.sources.length);
  });

  it('previews the dose and the proposed sessions, and saves the draft with the intake indications and the dates shown', async () => {
    const api = servePlans(staffMe(['prescriber']), [], {
      [`POST ${plansPath}/preview`]: { status: 200, body: ivPreview() },
      [`POST ${plansPath}`]: (request) => {
        api.routes[`GET ${plansPath}`] = { status: 200, body: { plans: [plan()] } };
        return { status: 201, body: plan({ goals: (request.body as NewPlanBody).goals }) };
      },
    });
    renderApp(planPage);
    await chooseIvProtocol();

    const sessions = section('Proposed sessions');
    expect(await within(sessions).findByRole('listitem', { name: 'Session 1', hidden: true })).toBeDefined();
    expect(api.sent('POST', `${plansPath}/preview`).at(-1)!.body).toEqual({ protocolKey: 'iv-racemic-depression', startDate: '2025-03-03' });
    expect(within(sessions).getAllByRole('heading', { level: 4, hidden: true }).map((heading) => heading.textContent)).toEqual(['Week 1 · Mar 3 – Mar 9', 'Week 2 · Mar 10 – Mar 16', 'Week 4 · Mar 24 – Mar 30']);
    const sixth = within(sessions).getByRole('listitem', { name: 'Session 6', hidden: true });
    expect(sixth.textContent).toContain('Outside the induction window');
    expect(sixth.textContent).toContain('Note: Falls on day 22');
    expect(sixth.textContent).toContain('0.5 mg/kg');
    expect(section('Calculated dose').textContent).toContain('35.3 mg for a dosing weight of 70.5 kg (weighed Jan 10, 2025: 70.5 kg).');

    // Indications come from the intake.
    expect((screen.getByLabelText('Treatment-resistant depression') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Anxiety') as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('PTSD') as HTMLInputElement).checked).toBe(false);
    const saveButton = screen.getByRole('button', { name: 'Save as draft', hidden: true });
    expect(saveButton.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('To save the plan, write the goals.')).toBeDefined();
    fireEvent.change(screen.getByLabelText(/Goals/), { target: { value: 'Get back to work' } });
    fireEvent.change(screen.getByLabelText('Integration therapist'), { target: { value: therapist.userId } });
    fireEvent.change(within(sixth).getByLabelText(/Date of session 6/), { target: { value: '2025-03-21' } });
    fireEvent.click(saveButton);

    await waitFor(() => expect(api.sent('POST', plansPath)).toHaveLength(1));
    expect(api.sent('POST', plansPath)[0]!.body).toEqual({
      protocolKey: 'iv-racemic-depression',
      startDate: '2025-03-03',
      indications: ['treatment-resistant-depression', 'anxiety'],
      goals: 'Get back to work',
      integrationTherapistUserId: therapist.userId,
      sessions: ['2025-03-03', '2025-03-05', '2025-03-07', '2025-03-10', '2025-03-12', '2025-03-21'].map((date) => ({ date, startTime: '09:00' })),
    });
    expect(await screen.findByRole('button', { name: 'Activate', hidden: true })).toBeDefined();
  });

  it('sends a changed starting dose, and will not save a blocked one', async () => {
    const api = servePlans(staffMe(['prescriber']), [], {
      [`POST ${plansPath}/preview`]: (request) => {
        const body = request.body as PreviewBody;
        const blocked = body.startingDose !== undefined && 'mgPerKg' in body.startingDose && body.startingDose.mgPerKg > 1;
        return { status: 200, body: ivPreview(blocked ? ivDose({ doseMg: 84.6, blocked: true, reasons: [{ code: 'DOSE_ABOVE_MAX', message: '1.2 mg/kg is above the protocol maximum of 1 mg/kg. A second clinician must verify it.' }] }) : ivDose()) };
      },
    });
    renderApp(planPage);
    await chooseIvProtocol();
    const dose = await screen.findByLabelText('Starting dose (mg/kg)');
    expect((dose as HTMLInputElement).value).toBe('0.5');
    await within(section('Proposed sessions')).findByRole('listitem', { name: 'Session 1', hidden: true });
    fireEvent.change(dose, { target: { value: '1.2' } });

    const blocked = await screen.findByText('Blocked: this dose cannot be given');
    expect(blocked.closest('[role="alert"]')!.textContent).toContain('above the protocol maximum');
    expect(api.sent('POST', `${plansPath}/preview`).at(-1)!.body).toEqual({ protocolKey: 'iv-racemic-depression', startDate: '2025-03-03', startingDose: { mgPerKg: 1.2 } });
    expect(screen.getByRole('button', { name: 'Save as draft', hidden: true }).hasAttribute('disabled')).toBe(true);
  });

  it('offers no builder to those who may only read plans', async () => {
    for (const me of [patientMe(), staffMe(['therapist'])]) {
      servePlans(me, []);
      const view = renderApp(planPage);
      expect(await screen.findByText('There is no current treatment plan.')).toBeDefined();
      expect(screen.queryByRole('form', { name: 'New treatment plan' })).toBeNull();
      view.unmount();
      vi.unstubAllGlobals();
    }
  });
});

