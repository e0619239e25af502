import type { AssessmentListResponse } from '../../server/routes/assessments/assessments.schemas';
import type { SafetyTaskListResponse } from '../../server/routes/safety/safety.schemas';
import { crisisMessage } from '../../domain/safety/safety-signal';
import { patientId } from './fixtures';

type Assessment = AssessmentListResponse['assessments'][number];
type SafetyTask = SafetyTaskListResponse['tasks'][number];

let sequence = 0;
const uuid = (prefix: string) => `${prefix}0000000-0000-4000-8000-${String(++sequence).padStart(12, '0')}`;

export function assessment(overrides: Partial<Assessment> = {}): Assessment {
  return {
    id: uuid('d'),
    instrumentId: 'phq9',
    instrumentVersion: '1',
    answers: {},
    total: 10,
    band: 'moderate',
    flags: [],
    subscales: {},
    purpose: 'routine',
    enteredBy: 'clinician',
    completedAt: '2025-01-10T15:00:00.000Z',
    confidentiality: 'normal',
    ...overrides,
  };
}

export function safetyTask(overrides: Partial<SafetyTask> = {}): SafetyTask {
  return {
    id: uuid('c'),
    patientId,
    patientName: 'Robin Smith',
    mrn: 'KC-000042',
    severity: 'moderate',
    reasons: ['PHQ-9 item 9 (thoughts of death or self-harm) answered 1 of 3'],
    openedAt: '2025-01-10T15:00:00.000Z',
    dueAt: '2025-01-10T19:00:00.000Z',
    overdue: false,
    escalatedAt: null,
    resolvedAt: null,
    resolution: null,
    ...overrides,
  };
}

/** The `safety` part of an answer that opened a task, with the crisis words the server sends. */
export const safetyOpened = (severity: 'high' | 'moderate' | 'low', dueAt = '2025-01-10T19:00:00.000Z') => ({ severity, dueAt, crisis: { ...crisisMessage, resources: [...crisisMessage.resources] } });
