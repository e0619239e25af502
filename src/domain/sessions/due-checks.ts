import type { SessionState } from './session-states.js';

export interface DueCheckFacts {
  state: SessionState;
  now: Date;
  /** The protocol's `monitoring.vitalSignIntervalMinutes`. */
  intervalMinutes: number;
  dosingStartedAt: Date | null;
  lastVitalAt: Date | null;
  /** Minutes after dosing start at which blood pressure is due (esketamine [0, 40]); 0 is before the dose. */
  bloodPressureChecksMinutes?: readonly number[];
  /**
   * When blood pressure itself was last taken. Optional: without it `lastVitalAt` stands in, which treats a
   * reading of SpO2 alone as covering a blood-pressure check.
   */
  lastBloodPressureAt?: Date | null;
}

export interface DueCheck {
  dueAt: Date | null;
  overdue: boolean;
  /** Whole seconds until `dueAt` (rounded up); negative when overdue; null when nothing is due. */
  secondsRemaining: number | null;
  reason: string;
}

const minute = 60_000;

function noneDue(reason: string): DueCheck {
  return { dueAt: null, overdue: false, secondsRemaining: null, reason };
}

function due(dueAt: Date, now: Date, reason: string): DueCheck {
  const seconds = Math.ceil((dueAt.getTime() - now.getTime()) / 1000);
  return { dueAt, overdue: now.getTime() > dueAt.getTime(), secondsRemaining: seconds === 0 ? 0 : seconds, reason };
}

interface Candidate {
  at: Date;
  reason: string;
}

/** The first protocol blood-pressure check not yet covered by a reading taken at or after its time. */
function nextBloodPressureCheck(facts: DueCheckFacts, start: Date): Candidate | null {
  const lastBp = facts.lastBloodPressureAt !== undefined ? facts.lastBloodPressureAt : facts.lastVitalAt;
  const minutes = [...(facts.bloodPressureChecksMinutes ?? [])].sort((a, b) => a - b);
  for (const m of minutes) {
    const at = new Date(start.getTime() + m * minute);
    // Minute 0 is "before dosing" (Spravato label [C2], SPEC §2.3): any blood pressure before the dose covers it.
    const covered = lastBp !== null && (m === 0 || lastBp.getTime() >= at.getTime());
    if (!covered) return { at, reason: m === 0 ? 'Blood pressure before dosing (protocol).' : `Blood pressure at ${m} min after dosing started (protocol).` };
  }
  return null;
}

function duringSession(facts: DueCheckFacts): DueCheck {
  const start = facts.dosingStartedAt;
  const periodic: Candidate =
    facts.lastVitalAt === null
      ? { at: start ?? facts.now, reason: 'No vital signs recorded yet this session.' }
      : { at: new Date(facts.lastVitalAt.getTime() + facts.intervalMinutes * minute), reason: `Vital signs every ${facts.intervalMinutes} min (protocol).` };
  const bloodPressure = start === null ? null : nextBloodPressureCheck(facts, start);
  // On a tie the protocol's blood-pressure check names the reason: it says more.
  const next = bloodPressure !== null && bloodPressure.at.getTime() <= periodic.at.getTime() ? bloodPressure : periodic;
  return due(next.at, facts.now, next.reason);
}

/**
 * When the next vital signs are due, for the countdown on the floor board. Before dosing: the baseline, due
 * now when there is none. During dosing and observation: the earlier of the protocol's interval since the
 * last reading and the next protocol blood-pressure check (SPEC.md §2.3, §2.6). None once the discharge
 * criteria are met, nor before check-in or after the session has ended.
 */
export function nextVitalCheck(facts: DueCheckFacts): DueCheck {
  switch (facts.state) {
    case 'scheduled':
      return noneDue('Not checked in yet.');
    case 'checked-in':
    case 'ready':
      return facts.lastVitalAt === null
        ? due(facts.now, facts.now, 'Baseline vital signs are due before dosing.')
        : noneDue('Baseline vital signs taken; checks resume when dosing starts.');
    case 'dosing':
    case 'monitoring':
      return duringSession(facts);
    case 'discharge-ready':
      return noneDue('Discharge criteria met: no further scheduled checks.');
    case 'discharged':
    case 'stopped':
      return noneDue('The session has ended.');
  }
}
