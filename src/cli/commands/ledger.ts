import type { Command } from 'commander';
import { createDb } from '../../db/create-db.js';
import { verifyLedger } from '../../db/repos/ledger-repo.js';
import { organisations } from '../../db/schema/index.js';
import { loadConfig } from '../../server/config.js';
import { readPackageVersion } from '../../server/version.js';

export function registerLedgerCommand(program: Command): void {
  const ledger = program.command('ledger').description('Work with the controlled-substance ledger.');
  ledger
    .command('verify')
    .description('Re-compute the hash chain and every container balance from the entries; exits 1 naming the first problem.')
    .action(async () => {
      const config = loadConfig(process.env, readPackageVersion());
      const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        for (const organisation of await handle.db.select({ id: organisations.id, slug: organisations.slug }).from(organisations)) {
          const { chain, balanceMismatches } = await verifyLedger(handle.db, { organisationId: organisation.id });
          if (!chain.ok) {
            console.log(`${organisation.slug}: BROKEN at entry ${chain.brokenAtSeq}: ${chain.reason}`);
            process.exitCode = 1;
          } else if (balanceMismatches.length > 0) {
            const first = balanceMismatches[0]!;
            console.log(`${organisation.slug}: container ${first.containerId} holds ${first.storedMg} mg / ${first.storedMl} mL but its entries add up to ${first.fromEntriesMg} mg / ${first.fromEntriesMl} mL (${balanceMismatches.length} container(s) differ).`);
            process.exitCode = 1;
          } else {
            console.log(`${organisation.slug}: intact, ${chain.count} entries, every balance matches.`);
          }
        }
      } finally {
        await handle.close();
      }
    });
}
