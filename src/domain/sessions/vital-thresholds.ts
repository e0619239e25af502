import { z } from 'zod';

// Plausibility bounds for a threshold a clinic may type; the clinical values are the defaults below.
const mmHg = z.number().min(0).max(300);
const bpm = z.number().min(0).max(300);
const percent = z.number().min(0).max(100);
const perMin = z.number().min(0).max(100);

/**
 * The "slow / stop" lines for vital signs during a session, as JSON a clinic edits (SPEC.md §2.6). "At or
 * above" and "below" are spelled out in each name, so a clinic reading the file knows which side of the line
 * counts. Slow means slow or pause the dose and recheck in 5 minutes; stop means stop and notify the prescriber.
 */
export const vitalThresholdsSchema = z
  .strictObject({
    systolicMmHg: z.strictObject({ slowAtOrAbove: mmHg, stopAtOrAbove: mmHg }),
    /** A rise over the session's baseline systolic strictly greater than this is a "slow" crossing. */
    systolicRiseMmHg: z.strictObject({ slowAbove: mmHg }),
    diastolicMmHg: z.strictObject({ slowAtOrAbove: mmHg, stopAtOrAbove: mmHg }),
    heartRateBpm: z.strictObject({
      slowAtOrAbove: bpm,
      stopAtOrAbove: bpm,
      stopBelow: bpm,
      /** Not in SPEC.md; absent by default. A clinic may add a "slow" line for a low heart rate. */
      slowBelow: bpm.optional(),
    }),
    spo2Percent: z.strictObject({ slowBelow: percent, stopBelow: percent }),
    respiratoryRatePerMin: z.strictObject({ slowBelow: perMin, stopBelow: perMin }),
    /** Discharge: systolic, diastolic and heart rate each within this fraction of baseline (0.2 = ±20%). */
    dischargeWithinFractionOfBaseline: z.number().min(0).max(1),
  })
  .superRefine((t, context) => {
    const issue = (path: string[], message: string) => context.addIssue({ code: 'custom', path, message });
    if (t.systolicMmHg.slowAtOrAbove > t.systolicMmHg.stopAtOrAbove) issue(['systolicMmHg', 'slowAtOrAbove'], 'The slow line must not be above the stop line');
    if (t.diastolicMmHg.slowAtOrAbove > t.diastolicMmHg.stopAtOrAbove) issue(['diastolicMmHg', 'slowAtOrAbove'], 'The slow line must not be above the stop line');
    const hr = t.heartRateBpm;
    if (hr.slowAtOrAbove > hr.stopAtOrAbove) issue(['heartRateBpm', 'slowAtOrAbove'], 'The slow line must not be above the stop line');
    if (hr.stopBelow >= hr.slowAtOrAbove) issue(['heartRateBpm', 'stopBelow'], 'The low stop line must be below the high slow line');
    if (hr.slowBelow !== undefined && hr.slowBelow < hr.stopBelow) issue(['heartRateBpm', 'slowBelow'], 'The low slow line must not be below the low stop line');
    if (hr.slowBelow !== undefined && hr.slowBelow >= hr.slowAtOrAbove) issue(['heartRateBpm', 'slowBelow'], 'The low slow line must be below the high slow line');
    if (t.spo2Percent.slowBelow < t.spo2Percent.stopBelow) issue(['spo2Percent', 'slowBelow'], 'The slow line must not be below the stop line');
    if (t.respiratoryRatePerMin.slowBelow < t.respiratoryRatePerMin.stopBelow) issue(['respiratoryRatePerMin', 'slowBelow'], 'The slow line must not be below the stop line');
  });
export type VitalThresholds = z.infer<typeof vitalThresholdsSchema>;

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * SPEC.md §2.6 table. The whole table is marked [M] there: "typical research-protocol values, not from a single
 * authoritative guideline" (§5 lists it as a proposal). Frozen: a clinic edits a copy.
 */
