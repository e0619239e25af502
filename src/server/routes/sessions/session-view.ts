import { inArray } from 'drizzle-orm';
import type { Database } from '../../../db/database.js';
import { users } from '../../../db/schema/index.js';
import type { SessionContext } from './session-context.js';
import type { SessionResponse } from './sessions.schemas.js';
import type { SessionStatus } from './session-status.js';

const iso = (value: Date | null) => value?.toISOString() ?? null;

/** The session chart as the API answers it. */
export async function sessionView(tx: Database, context: SessionContext, status: SessionStatus): Promise<SessionResponse> {
  const { session, protocol, patient, chart } = context;
  const ids = [session.doseVerifiedByUserId, session.signedByUserId].filter((id): id is string => id !== null);
  const names = new Map((ids.length ? await tx.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids)) : []).map((user) => [user.id, user.name]));
  return {
    id: session.id,
    patient: { id: patient.id, name: `${patient.givenName} ${patient.familyName}`, mrn: patient.mrn },
    planId: session.planId,
    planSequence: session.planSequence,
    protocol: { key: protocol.key, name: protocol.name, route: protocol.route, vitalSignIntervalMinutes: protocol.monitoring.vitalSignIntervalMinutes, minimumObservationMinutes: protocol.monitoring.minimumObservationMinutes },
    chair: session.chair,
    locationId: session.locationId,
    route: session.route,
    state: session.state,
    revision: session.revision,
    scheduledFor: session.scheduledFor.toISOString(),
    checkedInAt: iso(session.checkedInAt),
    dosingStartedAt: iso(session.dosingStartedAt),
    administrationEndedAt: iso(session.administrationEndedAt),
    dischargedAt: iso(session.dischargedAt),
    stopReason: session.stopReason,
    readiness: session.readiness,
    readinessOverrideReason: session.readinessOverrideReason,
    dose: session.dose ?? null,
    doseVerifiedBy: session.doseVerifiedByUserId ? (names.get(session.doseVerifiedByUserId) ?? null) : null,
    discharge: session.discharge,
    note: session.note,
    signedAt: iso(session.signedAt),
    signedBy: session.signedByUserId ? (names.get(session.signedByUserId) ?? null) : null,
    transitions: chart.transitions.map(({ byUserId: _byUserId, ...transition }) => ({ ...transition, at: transition.at.toISOString() })),
    vitals: chart.vitals.map((vital) => ({
      id: vital.id,
      measuredAt: vital.measuredAt.toISOString(),
      systolicMmHg: vital.systolicMmHg,
      diastolicMmHg: vital.diastolicMmHg,
      heartRateBpm: vital.heartRateBpm,
      spo2Percent: vital.spo2Percent,
      respiratoryRatePerMin: vital.respiratoryRatePerMin,
      source: vital.source,
    })),
    events: chart.events.map((event) => ({
      id: event.id,
      kind: event.kind,
      level: event.level,
      serious: event.serious,
      signal: event.signal,
      value: event.value,
      message: event.message,
      occurredAt: event.occurredAt.toISOString(),
      actionNote: event.actionNote,
      outcome: event.outcome,
      actionAt: iso(event.actionAt),
      prescriberSignedAt: iso(event.prescriberSignedAt),
    })),
    observations: chart.observations.map((observation) => ({ kind: observation.kind, value: observation.value, observedAt: observation.observedAt.toISOString() })),
    devices: chart.devices.map((device) => ({ deviceNumber: device.deviceNumber, administeredAt: device.administeredAt.toISOString() })),
    addenda: chart.addenda.map((addendum) => ({ ...addendum, writtenAt: addendum.writtenAt.toISOString() })),
    status: { ...status, nextCheck: { ...status.nextCheck, dueAt: iso(status.nextCheck.dueAt) } },
  };
}
