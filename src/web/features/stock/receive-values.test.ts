import { describe, expect, it } from 'vitest';
import { emptyReceipt, receiptBody, type ReceiveValues } from './receive-values';
import { ketalar, northId } from './stock-fixtures';

const typed = (overrides: Partial<ReceiveValues> = {}): ReceiveValues => ({
  ...emptyReceipt(northId),
  productId: ketalar.id,
  lotNumber: ' L-2026-07 ',
  expiresOn: '2028-06-30',
  containers: '5',
  supplierName: 'Sample Wholesaler',
  supplierAddress: '1 Sample Way',
  supplierDeaNumber: 'ab1234563',
  invoiceNumber: 'INV-77',
  ...overrides,
});

describe('receiptBody', () => {
  it('sends the receipt with the supplier’s DEA number in capitals, and leaves out what was not chosen', () => {
    expect(receiptBody(typed(), '2026-03-05')).toEqual({
      kind: 'valid',
      body: { productId: ketalar.id, locationId: northId, lotNumber: 'L-2026-07', expiresOn: '2028-06-30', containers: 5, supplier: { name: 'Sample Wholesaler', address: '1 Sample Way', deaNumber: 'AB1234563' }, invoiceNumber: 'INV-77' },
    });
    const reserved = receiptBody(typed({ storageId: 's1', reservedForPatientId: 'p1' }), '2026-03-05');
    expect(reserved.kind === 'valid' && reserved.body).toMatchObject({ storageId: 's1', reservedForPatientId: 'p1' });
  });

  it('names every missing field, a bad DEA number, an expired lot and a container count out of range', () => {
    expect(receiptBody({ ...emptyReceipt(''), containers: '201', expiresOn: '2026-03-04', supplierDeaNumber: 'AB1234567' }, '2026-03-05')).toEqual({
      kind: 'invalid',
      errors: {
        productId: 'Choose the product',
        locationId: 'Choose the location',
        lotNumber: 'Required',
        expiresOn: 'This lot has already expired',
        containers: 'A whole number from 1 to 200',
        'supplier.deaNumber': 'Not a DEA registration number (2 letters, 7 digits, valid check digit)',
        'supplier.name': 'Required',
        'supplier.address': 'Required',
        invoiceNumber: 'Required',
      },
    });
    expect(receiptBody(typed({ containers: '2.5' }), '2026-03-05')).toEqual({ kind: 'invalid', errors: { containers: 'A whole number from 1 to 200' } });
  });
});
