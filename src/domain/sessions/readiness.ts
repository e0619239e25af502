import { z } from 'zod';
import { calendarDatePlusDays, calendarDaysBetween } from './calendar-day.js';
import { formatMinutes } from './format-duration.js';
import type { VitalReading } from './vital-thresholds.js';

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * The pre-dose checklist as the nurse charts it (SPEC.md §2.6 pre-dose; §2.3 fasting and transport). Every
 * field is optional so a half-done checklist can be saved; `readinessGaps` says what is still missing.
 * Consent and REMS enrolment are checked elsewhere (the plan and its activation blockers).
 */
export const readinessChecklistSchema = z.strictObject({
  lastFoodAt: isoDateTime.nullable().optional(),
  lastLiquidAt: isoDateTime.nullable().optional(),
  /** Who takes the patient home: a responsible adult, or booked transport (SPEC.md §2.3: no driving until the next day). */
  escort: z
    .strictObject({
      name: z.string().trim().min(1, 'Required').max(120, 'At most 120 characters'),
      phone: z
        .string()
        .trim()
        .max(40, 'At most 40 characters')
        .regex(/(?:\d\D*){3}/, 'A phone number with at least 3 digits'),
      kind: z.enum(['escort', 'transport']),
    })
    .nullable()
    .optional(),
  pregnancy: z.enum(['not-pregnant-confirmed', 'not-applicable']).nullable().optional(),
  preSessionMeasuresDone: z.boolean().optional(),
});
export type ReadinessChecklist = z.infer<typeof readinessChecklistSchema>;

export type CssrsRisk = 'none' | 'low' | 'moderate' | 'high';

export interface ReadinessFacts {
  route: string;
  now: Date;
  /** The protocol's fasting rule; absent when the protocol has none (esketamine falls back to its label). */
  fasting?: { noFoodHours: number; noLiquidsMinutes: number };
  checklist: ReadinessChecklist;
  pregnancyNeeded: boolean;
  lastDoseAt: Date | null;
  minDaysBetweenSessions: number;
  baselineVitals: VitalReading | null;
  /** The newest C-SSRS done today; null = not done today. */
  cssrsToday: CssrsRisk | null;
  /** The safety task that C-SSRS opened is resolved. */
  cssrsPathwayResolved: boolean;
  /** IANA zone of the clinic location, for counting calendar days between doses. Default UTC. */
  timeZone?: string;
}

export const readinessGapCodes = [
  'FASTING_NOT_RECORDED',
  'FASTING_NOT_MET',
  'ESCORT_MISSING',
  'PREGNANCY_STATUS_UNCONFIRMED',
  'CSSRS_NOT_DONE',
  'CSSRS_POSITIVE_UNRESOLVED',
  'PRE_SESSION_MEASURES_MISSING',
  'DOSE_INTERVAL_TOO_SHORT',
  'BASELINE_VITALS_MISSING',
] as const;
export type ReadinessGapCode = (typeof readinessGapCodes)[number];

export interface ReadinessGap {
  code: ReadinessGapCode;
  message: string;
}

// Spravato label [C: Oncology Nurse Advisor, SPEC.md §2.3]: no food for 2 hours and no liquids for 30 minutes.
const esketamineLabelFasting = { noFoodHours: 2, noLiquidsMinutes: 30 };

interface FastingRule {
  what: 'food' | 'liquids';
  recordedAt: string | null | undefined;
  neededMinutes: number;
}

function fastingGaps(facts: ReadinessFacts): ReadinessGap[] {
  // The label's rule is a floor for esketamine: a protocol without one must not skip it.
  const fasting = facts.fasting ?? (facts.route === 'intranasal-esketamine' ? esketamineLabelFasting : undefined);
  if (!fasting) return [];
  const rules: FastingRule[] = [
    { what: 'food', recordedAt: facts.checklist.lastFoodAt, neededMinutes: fasting.noFoodHours * 60 },
    { what: 'liquids', recordedAt: facts.checklist.lastLiquidAt, neededMinutes: fasting.noLiquidsMinutes },
  ].filter((rule): rule is FastingRule => rule.neededMinutes > 0);
  const unrecorded: string[] = [];
  const unmet: string[] = [];
  for (const rule of rules) {
    const label = rule.what === 'food' ? 'food' : 'liquid';
    if (!rule.recordedAt) {
      unrecorded.push(`the last ${label} (${formatMinutes(rule.neededMinutes)} without ${rule.what} needed)`);
      continue;
    }
    const elapsedMinutes = (facts.now.getTime() - new Date(rule.recordedAt).getTime()) / 60_000;
    if (elapsedMinutes < 0) unmet.push(`the last ${label} is recorded later than now: check the time`);
    else if (elapsedMinutes < rule.neededMinutes)
      unmet.push(`last ${label} ${formatMinutes(Math.floor(elapsedMinutes))} ago, ${formatMinutes(rule.neededMinutes)} needed: wait ${formatMinutes(rule.neededMinutes - elapsedMinutes)} more`);
  }
  const gaps: ReadinessGap[] = [];
  if (unrecorded.length > 0) gaps.push({ code: 'FASTING_NOT_RECORDED', message: `Record the time of ${unrecorded.join(' and of ')}.` });
  if (unmet.length > 0) gaps.push({ code: 'FASTING_NOT_MET', message: `Fasting not met: ${unmet.join('; ')}.` });
  return gaps;
}

