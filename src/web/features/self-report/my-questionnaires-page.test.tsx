import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { phq9 } from '../../../domain/instruments/phq9';
import { crisisMessage } from '../../../domain/safety/safety-signal';
import { patientMe, site, staffMe } from '../../testing/fixtures';
import { safetyOpened } from '../../testing/measure-fixtures';
import { serveApi, type MockRoutes } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const scored = (instrument: string, total: number, band: string | null) => ({ instrument, version: '1', total, band, flags: [], subscales: {}, findings: {} });
const dueMeasures = { phase: 'induction', indications: ['treatment-resistant-depression'], due: [{ instrumentId: 'daily-mood', alternatives: [], reason: 'every day' }], inPacks: ['phq9', 'qids-sr16', 'daily-mood', 'gad7'] };
const servePatient = (routes: MockRoutes = {}) =>
  serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: patientMe() }, 'GET /api/me/due-measures': { status: 200, body: dueMeasures }, ...routes });
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('My questionnaires', () => {
  it('lists what the packs ask for now first, then the other self-rated questionnaires of the patient\'s packs', async () => {
    servePatient();
    renderApp('/my/questionnaires');
    await screen.findByRole('heading', { name: 'Due now' });
    expect(screen.getByText('Due now: every day')).toBeDefined();
    expect(screen.getAllByRole('link', { name: /^Start / }).map((link) => [link.getAttribute('aria-label'), link.getAttribute('href')])).toEqual([
      ['Start Daily mood rating', '/my/questionnaires/daily-mood'],
      ['Start PHQ-9', '/my/questionnaires/phq9'],
      ['Start QIDS-SR16', '/my/questionnaires/qids-sr16'],
      ['Start GAD-7', '/my/questionnaires/gad7'],
    ]);
  });

  it('asks one question per screen, sends the answers, and tells the patient the result in plain words', async () => {
    const api = servePatient({ 'POST /api/me/assessments': { status: 201, body: { id: 'e0000000-0000-4000-8000-000000000003', result: scored('gad7', 3, 'minimal'), safety: null } } });
    renderApp('/my/questionnaires');
    fireEvent.click(await screen.findByRole('link', { name: 'Start GAD-7' }));
    expect(await screen.findByText('Question 1 of 7')).toBeDefined();
    expect(screen.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);
    for (const answer of ['Several days', 'Several days', 'Not at all', 'Not at all', 'Several days', 'Not at all']) {
      fireEvent.click(screen.getByRole('radio', { name: answer }));
      press('Next');
    }
    expect(screen.getByText('Question 7 of 7')).toBeDefined();
    fireEvent.click(screen.getByRole('radio', { name: 'Not at all' }));
    press('Send answers');

    expect(await screen.findByText('Your total is 3 out of 21, in the minimal range.')).toBeDefined();
    expect(screen.getByText('Your care team will see your answers.')).toBeDefined();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(api.sent('POST', '/api/me/assessments').map((request) => request.body)).toEqual([{ instrumentId: 'gad7', answers: { 1: 1, 2: 1, 3: 0, 4: 0, 5: 1, 6: 0, 7: 0 } }]);
    expect(window.localStorage.length + window.sessionStorage.length).toBe(0);
  });

  it('shows crisis resources at once when the answers opened a safety task', async () => {
    servePatient({ 'POST /api/me/assessments': { status: 201, body: { id: 'e0000000-0000-4000-8000-000000000004', result: scored('daily-mood', 0, null), safety: safetyOpened('low') } } });
    renderApp('/my/questionnaires/daily-mood');
    fireEvent.click(await screen.findByRole('radio', { name: '0 · Worst possible mood' }));
    press('Send answers');
    const crisis = await screen.findByRole('alert');
    expect(within(crisis).getByRole('heading', { name: crisisMessage.heading })).toBeDefined();
    expect(crisis.textContent).toContain('Call or text 988');
    expect(screen.getByText('Your total is 0 out of 10.')).toBeDefined();
  });

  it("asks the questions in the wording the clinic loaded, where it loaded some", async () => {
    const loaded = { id: 'phq9', items: phq9.items.map((item) => ({ key: item.key, label: item.key === '1' ? 'Clinic wording of question 1' : item.label })) };
    servePatient({ 'GET /api/instruments/phq9': { status: 200, body: loaded } });
    renderApp('/my/questionnaires/phq9');
    expect(await screen.findByRole('radiogroup', { name: 'Clinic wording of question 1' })).toBeDefined();
    fireEvent.click(screen.getByRole('radio', { name: 'Several days' }));
    press('Next');
    expect(screen.getByRole('radiogroup', { name: phq9.items[1]!.label })).toBeDefined();
  });

  it('is not offered to staff', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) }, 'GET /api/safety-tasks': { status: 200, body: { tasks: [] } } });
    renderApp('/my/questionnaires');
    expect(await screen.findByText('Not available to you')).toBeDefined();
  });
});
