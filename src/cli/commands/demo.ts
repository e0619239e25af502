import type { Command } from 'commander';
import { totpCodeAt } from '../../domain/auth/totp.js';
import { createDb } from '../../db/create-db.js';
import { demoPassword, demoStaff, demoTotpSecret } from '../../db/demo/demo-people.js';
import { loadDemoClinic } from '../../db/demo/load-demo-clinic.js';
import { loadConfig } from '../../server/config.js';
import { readPackageVersion } from '../../server/version.js';

function printDemoCodes(now: Date): void {
  const secondsLeft = 30 - (Math.floor(now.getTime() / 1000) % 30);
  console.log(`Demo sign-in codes (password for everyone: "${demoPassword}"), valid for ${secondsLeft} more seconds:`);
  for (const staff of demoStaff) console.log(`  ${totpCodeAt(demoTotpSecret(staff.email), now)}  ${staff.email}  (${staff.roles.join(', ')})`);
}

export function registerDemoCommand(program: Command): void {
  program
    .command('demo')
    .description(
      'Load the synthetic demo clinic ("Demo Ketamine Clinic") with one user per role and synthetic patients; running it again changes nothing. ' +
        '`ketaclinic demo codes` prints the demo users\' current six-digit sign-in codes.',
    )
    .argument('[what]', '"codes" to print the current sign-in codes instead of loading')
    .action(async (what: string | undefined) => {
      if (what === 'codes') return printDemoCodes(new Date());
      if (what !== undefined) throw new Error(`Unknown demo argument "${what}"; did you mean "codes"?`);
      const config = loadConfig(process.env, readPackageVersion());
      const handle = await createDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
      try {
        const result = await loadDemoClinic(handle.db);
        const created = result.locationsCreated + result.usersCreated + result.patientsCreated;
        console.log(
          created > 0
            ? `Loaded the demo clinic: ${result.locationsCreated} locations, ${result.usersCreated} users, ${result.patientsCreated} patients.`
            : 'The demo clinic is already loaded: nothing changed.',
        );
      } finally {
        await handle.close();
      }
    });
}
