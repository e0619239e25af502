import type { Database } from '../../src/db/database.js';
import type { OrganisationScope } from '../../src/db/repos/organisations-repo.js';
import { insertPatient } from '../../src/db/repos/patients-repo.js';
import { insertTreatmentPlan, type PlannedSession, setPlanStatus } from '../../src/db/repos/treatment-plans-repo.js';
import { insertSession, insertTransition, insertVitals } from '../../src/db/repos/treatment-sessions-repo.js';
import { defaultProtocols } from '../../src/domain/protocols/default-protocols.js';

const minute = 60_000;
const ivProtocol = defaultProtocols.find((protocol) => protocol.key === 'iv-racemic-depression')!;

/**
 * A synthetic patient on an IV course of six induction sessions, the first of them in monitoring now (or, off the
 * floor, discharged two days ago), with its transitions and two readings. Only the first session happens, so the
 * course never completes an induction series and stays out of the outcome figures.
 */
export async function seedSessionOnFloor(
  tx: Database,
  scope: OrganisationScope,
  args: { locationId: string; nurseUserId: string; chair: string; givenName: string; familyName: string; offFloor: boolean },
  now: Date,
): Promise<{ sessionId: string; patientId: string }> {
  const start = args.offFloor ? new Date(now.getTime() - 48 * 60 * minute) : new Date(now.getTime() - 80 * minute);
  const at = (minutesAfterStart: number) => new Date(start.getTime() + minutesAfterStart * minute);
  const patient = (await insertPatient(tx, scope, { givenName: args.givenName, familyName: args.familyName, dateOfBirth: '1980-01-01', sexAtBirth: 'unknown', homeLocationId: args.locationId }, now))!;
  const sessions: PlannedSession[] = Array.from({ length: 6 }, (_, index) => ({ sequence: index + 1, plannedDate: new Date(start.getTime() + index * 3.5 * 1440 * minute).toISOString().slice(0, 10), startTime: '09:00', phase: 'induction', dose: { mgPerKg: 0.5 }, note: null }));
  const plan = { patientId: patient.id, route: 'iv', indications: ['treatment-resistant-depression'], protocolKey: ivProtocol.key, protocolVersion: 0, protocol: ivProtocol, startingDose: { mgPerKg: 0.5 }, goals: `${args.givenName} (synthetic).`, integrationTherapistUserId: null, startDate: sessions[0]!.plannedDate, confidentiality: 'normal' as const, createdByUserId: args.nurseUserId };
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