export const defaultVitalThresholds: VitalThresholds = deepFreeze({
  systolicMmHg: { slowAtOrAbove: 160, stopAtOrAbove: 180 }, // [M] SPEC §2.6: slow ≥160, stop ≥180
  systolicRiseMmHg: { slowAbove: 30 }, // [M] SPEC §2.6: "rise >30 from baseline"
  diastolicMmHg: { slowAtOrAbove: 100, stopAtOrAbove: 110 }, // [M] SPEC §2.6
  heartRateBpm: { slowAtOrAbove: 110, stopAtOrAbove: 130, stopBelow: 50 }, // [M] SPEC §2.6
  spo2Percent: { slowBelow: 94, stopBelow: 90 }, // [M] SPEC §2.6
  // Our design [M]: SPEC §2.6 names only "apnoea" in the stop column; we stop below 8/min and slow below 10/min.
  respiratoryRatePerMin: { slowBelow: 10, stopBelow: 8 },
  dischargeWithinFractionOfBaseline: 0.2, // [M] SPEC §2.6 discharge: "within about 20% of baseline"
});

export interface VitalReading {
  systolicMmHg?: number;
  diastolicMmHg?: number;
  heartRateBpm?: number;
  spo2Percent?: number;
  respiratoryRatePerMin?: number;
}

export const vitalSignals = ['systolic', 'systolic-rise', 'diastolic', 'heart-rate', 'spo2', 'respiratory-rate'] as const;
export type VitalSignal = (typeof vitalSignals)[number];

export type ThresholdLevel = 'slow' | 'stop';

export interface ThresholdCrossing {
  signal: VitalSignal;
  level: ThresholdLevel;
  /** The reading; for `systolic-rise`, the rise over baseline in mmHg. */
  value: number;
  /** The line it crossed, in the same unit as `value`. */
  limit: number;
  /** Plain words for the nurse: what was seen and what to do. */
  message: string;
}

// The action for each column of SPEC.md §2.6, in the nurse's words.
const slowAction = 'slow or pause dosing and recheck in 5 minutes.';
const stopAction = 'stop and notify the prescriber.';
const spo2SlowAction = 'stimulate, reposition, give oxygen and recheck in 5 minutes.'; // SPEC §2.6 SpO2 slow column

const labels: Record<Exclude<VitalSignal, 'systolic-rise'>, { name: string; unit: string }> = {
  systolic: { name: 'Systolic', unit: ' mmHg' },
  diastolic: { name: 'Diastolic', unit: ' mmHg' },
  'heart-rate': { name: 'Heart rate', unit: ' bpm' },
  spo2: { name: 'SpO2', unit: '%' },
  'respiratory-rate': { name: 'Respiratory rate', unit: '/min' },
};

type Side = 'at-or-above' | 'below';

function crossing(signal: Exclude<VitalSignal, 'systolic-rise'>, level: ThresholdLevel, side: Side, value: number, limit: number): ThresholdCrossing {
  const { name, unit } = labels[signal];
  const where = side === 'at-or-above' ? 'at or above' : 'below';
  const action = level === 'stop' ? stopAction : signal === 'spo2' ? spo2SlowAction : slowAction;
  return { signal, level, value, limit, message: `${name} ${value}${unit} is ${where} the ${level} line (${limit}): ${action}` };
}

/** One line of a signal: crossed when the value is at or above (or below) the limit. */
interface Line {
  level: ThresholdLevel;
  side: Side;
  limit: number | undefined;
}

function mostSevere(signal: Exclude<VitalSignal, 'systolic-rise'>, value: number | undefined, lines: Line[]): ThresholdCrossing | null {
  if (value === undefined) return null;
  // Lines come stop first, so the first one crossed is the most severe.
  for (const line of lines) {
    if (line.limit === undefined) continue;
    const crossed = line.side === 'at-or-above' ? value >= line.limit : value < line.limit;
    if (crossed) return crossing(signal, line.level, line.side, value, line.limit);
  }
  return null;
}

function systolicRise(reading: VitalReading, baseline: VitalReading | null, thresholds: VitalThresholds): ThresholdCrossing | null {
  const base = baseline?.systolicMmHg;
  if (reading.systolicMmHg === undefined || base === undefined) return null;
  const rise = reading.systolicMmHg - base;
  const limit = thresholds.systolicRiseMmHg.slowAbove;
  if (rise <= limit) return null;
  return {
    signal: 'systolic-rise',
    level: 'slow',
    value: rise,
    limit,
    message: `Systolic ${reading.systolicMmHg} mmHg is ${rise} mmHg above baseline (${base} mmHg), more than the ${limit} mmHg allowed: ${slowAction}`,
  };
}

