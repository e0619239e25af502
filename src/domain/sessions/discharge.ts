import { z } from 'zod';
import { formatMinutes } from './format-duration.js';
import { evaluateVitals, type VitalReading, type VitalThresholds } from './vital-thresholds.js';

/**
 * The nurse's discharge checks (SPEC.md §2.6 discharge criteria, [M] consistent with the Spravato label [C]).
 * Every field optional, for partial saves; only `true` counts as done.
 */
export const dischargeChecklistSchema = z.strictObject({
  oriented: z.boolean().optional(),
  ambulating: z.boolean().optional(),
  nauseaControlled: z.boolean().optional(),
  escortPresent: z.boolean().optional(),
  noDrivingAcknowledged: z.boolean().optional(),
  suicideRiskRescreened: z.boolean().optional(),
});
export type DischargeChecklist = z.infer<typeof dischargeChecklistSchema>;

/** Each checklist item in the nurse's words, in the order shown. */
export const dischargeChecklistItems: Readonly<Record<keyof DischargeChecklist, string>> = Object.freeze({
  oriented: 'oriented, back to baseline mental status, no significant dissociation',
  ambulating: 'walks steadily',
  nauseaControlled: 'nausea controlled',
  escortPresent: 'escort or booked transport present', // SPEC §2.3 [C]: arrange transport
  noDrivingAcknowledged: 'no driving until the next day after restful sleep, acknowledged', // SPEC §2.3 [C]
  suicideRiskRescreened: 'suicide risk re-screened (safety plan reviewed if the C-SSRS was positive)',
});

export interface DischargeFacts {
  now: Date;
  /** The end of the infusion, the last esketamine device, the injection; null while still dosing. */
  administrationEndedAt: Date | null;
  minimumObservationMinutes: number;
  baseline: VitalReading | null;
  latest: VitalReading | null;
  latestAt: Date | null;
  checklist: DischargeChecklist;
  /** Threshold or adverse events with no action note yet. */
  eventsWithoutAction: number;
  /** "Stop" crossings whose action note the prescriber has not signed (SPEC §2.6). */
  stopEventsUnsigned: number;
  thresholds: VitalThresholds;
}

export const dischargeBlockerCodes = [
  'ADMINISTRATION_NOT_ENDED',
  'MIN_OBSERVATION_NOT_MET',
  'NO_VITALS_AFTER_DOSING',
  'VITALS_ABOVE_STOP',
  'VITALS_NOT_NEAR_BASELINE',
  'CHECKLIST_INCOMPLETE',
  'EVENTS_WITHOUT_ACTION',
  'STOP_EVENTS_UNSIGNED',
] as const;
export type DischargeBlockerCode = (typeof dischargeBlockerCodes)[number];

export interface DischargeBlocker {
  code: DischargeBlockerCode;
  message: string;
}

/** When the minimum observation ends: counted from the end of administration (protocol `monitoring`). */
export function observationEndsAt(administrationEndedAt: Date, minimumObservationMinutes: number): Date {
  return new Date(administrationEndedAt.getTime() + minimumObservationMinutes * 60_000);
}

// The full set a discharge decision reads: the signals of the thresholds table (SPEC §2.6).
const fullSet: { key: keyof VitalReading; words: string }[] = [
  { key: 'systolicMmHg', words: 'systolic' },
  { key: 'diastolicMmHg', words: 'diastolic' },
  { key: 'heartRateBpm', words: 'heart rate' },
  { key: 'spo2Percent', words: 'SpO2' },
  { key: 'respiratoryRatePerMin', words: 'respiratory rate' },
];

// SPEC §2.6 [M]: "vital signs within about 20% of baseline"; we compare these three.
const nearBaseline: { key: 'systolicMmHg' | 'diastolicMmHg' | 'heartRateBpm'; words: string; unit: string }[] = [
  { key: 'systolicMmHg', words: 'Systolic', unit: ' mmHg' },
  { key: 'diastolicMmHg', words: 'Diastolic', unit: ' mmHg' },
  { key: 'heartRateBpm', words: 'Heart rate', unit: ' bpm' },
];

