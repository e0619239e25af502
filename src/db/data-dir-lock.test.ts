import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, acquireDataDirLock, lockFileName } from './data-dir-lock.js';

const freshDir = () => mkdtempSync(join(tmpdir(), 'ketaclinic-lock-'));

describe('acquireDataDirLock', () => {
  it('creates the directory and the lock, and removes the lock on release', () => {
    const dataDir = join(freshDir(), 'data');
    const lock = acquireDataDirLock(dataDir);
    expect(existsSync(join(dataDir, lockFileName))).toBe(true);
    lock.release();
    expect(existsSync(join(dataDir, lockFileName))).toBe(false);
  });

  it('refuses a second holder while the first is alive, naming the directory and the pid', () => {
    const dataDir = freshDir();
    const lock = acquireDataDirLock(dataDir);
    try {
      expect(() => acquireDataDirLock(dataDir)).toThrow(DataDirLockedError);
      expect(() => acquireDataDirLock(dataDir)).toThrow(`${dataDir} is already in use by another Ketaclinic process (pid ${process.pid})`);
    } finally {
      lock.release();
    }
  });

  it('takes over a lock left by a process that has died', () => {
    const dataDir = freshDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    writeFileSync(join(dataDir, lockFileName), JSON.stringify({ pid: dead.pid, hostname: hostname(), acquiredAt: '2026-01-01T00:00:00Z' }));
    const lock = acquireDataDirLock(dataDir);
    lock.release();
  });

  it('takes over a half-written lock file', () => {
    const dataDir = freshDir();
    writeFileSync(join(dataDir, lockFileName), '{"pid":');
    acquireDataDirLock(dataDir).release();
  });
});
