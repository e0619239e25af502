import { isValidDeaNumber } from '../../../domain/ledger/ledger-entry';
import type { ReceiptBody } from './stock-types';

/** The receiving form as typed. Error keys are the server's field paths ("supplier.deaNumber"). */
export interface ReceiveValues {
  productId: string;
  locationId: string;
  storageId: string;
  lotNumber: string;
  expiresOn: string;
  containers: string;
  supplierName: string;
  supplierAddress: string;
  supplierDeaNumber: string;
  invoiceNumber: string;
  reservedForPatientId: string;
}

export const emptyReceipt = (locationId: string): ReceiveValues => ({
  productId: '',
  locationId,
  storageId: '',
  lotNumber: '',
  expiresOn: '',
  containers: '1',
  supplierName: '',
  supplierAddress: '',
  supplierDeaNumber: '',
  invoiceNumber: '',
  reservedForPatientId: '',
});

export const maximumContainers = 200; // as the API takes in one receipt

export type ReceiptParse = { kind: 'valid'; body: ReceiptBody } | { kind: 'invalid'; errors: Record<string, string> };

/** The body of `POST /receipts` (21 CFR 1304.22(c)(3): containers, date, supplier's name, address and DEA number), or what is wrong. */
export function receiptBody(values: ReceiveValues, today: string): ReceiptParse {
  const errors: Record<string, string> = {};
  const required = (key: string, typed: string, message = 'Required') => {
    if (typed.trim() === '') errors[key] = message;
    return typed.trim();
  };
  required('productId', values.productId, 'Choose the product');
  required('locationId', values.locationId, 'Choose the location');
  const lotNumber = required('lotNumber', values.lotNumber);
  if (values.expiresOn === '') errors.expiresOn = 'Required';
  else if (values.expiresOn < today) errors.expiresOn = 'This lot has already expired';
  const containers = Number(values.containers.trim());
  if (!Number.isInteger(containers) || containers < 1 || containers > maximumContainers) errors.containers = `A whole number from 1 to ${maximumContainers}`;
  const deaNumber = values.supplierDeaNumber.trim().toUpperCase();
  if (deaNumber === '') errors['supplier.deaNumber'] = 'Required';
  else if (!isValidDeaNumber(deaNumber)) errors['supplier.deaNumber'] = 'Not a DEA registration number (2 letters, 7 digits, valid check digit)';
  const supplier = { name: required('supplier.name', values.supplierName), address: required('supplier.address', values.supplierAddress), deaNumber };
  const invoiceNumber = required('invoiceNumber', values.invoiceNumber);
  if (Object.keys(errors).length > 0) return { kind: 'invalid', errors };
  return {
    kind: 'valid',
    body: {
      productId: values.productId,
      locationId: values.locationId,
      ...(values.storageId ? { storageId: values.storageId } : {}),
      lotNumber,
      expiresOn: values.expiresOn,
      containers,
      supplier,
      invoiceNumber,
      ...(values.reservedForPatientId ? { reservedForPatientId: values.reservedForPatientId } : {}),
    },
  };
}