function observationBlockers(facts: DischargeFacts, endedAt: Date): DischargeBlocker[] {
  const remainingMs = observationEndsAt(endedAt, facts.minimumObservationMinutes).getTime() - facts.now.getTime();
  if (remainingMs <= 0) return [];
  return [
    {
      code: 'MIN_OBSERVATION_NOT_MET',
      message: `Observe for at least ${formatMinutes(facts.minimumObservationMinutes)} after administration ended: ${formatMinutes(remainingMs / 60_000)} remaining.`,
    },
  ];
}

function nearBaselineProblems(latest: VitalReading, baseline: VitalReading | null, fraction: number): string[] {
  const percent = Math.round(fraction * 100);
  return nearBaseline.flatMap(({ key, words, unit }) => {
    const base = baseline?.[key];
    const value = latest[key];
    if (base === undefined) return [`no baseline ${words.toLowerCase()} to compare with`];
    if (value === undefined) return [];
    const allowed = fraction * base;
    // A small tolerance so 20% of 120 (24, or 24.000000000000004 in floating point) is inside.
    if (Math.abs(value - base) <= allowed + 1e-9) return [];
    const low = Math.ceil(base - allowed - 1e-9);
    const high = Math.floor(base + allowed + 1e-9);
    return [`${words} ${value}${unit} is more than ${percent}% from baseline ${base}${unit} (${low}–${high})`];
  });
}

function vitalBlockers(facts: DischargeFacts, endedAt: Date): DischargeBlocker[] {
  const { latest, latestAt } = facts;
  if (latest === null || latestAt === null || latestAt.getTime() < endedAt.getTime()) {
    return [{ code: 'NO_VITALS_AFTER_DOSING', message: 'Take a full set of vital signs after administration ended.' }];
  }
  const blockers: DischargeBlocker[] = [];
  const missing = fullSet.filter(({ key }) => latest[key] === undefined).map(({ words }) => words);
  if (missing.length > 0) blockers.push({ code: 'NO_VITALS_AFTER_DOSING', message: `The latest vital signs after dosing lack ${missing.join(', ')}: take a full set.` });
  const stops = evaluateVitals(latest, facts.baseline, facts.thresholds).filter((crossing) => crossing.level === 'stop');
  if (stops.length > 0) blockers.push({ code: 'VITALS_ABOVE_STOP', message: `Vital signs beyond the stop lines: ${stops.map((s) => s.message).join(' ')}` });
  const far = nearBaselineProblems(latest, facts.baseline, facts.thresholds.dischargeWithinFractionOfBaseline);
  if (far.length > 0) blockers.push({ code: 'VITALS_NOT_NEAR_BASELINE', message: `Not yet near baseline: ${far.join('; ')}.` });
  return blockers;
}

/**
 * Why the patient may not yet be marked ready for discharge (SPEC.md §2.6), in the order of
 * `dischargeBlockerCodes`; empty when every criterion is met.
 */
export function dischargeBlockers(facts: DischargeFacts): DischargeBlocker[] {
  const blockers: DischargeBlocker[] = [];
  const endedAt = facts.administrationEndedAt;
  if (endedAt === null) blockers.push({ code: 'ADMINISTRATION_NOT_ENDED', message: 'Administration has not ended: record the end of dosing first.' });
  else blockers.push(...observationBlockers(facts, endedAt), ...vitalBlockers(facts, endedAt));
  const missing = (Object.keys(dischargeChecklistItems) as (keyof DischargeChecklist)[]).filter((item) => facts.checklist[item] !== true);
  if (missing.length > 0) blockers.push({ code: 'CHECKLIST_INCOMPLETE', message: `Discharge checklist not complete: ${missing.map((item) => dischargeChecklistItems[item]).join('; ')}.` });
  if (facts.eventsWithoutAction > 0) {
    const n = facts.eventsWithoutAction;
    blockers.push({ code: 'EVENTS_WITHOUT_ACTION', message: `${n} event${n === 1 ? ' has' : 's have'} no action recorded: chart what was done.` });
  }
  if (facts.stopEventsUnsigned > 0) {
    const n = facts.stopEventsUnsigned;
    blockers.push({ code: 'STOP_EVENTS_UNSIGNED', message: `${n} stop-line event${n === 1 ? ' needs' : 's need'} the prescriber's signature on the action note.` });
  }
  return blockers;
}
