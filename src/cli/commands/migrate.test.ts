import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, startServerProcess } from '../../../tests/helpers/cli-process.js';
import { databaseUrlFor } from '../../../tests/helpers/postgres-url.js';
import { createEmptyPostgresDatabase, dropPostgresDatabase, engine } from '../../../tests/helpers/test-database.js';
import { readJournal } from '../../db/migrations.js';

const tags = readJournal().map((entry) => entry.tag);

// The production path: a PostgreSQL database migrated by an operator, then served.
describe.runIf(engine === 'postgres')('ketaclinic migrate and serve on PostgreSQL', () => {
  const serverUrl = process.env.DATABASE_URL ?? '';
  let name: string;
  let databaseUrl: string;
  beforeAll(async () => {
    name = await createEmptyPostgresDatabase(serverUrl);
    databaseUrl = databaseUrlFor(serverUrl, name);
  });
  afterAll(async () => dropPostgresDatabase(serverUrl, name));

  it('serve refuses an unmigrated database and names the command; migrate fixes it; serve then reports postgres', async () => {
    const refused = await runCli(['serve', '--port', '0'], { DATABASE_URL: databaseUrl });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`pending migration(s): ${tags.join(', ')}. Run \`npx ketaclinic migrate\` first.`);

    const status = await runCli(['migrate', '--status'], { DATABASE_URL: databaseUrl });
    expect(status.stdout).toBe(`Applied: none\nPending: ${tags.join(', ')}\n`);

    const migrated = await runCli(['migrate'], { DATABASE_URL: databaseUrl });
    expect(migrated.code).toBe(0);
    expect(migrated.stdout).toBe(`Applied ${tags.length} migration(s): ${tags.join(', ')}. Now at ${tags.at(-1)}.\n`);
    expect((await runCli(['migrate'], { DATABASE_URL: databaseUrl })).stdout).toBe(`Up to date at ${tags.at(-1)}.\n`);

    const demo = await runCli(['demo'], { DATABASE_URL: databaseUrl });
    expect(demo.stdout).toBe('Loaded the demo clinic: 2 locations, 7 users, 8 patients.\n');

    const server = await startServerProcess([], { DATABASE_URL: databaseUrl });
    try {
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { database: string; migration: string };
      expect(health).toMatchObject({ database: 'postgres', migration: tags.at(-1) });
      const site = (await (await fetch(`${server.url}/api/site`)).json()) as { organisation: { name: string } };
      expect(site.organisation.name).toBe('Demo Ketamine Clinic');
    } finally {
      expect(await server.stop('SIGTERM')).toBe(0);
    }
  });

  it('names an unreachable database plainly', async () => {
    const result = await runCli(['migrate'], { DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Could not open the PostgreSQL database named by DATABASE_URL');
  });
});

describe('ketaclinic configuration errors', () => {
  it('names the bad variable', async () => {
    const result = await runCli(['demo'], { DATABASE_URL: 'mysql://nope' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('ketaclinic: Invalid configuration:\n  DATABASE_URL: must start with postgres:// or postgresql://\n');
  });
});
