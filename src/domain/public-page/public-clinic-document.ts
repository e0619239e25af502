import { z } from 'zod';
import { staffRoles } from '../access/roles.js';
import { citationIds, citedSources, informationSectionIds, ketamineInformation } from './ketamine-information.js';
import { type OutcomeFigures, type OutcomeMethod, defaultOutcomeMethod } from './outcome-figures.js';
import type { PublicClinician } from './public-clinicians.js';
import { type PublicPageSettings, treatmentIds } from './public-page-settings.js';
import { describeTreatments } from './treatments.js';

/**
 * The machine-readable public clinic page (schema version 1). Directories may rely on it: a field is only ever added,
 * never renamed, retyped or removed, without raising `schemaVersion`. Every field is always present (null when empty).
 */
const isoDate = z.iso.date();
const verificationSchema = z
  .object({ on: isoDate.describe('Date (UTC) of the newest check of this credential at its source'), outcome: z.enum(['verified', 'discrepancy']) })
  .nullable()
  .describe('The newest verification on record, or null if it has never been verified');
const credentialStatus = z.enum(['active', 'expired', 'inactive', 'suspended', 'revoked']).describe('"active" while in force now; "expired" once its expiry has passed');

const countSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('shown'), value: z.number().int().min(0) }),
    z.object({ kind: z.literal('suppressed'), reason: z.literal('fewer-than-minimum-patients') }),
  ])
  .describe('A count, or "suppressed" when it rests on fewer patients than outcomes.method.minimumPatients');
const rateSchema = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('shown'),
      numerator: z.number().int().min(0),
      denominator: z.number().int().min(1),
      percent: z.number().min(0).max(100).describe('numerator / denominator, as a percentage to one decimal'),
      confidenceInterval: z.object({ level: z.literal(0.95), method: z.literal('wilson-score'), lowerPercent: z.number().min(0).max(100), upperPercent: z.number().min(0).max(100) }),
    }),
    z.object({ kind: z.literal('suppressed'), reason: z.literal('fewer-than-minimum-patients') }),
  ])
  .describe('A proportion with its 95 % Wilson score interval, or "suppressed" when it rests on fewer patients than outcomes.method.minimumPatients');

