import { and, eq, inArray, like } from 'drizzle-orm';
import type { Database } from '../src/db/database.js';
import type { OrganisationScope } from '../src/db/repos/organisations-repo.js';
import { insertPatient } from '../src/db/repos/patients-repo.js';
import { insertTreatmentPlan, type PlannedSession, setPlanStatus } from '../src/db/repos/treatment-plans-repo.js';
import { insertSession, insertTransition, insertVitals, updateSession } from '../src/db/repos/treatment-sessions-repo.js';
import { treatmentSessions } from '../src/db/schema/index.js';
import { defaultProtocols } from '../src/domain/protocols/default-protocols.js';

const minute = 60_000;
const onFloor = ['checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready'];
const ivProtocol = defaultProtocols.find((protocol) => protocol.key === 'iv-racemic-depression')!;
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
      sessionIds.push((await seedBenchSession(tx, scope, { ...args, chair: `Bench ${index + 1}`, familyName: `Floorpatient${index + 1}`, offFloor: false }, now)).sessionId);
    }
    const offFloor = await seedBenchSession(tx, scope, { ...args, chair: offFloorChair, familyName: 'Offfloor', offFloor: true }, now);
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

/** A bench patient on an IV course of six induction sessions, the first of them under way (or, off the floor, over two days ago). */
async function seedBenchSession(tx: Database, scope: OrganisationScope, args: { locationId: string; nurseUserId: string; chair: string; familyName: string; offFloor: boolean }, now: Date): Promise<{ sessionId: string; patientId: string }> {
  const start = args.offFloor ? new Date(now.getTime() - 48 * 60 * minute) : new Date(now.getTime() - 80 * minute);
  const at = (minutesAfterStart: number) => new Date(start.getTime() + minutesAfterStart * minute);
  const patient = (await insertPatient(tx, scope, { givenName: 'Bench', familyName: args.familyName, dateOfBirth: '1980-01-01', sexAtBirth: 'unknown', homeLocationId: args.locationId }, now))!;
  // Six induction sessions of which only the first happens: the course never completes an induction series, so it stays out of the outcome figures.
  const sessions: PlannedSession[] = Array.from({ length: 6 }, (_, index) => ({ sequence: index + 1, plannedDate: new Date(start.getTime() + index * 3.5 * 1440 * minute).toISOString().slice(0, 10), startTime: '09:00', phase: 'induction', dose: { mgPerKg: 0.5 }, note: null }));
  const plan = { patientId: patient.id, route: 'iv', indications: ['treatment-resistant-depression'], protocolKey: ivProtocol.key, protocolVersion: 0, protocol: ivProtocol, startingDose: { mgPerKg: 0.5 }, goals: 'Bench (synthetic).', integrationTherapistUserId: null, startDate: sessions[0]!.plannedDate, confidentiality: 'normal' as const, createdByUserId: args.nurseUserId };
  const planId = await insertTreatmentPlan(tx, scope, plan, sessions, now);
  await setPlanStatus(tx, scope, planId, { status: 'active', userId: args.nurseUserId }, now);
  const state = args.offFloor ? 'discharged' : 'monitoring';
  const sessionId = await insertSession(tx, scope, {
    patientId: patient.id, planId, planSequence: 1, locationId: args.locationId, chair: args.chair, route: 'iv', state, scheduledFor: start,
    checkedInAt: at(5), dosingStartedAt: at(18), administrationEndedAt: at(59), dischargedAt: args.offFloor ? at(120) : null, confidentiality: 'normal', createdAt: now,
  });
  const steps: [string | null, string, number][] = [[null, 'scheduled', 0], ['scheduled', 'checked-in', 5], ['checked-in', 'ready', 12], ['ready', 'dosing', 18], ['dosing', 'monitoring', 59]];
  if (args.offFloor) steps.push(['monitoring', 'discharged', 120]);
  for (const [fromState, toState, minutes] of steps) await insertTransition(tx, scope, { sessionId, fromState, toState, byUserId: args.nurseUserId, at: at(minutes) });
  const reading = { systolicMmHg: 128, diastolicMmHg: 80, heartRateBpm: 74, spo2Percent: 98, respiratoryRatePerMin: 14, source: 'manual' as const, recordedByUserId: args.nurseUserId, recordedAt: now };
  await insertVitals(tx, scope, [10, 40].map((minutes) => ({ sessionId, measuredAt: at(minutes), ...reading })));
  return { sessionId, patientId: patient.id };
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
