import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultMeasurementPacks, type MeasurementPack } from '../../../domain/measurement/measurement-packs';
import { site, staffMe } from '../../testing/fixtures';
import { problem, serveApi, type MockRoutes } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

// A few of the default packs keep the page small: role queries over all twelve are slow in happy-dom.
const shown = ['treatment-resistant-depression', 'ptsd', 'anxiety', 'ocd', 'self-harm'];
const somePacks = defaultMeasurementPacks.filter((pack) => shown.includes(pack.indication));
const ptsdIndex = somePacks.findIndex((pack) => pack.indication === 'ptsd');
const servePacks = (routes: MockRoutes = {}, packs: MeasurementPack[] = somePacks, isDefault = true) =>
  serveApi({
    'GET /api/site': { status: 200, body: site },
    'GET /api/auth/me': { status: 200, body: staffMe(['medical-director']) },
    'GET /api/safety-tasks/summary': { status: 200, body: { open: 0, overdue: 0 } },
    'GET /api/measurement-packs': { status: 200, body: { packs, isDefault } },
    'PUT /api/measurement-packs': (request) => ({ status: 200, body: { ...(request.body as object), isDefault: false } }),
    ...routes,
  });

// `hidden: true` skips the visibility check up every ancestor, which is what makes role queries slow on a page this big.
const pack = (name: string) => screen.getByRole('region', { name, hidden: true });
const waitForPacks = () => screen.findByRole('heading', { level: 3, name: 'PTSD', hidden: true });
const select = (element: HTMLElement, value: string) => fireEvent.change(element, { target: { value } });
/** The message Mantine links to a field with aria-describedby. */
const messageFor = (field: HTMLElement) =>
  (field.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ')
    .trim();

describe('Measurement packs', () => {
  it('are in the navigation of a medical director only', async () => {
    servePacks();
    const director = renderApp('/');
    const navigation = await screen.findByRole('navigation', { name: 'Main navigation' });
    expect(within(navigation).getByRole('link', { name: 'Measurement packs' }).getAttribute('href')).toBe('/measurement-packs');
    director.unmount();
    vi.unstubAllGlobals();

    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) } });
    renderApp('/measurement-packs');
    expect(await screen.findByText('Not available to you')).toBeDefined();
    expect(within(screen.getByRole('navigation', { name: 'Main navigation' })).queryByRole('link', { name: 'Measurement packs' })).toBeNull();
  });

  it('lists each indication with its instruments and times, and saves alternatives, phases, days and kinds with one PUT', async () => {
    const api = servePacks();
    renderApp('/measurement-packs');
    await waitForPacks();
    expect(screen.getByText('Suggested packs')).toBeDefined();
    const legends = (name: string) => [...pack(name).querySelectorAll('fieldset > legend')].map((legend) => legend.textContent);
    expect(legends('Treatment-resistant depression')).toEqual(['PHQ-9', 'QIDS-SR16', 'MADRS']);
    expect(legends('OCD')).toEqual(['Y-BOCS or OCI-R']);

    const ptsd = pack('PTSD');
    fireEvent.click(within(ptsd).getByRole('button', { name: 'Add an alternative' }));
    select(within(ptsd).getByRole('combobox', { name: 'Or instead' }), 'itq');
    expect(legends('PTSD')).toEqual(['PCL-5 or ITQ']);
    fireEvent.click(within(ptsd).getAllByRole('checkbox', { name: 'Follow-up' })[0]!);
    fireEvent.change(within(ptsd).getAllByRole('textbox', { name: 'Days between' })[0]!, { target: { value: '14' } });
    select(within(ptsd).getAllByRole('combobox', { name: 'When' })[2]!, 'after-each-session');
    fireEvent.click(screen.getByRole('button', { name: 'Save packs' }));

    expect(await screen.findByRole('status')).toHaveProperty('textContent', expect.stringContaining('Packs saved'));
    const sent = api.sent('PUT', '/api/measurement-packs').map((request) => request.body as { packs: MeasurementPack[] });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.packs[ptsdIndex]).toEqual({
      indication: 'ptsd',
      entries: [
        {
          instrumentIds: ['pcl5', 'itq'],
          cadence: [
            { kind: 'once-per-phase', phases: ['intake', 'follow-up'] },
            { kind: 'every-days', days: 14, phases: ['induction', 'maintenance'] },
            { kind: 'after-each-session' },
          ],
        },
      ],
    });
    expect(sent[0]!.packs.filter((_, index) => index !== ptsdIndex)).toEqual(somePacks.filter((_, index) => index !== ptsdIndex));
    expect(screen.queryByText('Suggested packs')).toBeNull();
  });

  it("shows the API's messages under the fields they name, and clears them when the instrument is changed", async () => {
    servePacks({
      'PUT /api/measurement-packs': problem(400, 'VALIDATION', 'No instrument "caps5".', [
        { in: 'body', pointer: `/packs/${ptsdIndex}/entries/0/instrumentIds/0`, detail: 'Unknown instrument' },
        { in: 'body', pointer: `/packs/${ptsdIndex}/entries/0/cadence/1/days`, detail: 'Too big: expected number to be <=365' },
      ]),
    });
    renderApp('/measurement-packs');
    await waitForPacks();
    fireEvent.click(screen.getByRole('button', { name: 'Save packs' }));

    const ptsd = pack('PTSD');
    const instrument = within(ptsd).getByRole('combobox', { name: 'Instrument' });
    await waitFor(() => expect(messageFor(instrument)).toBe('Unknown instrument'));
    const [weekly, monthly] = within(ptsd).getAllByRole('textbox', { name: 'Days between' });
    expect(messageFor(weekly!)).toBe('Too big: expected number to be <=365');
    expect(messageFor(monthly!)).toBe('');
    expect(screen.getByRole('alert').textContent).toContain('The packs were not saved');
    expect(messageFor(within(pack('Anxiety')).getByRole('combobox', { name: 'Instrument' }))).toBe('');

    select(instrument, 'pcl5');
    expect(messageFor(instrument)).toBe('');
  });

  it('adds a pack for an indication without one, and sends nothing until its instrument and phases are chosen', async () => {
    const ptsdOnly = defaultMeasurementPacks.filter((candidate) => candidate.indication === 'ptsd');
    const api = servePacks({}, ptsdOnly, false);
    renderApp('/measurement-packs');
    await waitForPacks();
    expect(screen.queryByText('Suggested packs')).toBeNull();
    select(screen.getByRole('combobox', { name: 'Add a pack for' }), 'ocd');
    fireEvent.click(screen.getByRole('button', { name: 'Add pack' }));
    const ocd = pack('OCD');
    fireEvent.click(within(ocd).getByRole('checkbox', { name: 'Intake' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save packs' }));

    expect(messageFor(within(ocd).getByRole('combobox', { name: 'Instrument' }))).toBe('Choose an instrument');
    expect(within(ocd).getByText('Choose at least one phase')).toBeDefined();
    expect(api.sent('PUT', '/api/measurement-packs')).toHaveLength(0);

    select(within(ocd).getByRole('combobox', { name: 'Instrument' }), 'ybocs');
    fireEvent.click(within(ocd).getByRole('checkbox', { name: 'Induction' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save packs' }));
    await screen.findByRole('status');
    expect(api.sent('PUT', '/api/measurement-packs')[0]!.body).toEqual({
      packs: [...ptsdOnly, { indication: 'ocd', entries: [{ instrumentIds: ['ybocs'], cadence: [{ kind: 'once-per-phase', phases: ['induction'] }] }] }],
    });
  });

  it('removes instruments, times and whole packs', async () => {
    const api = servePacks();
    renderApp('/measurement-packs');
    await waitForPacks();
    const depression = pack('Treatment-resistant depression');
    fireEvent.click(within(depression).getByRole('button', { name: 'Remove QIDS-SR16 from the pack' }));
    fireEvent.click(within(depression).getAllByRole('button', { name: 'Remove this time' })[0]!);
    fireEvent.click(within(pack('Self-harm')).getByRole('button', { name: 'Remove the Self-harm pack' }));
    // The last instrument of a pack cannot be removed on its own: the pack goes instead.
    expect(within(pack('PTSD')).queryByRole('button', { name: /from the pack$/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save packs' }));
    await screen.findByRole('status');

    const sent = (api.sent('PUT', '/api/measurement-packs')[0]!.body as { packs: MeasurementPack[] }).packs;
    expect(sent.map((candidate) => candidate.indication)).not.toContain('self-harm');
    expect(sent.find((candidate) => candidate.indication === 'treatment-resistant-depression')!.entries.map((entry) => [entry.instrumentIds, entry.cadence.length])).toEqual([
      [['phq9'], 2],
      [['madrs'], 2],
    ]);
  });
});
