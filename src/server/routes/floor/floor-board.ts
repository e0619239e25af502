import type { ProtocolDefinition } from '../../../domain/protocols/protocol-definition.js';
import { nextVitalCheck } from '../../../domain/sessions/due-checks.js';
import type { SessionState } from '../../../domain/sessions/session-states.js';
import type { FloorRow } from '../../../db/repos/treatment-sessions-repo.js';

export interface FloorChair {
  sessionId: string;
  chair: string;
  locationId: string;
  /** Initials only: the board is seen across the room. */
  initials: string;
  route: string;
  state: string;
  scheduledFor: string;
  checkedInAt: string | null;
  elapsedSeconds: number | null;
  nextCheck: { dueAt: string | null; overdue: boolean; secondsRemaining: number | null; reason: string };
  openEvents: number;
  unsignedStopEvents: number;
}

const initials = (givenName: string, familyName: string) => `${givenName.trim()[0] ?? ''}${familyName.trim()[0] ?? ''}`.toUpperCase();

/** One row per chair in use or booked today, with its timer. */
export function floorBoard(rows: readonly FloorRow[], now: Date): FloorChair[] {
  return rows.map((row) => {
    const { session } = row;
    const protocol = row.protocol as ProtocolDefinition;
    const check = nextVitalCheck({
      state: session.state as SessionState,
      now,
      intervalMinutes: protocol.monitoring.vitalSignIntervalMinutes,
      dosingStartedAt: session.dosingStartedAt,
      lastVitalAt: row.lastVitalAt,
      ...(protocol.monitoring.bloodPressureChecksMinutes ? { bloodPressureChecksMinutes: protocol.monitoring.bloodPressureChecksMinutes } : {}),
    });
    return {
      sessionId: session.id,
      chair: session.chair,
      locationId: session.locationId,
      initials: initials(row.givenName, row.familyName),
      route: session.route,
      state: session.state,
      scheduledFor: session.scheduledFor.toISOString(),
      checkedInAt: session.checkedInAt?.toISOString() ?? null,
      elapsedSeconds: session.checkedInAt && !['discharged', 'stopped'].includes(session.state) ? Math.floor((now.getTime() - session.checkedInAt.getTime()) / 1000) : null,
      nextCheck: { ...check, dueAt: check.dueAt?.toISOString() ?? null },
      openEvents: row.openEvents,
      unsignedStopEvents: row.unsignedStopEvents,
    };
  });
}
