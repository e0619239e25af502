import type { ConsentKind } from '../../../domain/consent/consent-document';
import type { ConsentState } from '../../../domain/consent/consent-status';

export const consentKindLabels: Record<ConsentKind, string> = {
  'racemic-iv-im': 'Ketamine by infusion or injection (IV or IM)',
  'esketamine-intranasal': 'Esketamine nasal spray (Spravato)',
  'racemic-oral-sublingual': 'Ketamine by mouth (oral or under the tongue)',
};

export const consentStateLabels: Record<ConsentState, { label: string; color: string; explanation: string }> = {
  'not-signed': { label: 'Not signed', color: 'gray', explanation: 'The patient has not signed this consent.' },
  'awaiting-countersignature': { label: 'Waiting for countersignature', color: 'yellow', explanation: 'The patient has signed. A clinician must countersign before treatment.' },
  current: { label: 'Current', color: 'green', explanation: 'Signed by the patient and countersigned by a clinician.' },
  'new-version-to-sign': { label: 'New version to sign', color: 'orange', explanation: 'The clinic published a new version of this document. The patient must read and sign it again.' },
  revoked: { label: 'Revoked', color: 'red', explanation: 'The consent was revoked. Treatment that relies on it stops until the patient signs again.' },
};

/** A short, stable fingerprint of the document text, enough to compare with the signed copy by eye. */
export const shortHash = (contentHash: string) => contentHash.slice(0, 12);
