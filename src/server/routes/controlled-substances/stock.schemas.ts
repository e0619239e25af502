import { z } from 'zod';
import { isValidDeaNumber } from '../../../domain/ledger/ledger-entry.js';

export const deaNumberSchema = z.string().trim().toUpperCase().refine(isValidDeaNumber, 'Not a valid DEA registration number (two letters, seven digits, check digit)');
export const partySchema = z.object({ name: z.string().trim().min(1).max(200), address: z.string().trim().min(1).max(500), deaNumber: deaNumberSchema }).strict();
export const witnessSchema = z.object({ email: z.string().trim().max(254), password: z.string().max(200), code: z.string().trim().max(10).optional() }).strict();

export const productSchema = z.object({ id: z.uuid(), genericName: z.string(), ndc: z.string(), strengthMgPerMl: z.number(), containerMl: z.number(), form: z.enum(['vial', 'nasal-device']), reorderAtContainers: z.number().int() });

export const stockContainerSchema = z.object({
  id: z.uuid(),
  label: z.string(),
  state: z.string(),
  balanceMg: z.number(),
  balanceMl: z.number(),
  productId: z.uuid(),
  productName: z.string(),
  ndc: z.string(),
  form: z.enum(['vial', 'nasal-device']),
  strengthMgPerMl: z.number(),
  containerMl: z.number(),
  lotNumber: z.string(),
  expiresOn: z.string(),
  locationId: z.uuid(),
  storageId: z.uuid().nullable(),
  receivedAt: z.string(),
  reservedForPatient: z.object({ id: z.uuid(), name: z.string() }).nullable(),
});

export const ledgerRecordSchema = z.object({ entryId: z.uuid(), seq: z.number(), kind: z.string(), containerId: z.uuid(), quantityMg: z.number(), quantityMl: z.number(), occurredAt: z.string(), hash: z.string() });
