import { z } from 'zod';

/** The indications a ketamine clinic treats (issue 5 records them at intake). */
export const indications = [
  'treatment-resistant-depression',
  'bipolar-depression',
  'ptsd',
  'anxiety',
  'ocd',
  'suicidal-ideation',
  'self-harm',
  'unresolved-trauma',
  'alcohol-use-disorder',
  'cocaine-use-disorder',
  'opioid-use-disorder',
] as const;
export type Indication = (typeof indications)[number];

/** Where a patient is in their course; cadence follows the course, not only the calendar. */
export const treatmentPhases = ['intake', 'induction', 'maintenance', 'follow-up'] as const;
export type TreatmentPhase = (typeof treatmentPhases)[number];

const cadenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('once-per-phase'), phases: z.array(z.enum(treatmentPhases)).min(1) }),
  z.object({ kind: z.literal('before-each-session') }),
  z.object({ kind: z.literal('after-each-session') }),
  z.object({ kind: z.literal('every-days'), days: z.number().int().min(1).max(365), phases: z.array(z.enum(treatmentPhases)).min(1) }),
]);
export type Cadence = z.infer<typeof cadenceSchema>;

export const measurementPackSchema = z.object({
  indication: z.enum([...indications, 'every-patient']),
  entries: z
    .array(
      z.object({
        /** One instrument, or alternatives of which the clinic's clinician picks one ("Y-BOCS or OCI-R"). */
        instrumentIds: z.array(z.string().regex(/^[a-z0-9-]{2,32}$/)).min(1).max(3),
        cadence: z.array(cadenceSchema).min(1),
      }),
    )
    .min(1),
});
export type MeasurementPack = z.infer<typeof measurementPackSchema>;

const atIntake: Cadence = { kind: 'once-per-phase', phases: ['intake'] };
const weeklyInTreatment: Cadence = { kind: 'every-days', days: 7, phases: ['induction', 'maintenance'] };
const monthlyLater: Cadence = { kind: 'every-days', days: 28, phases: ['maintenance', 'follow-up'] };

/**
 * Default packs (issue 4, from SPEC.md §1): depression PHQ-9 + QIDS-SR16 + MADRS; PTSD PCL-5; OCD Y-BOCS or
 * OCI-R; bipolar depression adds MDQ at intake and YMRS for a manic switch; alcohol, cocaine and opioid use
 * AUDIT or DAST-10 with craving; every patient C-SSRS and daily mood. The cadences are the project's proposal
 * for clinics to edit: no guideline fixes them.
 */
