import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir, runCli } from '../../../tests/helpers/cli-process.js';
import { createTestClinic } from '../../../tests/helpers/test-clinic.js';
import { createTestDatabase, engine } from '../../../tests/helpers/test-database.js';
import { openEmbedded } from '../../db/create-db.js';
import type { DatabaseHandle } from '../../db/database.js';
import { appendAuditEvent } from '../../db/repos/audit-repo.js';

// The CLI opens the database itself: on PGlite a data directory, on PostgreSQL the test database's URL.
describe('ketaclinic audit verify', () => {
  let env: Record<string, string>;
  let open: () => Promise<DatabaseHandle>;
  let closeAll: () => Promise<void> = async () => {};
  let slug: string;

  beforeAll(async () => {
    if (engine === 'postgres') {
      const database = await createTestDatabase();
      env = { DATABASE_URL: database.url! };
      open = async () => ({ ...database, close: async () => {} });
      closeAll = () => database.close();
    } else {
      const dataDir = freshDataDir();
      env = { KETACLINIC_DATA_DIR: dataDir };
      open = () => openEmbedded(dataDir);
    }
    const handle = await open();
    const clinic = await createTestClinic(handle.db, []);
    slug = clinic.slug;
    for (let second = 0; second < 3; second += 1) {
      await appendAuditEvent(handle.db, { organisationId: clinic.id }, { action: 'auth.sign-in', outcome: 'success' }, new Date(Date.UTC(2026, 10, 27, 9, 0, second)));
    }
    await handle.close();
  });
  afterAll(async () => closeAll());

  it('reports an intact trail and exits 0', async () => {
    const result = await runCli(['audit', 'verify'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${slug}: intact, 3 entries.`);
    expect(result.stdout).toMatch(/Checked 3 entries in 1 organisation\(s\) in \d+\.\d\d s\./);
  });

  it('exits 1 and names the first broken entry', async () => {
    const handle = await open();
    await handle.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`update audit_event set outcome = 'failure' where seq = 2`);
    });
    await handle.close();
    const result = await runCli(['audit', 'verify', '--organisation', slug], env);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      `${slug}: BROKEN at entry 2 (auth.sign-in at 2026-11-27T09:00:01.000Z): this entry was changed after it was written (its hash does not match its content). 1 entries before it verified.`,
    );
  });
});