const levelOrder: Record<ThresholdLevel, number> = { stop: 0, slow: 1 };

/**
 * The lines a reading crosses (SPEC.md §2.6). For each signal only the most severe level is reported (stop
 * beats slow); the systolic rise over baseline is its own signal and needs a baseline systolic. Ordered stop
 * first, then in the order of `vitalSignals`. Every crossing should become an event record.
 */
export function evaluateVitals(reading: VitalReading, baseline: VitalReading | null, thresholds: VitalThresholds): ThresholdCrossing[] {
  const t = thresholds;
  const found = [
    mostSevere('systolic', reading.systolicMmHg, [
      { level: 'stop', side: 'at-or-above', limit: t.systolicMmHg.stopAtOrAbove },
      { level: 'slow', side: 'at-or-above', limit: t.systolicMmHg.slowAtOrAbove },
    ]),
    systolicRise(reading, baseline, t),
    mostSevere('diastolic', reading.diastolicMmHg, [
      { level: 'stop', side: 'at-or-above', limit: t.diastolicMmHg.stopAtOrAbove },
      { level: 'slow', side: 'at-or-above', limit: t.diastolicMmHg.slowAtOrAbove },
    ]),
    mostSevere('heart-rate', reading.heartRateBpm, [
      { level: 'stop', side: 'at-or-above', limit: t.heartRateBpm.stopAtOrAbove },
      { level: 'stop', side: 'below', limit: t.heartRateBpm.stopBelow },
      { level: 'slow', side: 'at-or-above', limit: t.heartRateBpm.slowAtOrAbove },
      { level: 'slow', side: 'below', limit: t.heartRateBpm.slowBelow },
    ]),
    mostSevere('spo2', reading.spo2Percent, [
      { level: 'stop', side: 'below', limit: t.spo2Percent.stopBelow },
      { level: 'slow', side: 'below', limit: t.spo2Percent.slowBelow },
    ]),
    mostSevere('respiratory-rate', reading.respiratoryRatePerMin, [
      { level: 'stop', side: 'below', limit: t.respiratoryRatePerMin.stopBelow },
      { level: 'slow', side: 'below', limit: t.respiratoryRatePerMin.slowBelow },
    ]),
  ].filter((c): c is ThresholdCrossing => c !== null);
  // Array.prototype.sort is stable, so signals keep the order above within a level.
  return found.sort((a, b) => levelOrder[a.level] - levelOrder[b.level]);
}

const wholeNumber = (min: number, max: number, name: string) =>
  z
    .number()
    .int(`${name} must be a whole number`)
    .min(min, `${name} below ${min} is not plausible; check the entry`)
    .max(max, `${name} above ${max} is not plausible; check the entry`);

/**
 * One set of vital signs as entered or imported: plausibility only (a typo such as 1200 is refused, a
 * dangerous but real value is kept and judged by the thresholds). At least one value; diastolic below systolic.
 */
export const vitalReadingSchema = z
  .strictObject({
    systolicMmHg: wholeNumber(40, 300, 'Systolic').optional(),
    diastolicMmHg: wholeNumber(20, 200, 'Diastolic').optional(),
    heartRateBpm: wholeNumber(20, 250, 'Heart rate').optional(),
    spo2Percent: wholeNumber(50, 100, 'SpO2').optional(),
    // 0 is allowed: apnoea is a reading, not an error.
    respiratoryRatePerMin: wholeNumber(0, 80, 'Respiratory rate').optional(),
  })
  .superRefine((reading, context) => {
    if (Object.values(reading).every((value) => value === undefined)) {
      context.addIssue({ code: 'custom', path: [], message: 'Enter at least one vital sign' });
    }
    if (reading.systolicMmHg !== undefined && reading.diastolicMmHg !== undefined && reading.diastolicMmHg >= reading.systolicMmHg) {
      context.addIssue({ code: 'custom', path: ['diastolicMmHg'], message: 'Diastolic must be below systolic' });
    }
  });
