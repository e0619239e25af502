import { createDb } from '../src/db/create-db.js';
import { findOrganisationBySlug, listClinicLocations } from '../src/db/repos/organisations-repo.js';
import { insertPatient } from '../src/db/repos/patients-repo.js';
import { insertTreatmentPlan, listTreatmentPlans, setPlanStatus } from '../src/db/repos/treatment-plans-repo.js';
import { insertSession, insertVitals } from '../src/db/repos/treatment-sessions-repo.js';
import { findUserByEmail } from '../src/db/repos/users-repo.js';
import { demoOrganisation } from '../src/db/demo/demo-clinic.js';

const minute = 60_000;

/**
 * Fills the demo floor to `chairs` active chairs for the board benchmark: synthetic bench patients, each on a
 * copy of DEMO-0001's active IV plan, mid-infusion with a few readings. Run before the server starts (PGlite
 * allows one process).
 */
export async function seedBenchFloor(options: { databaseUrl?: string | undefined; dataDir: string; chairs: number }): Promise<void> {
  const handle = await createDb({ databaseUrl: options.databaseUrl, dataDir: options.dataDir });
  try {
    await handle.db.transaction(async (tx) => {
      const organisation = (await findOrganisationBySlug(tx, demoOrganisation.slug))!;
      const scope = { organisationId: organisation.id };
      const [location] = await listClinicLocations(tx, scope);
      const nurse = (await findUserByEmail(tx, scope, 'nurse@ketaclinic-demo.example'))!;
      const template = (await tx.query.patients.findFirst({ where: (patients, { eq }) => eq(patients.mrn, 'DEMO-0001') }))!;
      const [plan] = await listTreatmentPlans(tx, scope, template.id);
      const now = new Date();
      const active = (await tx.query.treatmentSessions.findMany({ where: (sessions, { inArray }) => inArray(sessions.state, ['checked-in', 'ready', 'dosing', 'monitoring', 'discharge-ready']) })).length;
      for (let index = active; index < options.chairs; index += 1) {
        const patient = (await insertPatient(tx, scope, { givenName: 'Bench', familyName: `Floorpatient${index}`, dateOfBirth: '1980-01-01', sexAtBirth: 'unknown', homeLocationId: location!.id }, now))!;
        const planId = await insertTreatmentPlan(
          tx,
          scope,
          { patientId: patient.id, route: plan!.route, indications: plan!.indications, protocolKey: plan!.protocolKey, protocolVersion: plan!.protocolVersion, protocol: plan!.protocol, startingDose: plan!.startingDose, goals: 'Bench (synthetic).', integrationTherapistUserId: null, startDate: plan!.startDate, confidentiality: 'normal', createdByUserId: nurse.id },
          plan!.sessions,
          now,
        );
        await setPlanStatus(tx, scope, planId, { status: 'active', userId: nurse.id }, now);
        const sessionId = await insertSession(tx, scope, { patientId: patient.id, planId, planSequence: 1, locationId: location!.id, chair: `Bench ${index + 1}`, route: plan!.route, state: 'dosing', scheduledFor: now, checkedInAt: new Date(now.getTime() - 30 * minute), dosingStartedAt: new Date(now.getTime() - 20 * minute), confidentiality: 'normal', createdAt: now });
        await insertVitals(tx, scope, [25, 10].map((minutesAgo) => ({ sessionId, measuredAt: new Date(now.getTime() - minutesAgo * minute), systolicMmHg: 128, diastolicMmHg: 80, heartRateBpm: 74, spo2Percent: 98, respiratoryRatePerMin: 14, source: 'manual' as const, recordedByUserId: nurse.id, recordedAt: now })));
      }
    });
  } finally {
    await handle.close();
  }
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
