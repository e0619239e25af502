import { consentStatus } from '../../../domain/consent/consent-status.js';
import type { Database } from '../../../db/database.js';
import type { OrganisationScope } from '../../../db/repos/organisations-repo.js';
import { listConsentSignatures, listCurrentConsentDocuments } from '../../../db/repos/consent-repo.js';
import type { PatientConsentsResponse } from './consent.schemas.js';

/** Each kind of consent with the patient's standing on it, and every signature (newest first). */
export async function readPatientConsents(tx: Database, scope: OrganisationScope, patientId: string, now: Date): Promise<PatientConsentsResponse> {
  const documents = await listCurrentConsentDocuments(tx, scope, now);
  const signatures = await listConsentSignatures(tx, scope, patientId);
  return {
    statuses: documents.map((document) => ({ ...consentStatus(document.kind, document.version, signatures), currentDocumentId: document.id })),
    signatures,
  };
}
