import { eq } from 'drizzle-orm';
import type { Database } from '../database.js';
import { instrumentItemTexts } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

/** Replaces the organisation's loaded text for one instrument, item by item. */
export async function saveItemTexts(db: Database, scope: OrganisationScope, instrumentId: string, items: Record<string, string>, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [itemKey, text] of Object.entries(items)) {
      await tx
        .insert(instrumentItemTexts)
        .values({ organisationId: scope.organisationId, instrumentId, itemKey, text, loadedAt: now })
        .onConflictDoUpdate({ target: [instrumentItemTexts.organisationId, instrumentItemTexts.instrumentId, instrumentItemTexts.itemKey], set: { text, loadedAt: now } });
    }
  });
}

/** instrument id → item key → loaded text, for one organisation. */
export async function readItemTexts(db: Database, scope: OrganisationScope): Promise<Map<string, Map<string, string>>> {
  const rows = await db
    .select({ instrumentId: instrumentItemTexts.instrumentId, itemKey: instrumentItemTexts.itemKey, text: instrumentItemTexts.text })
    .from(instrumentItemTexts)
    .where(eq(instrumentItemTexts.organisationId, scope.organisationId));
  const texts = new Map<string, Map<string, string>>();
  for (const row of rows) {
    if (!texts.has(row.instrumentId)) texts.set(row.instrumentId, new Map());
    texts.get(row.instrumentId)!.set(row.itemKey, row.text);
  }
  return texts;
}