function cssrsGaps(facts: ReadinessFacts): ReadinessGap[] {
  if (facts.cssrsToday === null) return [{ code: 'CSSRS_NOT_DONE', message: 'Do the C-SSRS (since last visit) today before dosing.' }];
  // Low or no risk passes; moderate and high open the suicide-risk pathway, which must be resolved first.
  if ((facts.cssrsToday === 'moderate' || facts.cssrsToday === 'high') && !facts.cssrsPathwayResolved) {
    return [{ code: 'CSSRS_POSITIVE_UNRESOLVED', message: `Today's C-SSRS shows ${facts.cssrsToday} risk: resolve the safety task it opened before dosing.` }];
  }
  return [];
}

function intervalGaps(facts: ReadinessFacts): ReadinessGap[] {
  if (facts.lastDoseAt === null) return [];
  const timeZone = facts.timeZone ?? 'UTC';
  const days = calendarDaysBetween(facts.lastDoseAt, facts.now, timeZone);
  if (days >= facts.minDaysBetweenSessions) return [];
  const earliest = calendarDatePlusDays(facts.lastDoseAt, facts.minDaysBetweenSessions, timeZone);
  const ago = days < 0 ? 'is recorded later than today: check the record' : days === 0 ? 'was today' : days === 1 ? 'was yesterday' : `was ${days} days ago`;
  const needed = `${facts.minDaysBetweenSessions} calendar day${facts.minDaysBetweenSessions === 1 ? '' : 's'}`;
  return [{ code: 'DOSE_INTERVAL_TOO_SHORT', message: `The last dose ${ago}; this protocol needs at least ${needed} between sessions (earliest ${earliest}).` }];
}

const baselineParts: { key: keyof VitalReading; words: string }[] = [
  { key: 'systolicMmHg', words: 'systolic' },
  { key: 'diastolicMmHg', words: 'diastolic' },
  { key: 'heartRateBpm', words: 'heart rate' },
  { key: 'spo2Percent', words: 'SpO2' },
  { key: 'respiratoryRatePerMin', words: 'respiratory rate' },
];

function baselineGaps(baseline: VitalReading | null): ReadinessGap[] {
  // SPEC.md §2.6 pre-dose: BP, HR, SpO2, RR.
  const missing = baselineParts.filter((part) => baseline?.[part.key] === undefined).map((part) => part.words);
  if (missing.length === 0) return [];
  return [{ code: 'BASELINE_VITALS_MISSING', message: `Take baseline vital signs before dosing; missing: ${missing.join(', ')}.` }];
}

/**
 * What stands between a checked-in patient and the first dose (SPEC.md §2.3, §2.6), in the order of
 * `readinessGapCodes`; empty when the patient is ready. A prescriber may override with a reason elsewhere.
 */
export function readinessGaps(facts: ReadinessFacts): ReadinessGap[] {
  const { checklist } = facts;
  const gaps: ReadinessGap[] = [...fastingGaps(facts)];
  if (!checklist.escort) gaps.push({ code: 'ESCORT_MISSING', message: 'Record the escort or booked transport home (name and phone): no driving until the next day.' });
  if (facts.pregnancyNeeded && checklist.pregnancy !== 'not-pregnant-confirmed') {
    gaps.push({ code: 'PREGNANCY_STATUS_UNCONFIRMED', message: "Confirm the patient is not pregnant before dosing. If pregnancy status does not apply, correct the patient's record." });
  }
  gaps.push(...cssrsGaps(facts));
  if (checklist.preSessionMeasuresDone !== true) gaps.push({ code: 'PRE_SESSION_MEASURES_MISSING', message: "Complete today's pre-session measures before dosing." });
  gaps.push(...intervalGaps(facts), ...baselineGaps(facts.baselineVitals));
  return gaps;
}
