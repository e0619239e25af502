import { and, eq, inArray, like } from 'drizzle-orm';
import type { Database } from '../src/db/database.js';
import type { OrganisationScope } from '../src/db/repos/organisations-repo.js';
import { updateSession } from '../src/db/repos/treatment-sessions-repo.js';
import { treatmentSessions } from '../src/db/schema/index.js';
import { seedSessionOnFloor } from '../tests/helpers/floor-sessions.js';

const minute = 60_000;
const onFloor = ['checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready'];
const offFloorChair = 'Bench off-floor';

export interface BenchFloor {
  /** Sessions in monitoring on the bench chairs, in chair order: the vital-sign measurement charts on them in turn. */
  sessionIds: string[];
  /** Active chairs at the location after seeding (the bench chairs and any others). */
  activeChairs: number;
  /** A session off the board (discharged two days ago): the HTTP draws and the bare vital-sign insert write to it, so no measured chart grows. */
  offFloorSession: { id: string; patientId: string };
}

/**
 * Fills the bench location's floor to `chairs` active chairs: one synthetic bench patient per chair, each on an IV
 * course whose first induction session is in monitoring, with readings before and during the infusion. The
 * sessions of an earlier run are discharged and moved to two days ago first, so every run charts on fresh
 * sessions and the board never holds more than `chairs`. Run before the server starts (PGlite allows one process).
 */
export async function seedBenchFloor(db: Database, scope: OrganisationScope, args: { locationId: string; nurseUserId: string; chairs: number }): Promise<BenchFloor> {
  const now = new Date();
  return db.transaction(async (tx) => {
    await retireEarlierBenchSessions(tx, scope, args.locationId, now);
    const active = await tx.select({ id: treatmentSessions.id }).from(treatmentSessions).where(and(eq(treatmentSessions.organisationId, scope.organisationId), eq(treatmentSessions.locationId, args.locationId), inArray(treatmentSessions.state, onFloor)));
    const sessionIds: string[] = [];
    for (let index = 0; index < Math.max(1, args.chairs - active.length); index += 1) {
      sessionIds.push((await seedSessionOnFloor(tx, scope, { ...args, chair: `Bench ${index + 1}`, givenName: 'Bench', familyName: `Floorpatient${index + 1}`, offFloor: false }, now)).sessionId);
    }
    const offFloor = await seedSessionOnFloor(tx, scope, { ...args, chair: offFloorChair, givenName: 'Bench', familyName: 'Offfloor', offFloor: true }, now);
    return { sessionIds, activeChairs: active.length + sessionIds.length, offFloorSession: { id: offFloor.sessionId, patientId: offFloor.patientId } };
  });
}

async function retireEarlierBenchSessions(tx: Database, scope: OrganisationScope, locationId: string, now: Date): Promise<void> {
  const earlier = await tx
    .select({ id: treatmentSessions.id })
    .from(treatmentSessions)
    .where(and(eq(treatmentSessions.organisationId, scope.organisationId), eq(treatmentSessions.locationId, locationId), inArray(treatmentSessions.state, onFloor), like(treatmentSessions.chair, 'Bench %')));
  const twoDaysAgo = new Date(now.getTime() - 48 * 60 * minute);
  for (const { id } of earlier) await updateSession(tx, scope, id, { state: 'discharged', dischargedAt: now, scheduledFor: twoDaysAgo });
}

export interface LatencyFigures {
  readings: number;
  p50Ms: number;
  p99Ms: number;
}

/**
 * The time from a nurse recording a vital sign to another client's board having it: POST the reading, wait for
 * the `floor` event on a second session's stream, then GET the board as the client does. Sequential, `readings` times.
 */
export async function measureVitalToBoard(url: string, nurseCookie: string, watcherCookie: string, sessionId: string, readings: number): Promise<LatencyFigures> {
  const controller = new AbortController();
  const stream = await fetch(`${url}/api/floor/stream`, { headers: { cookie: watcherCookie }, signal: controller.signal });
  const reader = stream.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const nextFloorEvent = async () => {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.startsWith('event: floor')) return;
        continue;
      }
      const chunk = await reader.read();
      if (chunk.done) throw new Error('the floor stream ended');
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  };
  // The server writes ": connected" once it is subscribed; readings before that could be missed.
  while (!buffer.includes(': connected')) {
    const chunk = await reader.read();
    if (chunk.done) throw new Error('the floor stream ended');
    buffer += decoder.decode(chunk.value, { stream: true });
  }
  buffer = '';
  const latencies: number[] = [];
  try {
    for (let index = 0; index < readings; index += 1) {
      const started = performance.now();
      const heard = nextFloorEvent();
      const posted = await fetch(`${url}/api/sessions/${sessionId}/vitals`, { method: 'POST', headers: { cookie: nurseCookie, 'content-type': 'application/json' }, body: JSON.stringify({ readings: [{ heartRateBpm: 70 + (index % 10), spo2Percent: 98 }] }) });
      if (posted.status !== 200) throw new Error(`recording a vital sign answered ${posted.status}`);
      await heard;
      const board = await fetch(`${url}/api/floor`, { headers: { cookie: watcherCookie } });
      await board.arrayBuffer();
      latencies.push(performance.now() - started);
    }
  } finally {
    controller.abort();
  }
  latencies.sort((a, b) => a - b);
  const at = (fraction: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(fraction * latencies.length))]! * 10) / 10;
  return { readings, p50Ms: at(0.5), p99Ms: at(0.99) };
}
