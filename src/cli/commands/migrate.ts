import type { Command } from 'commander';
import { migrateDb, openEmbedded, openPostgres } from '../../db/create-db.js';
import { readMigrationStatus } from '../../db/migrations.js';
import { loadConfig } from '../../server/config.js';
import { readPackageVersion } from '../../server/version.js';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('Apply pending database migrations to DATABASE_URL (PostgreSQL), or to the embedded database in KETACLINIC_DATA_DIR.')
    .option('--status', 'only list applied and pending migrations')
    .action(async (options: { status?: boolean }) => {
      const config = loadConfig(process.env, readPackageVersion());
      // The embedded database migrates itself on open, so --status there reports after that.
      const handle = config.databaseUrl ? openPostgres(config.databaseUrl, 1) : await openEmbedded(config.dataDir);
      try {
        const before = await readMigrationStatus(handle.db);
        if (options.status) {
          console.log(`Applied: ${before.applied.join(', ') || 'none'}`);
          console.log(`Pending: ${before.pending.join(', ') || 'none'}`);
          return;
        }
        if (before.pending.length === 0) {
          console.log(`Up to date at ${before.current ?? 'no migrations'}.`);
          return;
        }
        await migrateDb(handle);
        const after = await readMigrationStatus(handle.db);
        console.log(`Applied ${before.pending.length} migration(s): ${before.pending.join(', ')}. Now at ${after.current}.`);
      } finally {
        await handle.close();
      }
    });
}
