import { fireEvent, screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chart, patientId, patientMe, site, staffMe } from '../../testing/fixtures';
import { assessment } from '../../testing/measure-fixtures';
import { serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { createTrendPlot } from './create-trend-plot';

// happy-dom has no canvas: the plot is replaced, and the test checks what it was given.
vi.mock('./create-trend-plot', () => ({ createTrendPlot: vi.fn(() => ({ resize: vi.fn(), destroy: vi.fn() })) }));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.mocked(createTrendPlot).mockClear();
});

const phq9Series = [
  assessment({ total: 20, band: 'severe', purpose: 'baseline', completedAt: '2025-01-06T15:00:00.000Z' }),
  assessment({ total: 15, band: 'moderately-severe', purpose: 'pre-session', completedAt: '2025-01-13T15:00:00.000Z' }),
  assessment({ total: 9, band: 'mild', purpose: 'follow-up', enteredBy: 'patient', completedAt: '2025-01-27T15:00:00.000Z' }),
];
const auditC = assessment({ instrumentId: 'audit-c', total: 5, band: 'positive', confidentiality: 'part2', completedAt: '2025-01-06T16:00:00.000Z' });

const serveOutcomes = (me: unknown, assessments = [...phq9Series, auditC]) =>
  serveApi({
    'GET /api/site': { status: 200, body: site },
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/safety-tasks': { status: 200, body: { tasks: [] } },
    [`GET /api/patients/${patientId}`]: { status: 200, body: chart },
    [`GET /api/patients/${patientId}/assessments`]: { status: 200, body: { assessments } },
  });
const local = (iso: string) => dayjs(iso).format('MMM D, YYYY HH:mm');

describe('Outcomes tab', () => {
  it('reads the outcomes only when the tab is opened, and removes the chart when it closes', async () => {
    const api = serveOutcomes(staffMe(['nurse']));
    const view = renderApp(`/patients/${patientId}`);
    await screen.findByRole('heading', { level: 3, name: 'Problems' });
    expect(api.sent('GET', `/api/patients/${patientId}/assessments`)).toHaveLength(0);

    fireEvent.click(screen.getByRole('tab', { name: 'Outcomes' }));
    expect(await screen.findByRole('table', { name: 'PHQ-9 results' })).toBeDefined();
    expect(view.location()).toBe(`/patients/${patientId}?tab=outcomes`);
    expect(api.sent('GET', `/api/patients/${patientId}/assessments`)).toHaveLength(1);

    fireEvent.click(screen.getByRole('tab', { name: 'Record' }));
    await screen.findByRole('heading', { level: 3, name: 'Problems' });
    expect(vi.mocked(createTrendPlot).mock.results[0]!.value.destroy).toHaveBeenCalledTimes(1);
  });

  it('summarises a PHQ-9 fall from 20 to 9 as response without remission, and lists every result', async () => {
    serveOutcomes(staffMe(['nurse']));
    renderApp(`/patients/${patientId}?tab=outcomes`);
    const table = await screen.findByRole('table', { name: 'PHQ-9 results' });
    const phq9 = screen.getByRole('region', { name: 'PHQ-9' });
    expect(within(phq9).getByTestId('outcome-summary').textContent).toBe('Baseline 20 → latest 9: response (≥ 50 % fall), no remission');
    expect(within(table).getAllByRole('row').map((row) => within(row).queryAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      [],
      [local('2025-01-06T15:00:00.000Z'), '20', 'severe', 'Baseline', 'Clinician'],
      [local('2025-01-13T15:00:00.000Z'), '15', 'moderately severe', 'Before a session', 'Clinician'],
      [local('2025-01-27T15:00:00.000Z'), '9', 'mild', 'Follow-up', 'Patient'],
    ]);
    expect(within(phq9).getByRole('img', { name: 'PHQ-9 totals over time' })).toBeDefined();
    expect(createTrendPlot).toHaveBeenCalledTimes(1);
    expect(vi.mocked(createTrendPlot).mock.calls[0]![1]).toMatchObject({ seriesLabel: 'PHQ-9 total', totals: [20, 15, 9], yMax: 27, times: phq9Series.map((point) => Date.parse(point.completedAt) / 1000) });
  });

  it('shades the bands behind the line and names each with its totals', async () => {
    serveOutcomes(staffMe(['nurse']));
    renderApp(`/patients/${patientId}?tab=outcomes`);
    const chartImage = await screen.findByRole('img', { name: 'PHQ-9 totals over time' });
    const legend = screen.getByRole('list', { name: 'PHQ-9 bands' });
    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Minimal 0–4', 'Mild 5–9', 'Moderate 10–14', 'Moderately severe 15–19', 'Severe 20–27']);
    expect(chartImage.getAttribute('aria-describedby')).toBe(legend.id);
    const drawn = vi.mocked(createTrendPlot).mock.calls[0]![1].bands;
    expect(drawn.map((band) => [band.label, band.fromValue, band.toValue])).toEqual([
      ['Minimal', 0, 4.5],
      ['Mild', 4.5, 9.5],
      ['Moderate', 9.5, 14.5],
      ['Moderately severe', 14.5, 19.5],
      ['Severe', 19.5, 27],
    ]);
  });

  it('marks substance-use results as 42 CFR Part 2, and draws no line for a single result', async () => {
    serveOutcomes(staffMe(['therapist']));
    renderApp(`/patients/${patientId}?tab=outcomes`);
    const table = await screen.findByRole('table', { name: 'AUDIT-C results' });
    expect(within(table).getByText('42 CFR Part 2')).toBeDefined();
    expect(within(screen.getByRole('table', { name: 'PHQ-9 results' })).queryByText('42 CFR Part 2')).toBeNull();
    expect(within(screen.getByRole('region', { name: 'AUDIT-C' })).queryByRole('img')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)).toEqual(['PHQ-9', 'AUDIT-C']);
  });

  it('shows patients their own outcomes', async () => {
    serveOutcomes(patientMe());
    renderApp(`/patients/${patientId}?tab=outcomes`);
    expect(await screen.findByRole('table', { name: 'PHQ-9 results' })).toBeDefined();
  });

  it('says so when nothing has been recorded', async () => {
    serveOutcomes(staffMe(['nurse']), []);
    renderApp(`/patients/${patientId}?tab=outcomes`);
    expect(await screen.findByText('No measures recorded yet.')).toBeDefined();
  });
});
