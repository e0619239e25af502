import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patientMe, site, staffMe } from '../../testing/fixtures';
import { serveApi } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const serveTo = (me: unknown) => serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: me }, 'GET /api/safety-tasks': { status: 200, body: { tasks: [] } } });
const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cells = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

describe('Instrument catalogue', () => {
  it('lists the twenty instruments with their item count, rater and whether the text is included', async () => {
    serveTo(staffMe(['nurse']));
    renderApp('/instruments');
    const table = await screen.findByRole('table', { name: 'Instruments' });
    expect(rows(table)).toHaveLength(20);
    expect(cells(rows(table)[0]!)).toEqual(['PHQ-9 (Patient Health Questionnaire-9)', '10', 'Patient', 'Yes']);
    expect(cells(rows(table)[3]!)).toEqual(['C-SSRS Screener (Columbia Suicide Severity Rating Scale, Screen Version – Recent)', '7', 'Clinician', 'No, topic labels only']);
  });

  it('opens an instrument with its items in order, their answers, skip rules, licence and source', async () => {
    serveTo(staffMe(['therapist']));
    const view = renderApp('/instruments');
    fireEvent.click(await screen.findByRole('link', { name: /^C-SSRS Screener/ }));
    const items = await screen.findByRole('table', { name: 'Items' });
    expect(view.location()).toBe('/instruments/cssrs-screener');
    expect(rows(items).map((row) => cells(row)[0])).toEqual(['1', '2', '3', '4', '5', '6', '6a']);
    expect(cells(rows(items)[2]!)).toEqual(['3', 'Item 3: suicidal thoughts with a method, without intent (past month)', '0 · No1 · Yes', 'Asked only when item 2 is Yes']);
    expect(cells(rows(items)[6]!)[3]).toBe('Asked only when item 6 is Yes');
    const about = within(screen.getByRole('table', { name: 'About this instrument' })).getAllByRole('row').map((row) => row.textContent);
    expect(about.find((row) => row?.startsWith('Licence'))).toMatch(/^LicencePermission to be confirmed\. © Research Foundation for Mental Hygiene/);
    expect(about.find((row) => row?.startsWith('Source'))).toContain('Posner K, et al.');
    expect(screen.getByText(/The wording of these items is not included/)).toBeDefined();
  });

  it('marks items that are not scored or may be left unanswered', async () => {
    serveTo(staffMe(['nurse']));
    renderApp('/instruments/phq9');
    const items = await screen.findByRole('table', { name: 'Items' });
    expect(cells(rows(items)[9]!)[3]).toBe('Not scored. May be left unanswered');
    expect(cells(rows(items)[0]!)[2]).toBe('0 · Not at all1 · Several days2 · More than half the days3 · Nearly every day');
  });

  it('describes a rule opened by several items', async () => {
    serveTo(staffMe(['nurse']));
    renderApp('/instruments/asq');
    const items = await screen.findByRole('table', { name: 'Items' });
    expect(cells(rows(items)[4]!)[3]).toBe('Asked only when any of items 1, 2, 3 or 4 is Yes or Declined to answer');
  });

  it('is not offered to patients', async () => {
    serveTo(patientMe());
    renderApp('/instruments');
    expect(await screen.findByText('Not available to you')).toBeDefined();
  });
});
