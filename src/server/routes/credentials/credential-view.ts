import { inForce } from '../../../domain/credentials/credential-rules.js';
import { expiryBand } from '../../../domain/credentials/expiry-band.js';
import { AppError } from '../../../domain/shared/app-error.js';
import type { Database } from '../../../db/database.js';
import { type CredentialRow, findCredential, latestVerifications, listCredentialDocuments } from '../../../db/repos/credentials-repo.js';
import type { OrganisationScope } from '../../../db/repos/organisations-repo.js';
import type { CredentialView } from './credentials.schemas.js';

/** Credentials as the staff tab and the dashboard show them: in force now, their expiry band, last verification, documents. */
export async function credentialViews(db: Database, scope: OrganisationScope, rows: readonly CredentialRow[], now: Date): Promise<CredentialView[]> {
  const ids = rows.map((row) => row.id);
  const verifications = await latestVerifications(db, scope, ids);
  const documents = await listCredentialDocuments(db, scope, ids);
  return rows.map((row) => {
    const verification = verifications.get(row.id);
    return {
      id: row.id,
      userId: row.userId,
      kind: row.kind,
      type: row.type,
      jurisdiction: row.jurisdiction,
      number: row.number,
      issuer: row.issuer,
      issuedOn: row.issuedOn,
      expiresAt: row.expiresAt?.toISOString() ?? null,
      status: row.status,
      locationId: row.locationId,
      schedules: row.schedules,
      publiclyListed: row.publiclyListed,
      revision: row.revision,
      inForce: inForce(row, now),
      expiryBand: expiryBand(row.expiresAt, now),
      lastVerification: verification
        ? { verifiedAt: verification.verifiedAt.toISOString(), verifiedBy: verification.verifiedBy, method: verification.method, source: verification.source, outcome: verification.outcome, nextDueOn: verification.nextDueOn }
        : null,
      documents: documents
        .filter((document) => document.credentialId === row.id)
        .map((document) => ({ id: document.id, fileName: document.fileName, mediaType: document.mediaType, sizeBytes: document.sizeBytes, uploadedAt: document.uploadedAt.toISOString() })),
    };
  });
}

export async function credentialOrThrow(db: Database, scope: OrganisationScope, credentialId: string): Promise<CredentialRow> {
  const row = await findCredential(db, scope, credentialId);
  if (!row) throw new AppError('NOT_FOUND', 'No such credential.');
  return row;
}

export async function credentialView(db: Database, scope: OrganisationScope, credentialId: string, now: Date): Promise<CredentialView> {
  const [view] = await credentialViews(db, scope, [await credentialOrThrow(db, scope, credentialId)], now);
  return view!;
}
