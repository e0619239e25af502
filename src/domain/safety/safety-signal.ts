import type { ScoreResult } from '../instruments/instrument.js';

export type SafetySeverity = 'high' | 'moderate' | 'low';

export interface SafetySignal {
  severity: SafetySeverity;
  /** Plain words for the care team: what in the answers opened the task. */
  reasons: string[];
}

/**
 * How fast the care team must respond. No guideline sets these numbers: they are the project's proposal, to
 * be signed off by each clinic's medical director (issue 4 gives "high: 1 hour" as the example).
 */
export interface SafetyDeadlines {
  highMinutes: number;
  moderateMinutes: number;
  lowMinutes: number;
}
export const defaultSafetyDeadlines: SafetyDeadlines = { highMinutes: 60, moderateMinutes: 4 * 60, lowMinutes: 24 * 60 };

const order: Record<SafetySeverity, number> = { high: 3, moderate: 2, low: 1 };

function highest(signals: SafetySignal[]): SafetySignal | null {
  if (signals.length === 0) return null;
  const severity = signals.reduce<SafetySeverity>((worst, signal) => (order[signal.severity] > order[worst] ? signal.severity : worst), 'low');
  return { severity, reasons: signals.map((signal) => signal.reasons).flat() };
}

/**
 * Whether a scored assessment opens a safety task, and how urgent it is:
 * - C-SSRS high (past-month intent or plan, or behaviour in the past 3 months) and ASQ acute positive: high
 *   (Columbia triage forms, SPEC.md §1.4; NIMH ASQ, SPEC.md §1.15).
 * - C-SSRS moderate, ASQ non-acute positive, PHQ-9 item 9 or QIDS-SR16 item 12 answered above zero: moderate.
 * - C-SSRS low (wish to be dead, non-specific thoughts) and a daily mood at the floor (0): low.
 */
export function detectSafetySignal(result: ScoreResult, answers: Readonly<Record<string, number>>): SafetySignal | null {
  const signals: SafetySignal[] = [];
  const riskLevel = result.findings.riskLevel;
  if (result.instrument === 'cssrs-screener' && (riskLevel === 'high' || riskLevel === 'moderate' || riskLevel === 'low')) {
    signals.push({ severity: riskLevel, reasons: [`C-SSRS screener: ${riskLevel} risk`] });
  }
  if (result.instrument === 'asq' && result.band === 'acute-positive') signals.push({ severity: 'high', reasons: ['ASQ: acute positive (thoughts of suicide right now)'] });
  if (result.instrument === 'asq' && result.band === 'non-acute-positive') signals.push({ severity: 'moderate', reasons: ['ASQ: non-acute positive'] });
  if (result.instrument === 'phq9' && result.flags.includes('suicidal-ideation-item')) {
    signals.push({ severity: 'moderate', reasons: [`PHQ-9 item 9 (thoughts of death or self-harm) answered ${answers['9']} of 3`] });
  }
  if (result.instrument === 'qids-sr16' && result.flags.includes('suicidal-ideation-item')) {
    signals.push({ severity: 'moderate', reasons: [`QIDS-SR16 item 12 (thoughts of death or suicide) answered ${answers['12']} of 3`] });
  }
  if (result.instrument === 'daily-mood' && result.total === 0) signals.push({ severity: 'low', reasons: ['Daily mood at the floor (0 of 10)'] });
  return highest(signals);
}

export function safetyTaskDueAt(severity: SafetySeverity, openedAt: Date, deadlines: SafetyDeadlines = defaultSafetyDeadlines): Date {
  const minutes = severity === 'high' ? deadlines.highMinutes : severity === 'moderate' ? deadlines.moderateMinutes : deadlines.lowMinutes;
  return new Date(openedAt.getTime() + minutes * 60_000);
}

/** What the patient sees at once when their answers raise concern: crisis resources and when answers are read. */
export const crisisMessage = {
  heading: 'If you are thinking about suicide or are in danger now',
  resources: [
    'Call or text 988 (Suicide & Crisis Lifeline, United States), any time, day or night.',
    'Call 911, or go to the nearest emergency department, if you might act on these thoughts.',
  ],
  whenRead:
    'Your answers go to your care team, who are asked to review them within hours during clinic opening times. They are not watched around the clock, so do not wait for us to contact you if you need help now.',
} as const;
