import { type LedgerDirection, type LedgerEntryKind, signedQuantity } from '../ledger-entry.js';

export interface ReportProduct {
  genericName: string;
  ndc: string;
  strengthMgPerMl: number;
  containerMl: number;
  form: 'vial' | 'nasal-device';
}

export interface ReportLocation {
  id: string;
  name: string;
  address: string | null;
  deaNumber: string | null;
  timeZone: string;
}

export interface AddressParts {
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  region: string | null;
  postalCode: string | null;
  country: string | null;
}

export interface ReportPatient extends AddressParts {
  givenName: string;
  familyName: string;
  mrn: string;
}

export interface ReportEntry {
  seq: number;
  kind: LedgerEntryKind;
  occurredAt: Date;
  recordedAt: Date;
  quantityMg: number;
  quantityMl: number;
  /** The kind-specific fields as stored (see ledger-entry.ts). */
  payload: Record<string, unknown>;
  product: ReportProduct;
  lotNumber: string;
  containerLabel: string;
  locationId: string;
  authorName: string;
  witnessNames: string[];
  patient: ReportPatient | null;
  /** The seq of the entry a correction corrects. */
  correctsSeq: number | null;
  /** The other registered location of a transfer. */
  counterpartLocation: { name: string; address: string | null } | null;
  device: string;
  hash: string;
}

/** Sums of entries per kind (and direction, for adjustments and corrections), as SQL can add them up. */
export interface OpeningMovement {
  kind: LedgerEntryKind;
  direction: LedgerDirection | null;
  quantityMg: number;
  quantityMl: number;
}

/** The balance those sums leave, in whole hundredths so nothing drifts (see balances.ts). */
export function sumMovements(movements: readonly OpeningMovement[]): { mg: number; ml: number } {
  let mg = 0;
  let ml = 0;
  for (const movement of movements) {
    const sign = signedQuantity({ kind: movement.kind, ...(movement.direction ? { direction: movement.direction } : {}) });
    mg += sign * Math.round(movement.quantityMg * 100);
    ml += sign * Math.round(movement.quantityMl * 100);
  }
  return { mg: mg / 100 + 0, ml: ml / 100 + 0 };
}

export interface ReportContext {
  generatedAt: Date;
  retentionYears: number | null;
  locations: ReportLocation[];
}
