import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDataDir, runCli, startServerProcess } from '../helpers/cli-process.js';

const siteOf = async (url: string) => (await (await fetch(`${url}/api/site`)).json()) as { organisation: { name: string }; locations: { id: string }[] };

describe('the embedded database across processes', () => {
  it('refuses a second process at once, stops cleanly on Ctrl-C, and keeps the data on restart', async () => {
    const dataDir = freshDataDir();
    const first = await startServerProcess(['--with-demo'], { KETACLINIC_DATA_DIR: dataDir });
    const before = await siteOf(first.url);
    expect(before.organisation.name).toBe('Demo Ketamine Clinic');

    const second = await runCli(['serve', '--port', '0'], { KETACLINIC_DATA_DIR: dataDir });
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`is already in use by another Ketaclinic process (pid ${first.child.pid})`);
    expect(second.elapsedMs).toBeLessThan(10_000); // "at once": no waiting on the database

    expect(await first.stop('SIGINT')).toBe(0);
    expect(first.stderr()).toContain('Stopped cleanly.');
    expect(existsSync(join(dataDir, 'ketaclinic.lock'))).toBe(false);

    const restarted = await startServerProcess(['--with-demo'], { KETACLINIC_DATA_DIR: dataDir });
    try {
      expect(restarted.stderr()).not.toContain('Loaded the synthetic demo clinic');
      expect(await siteOf(restarted.url)).toEqual(before);
    } finally {
      expect(await restarted.stop('SIGTERM')).toBe(0);
    }
  });

  it('recovers after the process is killed without warning', async () => {
    const dataDir = freshDataDir();
    const first = await startServerProcess(['--with-demo'], { KETACLINIC_DATA_DIR: dataDir });
    const before = await siteOf(first.url);
    await first.stop('SIGKILL');
    const restarted = await startServerProcess([], { KETACLINIC_DATA_DIR: dataDir });
    try {
      expect(await siteOf(restarted.url)).toEqual(before);
    } finally {
      await restarted.stop();
    }
  });

  it('loads the demo idempotently from the command line', async () => {
    const env = { KETACLINIC_DATA_DIR: freshDataDir() };
    expect((await runCli(['demo'], env)).stdout).toBe('Loaded the demo clinic: 2 locations, 7 users, 8 patients.\n');
    expect((await runCli(['demo'], env)).stdout).toBe('The demo clinic is already loaded: nothing changed.\n');
  });
});

describe('ketaclinic --help', () => {
  it.each([
    [[], ['serve', 'migrate', 'demo', 'DATABASE_URL']],
    [['serve'], ['--port', '--host', '--with-demo']],
    [['migrate'], ['--status', 'DATABASE_URL']],
    [['demo'], ['Demo Ketamine Clinic', 'again changes nothing']],
  ])('ketaclinic %j --help', async (command, expected) => {
    const result = await runCli([...command, '--help']);
    expect(result.code).toBe(0);
    for (const text of expected) expect(result.stdout.replace(/\s+/g, ' ')).toContain(text);
  });
});
