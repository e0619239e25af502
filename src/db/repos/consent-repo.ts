import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { type ConsentDocumentContent, type ConsentKind, consentDocumentHash } from '../../domain/consent/consent-document.js';
import { defaultConsentDocuments } from '../../domain/consent/default-consent-documents.js';
import type { Database } from '../database.js';
import { consentDocuments, consentSignatures, users } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export interface ConsentDocumentRecord {
  id: string;
  kind: ConsentKind;
  version: number;
  content: ConsentDocumentContent;
  contentHash: string;
  publishedAt: string;
}

const documentColumns = { id: consentDocuments.id, kind: consentDocuments.kind, version: consentDocuments.version, content: consentDocuments.content, contentHash: consentDocuments.contentHash, publishedAt: consentDocuments.publishedAt };

function toDocument(row: { id: string; kind: string; version: number; content: unknown; contentHash: string; publishedAt: Date }): ConsentDocumentRecord {
  return { ...row, kind: row.kind as ConsentKind, content: row.content as ConsentDocumentContent, publishedAt: row.publishedAt.toISOString() };
}

/** Version 1 of each kind is the built-in text; written on first use so every signature points at a stored row. */
async function ensureDefaultDocuments(db: Database, scope: OrganisationScope, now: Date): Promise<void> {
  await db
    .insert(consentDocuments)
    .values(defaultConsentDocuments.map((content) => ({ organisationId: scope.organisationId, kind: content.kind, version: 1, content, contentHash: consentDocumentHash(content), publishedAt: now })))
    .onConflictDoNothing();
}

export async function listCurrentConsentDocuments(db: Database, scope: OrganisationScope, now: Date): Promise<ConsentDocumentRecord[]> {
  await ensureDefaultDocuments(db, scope, now);
  const rows = await db
    .selectDistinctOn([consentDocuments.kind], documentColumns)
    .from(consentDocuments)
    .where(eq(consentDocuments.organisationId, scope.organisationId))
    .orderBy(consentDocuments.kind, desc(consentDocuments.version));
  return rows.map(toDocument);
}

export async function findConsentDocument(db: Database, scope: OrganisationScope, documentId: string): Promise<ConsentDocumentRecord | undefined> {
  const [row] = await db
    .select(documentColumns)
    .from(consentDocuments)
    .where(and(eq(consentDocuments.organisationId, scope.organisationId), eq(consentDocuments.id, documentId)));
  return row ? toDocument(row) : undefined;
}

export async function publishConsentDocument(db: Database, scope: OrganisationScope, content: ConsentDocumentContent, userId: string, now: Date): Promise<{ id: string; version: number }> {
  await ensureDefaultDocuments(db, scope, now);
  const [row] = await db
    .insert(consentDocuments)
    .values({
      organisationId: scope.organisationId,
      kind: content.kind,
      version: sql`(select max(${consentDocuments.version}) + 1 from ${consentDocuments} where ${consentDocuments.organisationId} = ${scope.organisationId} and ${consentDocuments.kind} = ${content.kind})`,
      content,
      contentHash: consentDocumentHash(content),
      publishedByUserId: userId,
      publishedAt: now,
    })
    .returning({ id: consentDocuments.id, version: consentDocuments.version });
  return row!;
}

export interface ConsentSignatureRecord {
  id: string;
  kind: ConsentKind;
  documentId: string;
  documentVersion: number;
  documentHash: string;
  typedName: string;
  signedAt: string;
  signedVia: 'in-clinic' | 'portal';
  collectedBy: string;
  countersignedBy: string | null;
  countersignedAt: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
}

export async function insertConsentSignature(
  db: Database,
  scope: OrganisationScope,
  input: { patientId: string; document: ConsentDocumentRecord; typedName: string; signatureImage: string; signedVia: 'in-clinic' | 'portal'; collectedByUserId: string },
  now: Date,
): Promise<string> {
  const [row] = await db
    .insert(consentSignatures)
    .values({
      organisationId: scope.organisationId,
      patientId: input.patientId,
      documentId: input.document.id,
      kind: input.document.kind,
      documentVersion: input.document.version,
      documentHash: input.document.contentHash,
      typedName: input.typedName,
      signatureImage: input.signatureImage,
      signedAt: now,
      signedVia: input.signedVia,
      collectedByUserId: input.collectedByUserId,
    })
    .returning({ id: consentSignatures.id });
  return row!.id;
}

export async function listConsentSignatures(db: Database, scope: OrganisationScope, patientId: string): Promise<ConsentSignatureRecord[]> {
  const collector = alias(users, 'collector');
  const countersigner = alias(users, 'countersigner');
  const rows = await db
    .select({
      id: consentSignatures.id,
      kind: consentSignatures.kind,
      documentId: consentSignatures.documentId,
      documentVersion: consentSignatures.documentVersion,
      documentHash: consentSignatures.documentHash,
      typedName: consentSignatures.typedName,
      signedAt: consentSignatures.signedAt,
      signedVia: consentSignatures.signedVia,
      collectedBy: collector.displayName,
      countersignedBy: countersigner.displayName,
      countersignedAt: consentSignatures.countersignedAt,
      revokedAt: consentSignatures.revokedAt,
      revocationReason: consentSignatures.revocationReason,
    })
    .from(consentSignatures)
    .innerJoin(collector, eq(collector.id, consentSignatures.collectedByUserId))
    .leftJoin(countersigner, eq(countersigner.id, consentSignatures.countersignedByUserId))
    .where(and(eq(consentSignatures.organisationId, scope.organisationId), eq(consentSignatures.patientId, patientId)))
    .orderBy(desc(consentSignatures.signedAt));
  return rows.map((row) => ({
    ...row,
    kind: row.kind as ConsentKind,
    signedAt: row.signedAt.toISOString(),
    countersignedAt: row.countersignedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  }));
}

/** Sets the countersignature once; false when the signature is unknown, already countersigned or revoked. */
export async function countersignConsent(db: Database, scope: OrganisationScope, patientId: string, signatureId: string, userId: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(consentSignatures)
    .set({ countersignedByUserId: userId, countersignedAt: now })
    .where(and(eq(consentSignatures.organisationId, scope.organisationId), eq(consentSignatures.patientId, patientId), eq(consentSignatures.id, signatureId), isNull(consentSignatures.countersignedAt), isNull(consentSignatures.revokedAt)))
    .returning({ id: consentSignatures.id });
  return rows.length === 1;
}

export async function revokeConsent(db: Database, scope: OrganisationScope, patientId: string, signatureId: string, userId: string, reason: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(consentSignatures)
    .set({ revokedAt: now, revokedByUserId: userId, revocationReason: reason })
    .where(and(eq(consentSignatures.organisationId, scope.organisationId), eq(consentSignatures.patientId, patientId), eq(consentSignatures.id, signatureId), isNull(consentSignatures.revokedAt)))
    .returning({ id: consentSignatures.id });
  return rows.length === 1;
}
