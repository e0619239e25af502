import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite is single-process: two processes on one data directory corrupt it (electric-sql/pglite#1106).
 * So the embedded database holds an exclusive lock file while open. A lock left by a process that has
 * since died (kill -9, power cut) is taken over, so a restart never needs manual clean-up.
 */
export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The data directory ${dataDir} is already in use by another Ketaclinic process (pid ${holderPid}). ` +
        'Stop that process first, or point KETACLINIC_DATA_DIR at another directory.',
    );
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

interface LockContent {
  pid: number;
  hostname: string;
  acquiredAt: string;
}

export const lockFileName = 'ketaclinic.lock';

export function acquireDataDirLock(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, lockFileName);
  const content: LockContent = { pid: process.pid, hostname: hostname(), acquiredAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, JSON.stringify(content));
      closeSync(fd);
      return { path, release: () => releaseIfOurs(path) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readLock(path);
      if (holder && isAlive(holder)) throw new DataDirLockedError(dataDir, holder.pid);
      rmSync(path, { force: true });
    }
  }
  const holder = readLock(path);
  throw new DataDirLockedError(dataDir, holder?.pid ?? -1);
}

function readLock(path: string): LockContent | undefined {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as LockContent;
  } catch {
    return undefined; // unreadable or half-written: treated as stale
  }
}

function isAlive(holder: LockContent): boolean {
  if (holder.hostname !== hostname()) return true; // cannot check another machine's process: assume it is running
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function releaseIfOurs(path: string): void {
  const holder = readLock(path);
  if (holder?.pid === process.pid && holder.hostname === hostname()) rmSync(path, { force: true });
}
