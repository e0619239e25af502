import { desc, eq } from 'drizzle-orm';
import { defaultProtocols } from '../../domain/protocols/default-protocols.js';
import type { ProtocolDefinition } from '../../domain/protocols/protocol-definition.js';
import type { Database } from '../database.js';
import { treatmentProtocols } from '../schema/index.js';
import type { OrganisationScope } from './organisations-repo.js';

export interface ClinicProtocol {
  key: string;
  /** 0 for the built-in default, which the clinic has not edited. */
  version: number;
  isDefault: boolean;
  definition: ProtocolDefinition;
}

/** Every protocol the clinic can plan with: its newest edit of each key, or the built-in default. */
export async function listProtocols(db: Database, scope: OrganisationScope): Promise<ClinicProtocol[]> {
  const rows = await db
    .selectDistinctOn([treatmentProtocols.key], { key: treatmentProtocols.key, version: treatmentProtocols.version, definition: treatmentProtocols.definition })
    .from(treatmentProtocols)
    .where(eq(treatmentProtocols.organisationId, scope.organisationId))
    .orderBy(treatmentProtocols.key, desc(treatmentProtocols.version));
  const edited = new Map(rows.map((row) => [row.key, { key: row.key, version: row.version, isDefault: false, definition: row.definition as ProtocolDefinition }]));
  const defaults = defaultProtocols.filter((protocol) => !edited.has(protocol.key)).map((definition) => ({ key: definition.key, version: 0, isDefault: true, definition }));
  return [...defaults, ...edited.values()].sort((a, b) => a.definition.name.localeCompare(b.definition.name));
}

export async function findProtocol(db: Database, scope: OrganisationScope, key: string): Promise<ClinicProtocol | undefined> {
  return (await listProtocols(db, scope)).find((protocol) => protocol.key === key);
}

export async function insertProtocolVersion(db: Database, scope: OrganisationScope, definition: ProtocolDefinition, previousVersion: number, userId: string, now: Date): Promise<number> {
  const [row] = await db
    .insert(treatmentProtocols)
    .values({ organisationId: scope.organisationId, key: definition.key, version: previousVersion + 1, definition, writtenByUserId: userId, writtenAt: now })
    .returning({ version: treatmentProtocols.version });
  return row!.version;
}
