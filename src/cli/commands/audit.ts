import type { Command } from 'commander';
import { createDb } from '../../db/create-db.js';
import { verifyAuditTrail } from '../../db/repos/audit-repo.js';
import { describeChainBreak } from '../../domain/audit/audit-chain.js';
import { loadConfig } from '../../server/config.js';
import { readPackageVersion } from '../../server/version.js';

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('Work with the audit trail.');
  audit
    .command('verify')
    .description('Check every entry of the hash-chained audit trail; exits 1 and names the first broken entry if any was changed, removed or inserted.')
    .option('--organisation <slug>', 'check only this organisation')
    .action(async (options: { organisation?: string }) => {
      const config = loadConfig(process.env, readPackageVersion());
      const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const started = performance.now();
        const results = await verifyAuditTrail(handle.db, options.organisation);
        if (options.organisation && results.length === 0) {
          console.error(`No organisation "${options.organisation}".`);
          process.exitCode = 1;
          return;
        }
        let entries = 0;
        for (const { organisation, verdict, brokenEntry } of results) {
          entries += verdict.count;
          if (verdict.kind === 'intact') {
            console.log(`${organisation.slug}: intact, ${verdict.count} entries.`);
          } else {
            const at = brokenEntry ? ` (${brokenEntry.action} at ${brokenEntry.occurredAt})` : '';
            console.log(`${organisation.slug}: BROKEN at entry ${verdict.seq}${at}: ${describeChainBreak(verdict.problem)}. ${verdict.count} entries before it verified.`);
            process.exitCode = 1;
          }
        }
        const seconds = (performance.now() - started) / 1000;
        console.log(`Checked ${entries} entries in ${results.length} organisation(s) in ${seconds.toFixed(2)} s.`);
      } finally {
        await handle.close();
      }
    });
}
