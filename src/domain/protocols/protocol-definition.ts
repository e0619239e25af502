import { z } from 'zod';

/** The routes a protocol can use; the same ids as the eligibility contract (SPEC.md §8). */
export const protocolRoutes = ['iv', 'im', 'intranasal-esketamine', 'oral', 'sublingual'] as const;
export type ProtocolRoute = (typeof protocolRoutes)[number];

/** Jurisdictions whose esketamine labels differ (the starting dose at 65 and over, SPEC.md §2.3). */
export const jurisdictions = ['US', 'EU', 'UK'] as const;
export type Jurisdiction = (typeof jurisdictions)[number];

/**
 * What a whole protocol rests on: a regulator's `label`, published `research` (trials, cohorts), clinic
 * `practice` without a trial behind the exact regimen, or a route the literature itself calls `experimental`.
 */
export const evidenceBases = ['label', 'research', 'practice', 'experimental'] as const;
export type EvidenceBasis = (typeof evidenceBases)[number];

/**
 * How sure we are of one value, echoing SPEC.md §0: `confirmed` [C], `confirmed-multiple` [C2],
 * `secondary` [S], `memory` [M]. Two more for values no source gives: `design` (the project's choice where
 * SPEC is silent) and `clinic-setting` (a value each clinic is expected to set; ours is a placeholder).
 * [X] has no entry on purpose: a value nobody could confirm is not put in the data.
 */
export const factConfidences = ['confirmed', 'confirmed-multiple', 'secondary', 'memory', 'design', 'clinic-setting'] as const;
export type FactConfidence = (typeof factConfidences)[number];

/** Only [C] and [C2] count as confirmed; the UI marks everything else. */
export function isConfirmed(confidence: FactConfidence): boolean {
  return confidence === 'confirmed' || confidence === 'confirmed-multiple';
}

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and hyphens').max(63);
const text = (max: number) => z.string().trim().min(1, 'Required').max(max, `At most ${max} characters`);
// Plausibility bounds only; the clinical limits are the refinements below.
const mgPerKg = z.number().positive().max(10);
const mg = z.number().positive().max(1000);
const wholeMinutes = (max: number) => z.number().int().min(0).max(max);
const phaseName = z.enum(['induction', 'maintenance']);

const perKgDosingSchema = z.object({
  mode: z.literal('per-kg'),
  startMgPerKg: mgPerKg,
  /** The steps a prescriber may climb when there is no response and the dose is tolerated, lowest first. */
  titrationStepsMgPerKg: z.array(mgPerKg).max(10).default([]),
  weightBasis: z.enum(['actual', 'ideal', 'adjusted']).default('actual'),
  /** The range published for this route, shown next to the dose; not a limit. */
  publishedRangeMgPerKg: z.tuple([mgPerKg, mgPerKg]).optional(),
  concentrationMgPerMl: z.number().positive().max(100).optional(),
  diluentMl: z.number().min(0).max(1000).optional(),
  infusionMinutes: z.number().int().min(1).max(240).optional(),
});

const dosesByJurisdiction = z.object({ US: mg.optional(), EU: mg.optional(), UK: mg.optional() });

const fixedDosingSchema = z.object({
  mode: z.literal('fixed'),
  /** The dose proposed for sessions after the first. */
  startDoseMg: mg,
  /** When set, every dose of the protocol must be one of these (esketamine: whole 28 mg devices). */
  allowedDosesMg: z.array(mg).min(1).max(20).optional(),
  dayOneDoseMg: mg.optional(),
  /** The first-session dose for a patient aged 65 or over, where a jurisdiction's label sets one. */
  dayOneDoseMgAged65Plus: dosesByJurisdiction.optional(),
  publishedRangeMg: z.tuple([mg, mg]).optional(),
});

const inductionPatternSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('per-week'), sessionsPerWeek: z.number().int().min(1).max(7), weeks: z.number().int().min(1).max(52) }),
  z.object({
    kind: z.literal('phased'),
    phases: z
      .array(
        z.object({
          weeks: z.number().int().min(1).max(52),
          sessionsPerWeek: z.number().int().min(1).max(7),
          /** Which phase of care these sessions belong to: the esketamine label calls weeks 5–8 maintenance. */
          phase: phaseName.default('induction'),
        }),
      )
      .min(1)
      .max(12),
  }),
]);
export type InductionPattern = z.infer<typeof inductionPatternSchema>;

