import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { madrs } from '../../../domain/instruments/madrs';
import { phq9 } from '../../../domain/instruments/phq9';
import { chart, patientId, patientMe, site, staffMe } from '../../testing/fixtures';
import { safetyOpened } from '../../testing/measure-fixtures';
import { problem, serveApi, type MockRoutes } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const newPath = `/patients/${patientId}/assessments/new`;
const assessmentsPath = `/api/patients/${patientId}/assessments`;
const serveForm = (routes: MockRoutes = {}, me: unknown = staffMe(['nurse'])) =>
  serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: me }, [`GET /api/patients/${patientId}`]: { status: 200, body: chart }, ...routes });

/** Chooses the instrument and waits for its items (they wait for the clinic's item text, here answered 404). */
async function chooseInstrument(id: string) {
  fireEvent.change(await screen.findByLabelText('Instrument'), { target: { value: id } });
  await screen.findByRole('group', { name: 'Answers' });
}
const group = (label: string) => screen.getByRole('radiogroup', { name: label });
const answer = (label: string, option: string) => fireEvent.click(within(group(label)).getByRole('radio', { name: option }));
const groupNames = () => screen.getAllByRole('radiogroup').map((element) => document.getElementById(element.getAttribute('aria-labelledby')!)?.textContent);
const preview = () => screen.getByRole('status', { name: 'Score preview' }).textContent;
/** The message under a radio group: Mantine links it with aria-describedby. */
const errorUnder = (label: string) =>
  (group(label).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();
const phq9Label = (key: string) => phq9.items.find((item) => item.key === key)!.label;

/** PHQ-9 answers 1–9 as "value · label" choices; total of `values`. */
function answerPhq9(values: number[]) {
  const words = ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'];
  values.forEach((value, index) => answer(phq9Label(String(index + 1)), `${value} · ${words[value]}`));
}

describe('Recording a measure', () => {
  it('is offered on the record to staff who record measures, and not to the patient', async () => {
    serveForm();
    const nurse = renderApp(`/patients/${patientId}`);
    expect((await screen.findByRole('link', { name: 'Record a measure' })).getAttribute('href')).toBe(newPath);
    nurse.unmount();

    serveForm({}, patientMe());
    renderApp(`/patients/${patientId}`);
    await screen.findByRole('heading', { level: 2, name: 'Robin Smith' });
    expect(screen.queryByRole('link', { name: 'Record a measure' })).toBeNull();
  });

  it('asks C-SSRS items 3–5 only after item 2 is answered yes, and drops them again after no', async () => {
    serveForm();
    renderApp(newPath);
    await chooseInstrument('cssrs-screener');
    expect(groupNames()).toEqual(['Item 1: wish to be dead (past month)', 'Item 2: non-specific active suicidal thoughts (past month)', 'Item 6: suicidal behaviour or preparatory acts (lifetime)']);

    answer('Item 2: non-specific active suicidal thoughts (past month)', '1 · Yes');
    expect(groupNames()).toHaveLength(6);
    expect(screen.getByRole('radiogroup', { name: 'Item 4: suicidal thoughts with some intent, without a specific plan (past month)' })).toBeDefined();

    answer('Item 4: suicidal thoughts with some intent, without a specific plan (past month)', '1 · Yes');
    answer('Item 2: non-specific active suicidal thoughts (past month)', '0 · No');
    expect(groupNames()).toHaveLength(3);
    answer('Item 2: non-specific active suicidal thoughts (past month)', '1 · Yes');
    // The answer to item 4 went with it: the server would refuse an answer to an unasked item.
    expect(within(group('Item 4: suicidal thoughts with some intent, without a specific plan (past month)')).getByRole('radio', { name: '1 · Yes' })).toHaveProperty('checked', false);
  });

  it('shows the PHQ-9 total and band as the answers come in, and marks the optional item', async () => {
    serveForm();
    renderApp(newPath);
    await chooseInstrument('phq9');
    expect(preview()).toBe(`Score so farStill to answer: ${phq9Label('1')}`);
    answerPhq9([2, 2, 1, 1, 2, 1]);
    // Long item text is cut short in the preview.
    expect(preview()).toBe('Score so farStill to answer: Trouble concentrating on things, such as reading the newspaper or watching tele…');
    answerPhq9([2, 2, 1, 1, 2, 1, 1, 2, 0]);
    expect(preview()).toBe('Score so farTotal 12 · moderate');
    expect(errorUnder(phq9Label('10'))).toBe('Optional; not counted in the total');
  });

  it('sends the answers with the purpose, and says when they opened a safety task', async () => {
    const api = serveForm({ [`POST ${assessmentsPath}`]: { status: 201, body: { id: 'e0000000-0000-4000-8000-000000000001', result: { instrument: 'phq9', version: '1', total: 13, band: 'moderate', flags: ['suicidal-ideation-item'], subscales: {}, findings: {} }, safety: safetyOpened('moderate') } } });
    renderApp(newPath);
    await chooseInstrument('phq9');
    answerPhq9([2, 2, 1, 1, 2, 1, 1, 2, 1]);
    fireEvent.change(screen.getByLabelText('Purpose'), { target: { value: 'baseline' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save measure' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(`This answer opened a moderate safety task for the care team, due ${dayjs('2025-01-10T19:00:00.000Z').format('MMM D, YYYY HH:mm')}.`);
    expect(screen.getByText('PHQ-9: Total 13 · moderate.')).toBeDefined();
    expect(api.sent('POST', assessmentsPath).map((request) => request.body)).toEqual([
      { instrumentId: 'phq9', answers: { 1: 2, 2: 2, 3: 1, 4: 1, 5: 2, 6: 1, 7: 1, 8: 2, 9: 1 }, purpose: 'baseline' },
    ]);
  });

  it("shows the server's message under the item it names", async () => {
    serveForm({ [`POST ${assessmentsPath}`]: problem(400, 'VALIDATION', 'phq9: item "4" must be one of 0–3', [{ in: 'body', pointer: '/answers/4', detail: 'phq9: item "4" must be one of 0–3, not 7' }]) });
    renderApp(newPath);
    await chooseInstrument('phq9');
    answerPhq9([1, 1, 1, 1, 1, 1, 1, 1, 0]);
    fireEvent.click(screen.getByRole('button', { name: 'Save measure' }));

    await waitFor(() => expect(errorUnder(phq9Label('4'))).toBe('phq9: item "4" must be one of 0–3, not 7'));
    expect(errorUnder(phq9Label('3'))).toBe('');
    expect(screen.getByRole('alert').textContent).toContain('The measure was not saved');
    answer(phq9Label('4'), '2 · More than half the days');
    expect(errorUnder(phq9Label('4'))).toBe('');
  });

  it('sends nothing while a required item is unanswered, and says which', async () => {
    const api = serveForm();
    renderApp(newPath);
    await chooseInstrument('gad7');
    fireEvent.click(screen.getByRole('button', { name: 'Save measure' }));
    expect(errorUnder('Feeling nervous, anxious, or on edge')).toBe('Answer this item');
    expect(api.sent('POST', assessmentsPath)).toHaveLength(0);
  });

  it('asks AUDIT-C for the sex that sets its cut-off, and sends it as context', async () => {
    const api = serveForm({ [`POST ${assessmentsPath}`]: { status: 201, body: { id: 'e0000000-0000-4000-8000-000000000002', result: { instrument: 'audit-c', version: '1', total: 3, band: 'positive', flags: [], subscales: {}, findings: {} }, safety: null } } });
    renderApp(newPath);
    await chooseInstrument('audit-c');
    answer('How often do you have a drink containing alcohol?', '2 · 2-4 times a month');
    answer('How many standard drinks containing alcohol do you have on a typical day?', '1 · 3 or 4');
    answer('How often do you have 6 or more drinks on 1 occasion?', '0 · Never');
    expect(preview()).toBe('Score so farTotal 3');
    fireEvent.change(screen.getByLabelText('Sex for the cut-off'), { target: { value: 'female' } });
    expect(preview()).toBe('Score so farTotal 3 · positive');
    fireEvent.click(screen.getByRole('button', { name: 'Save measure' }));
    await screen.findByText('AUDIT-C: Total 3 · positive.');
    expect(api.sent('POST', assessmentsPath)[0]?.body).toEqual({ instrumentId: 'audit-c', answers: { 1: 2, 2: 1, 3: 0 }, purpose: 'routine', context: { sex: 'female' } });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("labels the items with the text the clinic loaded, and falls back to the built-in labels for the rest", async () => {
    const loaded = { id: 'madrs', items: madrs.items.map((item) => ({ key: item.key, label: item.key === '1' ? 'Apparent sadness (licensed wording)' : item.label })) };
    const api = serveForm({ 'GET /api/instruments/madrs': { status: 200, body: loaded } });
    renderApp(newPath);
    await chooseInstrument('madrs');
    expect(groupNames().slice(0, 2)).toEqual(['Apparent sadness (licensed wording)', 'Item 2: reported sadness']);
    expect(preview()).toBe('Score so farStill to answer: Apparent sadness (licensed wording)');
    expect(api.sent('GET', '/api/instruments/madrs')).toHaveLength(1);
  });
});
