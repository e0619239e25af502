import type { Command } from 'commander';
import { loadConfig } from '../../server/config.js';
import { startServer, stopOnSignals } from '../../server/main.js';
import { readPackageVersion } from '../../server/version.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the web app and API. Embedded database in KETACLINIC_DATA_DIR (migrated on start), or PostgreSQL when DATABASE_URL is set (migrate first).')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
    .option('-H, --host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option('--with-demo', 'load the synthetic demo clinic when the database has no organisation yet')
    .action(async (options: { port?: string; host?: string; withDemo?: boolean }) => {
      const config = loadConfig(
        { ...process.env, ...(options.port ? { PORT: options.port } : {}), ...(options.host ? { HOST: options.host } : {}) },
        readPackageVersion(),
      );
      const announce = (line: string) => process.stderr.write(`${line}\n`);
      const server = await startServer({ config, withDemo: options.withDemo === true, announce });
      stopOnSignals(server, announce);
      const where = server.database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
      announce(`Ketaclinic ${config.version} is running at ${server.url} (${where}). Press Ctrl-C to stop.`);
    });
}
