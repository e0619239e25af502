import { ApiProblem, getJson, postJson, putJson } from '../../api/client';
import type { CredentialBody, CredentialDocument, CredentialView, ExpiringItem, StaffCredentials, VerificationBody } from './credential-types';

const id = (value: string) => encodeURIComponent(value);
const handlersPath = (registrationId: string) => `/api/controlled-substances/registrations/${id(registrationId)}/handlers`;

/** Where a document is read back: a plain link, so the browser opens it with the session cookie. */
export const documentHref = (documentId: string) => `/api/credentials/documents/${id(documentId)}`;

/** The failure as an ApiProblem, read from the problem document when there is one. */
async function problemOf(response: Response): Promise<ApiProblem> {
  const problem = (await response.json().catch(() => ({}))) as { detail?: string; code?: string; requestId?: string; errors?: unknown };
  const errors = Array.isArray(problem.errors) ? (problem.errors as ApiProblem['errors']) : [];
  return new ApiProblem(response.status, problem.code ?? 'UNKNOWN', problem.detail ?? `The server answered ${response.status}.`, problem.requestId, errors);
}

/** Sends the file's own bytes as the body, typed by its content type; the server checks both again. */
async function uploadDocument(credentialId: string, file: File): Promise<CredentialDocument> {
  let response: Response;
  try {
    response = await fetch(`/api/credentials/${id(credentialId)}/documents?${new URLSearchParams({ fileName: file.name })}`, {
      method: 'PUT',
      headers: { accept: 'application/json', 'content-type': file.type },
      credentials: 'same-origin',
      body: file,
    });
  } catch {
    throw new Error('Ketaclinic could not reach the server. Check the network connection and try again.');
  }
  if (!response.ok) throw await problemOf(response);
  return (await response.json()) as CredentialDocument;
}

export const credentialApi = {
  staff: (userId: string) => getJson<StaffCredentials>(`/api/staff/${id(userId)}/credentials`),
  add: (userId: string, body: CredentialBody) => postJson<CredentialView>(`/api/staff/${id(userId)}/credentials`, body),
  edit: (credentialId: string, body: CredentialBody & { revision: number }) => putJson<CredentialView>(`/api/credentials/${id(credentialId)}`, body),
  verify: (credentialId: string, body: VerificationBody) => postJson<CredentialView>(`/api/credentials/${id(credentialId)}/verifications`, body),
  uploadDocument,
  expiring: () => getJson<{ items: ExpiringItem[] }>('/api/credentials/expiring'),
  authorise: (registrationId: string, userId: string) => postJson<unknown>(handlersPath(registrationId), { userId }),
  withdraw: (registrationId: string, userId: string) => postJson<unknown>(`${handlersPath(registrationId)}/${id(userId)}/revoke`),
};
