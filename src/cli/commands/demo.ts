import type { Command } from 'commander';
import { createDb } from '../../db/create-db.js';
import { loadDemoClinic } from '../../db/demo/load-demo-clinic.js';
import { loadConfig } from '../../server/config.js';
import { readPackageVersion } from '../../server/version.js';

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description('Load the synthetic demo clinic ("Demo Ketamine Clinic"); running it again changes nothing.')
    .action(async () => {
      const config = loadConfig(process.env, readPackageVersion());
      const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const result = await loadDemoClinic(handle.db);
        console.log(
          result.locationsCreated > 0
            ? `Loaded the demo clinic with ${result.locationsCreated} location(s).`
            : 'The demo clinic is already loaded: nothing changed.',
        );
      } finally {
        await handle.close();
      }
    });
}
