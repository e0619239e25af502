/** The plan fields the markers need; the plan API answers more. */
interface PlanSessions {
  status: string;
  sessions: { plannedDate: string; startTime: string }[];
}

/**
 * Treatment sessions to mark on the outcome charts: the sessions of courses that started (active or completed),
 * up to today, as Unix seconds. They are the planned dates until sessions are charted on the treatment floor.
 */
export function sessionMarkerTimes(plans: readonly PlanSessions[], today: string): number[] {
  return plans
    .filter((plan) => plan.status === 'active' || plan.status === 'completed')
    .flatMap((plan) => plan.sessions)
    .filter((session) => session.plannedDate <= today)
    .map((session) => new Date(`${session.plannedDate}T${session.startTime}:00`).getTime() / 1000)
    .sort((a, b) => a - b);
}

/** Canvas x positions of the markers inside the plot area (markers outside the time axis are left out). */
export function markerPositions(times: readonly number[], toX: (time: number) => number, left: number, width: number): number[] {
  return times.map(toX).filter((x) => x >= left && x <= left + width);
}
