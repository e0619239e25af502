import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPath, runCli, startServerProcess, type ServerProcess } from '../../../tests/helpers/cli-process.js';
import { createTestDatabase, type TestDatabase } from '../../../tests/helpers/test-database.js';
import { ConfigError } from '../../server/config.js';
import { parseWorkerCount } from './serve-workers.js';

describe('parseWorkerCount', () => {
  it('takes a whole number from 1 to 64, and 1 when the option is absent', () => {
    expect(parseWorkerCount('1')).toBe(1);
    expect(parseWorkerCount('64')).toBe(64);
    expect(parseWorkerCount(undefined)).toBe(1);
  });

  it.each(['0', '65', '1.5', 'abc'])('refuses "%s" with a ConfigError naming --workers', (value) => {
    expect(() => parseWorkerCount(value)).toThrow(ConfigError);
    expect(() => parseWorkerCount(value)).toThrow(`--workers must be a whole number from 1 to 64, not "${value}".`);
  });
});

/** The pids of a process's children (for the primary of `serve --workers`, its workers), sorted; none once it has gone. */
function childPids(parentPid: number): number[] {
  try {
    const output = execFileSync('ps', ['--ppid', String(parentPid), '-o', 'pid='], { encoding: 'utf8' });
    return output.split('\n').filter((line) => line.trim() !== '').map(Number).sort((a, b) => a - b);
  } catch (error) {
    if ((error as { status?: number }).status === 1) return []; // ps exits 1 when no process matches
    throw error;
  }
}

/** Those of `pids` that are still a running `ketaclinic` (a pid since reused by another program does not count). */
function runningCliPids(pids: number[]): number[] {
  try {
    const output = execFileSync('ps', ['-p', pids.join(','), '-o', 'pid=,args='], { encoding: 'utf8' });
    return output
      .split('\n')
      .filter((line) => line.includes(cliPath))
      .map((line) => Number.parseInt(line.trim(), 10));
  } catch (error) {
    if ((error as { status?: number }).status === 1) return []; // ps exits 1 when no process matches
    throw error;
  }
}

/**
 * Whether `pid` holds an established TCP connection accepted on `port`. Behind node:cluster the primary
 * accepts every connection and hands it to a worker, so a response alone does not say which process served
 * it; the socket's owner does.
 */
function holdsConnectionOn(pid: number, port: number): boolean {
  const inodes = new Set<string>();
  for (const fd of readdirSync(`/proc/${pid}/fd`)) {
    try {
      const socket = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`));
      if (socket?.[1]) inodes.add(socket[1]);
    } catch {
      // closed while we looked
    }
  }
  const portHex = `:${port.toString(16).toUpperCase().padStart(4, '0')}`;
  return ['tcp', 'tcp6']
    .map((table) => `/proc/${pid}/net/${table}`)
    .filter((path) => existsSync(path))
    .some((path) =>
      readFileSync(path, 'utf8')
        .split('\n')
        .slice(1)
        .some((line) => {
          // sl local_address rem_address st … inode; st 01 is ESTABLISHED
          const fields = line.trim().split(/\s+/);
          return fields[1]?.endsWith(portHex) === true && fields[3] === '01' && inodes.has(fields[9] ?? '');
        }),
    );
}

/** GET /api/health; by default on a new connection, which the primary hands to a worker afresh. Answers the status, or 0 for no answer within 5 s. */
function getHealthStatus(url: string, agent: http.Agent | false = false): Promise<number> {
  return new Promise((resolve) => {
    const request = http.get(`${url}/api/health`, { agent, timeout: 5_000 }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
      response.on('error', () => resolve(0));
    });
    request.on('timeout', () => request.destroy(new Error('no answer within 5 s')));
    request.on('error', () => resolve(0));
  });
}

// Runs the built CLI (`npm run build` first), so it is the real `serve` and node:cluster that are tested.
describe.skipIf(!process.env.DATABASE_URL)('serve --workers 2 on PostgreSQL, when a worker dies', () => {
  let database: TestDatabase;
  let server: ServerProcess;
  let primaryPid: number;
  const workersSeen = new Set<number>();

  beforeAll(async () => {
    database = await createTestDatabase();
    const env = { DATABASE_URL: database.url };
    const migrated = await runCli(['migrate'], env);
    expect(migrated.code, migrated.stderr).toBe(0);
    server = await startServerProcess(['--workers', '2'], env);
    primaryPid = server.child.pid!;
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
    await database?.close();
  }, 30_000);

  it('starts another worker, and answers while it starts and after', async () => {
    const port = Number(new URL(server.url).port);
    const originals = childPids(primaryPid);
    expect(originals).toHaveLength(2);
    for (const pid of originals) workersSeen.add(pid);
    const [victim, survivor] = originals as [number, number];
    expect(await getHealthStatus(server.url)).toBe(200);

    process.kill(victim, 'SIGKILL');
    // Until the replacement holds a connection of its own, send rounds of 4 requests at once on new
    // connections, kept open long enough to see which process holds them.
    const duringRestart: number[] = [];
    const deadline = Date.now() + 20_000;
    let replacement: number | undefined;
    for (;;) {
      const agent = new http.Agent({ keepAlive: true });
      duringRestart.push(...(await Promise.all(Array.from({ length: 4 }, () => getHealthStatus(server.url, agent)))));
      replacement = childPids(primaryPid).find((pid) => !originals.includes(pid));
      const serving = replacement !== undefined && holdsConnectionOn(replacement, port);
      agent.destroy();
      if (serving) break;
      if (Date.now() > deadline) throw new Error(`no replacement worker served within 20 s (${replacement ?? 'none'} started):\n${server.stderr()}`);
      await sleep(50);
    }
    workersSeen.add(replacement!);

    await expect.poll(() => server.stderr(), { timeout: 5_000 }).toContain(`Worker ${victim} died (SIGKILL): starting another.\n`);
    expect(childPids(primaryPid)).toEqual([survivor, replacement!].sort((a, b) => a - b));
    // The survivor answers while the replacement starts. The one connection the primary may already have handed
    // to the dying worker fails: node:cluster holds it unanswered until the client gives up (5 s here).
    expect(duringRestart.filter((status) => status !== 200).length, `statuses ${duringRestart.join(' ')}`).toBeLessThanOrEqual(1);

    const after: number[] = [];
    for (let request = 0; request < 20; request += 1) after.push(await getHealthStatus(server.url));
    expect(after).toEqual(Array.from({ length: 20 }, () => 200));
    expect(server.stderr().match(/ died /g)).toHaveLength(1);
  }, 30_000);

  it('stops the primary and every worker cleanly on SIGTERM', async () => {
    for (const pid of childPids(primaryPid)) workersSeen.add(pid);
    expect(await server.stop('SIGTERM')).toBe(0);
    expect(server.stderr()).toContain('SIGTERM received: the workers finish their requests and close the database…\n');
    expect(server.stderr()).toMatch(/Stopped cleanly\.\n$/);
    expect(runningCliPids([primaryPid, ...workersSeen])).toEqual([]);
  }, 20_000);
});