export const publicClinicDocumentSchema = z
  .object({
    schemaVersion: z.literal(1).describe('Raised only on an incompatible change'),
    generatedAt: z.iso.datetime().describe('When this document was produced (it may be cached for 5 minutes)'),
    clinic: z.object({
      name: z.string(),
      slug: z.string(),
      introduction: z.string().describe('Plain text written by the clinic; blank lines separate paragraphs'),
      contact: z.object({ phone: z.string().nullable(), email: z.string().nullable(), website: z.string().nullable() }),
      locations: z.array(
        z.object({
          name: z.string(),
          address: z.object({ line1: z.string(), line2: z.string().nullable(), city: z.string(), region: z.string(), postalCode: z.string(), country: z.string().describe('ISO 3166-1 alpha-2') }),
          phone: z.string().nullable(),
        }),
      ),
    }),
    clinicians: z
      .array(
        z.object({
          displayName: z.string(),
          roles: z.array(z.object({ id: z.enum(staffRoles), label: z.string() })),
          licences: z.array(
            z.object({ type: z.string().describe('MD, DO, NP, PA, RN, LCSW…'), jurisdiction: z.string().describe('US state or territory, two letters'), number: z.string(), status: credentialStatus, expiresOn: isoDate.nullable(), lastVerification: verificationSchema }),
          ),
          npi: z.string().nullable().describe('National Provider Identifier'),
          boardCertifications: z.array(z.object({ name: z.string(), issuer: z.string().nullable(), status: credentialStatus, expiresOn: isoDate.nullable(), lastVerification: verificationSchema })),
          lifeSupport: z.array(
            z.object({
              type: z.string().describe('ACLS, BLS, PALS'),
              status: z.enum(['current', 'expired', 'inactive', 'suspended', 'revoked']),
              expiresMonth: z.string().regex(/^\d{4}-\d{2}$/).nullable().describe('YYYY-MM'),
              lastVerification: verificationSchema,
            }),
          ),
        }),
      )
      .describe('Staff in a clinical role with at least one credential the clinic lists publicly'),
    treatmentsOffered: z.array(z.object({ id: z.enum(treatmentIds), name: z.string(), description: z.string(), citations: z.array(z.enum(citationIds)) })),
    information: z.object({
      sections: z.array(
        z.object({
          id: z.enum(informationSectionIds),
          heading: z.string(),
          statements: z.array(z.object({ text: z.string(), citations: z.array(z.enum(citationIds)).min(1), unconfirmed: z.string().nullable().describe('Why the statement rests on a source that could only partly be checked') })),
        }),
      ),
      sources: z.array(z.object({ id: z.enum(citationIds), author: z.string(), title: z.string().nullable(), description: z.string(), publisher: z.string(), year: z.number().int().nullable(), url: z.string().nullable() })),
    }),
    outcomes: z
      .object({
        measurementPeriod: z.object({ from: z.iso.datetime(), to: z.iso.datetime(), months: z.union([z.literal(12), z.literal(24), z.literal(36)]) }),
        completedInduction: countSchema.describe('Patients whose induction series ended within the period (each counted once)'),
        measured: countSchema.describe('Of those, patients with a baseline PHQ-9 of at least method.elevatedBaselineAtOrAbove and an outcome PHQ-9'),
        response: rateSchema.describe('PHQ-9 fell by at least method.responseFallPercent % from baseline'),
        remission: rateSchema.describe('Outcome PHQ-9 below method.remissionBelow'),
        dosingSessions: countSchema.describe('Sessions in which dosing started within the period'),
        adverseEvents: rateSchema.describe('Dosing sessions with at least one adverse event charted'),
        seriousAdverseEvents: rateSchema.describe('Dosing sessions with at least one serious adverse event charted'),
        method: z.object({
          instrument: z.literal('phq9'),
          baselineLookbackDays: z.number().int(),
          outcomeWithinDays: z.number().int(),
          elevatedBaselineAtOrAbove: z.number().int(),
          responseFallPercent: z.number(),
          remissionBelow: z.number().int(),
          minimumPatients: z.number().int(),
          description: z.array(z.string()).describe('The method in words, as the page states it'),
        }),
      })
      .describe('Aggregate, de-identified figures: no patient is listed'),
  })
  .describe('The public clinic page, machine-readable (schemaVersion 1)');
export type PublicClinicDocument = z.infer<typeof publicClinicDocumentSchema>;

export interface PublicClinicFacts {
  organisation: { name: string; slug: string };
  locations: readonly { name: string; address: { line1: string; line2?: string; city: string; region: string; postalCode: string; country: string }; phone?: string }[];
  clinicians: readonly PublicClinician[];
  outcomes: OutcomeFigures;
  window: { from: Date; to: Date };
}

const suppressed = { kind: 'suppressed', reason: 'fewer-than-minimum-patients' } as const;
const count = (cell: OutcomeFigures['completedInduction']) => (cell.kind === 'shown' ? cell : suppressed);
const rate = (cell: OutcomeFigures['response']) =>
  cell.kind === 'shown'
    ? { kind: 'shown' as const, numerator: cell.numerator, denominator: cell.denominator, percent: cell.percent, confidenceInterval: { level: 0.95 as const, method: 'wilson-score' as const, lowerPercent: cell.lowerPercent, upperPercent: cell.upperPercent } }
    : suppressed;

