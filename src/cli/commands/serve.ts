import cluster from 'node:cluster';
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../server/config.js';
import { startServer, stopOnSignals } from '../../server/main.js';
import { readPackageVersion } from '../../server/version.js';
import { parseWorkerCount, stopWorkerOnRequest, superviseWorkers } from './serve-workers.js';

interface ServeOptions {
  port?: string;
  host?: string;
  withDemo?: boolean;
  workers?: string;
}

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('Run the web app and API. Embedded database in KETACLINIC_DATA_DIR (migrated on start), or PostgreSQL when DATABASE_URL is set (migrate first).')
    .option('-p, --port <port>', 'port to listen on (default: PORT or 3000)')
    .option('-H, --host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option('--with-demo', 'load the synthetic demo clinic when the database has no organisation yet')
    .option('-w, --workers <count>', 'server processes sharing the port (PostgreSQL only; default 1)')
    .action(async (options: ServeOptions) => {
      const config = loadConfig(
        { ...process.env, ...(options.port ? { PORT: options.port } : {}), ...(options.host ? { HOST: options.host } : {}) },
        readPackageVersion(),
      );
      const announce = (line: string) => process.stderr.write(`${line}\n`);
      const workers = parseWorkerCount(options.workers);
      if (workers > 1 && !config.databaseUrl) {
        throw new ConfigError(
          `--workers ${workers} needs PostgreSQL (set DATABASE_URL): the embedded database is one process and cannot be shared. Run one process, or move to PostgreSQL (README, "Production on PostgreSQL").`,
        );
      }
      if (workers > 1 && cluster.isPrimary) {
        superviseWorkers(workers, config.host, announce, (url) =>
          announce(`Ketaclinic ${config.version} is running at ${url} (PostgreSQL, ${workers} worker processes). Press Ctrl-C to stop.`),
        );
        return;
      }
      if (cluster.isWorker) {
        // Every worker is a whole, stateless server; only the first loads the demo, so two never race to.
        const server = await startServer({ config, withDemo: options.withDemo === true && cluster.worker?.id === 1, announce });
        stopWorkerOnRequest(server, announce);
        return;
      }
      const server = await startServer({ config, withDemo: options.withDemo === true, announce });
      stopOnSignals(server, announce);
      const where = server.database.kind === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL';
      announce(`Ketaclinic ${config.version} is running at ${server.url} (${where}). Press Ctrl-C to stop.`);
    });
}