const provenanceSchema = z.object({
  /** Dotted path of the value this entry speaks for (`dosing.startMgPerKg`, `series.induction`). */
  field: z.string().regex(/^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/, 'A dotted path such as dosing.startMgPerKg'),
  confidence: z.enum(factConfidences),
  /** Short reference to one of `sources` ("Oliver 2022"), or "clinic" for a clinic's own choice. */
  source: text(200).optional(),
  note: text(500).optional(),
});
export type ProvenanceEntry = z.infer<typeof provenanceSchema>;

const protocolObjectSchema = z.object({
  key: slug,
  name: text(120),
  route: z.enum(protocolRoutes),
  /** One plain sentence. */
  summary: text(300),
  dosing: z.discriminatedUnion('mode', [perKgDosingSchema, fixedDosingSchema]),
  limits: z.object({ maxMgPerKg: mgPerKg.optional(), maxMg: mg }),
  monitoring: z.object({
    vitalSignIntervalMinutes: z.number().int().min(1).max(60),
    /** Counted from the end of administration (the end of the infusion, the last device, the injection). */
    minimumObservationMinutes: wholeMinutes(480),
    /** Minutes after dosing starts at which blood pressure must be taken; 0 is before the dose. */
    bloodPressureChecksMinutes: z.array(wholeMinutes(480)).max(20).optional(),
    fasting: z.object({ noFoodHours: z.number().min(0).max(24), noLiquidsMinutes: wholeMinutes(1440) }).optional(),
  }),
  series: z.object({
    /**
     * The calendar-driven opening of a course, booked ahead. Weeks count from the course's start date. A
     * phased pattern may hand over to the label's maintenance phase inside it (esketamine weeks 5–8).
     */
    induction: z.object({
      sessions: z.number().int().min(1).max(100),
      /** All sessions of the pattern should fall within this many days, counting the first session as day 1. */
      withinDays: z.number().int().min(1).max(730),
      pattern: inductionPatternSchema,
      /** Calendar days from one session date to the next, at least. */
      minDaysBetweenSessions: z.number().int().min(1).max(28),
    }),
    /** After the pattern, sessions are booked by response, not by calendar. */
    maintenance: z.object({
      kind: z.literal('by-response'),
      suggestedIntervalDays: z.tuple([z.number().int().min(1).max(365), z.number().int().min(1).max(365)]),
      note: text(500),
    }),
  }),
  /** Chair time: pre-dose checks, administration and observation. */
  sessionMinutes: z.number().int().min(1).max(720),
  measurementCadenceNote: text(500).optional(),
  sources: z.array(text(400)).min(1).max(30),
  evidence: z.enum(evidenceBases),
  provenance: z.array(provenanceSchema).max(60).default([]),
});
type ProtocolShape = z.infer<typeof protocolObjectSchema>;

type Issue = { message: string; path: (string | number)[] };

/** Total sessions a pattern books, and the weeks it spans. */
export function inductionPatternTotals(pattern: InductionPattern): { sessions: number; weeks: number } {
  if (pattern.kind === 'per-week') return { sessions: pattern.sessionsPerWeek * pattern.weeks, weeks: pattern.weeks };
  return pattern.phases.reduce((sum, phase) => ({ sessions: sum.sessions + phase.sessionsPerWeek * phase.weeks, weeks: sum.weeks + phase.weeks }), { sessions: 0, weeks: 0 });
}

// Anaesthetic range, which no psychiatric protocol may reach (SPEC.md §9: IV ≥ 1.0 mg/kg over < 10 min; IM ≥ 2 mg/kg).
const ivAnaestheticMgPerKg = 1.0;
const ivAnaestheticBelowMinutes = 10;
const imAnaestheticMgPerKg = 2;
// Each esketamine device delivers 28 mg; doses are 28, 56 or 84 mg (SPEC.md §2.3, label [C2]).
const esketamineDosesMg = [28, 56, 84];

