import type { DeaSchedule } from '../stock/stock-setup-types';

// The staff-credential endpoints (issue 8) have no server schema in this tree yet; these follow the agreed contract.

export const credentialKinds = ['licence', 'npi', 'dea-registration', 'board-certification', 'life-support', 'training'] as const;
export type CredentialKind = (typeof credentialKinds)[number];
export const credentialStatuses = ['active', 'inactive', 'suspended', 'revoked'] as const;
export type CredentialStatus = (typeof credentialStatuses)[number];
/** How close the expiry is: passed, or within 30, 60 or 90 days. */
export type ExpiryBand = 'expired' | '30' | '60' | '90';

export interface Verification {
  verifiedAt: string;
  /** The name of the person who checked it. */
  verifiedBy: string;
  method: 'primary-source' | 'document-review';
  source: string;
  outcome: 'verified' | 'discrepancy';
  nextDueOn: string;
}

export interface CredentialDocument {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  uploadedAt: string;
}

export interface CredentialView {
  id: string;
  userId: string;
  kind: CredentialKind;
  type: string;
  jurisdiction: string | null;
  number: string | null;
  issuer: string | null;
  issuedOn: string | null;
  /** An instant: the credential stops counting at that moment. */
  expiresAt: string | null;
  status: CredentialStatus;
  locationId: string | null;
  schedules: string[] | null;
  publiclyListed: boolean;
  revision: number;
  inForce: boolean;
  expiryBand: ExpiryBand | null;
  lastVerification: Verification | null;
  documents: CredentialDocument[];
}

/** A DEA registration the person is an authorised handler under (21 CFR 1301.22(b)). */
export interface HandlerOf {
  registrationId: string;
  number: string;
  locationId: string;
  locationName: string;
  grantedAt: string;
}

export interface StaffCredentials {
  user: { id: string; displayName: string; roles: string[] };
  credentials: CredentialView[];
  handlerOf: HandlerOf[];
}

/** `POST /api/staff/:userId/credentials`; `PUT /api/credentials/:id` adds the revision read. */
export interface CredentialBody {
  kind: CredentialKind;
  type: string;
  jurisdiction?: string;
  number?: string;
  issuer?: string;
  issuedOn?: string;
  expiresAt?: string;
  status: CredentialStatus;
  locationId?: string;
  schedules?: DeaSchedule[];
  publiclyListed?: boolean;
}

export interface VerificationBody {
  method: Verification['method'];
  source: string;
  outcome: Verification['outcome'];
  nextDueOn: string;
  note?: string;
}

export interface ExpiringItem {
  credential: CredentialView;
  user: { id: string; displayName: string };
  /** Null when the credential is listed only because its next check is due. */
  band: ExpiryBand | null;
  verificationDue: boolean;
}
