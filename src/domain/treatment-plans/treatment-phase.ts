import type { TreatmentPhase } from '../measurement/measurement-packs.js';

export interface PlanPhaseFacts {
  status: 'draft' | 'active' | 'completed' | 'stopped';
  activatedAt: string | null;
  endedAt: string | null;
  /** Planned dates of the induction sessions. */
  inductionDates: readonly string[];
}

const day = 86_400_000;

/**
 * Where the patient is in their course, which is what measurement cadence follows (issue 4): intake until a
 * course starts; induction until its last planned induction session; maintenance after that; follow-up once the
 * newest course has ended. `startedAt` is when that phase began ("once per phase" counts from it).
 */
export function currentTreatmentPhase(plans: readonly PlanPhaseFacts[], now: Date, intakeWindowDays = 30): { phase: TreatmentPhase; startedAt: Date } {
  const today = now.toISOString().slice(0, 10);
  const started = plans.filter((plan) => plan.activatedAt !== null).sort((a, b) => b.activatedAt!.localeCompare(a.activatedAt!));
  const newest = started[0];
  if (!newest) return { phase: 'intake', startedAt: new Date(now.getTime() - intakeWindowDays * day) };
  if (newest.status !== 'active') return { phase: 'follow-up', startedAt: new Date(newest.endedAt ?? newest.activatedAt!) };
  const lastInduction = [...newest.inductionDates].sort().at(-1);
  if (!lastInduction || today <= lastInduction) return { phase: 'induction', startedAt: new Date(newest.activatedAt!) };
  return { phase: 'maintenance', startedAt: new Date(new Date(`${lastInduction}T00:00:00Z`).getTime() + day) };
}