function perKgIssues(p: ProtocolShape, dosing: z.infer<typeof perKgDosingSchema>): Issue[] {
  const issues: Issue[] = [];
  const max = p.limits.maxMgPerKg;
  if (max === undefined) issues.push({ path: ['limits', 'maxMgPerKg'], message: 'A weight-based protocol needs a maximum in mg/kg' });
  else if (dosing.startMgPerKg > max) issues.push({ path: ['limits', 'maxMgPerKg'], message: `Must be at least the starting dose (${dosing.startMgPerKg} mg/kg)` });
  dosing.titrationStepsMgPerKg.forEach((step, index, steps) => {
    if (max !== undefined && step > max) issues.push({ path: ['dosing', 'titrationStepsMgPerKg', index], message: `Above the maximum of ${max} mg/kg` });
    if (index > 0 && step <= steps[index - 1]!) issues.push({ path: ['dosing', 'titrationStepsMgPerKg', index], message: 'Steps must rise' });
  });
  const range = dosing.publishedRangeMgPerKg;
  if (range && range[0] > range[1]) issues.push({ path: ['dosing', 'publishedRangeMgPerKg'], message: 'The lower end is above the upper end' });
  if (p.route === 'iv') {
    if (dosing.infusionMinutes === undefined) issues.push({ path: ['dosing', 'infusionMinutes'], message: 'An IV protocol needs an infusion time' });
    else if (max !== undefined && max >= ivAnaestheticMgPerKg && dosing.infusionMinutes < ivAnaestheticBelowMinutes)
      issues.push({ path: ['dosing', 'infusionMinutes'], message: `Up to ${max} mg/kg over under ${ivAnaestheticBelowMinutes} minutes is an anaesthetic dose` });
    // Ketalar label [S]: the 100 mg/mL strength is never given IV undiluted.
    if (dosing.concentrationMgPerMl === 100 && !dosing.diluentMl) issues.push({ path: ['dosing', 'diluentMl'], message: 'The 100 mg/mL strength must be diluted for IV use' });
  }
  if (p.route === 'im' && max !== undefined && max >= imAnaestheticMgPerKg)
    issues.push({ path: ['limits', 'maxMgPerKg'], message: `IM doses of ${imAnaestheticMgPerKg} mg/kg and more are anaesthetic doses` });
  return issues;
}

function fixedIssues(p: ProtocolShape, dosing: z.infer<typeof fixedDosingSchema>): Issue[] {
  const issues: Issue[] = [];
  const check = (doseMg: number, path: (string | number)[]) => {
    if (doseMg > p.limits.maxMg) issues.push({ path, message: `Above the maximum of ${p.limits.maxMg} mg` });
    else if (dosing.allowedDosesMg && !dosing.allowedDosesMg.includes(doseMg)) issues.push({ path, message: `Not one of the allowed doses (${dosing.allowedDosesMg.join(', ')} mg)` });
  };
  if (dosing.startDoseMg > p.limits.maxMg) issues.push({ path: ['limits', 'maxMg'], message: `Must be at least the starting dose (${dosing.startDoseMg} mg)` });
  else check(dosing.startDoseMg, ['dosing', 'startDoseMg']);
  dosing.allowedDosesMg?.forEach((doseMg, index) => {
    if (doseMg > p.limits.maxMg) issues.push({ path: ['dosing', 'allowedDosesMg', index], message: `Above the maximum of ${p.limits.maxMg} mg` });
    if (p.route === 'intranasal-esketamine' && !esketamineDosesMg.includes(doseMg))
      issues.push({ path: ['dosing', 'allowedDosesMg', index], message: 'Esketamine doses are 28, 56 or 84 mg (whole 28 mg devices)' });
  });
  if (dosing.dayOneDoseMg !== undefined) check(dosing.dayOneDoseMg, ['dosing', 'dayOneDoseMg']);
  for (const jurisdiction of jurisdictions) {
    const doseMg = dosing.dayOneDoseMgAged65Plus?.[jurisdiction];
    if (doseMg !== undefined) check(doseMg, ['dosing', 'dayOneDoseMgAged65Plus', jurisdiction]);
  }
  const range = dosing.publishedRangeMg;
  if (range && range[0] > range[1]) issues.push({ path: ['dosing', 'publishedRangeMg'], message: 'The lower end is above the upper end' });
  if (p.route === 'intranasal-esketamine' && !dosing.allowedDosesMg)
    issues.push({ path: ['dosing', 'allowedDosesMg'], message: 'Esketamine needs its allowed doses (28, 56, 84 mg)' });
  return issues;
}

