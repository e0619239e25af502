import { sql } from 'drizzle-orm';
import { defaultMedicationClasses, medicationNameMatches } from '../../../domain/eligibility/medication-classes.js';
import type { RemsSessionFacts } from '../../../domain/rems-form/build-monitoring-form.js';
import { calendarDateIn } from '../../../domain/sessions/calendar-day.js';
import { queryRows, type Database } from '../../../db/database.js';
import type { AccessScope } from '../../../db/repos/access-scope.js';
import { findClinicLocation } from '../../../db/repos/organisations-repo.js';
import { findRemsEnrolment } from '../../../db/repos/rems-repo.js';
import type { SessionContext } from '../sessions/session-context.js';

// The form asks about these classes by name; zolpidem and its kind are the "non-benzodiazepine sedative hypnotics".
const hypnotics = ['zolpidem', 'zaleplon', 'zopiclone', 'eszopiclone'];

function takes(medications: readonly { description: string }[], generics: readonly string[]): boolean {
  return medications.some((medication) => generics.some((generic) => medicationNameMatches(medication.description, generic)));
}

/** What the charted esketamine session says, in the shape the REMS Patient Monitoring Form is built from. */
export async function remsSessionFacts(tx: Database, scope: AccessScope, context: SessionContext): Promise<RemsSessionFacts> {
  const { session, patient, chart } = context;
  const location = await findClinicLocation(tx, scope, session.locationId);
  // The provider who monitored: whoever discharged the patient, else whoever started dosing.
  const monitor = [...chart.transitions].reverse().find((transition) => transition.toState === 'discharged' || transition.toState === 'dosing');
  const [monitorUser] = monitor
    ? await queryRows<{ display_name: string; email: string }>(tx, sql`select display_name, email from app_user where organisation_id = ${scope.organisationId} and id = ${monitor.byUserId}`)
    : [];
  const [first, ...rest] = (monitorUser?.display_name ?? '').split(' ');
  const enrolment = await findRemsEnrolment(tx, scope, patient.id);
  const dose = session.dose as { result?: { doseMg?: number }; drawn?: { lotNumber?: string } } | null;
  const crossedBeforeDosing = chart.events.some((event) => event.kind === 'threshold' && event.level === 'stop' && (!session.dosingStartedAt || event.occurredAt <= session.dosingStartedAt));
  const stableAt = chart.transitions.find((transition) => transition.toState === 'discharge-ready')?.at ?? null;
  const medications = patient.medications;
  return {
    patient: { firstName: patient.givenName, lastName: patient.familyName, dateOfBirth: patient.dateOfBirth, sexAtBirth: patient.sexAtBirth as RemsSessionFacts['patient']['sexAtBirth'], remsPatientId: enrolment?.remsPatientId ?? null },
    concomitantMedications: {
      benzodiazepines: takes(medications, defaultMedicationClasses.benzodiazepine?.generics ?? []),
      nonBenzodiazepineSedativeHypnotics: takes(medications, hypnotics),
      psychostimulants: takes(medications, defaultMedicationClasses.psychostimulant?.generics ?? []),
      maois: takes(medications, defaultMedicationClasses.maoi?.generics ?? []),
      opioids: takes(medications, defaultMedicationClasses.opioid?.generics ?? []),
    },
    monitoringProvider: monitorUser ? { firstName: first ?? null, lastName: rest.join(' ') || null, telephone: location?.phone ?? null, email: monitorUser.email } : null,
    setting: {
      name: location?.name ?? null,
      address1: location?.addressLine1 ?? null,
      address2: location?.addressLine2 ?? null,
      city: location?.city ?? null,
      state: location?.region ?? null,
      zip: location?.postalCode ?? null,
      timeZone: context.timeZone,
    },
    session: {
      date: session.dosingStartedAt ? calendarDateIn(session.dosingStartedAt, context.timeZone) : null,
      firstTreatment: session.planSequence === 1,
      doseMg: dose?.result?.doseMg ?? null,
      devices: chart.devices.map((device) => ({ administeredAt: device.administeredAt, lotNumber: dose?.drawn?.lotNumber ?? null })),
      vitalSigns: chart.vitals.map((vital) => ({ takenAt: vital.measuredAt, systolicMmHg: vital.systolicMmHg, diastolicMmHg: vital.diastolicMmHg, heartRateBpm: vital.heartRateBpm, spo2Percent: vital.spo2Percent })),
      sedation: chart.observations.filter((observation) => observation.kind === 'moaas').map((observation) => ({ observedAt: observation.observedAt, moaasScore: observation.value })),
      dissociation: chart.observations.filter((observation) => observation.kind === 'dissociation-0-4').map((observation) => ({ observedAt: observation.observedAt, dissociated: observation.value >= 1 })),
      adverseEvents: chart.events
        .filter((event) => event.kind === 'adverse-event')
        .map((event) => ({ description: event.message, severity: event.level as 'mild' | 'moderate' | 'severe', serious: event.serious, onsetAt: event.occurredAt })),
      vitalSignsAcceptableBeforeAdministration: session.dosingStartedAt ? !crossedBeforeDosing : null,
      vitalSignsAcceptableBeforeEnd: session.dischargedAt ? true : null,
      clinicallyStableAt: stableAt,
      dischargedAt: session.dischargedAt,
    },
  };
}
