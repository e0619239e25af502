import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDataDir, runCli, startServerProcess, type ServerProcess } from '../../tests/helpers/cli-process.js';
import { signInAsDemoUser } from '../../tests/helpers/demo-session.js';
import { createTestDatabase, type TestDatabase } from '../../tests/helpers/test-database.js';
import { countRateLimitHit, readRateLimitCount } from './plugins/database-rate-limit-store.js';
import { waitForEvent } from '../../tests/helpers/server-sent-events.js';

// Issue #9, horizontal scale: several stateless server processes on one PostgreSQL. Runs the built CLI
// (`npm run build` first), so it is the real `serve`, and node:cluster, that is tested.

/** Reads server-sent events from a fetch body until `predicate` holds for one, or the time runs out. */
describe('the rate-limit counter table', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());

  it('gives 20 requests counted at once 20 different counts, and starts again when the window ends', async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => countRateLimitHit(database.db, 'test-key', 60_000)));
    expect(counts.map((count) => count.current).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    for (const count of counts) expect(count.ttl).toBeGreaterThan(55_000);
    expect((await readRateLimitCount(database.db, 'test-key')).current).toBe(20);

    expect(await countRateLimitHit(database.db, 'short-key', 100)).toMatchObject({ current: 1 });
    expect(await countRateLimitHit(database.db, 'short-key', 100)).toMatchObject({ current: 2 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await readRateLimitCount(database.db, 'short-key')).toEqual({ current: 0, ttl: 0 });
    expect(await countRateLimitHit(database.db, 'short-key', 100)).toMatchObject({ current: 1 });
  });
});

describe('serve --workers on the embedded database', () => {
  it('is refused with the reason, before anything starts', async () => {
    const result = await runCli(['serve', '--workers', '2', '--port', '0'], { KETACLINIC_DATA_DIR: freshDataDir() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--workers 2 needs PostgreSQL (set DATABASE_URL): the embedded database is one process and cannot be shared.');
  });

  it('refuses a worker count that is not a whole number from 1 to 64', async () => {
    const result = await runCli(['serve', '--workers', '0', '--port', '0'], { KETACLINIC_DATA_DIR: freshDataDir() });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--workers must be a whole number from 1 to 64, not "0".');
  });
});

describe.skipIf(!process.env.DATABASE_URL)('several server processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let clustered: ServerProcess; // `serve --workers 2`: two processes behind one port
  let single: ServerProcess; // a plain `serve`, as a second machine would run
  let nurse: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url };
    for (const args of [['migrate'], ['demo']]) {
      const result = await runCli(args, env);
      expect(result.code, result.stderr).toBe(0);
    }
    [clustered, single] = await Promise.all([startServerProcess(['--workers', '2'], env), startServerProcess([], env)]);
    nurse = { cookie: await signInAsDemoUser(clustered.url, 'nurse@ketaclinic-demo.example'), 'content-type': 'application/json' };
  });

  afterAll(async () => {
    await Promise.all([clustered?.stop(), single?.stop()]);
    await database?.close();
  });

  it('serves a session signed in on one process from the others', async () => {
    for (let round = 0; round < 3; round += 1) {
      for (const server of [clustered, single]) {
        const me = await fetch(`${server.url}/api/auth/me`, { headers: nurse });
        expect(me.status, await me.clone().text()).toBe(200);
        expect(((await me.json()) as { user: { email: string } }).user.email).toBe('nurse@ketaclinic-demo.example');
      }
    }
  });

  it('delivers a vital sign recorded through one process to a floor board open on another', async () => {
    const floor = await fetch(`${clustered.url}/api/floor`, { headers: nurse });
    expect(floor.status).toBe(200);
    const { chairs } = (await floor.json()) as { chairs: { sessionId: string; locationId: string; chair: string; state: string }[] };
    const chair = chairs.find((each) => each.chair === 'Chair 3')!;
    expect(chair.state).toBe('checked-in');

    const stream = await fetch(`${single.url}/api/floor/stream`, { headers: nurse });
    expect(stream.status).toBe(200);
    const received = waitForEvent(stream.body!, (event) => event.type === 'floor');
    const recorded = await fetch(`${clustered.url}/api/sessions/${chair.sessionId}/vitals`, {
      method: 'POST',
      headers: nurse,
      body: JSON.stringify({ readings: [{ systolicMmHg: 124, diastolicMmHg: 78, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 }] }),
    });
    expect(recorded.status, await recorded.clone().text()).toBe(200);
    const event = await received;
    expect(event).not.toBeNull();
    expect(JSON.parse(event!.data)).toEqual({ sessionId: chair.sessionId, locationId: chair.locationId });
  });

  it('counts a rate limit across all processes: the 11th link use in a minute is refused, wherever it lands', async () => {
    // /api/auth/invitation/accept allows 10 a minute per address; per process it would take 30 here.
    const accept = (server: ServerProcess) =>
      fetch(`${server.url}/api/auth/invitation/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: 'not-a-real-token-but-long-enough', password: 'a long enough passphrase' }),
      });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 10; attempt += 1) statuses.push((await accept(attempt % 2 === 0 ? clustered : single)).status);
    expect(statuses.filter((status) => status === 429)).toEqual([]);
    for (const server of [single, clustered, clustered]) {
      const refused = await accept(server);
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      const problem = (await refused.json()) as { code: string; status: number };
      expect(problem).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    }
  });

  it('stops every worker cleanly on SIGINT', async () => {
    expect(await clustered.stop('SIGINT')).toBe(0);
    expect(clustered.stderr()).toContain('Stopped cleanly.');
  });
});
