import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createDb } from '../src/db/create-db.js';
import { verifyAuditTrail } from '../src/db/repos/audit-repo.js';
import { ensureOrganisation } from '../src/db/repos/organisations-repo.js';
import { type AuditRecord, genesisHash, hashAuditRecord } from '../src/domain/audit/audit-chain.js';

export interface AuditVerifyFigures {
  entries: number;
  seconds: number;
  entriesPerSecond: number;
}

/**
 * Writes a chain of `entries` synthetic audit entries for a bench-only organisation in bulk (multi-row
 * INSERT, not the ORM), then times `verifyAuditTrail` over it: SECURITY.md T12 asks for ≥ 50,000 entries/s.
 */
export async function measureAuditVerify(options: { databaseUrl?: string | undefined; dataDir: string; entries: number }): Promise<AuditVerifyFigures> {
  const handle = await createDb({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    const slug = `bench-audit-${Date.now()}`;
    const organisation = await ensureOrganisation(handle.db, { slug, name: 'Bench Audit Organisation (synthetic)' });
    let prevHash = genesisHash;
    const start = Date.UTC(2026, 0, 1);
    for (let first = 1; first <= options.entries; first += 1000) {
      const rows: string[] = [];
      for (let seq = first; seq < first + 1000 && seq <= options.entries; seq += 1) {
        const record: AuditRecord = {
          organisationId: organisation.id,
          seq,
          occurredAt: new Date(start + seq * 1000).toISOString(),
          actorUserId: null,
          actorRole: 'nurse',
          action: 'patient.read',
          entityType: 'patient',
          entityId: randomUUID(),
          patientId: null,
          requestId: `bench-${seq}`,
          sourceIp: '127.0.0.1',
          outcome: 'success',
          breakGlass: false,
          reason: null,
          details: null,
        };
        const hash = hashAuditRecord(prevHash, record);
        rows.push(
          `('${record.organisationId}', ${seq}, '${record.occurredAt}', 'nurse', 'patient.read', 'patient', '${record.entityId}', '${record.requestId}', '127.0.0.1', 'success', false, '${prevHash}', '${hash}')`,
        );
        prevHash = hash;
      }
      await handle.db.execute(
        sql.raw(
          `insert into audit_event (organisation_id, seq, occurred_at, actor_role, action, entity_type, entity_id, request_id, source_ip, outcome, break_glass, prev_hash, hash) values ${rows.join(',')}`,
        ),
      );
    }
    await handle.db.execute(sql`insert into audit_chain_head (organisation_id, last_seq, last_hash) values (${organisation.id}, ${options.entries}, ${prevHash})`);
    const started = performance.now();
    const [result] = await verifyAuditTrail(handle.db, slug);
    const seconds = (performance.now() - started) / 1000;
    if (result?.verdict.kind !== 'intact') throw new Error(`the bench chain did not verify: ${JSON.stringify(result?.verdict)}`);
    return { entries: result.verdict.count, seconds, entriesPerSecond: result.verdict.count / seconds };
  } finally {
    await handle.close();
  }
}
