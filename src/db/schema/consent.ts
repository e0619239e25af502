import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from './accounts.js';
import { organisationIdColumn } from './organisations.js';
import { patients } from './patients.js';

/** Versioned consent documents per kind of treatment; the highest version of a kind is the current one. */
export const consentDocuments = pgTable(
  'consent_document',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    kind: text('kind').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<unknown>().notNull(),
    /** SHA-256 of the canonical content: the signature names exactly the text the patient read. */
    contentHash: text('content_hash').notNull(),
    /** Null for the built-in first version. */
    publishedByUserId: uuid('published_by_user_id').references(() => users.id),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    unique('consent_document_version').on(table.organisationId, table.kind, table.version),
    check('consent_document_kind', sql`${table.kind} in ('racemic-iv-im', 'esketamine-intranasal', 'racemic-oral-sublingual')`),
    check('consent_document_hash', sql`${table.contentHash} ~ '^[0-9a-f]{64}$'`),
  ],
);

/**
 * A patient's signature on one document version: typed name, drawn signature, time and the document hash;
 * then a clinician's countersignature, and possibly a revocation. Each of those is set once, never changed.
 */
export const consentSignatures = pgTable(
  'consent_signature',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: organisationIdColumn(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patients.id),
    documentId: uuid('document_id')
      .notNull()
      .references(() => consentDocuments.id),
    kind: text('kind').notNull(),
    documentVersion: integer('document_version').notNull(),
    documentHash: text('document_hash').notNull(),
    typedName: text('typed_name').notNull(),
    /** The drawn signature as a PNG data URL (size-limited at the API). */
    signatureImage: text('signature_image').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    /** 'in-clinic' when collected on a clinic device by the named staff member; 'portal' when the patient signed in. */
    signedVia: text('signed_via').$type<'in-clinic' | 'portal'>().notNull(),
    collectedByUserId: uuid('collected_by_user_id')
      .notNull()
      .references(() => users.id),
    countersignedByUserId: uuid('countersigned_by_user_id').references(() => users.id),
    countersignedAt: timestamp('countersigned_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedByUserId: uuid('revoked_by_user_id').references(() => users.id),
    revocationReason: text('revocation_reason'),
  },
  (table) => [
    check('consent_signature_signed_via', sql`${table.signedVia} in ('in-clinic', 'portal')`),
    check('consent_signature_typed_name', sql`length(btrim(${table.typedName})) between 2 and 200`),
    // chr(59) is ';': drizzle-kit splits statements on a literal one.
    check('consent_signature_image', sql`starts_with(${table.signatureImage}, 'data:image/png' || chr(59) || 'base64,')`),
    check('consent_signature_countersigned', sql`(${table.countersignedByUserId} is null) = (${table.countersignedAt} is null)`),
    check('consent_signature_revoked', sql`(${table.revokedAt} is null) = (${table.revokedByUserId} is null)`),
    index('consent_signature_patient').on(table.organisationId, table.patientId, table.kind, table.signedAt),
  ],
);
