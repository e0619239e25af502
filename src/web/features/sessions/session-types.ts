import type { z } from 'zod';
import type { DoseResult } from '../../../domain/dosing/calculate-dose';
import type {
  SessionResponse,
  adverseEventBodySchema,
  createSessionBodySchema,
  doseBodySchema,
  transitionBodySchema,
  vitalsBodySchema,
} from '../../../server/routes/sessions/sessions.schemas';

export type SessionChart = SessionResponse;
export type SessionEvent = SessionChart['events'][number];
export type VitalRow = SessionChart['vitals'][number];
export type SessionStatus = SessionChart['status'];
export type ScheduleSessionBody = z.input<typeof createSessionBodySchema>;
export type TransitionBody = z.input<typeof transitionBodySchema>;
export type DoseBody = z.input<typeof doseBodySchema>;
export type VitalsBody = z.input<typeof vitalsBodySchema>;
export type VitalsReading = VitalsBody['readings'][number];
export type AdverseEventBody = z.input<typeof adverseEventBodySchema>;

/** What stands in the way of a step: a stable code and the server's plain words. */
export interface Blocker {
  code: string;
  message: string;
}

/** The dose as the server records it (`PUT /dose`): its calculation and the product drawn. */
export interface RecordedDose {
  input: Record<string, unknown>;
  result: DoseResult;
  drawn: { lotNumber?: string; expiresOn?: string; concentrationMgPerMl?: number; volumeMl?: number; devices?: number; mg?: number };
  recordedByUserId: string;
  recordedAt: string;
}

/** One row of `GET /api/patients/:patientId/sessions`. */
export interface PatientSessionSummary {
  id: string;
  planId: string;
  planSequence: number;
  state: string;
  chair: string;
  scheduledFor: string;
  signedAt: string | null;
}

export const recordedDose = (chart: SessionChart): RecordedDose | null => (chart.dose as RecordedDose | null) ?? null;

/** What the signed-in user may do on the chart (the server checks again). */
export interface ChartAbilities {
  chart: boolean;
  /** A prescriber: signs notes and stop events, and may proceed despite readiness checks. */
  sign: boolean;
  userId: string;
}
