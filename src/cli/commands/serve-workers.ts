import cluster, { type Worker } from 'node:cluster';
import { ConfigError } from '../../server/config.js';
import type { RunningServer } from '../../server/main.js';

/** A worker that dies this many times within `crashWindowMs` stops the whole server: something is wrong that restarting will not fix. */
const maxCrashes = 5;
const crashWindowMs = 60_000;
/** How long workers get to finish their requests after a stop before they are killed. */
const stopGraceMs = 15_000;
const shutdownMessage = 'ketaclinic:shutdown';

/** Whole number of worker processes, 1 to 64. */
export function parseWorkerCount(value: string | undefined): number {
  if (value === undefined) return 1;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) throw new ConfigError(`--workers must be a whole number from 1 to 64, not "${value}".`);
  return count;
}

/**
 * The primary of `serve --workers N`: forks N workers that each run the whole server and share the port
 * (node:cluster hands connections round-robin), restarts one that dies unexpectedly, and stops them all on
 * SIGINT/SIGTERM. It opens no database itself. Announces `running(url)` once every worker is listening.
 */
export function superviseWorkers(count: number, host: string, announce: (line: string) => void, running: (url: string) => void): void {
  let stopping = false;
  let listening = 0;
  const crashes: number[] = [];
  const fork = () => cluster.fork();

  cluster.on('listening', (_worker, address) => {
    listening += 1;
    if (listening === count) running(`http://${host.includes(':') ? `[${host}]` : host}:${address.port}`);
  });
  cluster.on('exit', (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) {
        announce(exitCode === 0 ? 'Stopped cleanly.' : 'Stopped.');
        process.exit(exitCode);
      }
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while (crashes.length > 0 && crashes[0]! < now - crashWindowMs) crashes.shift();
    if (crashes.length >= maxCrashes) {
      announce(`Workers died ${crashes.length} times within a minute (last: ${signal ?? `exit code ${code}`}): stopping.`);
      stopAll('SIGTERM', 1);
      return;
    }
    announce(`Worker ${worker.process.pid} died (${signal ?? `exit code ${code}`}): starting another.`);
    fork();
  });

  let exitCode = 0;
  function stopAll(reason: string, code = 0) {
    if (stopping) {
      announce(`${reason} again: killing the workers without waiting.`);
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(130);
    }
    stopping = true;
    exitCode = code;
    announce(`${reason} received: the workers finish their requests and close the database…`);
    const workers = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    if (workers.length === 0) process.exit(exitCode);
    for (const worker of workers) worker.send(shutdownMessage);
    setTimeout(() => {
      announce('Workers still running after 15 s: killing them.');
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      process.exit(1);
    }, stopGraceMs).unref();
  }
  process.on('SIGINT', () => stopAll('SIGINT'));
  process.on('SIGTERM', () => stopAll('SIGTERM'));
  for (let index = 0; index < count; index += 1) fork();
}

/**
 * In a worker: stops once, on the primary's message or on a signal of its own (Ctrl-C reaches the whole
 * process group, so a worker gets both), then exits. The primary decides about restarts.
 */
export function stopWorkerOnRequest(server: RunningServer, announce: (line: string) => void): void {
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        announce(`Worker ${process.pid} shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  };
  process.on('message', (message) => {
    if (message === shutdownMessage) stop();
  });
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