/** The method in words: what the page and the JSON both state. */
export function describeOutcomeMethod(method: OutcomeMethod, months: number): string[] {
  const { rule } = method;
  return [
    `Patients are counted if they completed an induction series (every induction session of their treatment plan was given) during the ${months} months up to the date of this page; each patient is counted once, by their first such series.`,
    `Baseline: the newest PHQ-9 depression questionnaire the patient completed before the first session of that course, at most ${method.baselineLookbackDays} days earlier.`,
    `Outcome: the first PHQ-9 completed after the last induction session, at most ${method.outcomeWithinDays} days later.`,
    `Response and remission are reported for patients with a baseline score of ${rule.elevatedAtOrAbove} or more (at least moderate depression) and an outcome score. Response: the score fell by at least ${(rule.responseFallFraction ?? 0) * 100}% from baseline. Remission: an outcome score below ${(rule.remissionAtOrBelow ?? 0) + 1}.`,
    'Adverse-event rate: the share of dosing sessions during the period in which at least one adverse event was recorded (a session with several counts once); serious adverse events are also shown on their own.',
    'The 95% confidence intervals are Wilson score intervals. The adverse-event interval treats sessions as independent, although one patient has several sessions, so it is likely narrower than it should be.',
    `Any figure based on fewer than ${method.minimumPatients} patients is not shown. All figures are aggregate counts; no patient is identified.`,
    'Courses recorded under 42 CFR Part 2 (substance use disorder treatment) are not included. Patients who stopped before completing an induction series are not in the response and remission figures.',
  ];
}

/** The public page's content, built from the clinic's facts and settings. */
export function buildPublicClinicDocument(facts: PublicClinicFacts, settings: PublicPageSettings, now: Date, method: OutcomeMethod = defaultOutcomeMethod): PublicClinicDocument {
  const treatments = describeTreatments(settings.treatmentsOffered);
  const { rule } = method;
  return {
    schemaVersion: 1,
    generatedAt: now.toISOString(),
    clinic: {
      name: facts.organisation.name,
      slug: facts.organisation.slug,
      introduction: settings.introduction,
      contact: { phone: settings.contact.phone ?? null, email: settings.contact.email ?? null, website: settings.contact.website ?? null },
      locations: facts.locations.map((location) => ({ name: location.name, address: { ...location.address, line2: location.address.line2 ?? null }, phone: location.phone ?? null })),
    },
    clinicians: facts.clinicians.map((clinician) => ({ ...clinician })),
    treatmentsOffered: treatments.map((treatment) => ({ ...treatment, citations: [...treatment.citations] })),
    information: {
      sections: ketamineInformation.map((section) => ({
        id: section.id,
        heading: section.heading,
        statements: section.statements.map((statement) => ({ text: statement.text, citations: [...statement.citations], unconfirmed: statement.unconfirmed ?? null })),
      })),
      sources: citedSources(ketamineInformation, treatments.flatMap((treatment) => treatment.citations)).map((source) => ({ ...source })),
    },
    outcomes: {
      measurementPeriod: { from: facts.window.from.toISOString(), to: facts.window.to.toISOString(), months: settings.measurementMonths },
      completedInduction: count(facts.outcomes.completedInduction),
      measured: count(facts.outcomes.measured),
      response: rate(facts.outcomes.response),
      remission: rate(facts.outcomes.remission),
      dosingSessions: count(facts.outcomes.dosingSessions),
      adverseEvents: rate(facts.outcomes.adverseEvents),
      seriousAdverseEvents: rate(facts.outcomes.seriousAdverseEvents),
      method: {
        instrument: 'phq9',
        baselineLookbackDays: method.baselineLookbackDays,
        outcomeWithinDays: method.outcomeWithinDays,
        elevatedBaselineAtOrAbove: rule.elevatedAtOrAbove ?? 0,
        responseFallPercent: (rule.responseFallFraction ?? 0) * 100,
        remissionBelow: (rule.remissionAtOrBelow ?? 0) + 1,
        minimumPatients: method.minimumPatients,
        description: describeOutcomeMethod(method, settings.measurementMonths),
      },
    },
  };
}
