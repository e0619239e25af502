import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { crisisMessage } from '../../../domain/safety/safety-signal';
import { site } from '../../testing/fixtures';
import { safetyOpened } from '../../testing/measure-fixtures';
import { problem, serveApi, type MockRoutes } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const token = 'sr_0123456789abcdefghijklmnopqrstuv';
const opened = {
  clinicName: 'Test Ketamine Clinic',
  instruments: [
    { id: 'phq9', completed: false },
    { id: 'gad7', completed: true },
    { id: 'daily-mood', completed: false },
  ],
  drafts: { phq9: { 1: 2, 2: 1 } },
};
const scored = (instrument: string, total: number, band: string | null) => ({ instrument, version: '1', total, band, flags: [], subscales: {}, findings: {} });
const serveLink = (routes: MockRoutes = {}) =>
  serveApi({ 'GET /api/site': { status: 200, body: site }, 'POST /api/self-report/open': { status: 200, body: opened }, 'PUT /api/self-report/draft': { status: 204 }, ...routes });

const pick = (name: string) => fireEvent.click(screen.getByRole('radio', { name }));
const press = (name: string) => fireEvent.click(screen.getByRole('button', { name }));

describe('Self-report link', () => {
  it('opens where the saved draft stopped, saves each answer, and shows crisis resources at once when the answers call for them', async () => {
    const api = serveLink({
      'POST /api/self-report/submit': (request) => {
        const body = request.body as { instrumentId: string };
        return body.instrumentId === 'phq9'
          ? { status: 200, body: { result: scored('phq9', 9, 'mild'), safety: safetyOpened('moderate'), linkCompleted: false } }
          : { status: 200, body: { result: scored('daily-mood', 6, null), safety: null, linkCompleted: true } };
      },
    });
    renderApp(`/r#token=${token}`);

    expect(await screen.findByRole('heading', { name: 'Questionnaires from Test Ketamine Clinic' })).toBeDefined();
    expect(screen.getByText('PHQ-9 (questionnaire 1 of 3)')).toBeDefined();
    expect(screen.getByText('Question 3 of 10')).toBeDefined();
    expect(api.sent('POST', '/api/self-report/open').map((request) => request.body)).toEqual([{ token }]);

    press('Back');
    expect(screen.getByText('Question 2 of 10')).toBeDefined();
    expect(screen.getByRole('radio', { name: 'Several days' }).getAttribute('aria-checked')).toBe('true');
    press('Next');

    pick('Not at all');
    await waitFor(() => expect(api.sent('PUT', '/api/self-report/draft')).toHaveLength(1));
    expect(api.sent('PUT', '/api/self-report/draft')[0]?.body).toEqual({ token, instrumentId: 'phq9', answers: { 1: 2, 2: 1, 3: 0 } });

    for (const answer of ['Not at all', 'Several days', 'Not at all', 'Several days', 'Several days', 'Several days']) {
      press('Next');
      pick(answer);
    }
    press('Next');
    expect(screen.getByText('Question 10 of 10')).toBeDefined();
    press('Send answers');

    const crisis = await screen.findByRole('alert');
    expect(within(crisis).getByRole('heading', { name: crisisMessage.heading })).toBeDefined();
    expect(within(crisis).getAllByRole('listitem').map((item) => item.textContent)).toEqual([...crisisMessage.resources]);
    expect(crisis.textContent).toContain(crisisMessage.whenRead);
    expect(screen.getByText('Your total is 9 out of 27, in the mild range.')).toBeDefined();
    expect(screen.getByText('Your care team will see your answers.')).toBeDefined();
    expect(api.sent('POST', '/api/self-report/submit').map((request) => request.body)).toEqual([
      { token, instrumentId: 'phq9', answers: { 1: 2, 2: 1, 3: 0, 4: 0, 5: 1, 6: 0, 7: 1, 8: 1, 9: 1 } },
    ]);

    press('Next questionnaire');
    expect(screen.getByText('Daily mood rating (questionnaire 3 of 3)')).toBeDefined();
    // The crisis resources stay on screen for the rest of the visit.
    expect(screen.getByRole('alert')).toBe(crisis);
    pick('6');
    press('Send answers');
    expect(await screen.findByText('You have answered everything on this link. Thank you. You can close this page.')).toBeDefined();
    expect(screen.getByText('Your total is 6 out of 10.')).toBeDefined();

    // The token travels only in request bodies, and nothing is kept in the browser's storage.
    expect(api.requests.every((request) => !request.path.includes(token) && !request.query.toString().includes(token))).toBe(true);
    expect(window.localStorage.length + window.sessionStorage.length).toBe(0);
  });

  it('says plainly when the link has been used or has expired', async () => {
    serveLink({ 'POST /api/self-report/open': problem(404, 'NOT_FOUND', 'No such link.') });
    renderApp(`/r#token=${token}`);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This link no longer works');
    expect(alert.textContent).toContain('contact your clinic');
  });

  it('says when the link is incomplete, and asks the server nothing', async () => {
    const api = serveLink();
    renderApp('/r');
    expect((await screen.findByRole('alert')).textContent).toContain('This link is incomplete');
    expect(api.sent('POST', '/api/self-report/open')).toHaveLength(0);
  });

  it('takes the patient back to a question the server refused', async () => {
    serveLink({
      'POST /api/self-report/open': { status: 200, body: { ...opened, instruments: [{ id: 'daily-mood', completed: false }], drafts: {} } },
      'POST /api/self-report/submit': problem(400, 'VALIDATION', 'daily-mood: item "1" must be one of 0–10', [{ in: 'body', pointer: '/answers/1', detail: 'Choose a number from 0 to 10' }]),
    });
    renderApp(`/r#token=${token}`);
    await screen.findByText('Question 1 of 1');
    pick('10 · Best possible mood');
    press('Send answers');
    expect(await screen.findByText('Choose a number from 0 to 10')).toBeDefined();
    expect(screen.getByRole('alert').textContent).toContain('Your answers were not sent');
  });
});
