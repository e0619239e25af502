import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { patientId, site, staffMe } from '../../testing/fixtures';
import { serveApi, type MockRequest } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';

afterEach(() => vi.unstubAllGlobals());

const summary = (index: number) => ({
  id: index === 0 ? patientId : `c0000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  mrn: `KC-${String(index + 1).padStart(6, '0')}`,
  givenName: index === 0 ? 'Robin' : `Given${index}`,
  familyName: 'Smith',
  dateOfBirth: '1980-04-12',
  sexAtBirth: 'female' as const,
  archived: index === 1,
});

/** 30 Smiths, answered a page at a time, as the server would. */
const searchSmiths = ({ query }: MockRequest) => {
  const all = Array.from({ length: 30 }, (_, index) => summary(index));
  const limit = Number(query.get('limit'));
  const offset = Number(query.get('offset'));
  return { status: 200, body: { patients: all.slice(offset, offset + limit), total: all.length, limit, offset } };
};

const search = (value: string) => fireEvent.change(screen.getByLabelText('Search patients'), { target: { value } });

describe('Patients page', () => {
  it('finds patients as the user types, lists them a page at a time, and links to each record', async () => {
    const api = serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['nurse']) }, 'GET /api/patients': searchSmiths });
    const view = renderApp('/patients');

    expect(await screen.findByText('Type a name, MRN or date of birth to find a patient.')).toBeDefined();
    expect(api.sent('GET', '/api/patients')).toHaveLength(0);
    search('smi');
    const table = await screen.findByRole('table', { name: 'Patients' });

    expect(api.sent('GET', '/api/patients').map((request) => request.query.toString())).toEqual(['q=smi&limit=25&offset=0&includeArchived=false']);
    expect(screen.getByText('30 patients found')).toBeDefined();
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(26);
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['MRN', 'Name', 'Date of birth', 'Sex at birth']);
    expect(within(rows[1]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['KC-000001', 'Smith, Robin', 'Apr 12, 1980', 'Female']);
    expect(within(rows[2]!).getByText('Archived')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Page 2' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Patients' })).getAllByRole('row')).toHaveLength(6));
    expect(api.sent('GET', '/api/patients').at(-1)?.query.get('offset')).toBe('25');

    fireEvent.click(screen.getByRole('button', { name: 'Page 1' }));
    const firstPage = await screen.findByRole('link', { name: 'Smith, Robin' });
    expect(firstPage.getAttribute('href')).toBe(`/patients/${patientId}`);
    fireEvent.click(firstPage);
    await waitFor(() => expect(view.location()).toBe(`/patients/${patientId}`));
  });

  it('lets front desk find and register patients, but not open records', async () => {
    serveApi({ 'GET /api/site': { status: 200, body: site }, 'GET /api/auth/me': { status: 200, body: staffMe(['front-desk']) }, 'GET /api/patients': searchSmiths });
    renderApp('/patients');
    await screen.findByLabelText('Search patients');
    expect(screen.getByRole('link', { name: 'New patient' }).getAttribute('href')).toBe('/patients/new');
    search('1980-04-12');
    const table = await screen.findByRole('table', { name: 'Patients' });
    expect(within(table).getByText('Smith, Robin')).toBeDefined();
    expect(within(table).queryAllByRole('link')).toHaveLength(0);
  });

  it('offers no "New patient" to a therapist, and says so when nothing matches', async () => {
    serveApi({
      'GET /api/site': { status: 200, body: site },
      'GET /api/auth/me': { status: 200, body: staffMe(['therapist']) },
      'GET /api/patients': { status: 200, body: { patients: [], total: 0, limit: 25, offset: 0 } },
    });
    renderApp('/patients');
    await screen.findByLabelText('Search patients');
    expect(screen.queryByRole('link', { name: 'New patient' })).toBeNull();
    search('zzz');
    expect(await screen.findByText('No patients match “zzz”.')).toBeDefined();
  });
});