function dosingIssues(p: ProtocolShape): Issue[] {
  const weightBased = p.route === 'iv' || p.route === 'im';
  if (weightBased && p.dosing.mode !== 'per-kg') return [{ path: ['dosing', 'mode'], message: `${p.route.toUpperCase()} protocols are dosed per kg` }];
  if (p.route === 'intranasal-esketamine' && p.dosing.mode !== 'fixed') return [{ path: ['dosing', 'mode'], message: 'Esketamine is dosed in fixed mg' }];
  return p.dosing.mode === 'per-kg' ? perKgIssues(p, p.dosing) : fixedIssues(p, p.dosing);
}

function scheduleIssues(p: ProtocolShape): Issue[] {
  const issues: Issue[] = [];
  const administrationMinutes = p.dosing.mode === 'per-kg' ? (p.dosing.infusionMinutes ?? 0) : 0;
  const neededMinutes = administrationMinutes + p.monitoring.minimumObservationMinutes;
  if (p.sessionMinutes < neededMinutes) issues.push({ path: ['sessionMinutes'], message: `Shorter than administration plus observation (${neededMinutes} minutes)` });
  p.monitoring.bloodPressureChecksMinutes?.forEach((minute, index, checks) => {
    if (index > 0 && minute <= checks[index - 1]!) issues.push({ path: ['monitoring', 'bloodPressureChecksMinutes', index], message: 'Checks must be in time order' });
    if (minute > p.sessionMinutes) issues.push({ path: ['monitoring', 'bloodPressureChecksMinutes', index], message: 'Falls after the end of the session' });
  });
  const induction = p.series.induction;
  const totals = inductionPatternTotals(induction.pattern);
  if (induction.sessions !== totals.sessions) issues.push({ path: ['series', 'induction', 'sessions'], message: `The pattern books ${totals.sessions} sessions` });
  const perWeek = induction.pattern.kind === 'per-week' ? [induction.pattern.sessionsPerWeek] : induction.pattern.phases.map((phase) => phase.sessionsPerWeek);
  if (perWeek.some((count) => (count - 1) * induction.minDaysBetweenSessions > 6))
    issues.push({ path: ['series', 'induction', 'minDaysBetweenSessions'], message: 'Leaves no room for the sessions of a week' });
  if (induction.withinDays < (totals.weeks - 1) * 7 + 1) issues.push({ path: ['series', 'induction', 'withinDays'], message: `The pattern spans ${totals.weeks} weeks` });
  const [shortestDays, longestDays] = p.series.maintenance.suggestedIntervalDays;
  if (shortestDays > longestDays) issues.push({ path: ['series', 'maintenance', 'suggestedIntervalDays'], message: 'The shorter interval comes first' });
  return issues;
}

/** The value at a dotted path, or undefined when the path names nothing. */
export function valueAtPath(value: unknown, field: string): unknown {
  return field.split('.').reduce<unknown>((node, part) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), value);
}

function provenanceIssues(p: ProtocolShape): Issue[] {
  return p.provenance.flatMap((entry, index) =>
    valueAtPath(p, entry.field) === undefined ? [{ path: ['provenance', index, 'field'], message: `${entry.field} names no value of this protocol` }] : [],
  );
}

/**
 * A treatment protocol a clinic can edit, as JSON. Beyond the field types it enforces the rules a clinic
 * edit must not break: the maximum at or above every dose, doses from the allowed list, no anaesthetic
 * range, a session long enough for administration and observation, and a series pattern that adds up.
 */
export const protocolDefinitionSchema = protocolObjectSchema.superRefine((protocol, context) => {
  for (const issue of [...dosingIssues(protocol), ...scheduleIssues(protocol), ...provenanceIssues(protocol)]) {
    context.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  }
});
export type ProtocolDefinition = z.infer<typeof protocolDefinitionSchema>;
export type ProtocolDefinitionInput = z.input<typeof protocolDefinitionSchema>;
