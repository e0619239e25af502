import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { staffMe } from '../../testing/fixtures';
import { problem } from '../../testing/mock-api';
import { renderApp } from '../../testing/render-app';
import { ketalar, locations, northId, serveStockApi, spravato, stockBase } from './stock-fixtures';

afterEach(() => vi.unstubAllGlobals());

const type = (scope: HTMLElement, label: string, value: string) => fireEvent.change(within(scope).getByLabelText(label), { target: { value } });

async function fillDelivery(productId: string) {
  const form = await screen.findByRole('form', { name: 'Receive stock' });
  fireEvent.change(within(form).getByLabelText('Product'), { target: { value: productId } });
  fireEvent.change(within(form).getByLabelText('Stored in'), { target: { value: locations[0]!.storage[0]!.id } });
  type(form, 'Lot number', 'L-2027-01');
  type(form, 'Expiry date', '2029-01-31');
  type(form, 'Number of containers', '5');
  type(form, 'Supplier’s name', 'Sample Wholesaler');
  type(form, 'Supplier’s address', '1 Sample Way, Sampleton');
  type(form, 'Supplier’s DEA number', 'ab1234563');
  type(form, 'Invoice or packing slip number', 'INV-77');
  return form;
}

describe('Receiving stock', () => {
  it('sends the delivery with the supplier’s details, then says what is now in stock', async () => {
    const api = serveStockApi(staffMe(['nurse']), { [`POST ${stockBase}/receipts`]: { status: 201, body: { containerIds: ['c1', 'c2', 'c3', 'c4', 'c5'] } } });
    renderApp(`/stock/receive?locationId=${northId}`);
    const form = await fillDelivery(ketalar.id);
    expect(within(form).getByText('Vials of 20 mL at 10 mg/mL')).toBeDefined();
    expect(within(form).queryByLabelText('Reserved for')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Receive' }));
    expect(await screen.findByText(`5 containers of ${ketalar.genericName}, lot L-2027-01, are now in stock.`)).toBeDefined();
    expect(api.sent('POST', `${stockBase}/receipts`)[0]!.body).toEqual({
      productId: ketalar.id,
      locationId: northId,
      storageId: locations[0]!.storage[0]!.id,
      lotNumber: 'L-2027-01',
      expiresOn: '2029-01-31',
      containers: 5,
      supplier: { name: 'Sample Wholesaler', address: '1 Sample Way, Sampleton', deaNumber: 'AB1234563' },
      invoiceNumber: 'INV-77',
    });
    expect(screen.getByRole('link', { name: 'See the stock' }).getAttribute('href')).toBe(`/stock?locationId=${northId}`);
  });

  it('reserves esketamine for one patient when asked', async () => {
    const patient = { id: '7d1e2f3a-4b5c-4d6e-8f9a-0b1c2d3e4f5a', mrn: 'KC-000042', givenName: 'Robin', familyName: 'Smith', dateOfBirth: '1980-04-12', sexAtBirth: 'female', archived: false };
    const api = serveStockApi(staffMe(['nurse']), {
      [`POST ${stockBase}/receipts`]: { status: 201, body: { containerIds: ['c1'] } },
      'GET /api/patients': { status: 200, body: { patients: [patient], total: 1, limit: 10, offset: 0 } },
    });
    renderApp('/stock/receive');
    const form = await fillDelivery(spravato.id);
    type(form, 'Find the patient (optional)', 'Smith');
    await within(form).findByRole('option', { name: 'Smith, Robin (KC-000042)' });
    fireEvent.change(within(form).getByLabelText('Reserved for'), { target: { value: patient.id } });
    fireEvent.click(within(form).getByRole('button', { name: 'Receive' }));
    await waitFor(() => expect(api.sent('POST', `${stockBase}/receipts`)).toHaveLength(1));
    expect(api.sent('POST', `${stockBase}/receipts`)[0]!.body).toMatchObject({ productId: spravato.id, reservedForPatientId: patient.id });
  });

  it('checks the form before sending, and shows the server’s answer next to its field', async () => {
    const api = serveStockApi(staffMe(['nurse']), { [`POST ${stockBase}/receipts`]: problem(422, 'VALIDATION', 'The lot is already recorded with another expiry date.', [{ in: 'body', pointer: '/expiresOn', detail: 'Lot L-2027-01 expires on 2028-12-31' }]) });
    renderApp('/stock/receive');
    const form = await screen.findByRole('form', { name: 'Receive stock' });
    type(form, 'Supplier’s DEA number', 'AB1234567');
    fireEvent.click(within(form).getByRole('button', { name: 'Receive' }));
    expect(await within(form).findByText('Not a DEA registration number (2 letters, 7 digits, valid check digit)')).toBeDefined();
    expect(within(form).getByText('Choose the product')).toBeDefined();
    expect(api.sent('POST', `${stockBase}/receipts`)).toHaveLength(0);

    await fillDelivery(ketalar.id);
    fireEvent.click(within(form).getByRole('button', { name: 'Receive' }));
    expect(await within(form).findByText('Lot L-2027-01 expires on 2028-12-31')).toBeDefined();
    expect(within(form).getByLabelText('Expiry date').getAttribute('aria-invalid')).toBe('true');
  });

  it('is not offered to an administrator, who configures but does not handle stock', async () => {
    serveStockApi(staffMe(['admin']));
    renderApp('/stock/receive');
    expect(await screen.findByText('Not available to you')).toBeDefined();
  });
});
