import type { ConsentDocumentContent, ConsentKind } from '../../../domain/consent/consent-document';
import type { PatientConsentsResponse } from '../../../server/routes/consent/consent.schemas';
import { getJson, postJson } from '../../api/client';

export type { PatientConsentsResponse };
export type ConsentStatusEntry = PatientConsentsResponse['statuses'][number];
export type ConsentSignature = PatientConsentsResponse['signatures'][number];

/** The current version of one consent document, as `GET /api/consent-documents` sends it. */
export interface ConsentDocument {
  id: string;
  kind: ConsentKind;
  version: number;
  contentHash: string;
  publishedAt: string;
  content: ConsentDocumentContent;
}

export interface SignConsentBody {
  documentId: string;
  typedName: string;
  /** The drawn signature: data:image/png;base64,… */
  signatureImage: string;
}

const consentsPath = (patientId: string) => `/api/patients/${encodeURIComponent(patientId)}/consents`;
const signaturePath = (patientId: string, consentId: string, action: 'countersign' | 'revoke') => `${consentsPath(patientId)}/${encodeURIComponent(consentId)}/${action}`;

/** Every answer that changes a consent is the patient's whole consent standing afterwards. */
export const consentApi = {
  consents: (patientId: string) => getJson<PatientConsentsResponse>(consentsPath(patientId)),
  documents: () => getJson<{ documents: ConsentDocument[] }>('/api/consent-documents'),
  sign: (patientId: string, body: SignConsentBody) => postJson<PatientConsentsResponse>(consentsPath(patientId), body),
  countersign: (patientId: string, consentId: string) => postJson<PatientConsentsResponse>(signaturePath(patientId, consentId, 'countersign')),
  revoke: (patientId: string, consentId: string, reason: string) => postJson<PatientConsentsResponse>(signaturePath(patientId, consentId, 'revoke'), { reason }),
};
