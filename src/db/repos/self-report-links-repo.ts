import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../database.js';
import { selfReportLinks } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export interface SelfReportLink {
  id: string;
  organisationId: string;
  patientId: string;
  instrumentIds: string[];
  completedInstrumentIds: string[];
  drafts: Record<string, Record<string, number>>;
  expiresAt: Date;
}

export async function insertSelfReportLink(
  db: Database,
  scope: OrganisationScope,
  input: { patientId: string; tokenHash: string; instrumentIds: string[]; createdByUserId: string; createdAt: Date; expiresAt: Date },
): Promise<string> {
  const [row] = await db.insert(selfReportLinks).values({ organisationId: scope.organisationId, ...input }).returning({ id: selfReportLinks.id });
  return row!.id;
}

/** A link that still works (not expired, not finished), locked for the rest of the transaction when asked. */
export async function findUsableLink(db: Database, tokenHash: string, now: Date, options: { forUpdate?: boolean } = {}): Promise<SelfReportLink | undefined> {
  const query = db
    .select({
      id: selfReportLinks.id,
      organisationId: selfReportLinks.organisationId,
      patientId: selfReportLinks.patientId,
      instrumentIds: selfReportLinks.instrumentIds,
      completedInstrumentIds: selfReportLinks.completedInstrumentIds,
      drafts: selfReportLinks.drafts,
      expiresAt: selfReportLinks.expiresAt,
    })
    .from(selfReportLinks)
    .where(and(eq(selfReportLinks.tokenHash, tokenHash), isNull(selfReportLinks.completedAt), gt(selfReportLinks.expiresAt, now)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function saveDraft(db: Database, linkId: string, instrumentId: string, answers: Record<string, number>): Promise<void> {
  await db
    .update(selfReportLinks)
    .set({ drafts: sql`${selfReportLinks.drafts} || ${JSON.stringify({ [instrumentId]: answers })}::jsonb` })
    .where(eq(selfReportLinks.id, linkId));
}

/** Records a submitted questionnaire; the link is finished when every questionnaire on it is in. */
export async function markInstrumentSubmitted(db: Database, link: SelfReportLink, instrumentId: string, now: Date): Promise<boolean> {
  const completed = [...new Set([...link.completedInstrumentIds, instrumentId])];
  const drafts = Object.fromEntries(Object.entries(link.drafts).filter(([id]) => id !== instrumentId));
  const finished = link.instrumentIds.every((id) => completed.includes(id));
  await db
    .update(selfReportLinks)
    .set({ completedInstrumentIds: completed, drafts, ...(finished ? { completedAt: now } : {}) })
    .where(eq(selfReportLinks.id, link.id));
  return finished;
}
