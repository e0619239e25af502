import type { ConsentKind } from './consent-document.js';

export interface SignatureFacts {
  id: string;
  kind: ConsentKind;
  documentVersion: number;
  signedAt: string;
  countersignedAt: string | null;
  revokedAt: string | null;
}

export type ConsentState = 'not-signed' | 'awaiting-countersignature' | 'current' | 'new-version-to-sign' | 'revoked';

export interface ConsentStatus {
  kind: ConsentKind;
  currentVersion: number;
  state: ConsentState;
  /** The signature the state is about (the newest one for the kind), if any. */
  signatureId: string | null;
}

/**
 * Where a patient stands for one kind of treatment. Consent is current only for the current document
 * version, countersigned and not revoked: publishing a new version asks every patient to consent again.
 */
export function consentStatus(kind: ConsentKind, currentVersion: number, signatures: readonly SignatureFacts[]): ConsentStatus {
  const newest = signatures.filter((signature) => signature.kind === kind).sort((a, b) => b.signedAt.localeCompare(a.signedAt))[0];
  const state: ConsentState = !newest
    ? 'not-signed'
    : newest.revokedAt
      ? 'revoked'
      : newest.documentVersion < currentVersion
        ? 'new-version-to-sign'
        : newest.countersignedAt
          ? 'current'
          : 'awaiting-countersignature';
  return { kind, currentVersion, state, signatureId: newest?.id ?? null };
}
