import { Command } from 'commander';
import { readPackageVersion } from '../server/version.js';
import { describeCliError } from './cli-errors.js';
import { registerAuditCommand } from './commands/audit.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerDoseCommand } from './commands/dose.js';
import { registerEligibilityCommand } from './commands/eligibility.js';
import { registerGenerateCommand } from './commands/generate.js';
import { registerInstrumentCommands } from './commands/instruments.js';
import { registerLedgerCommand } from './commands/ledger.js';
import { registerMigrateCommand } from './commands/migrate.js';
import { registerServeCommand } from './commands/serve.js';

function buildCli(): Command {
  const program = new Command('ketaclinic')
    .description('Ketaclinic: software for clinics that run ketamine therapy programs.')
    .version(readPackageVersion())
    .addHelpText(
      'after',
      '\nConfiguration comes from the environment: PORT, HOST, DATABASE_URL, KETACLINIC_DATA_DIR, KETACLINIC_ORGANISATION, LOG_LEVEL (see README).',
    );
  registerServeCommand(program);
  registerMigrateCommand(program);
  registerDemoCommand(program);
  registerAuditCommand(program);
  registerInstrumentCommands(program);
  registerDoseCommand(program);
  registerEligibilityCommand(program);
  registerLedgerCommand(program);
  registerGenerateCommand(program);
  return program;
}

try {
  await buildCli().parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`ketaclinic: ${describeCliError(error)}\n`);
  process.exit(1);
}