export const defaultMeasurementPacks: MeasurementPack[] = [
  {
    indication: 'every-patient',
    entries: [
      { instrumentIds: ['cssrs-screener'], cadence: [atIntake, { kind: 'before-each-session' }, monthlyLater] },
      { instrumentIds: ['daily-mood'], cadence: [{ kind: 'every-days', days: 1, phases: ['induction', 'maintenance'] }] },
    ],
  },
  {
    indication: 'treatment-resistant-depression',
    entries: [
      { instrumentIds: ['phq9'], cadence: [atIntake, { kind: 'before-each-session' }, monthlyLater] },
      { instrumentIds: ['qids-sr16'], cadence: [atIntake, weeklyInTreatment, monthlyLater] },
      { instrumentIds: ['madrs'], cadence: [atIntake, { kind: 'once-per-phase', phases: ['maintenance', 'follow-up'] }] },
    ],
  },
  {
    indication: 'bipolar-depression',
    entries: [
      { instrumentIds: ['phq9'], cadence: [atIntake, { kind: 'before-each-session' }, monthlyLater] },
      { instrumentIds: ['mdq'], cadence: [atIntake] },
      { instrumentIds: ['ymrs'], cadence: [atIntake, { kind: 'after-each-session' }] },
    ],
  },
  { indication: 'ptsd', entries: [{ instrumentIds: ['pcl5'], cadence: [atIntake, weeklyInTreatment, monthlyLater] }] },
  { indication: 'unresolved-trauma', entries: [{ instrumentIds: ['itq'], cadence: [atIntake, monthlyLater] }] },
  { indication: 'anxiety', entries: [{ instrumentIds: ['gad7'], cadence: [atIntake, weeklyInTreatment, monthlyLater] }] },
  { indication: 'ocd', entries: [{ instrumentIds: ['ybocs', 'oci-r'], cadence: [atIntake, weeklyInTreatment, monthlyLater] }] },
  { indication: 'suicidal-ideation', entries: [{ instrumentIds: ['asq'], cadence: [atIntake, { kind: 'before-each-session' }] }] },
  { indication: 'self-harm', entries: [{ instrumentIds: ['asq'], cadence: [atIntake, { kind: 'before-each-session' }] }] },
  {
    indication: 'alcohol-use-disorder',
    entries: [
      { instrumentIds: ['audit'], cadence: [atIntake, monthlyLater] },
      { instrumentIds: ['pacs', 'craving-vas'], cadence: [atIntake, weeklyInTreatment] },
    ],
  },
  {
    indication: 'cocaine-use-disorder',
    entries: [
      { instrumentIds: ['dast10'], cadence: [atIntake, monthlyLater] },
      { instrumentIds: ['craving-vas'], cadence: [atIntake, weeklyInTreatment] },
    ],
  },
  {
    indication: 'opioid-use-disorder',
    entries: [
      { instrumentIds: ['dast10'], cadence: [atIntake, monthlyLater] },
      { instrumentIds: ['craving-vas'], cadence: [atIntake, weeklyInTreatment] },
      { instrumentIds: ['cows'], cadence: [{ kind: 'before-each-session' }] },
    ],
  },
];

export interface DueContext {
  indications: readonly Indication[];
  phase: TreatmentPhase;
  /** When the current phase began. */
  phaseStartedAt: Date;
  /** Newest completion per instrument id. */
  lastCompletedAt: Readonly<Record<string, Date>>;
  /** The moment a session is about to start or has just ended, if any. */
  session?: 'before' | 'after';
  now: Date;
}

export interface DueMeasure {
  /** The instrument to give (the first of alternatives; a clinician may pick another from `alternatives`). */
  instrumentId: string;
  alternatives: string[];
  reason: string;
}

function isDue(cadence: Cadence, last: Date | undefined, context: DueContext): string | null {
  switch (cadence.kind) {
    case 'once-per-phase':
      return cadence.phases.includes(context.phase) && (!last || last < context.phaseStartedAt) ? `once in the ${context.phase} phase` : null;
    case 'before-each-session':
      return context.session === 'before' ? 'before each session' : null;
    case 'after-each-session':
      return context.session === 'after' ? 'after each session' : null;
    case 'every-days': {
      if (!cadence.phases.includes(context.phase)) return null;
      const dueFrom = last ? last.getTime() + cadence.days * 86_400_000 : context.phaseStartedAt.getTime();
      return context.now.getTime() >= dueFrom ? `every ${cadence.days === 1 ? 'day' : `${cadence.days} days`}` : null;
    }
  }
}

/** The measures due now for a patient: every pack of their indications plus the every-patient pack, each instrument once. */
export function dueMeasures(packs: readonly MeasurementPack[], context: DueContext): DueMeasure[] {
  const relevant = packs.filter((pack) => pack.indication === 'every-patient' || context.indications.includes(pack.indication as Indication));
  const due = new Map<string, DueMeasure>();
  for (const pack of relevant) {
    for (const entry of pack.entries) {
      const chosen = entry.instrumentIds.find((id) => context.lastCompletedAt[id]) ?? entry.instrumentIds[0]!;
      if (due.has(chosen)) continue;
      const reason = entry.cadence.map((cadence) => isDue(cadence, context.lastCompletedAt[chosen], context)).find((found) => found !== null);
      if (reason) due.set(chosen, { instrumentId: chosen, alternatives: entry.instrumentIds.filter((id) => id !== chosen), reason });
    }
  }
  return [...due.values()];
}
