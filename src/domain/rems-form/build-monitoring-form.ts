import type { sexesAtBirth } from '../patients/patient.js';
import { type FormFieldDefinition, type RemsFormDefinition, formFields, remsMonitoringFormDefinition } from './monitoring-form-definition.js';

/**
 * What one charted esketamine session provides for its REMS Patient Monitoring Form. `null` means "not recorded":
 * the form then lists the field as missing when it is required. Instants are `Date`s; `setting.timeZone` turns
 * them into the setting's wall-clock dates and times.
 *
 * Not here, on purpose: the prescriber and the setting's REMS id. The form as ANCHORS §4.2 records it asks for
 * neither (it asks for the provider who conducted the monitoring); add them when a form version does.
 */
export interface RemsSessionFacts {
  patient: {
    firstName: string | null;
    middleInitial?: string | null;
    lastName: string | null;
    /** YYYY-MM-DD. */
    dateOfBirth: string | null;
    /** Mapped to the form's Male / Female / Other; `unknown` leaves the field missing. */
    sexAtBirth: (typeof sexesAtBirth)[number] | null;
    /** The id the REMS issued at enrolment; printed in the form's patient-label space. */
    remsPatientId?: string | null;
  };
  /** Whether the patient takes each class (the form's Yes/No questions), as reconciled for this session. */
  concomitantMedications: {
    benzodiazepines: boolean | null;
    nonBenzodiazepineSedativeHypnotics: boolean | null;
    psychostimulants: boolean | null;
    maois: boolean | null;
    opioids?: boolean | null;
  };
  /** The healthcare provider who conducted the monitoring. */
  monitoringProvider: { firstName: string | null; lastName: string | null; telephone: string | null; email: string | null } | null;
  setting: {
    name: string | null;
    address1: string | null;
    address2?: string | null;
    city: string | null;
    state: string | null;
    zip: string | null;
    /** IANA time zone of the setting, e.g. America/Chicago. */
    timeZone: string;
  };
  session: {
    /** The setting's calendar date of the session, YYYY-MM-DD. */
    date: string | null;
    firstTreatment?: boolean | null;
    doseMg: number | null;
    /** One entry per 28 mg device, with the time it was administered; the first one starts the clock. */
    devices: { administeredAt: Date; lotNumber?: string | null }[];
    vitalSigns: VitalSignReading[];
    /** MOAA/S 0–5; 5 = responds readily to name spoken in a normal tone (Chernik 1990), so ≤ 4 is sedation. */
    sedation: { observedAt: Date; moaasScore: number }[];
    dissociation: { observedAt: Date; dissociated: boolean; cadssTotal?: number | null }[];
    /** `null`: not charted; `[]`: charted as none. */
    adverseEvents: { description: string; severity: 'mild' | 'moderate' | 'severe'; serious: boolean; onsetAt?: Date | null }[] | null;
    /** The monitoring provider's judgement, charted as Yes/No. */
    vitalSignsAcceptableBeforeAdministration: boolean | null;
    vitalSignsAcceptableBeforeEnd: boolean | null;
    /** When the provider judged the patient clinically stable: answers "when would this patient have been ready to leave". */
    clinicallyStableAt: Date | null;
    /** The end of monitoring: the patient left the setting. */
    dischargedAt: Date | null;
  };
}

export interface VitalSignReading {
  takenAt: Date;
  systolicMmHg?: number | null;
  diastolicMmHg?: number | null;
  heartRateBpm?: number | null;
  spo2Percent?: number | null;
  respiratoryRatePerMin?: number | null;
}

export type FormValue = string | number | boolean | null;

/** One row of the vital-signs table: the setting's wall-clock time and minutes from the first device. */
export interface VitalSignRow extends Omit<VitalSignReading, 'takenAt'> {
  time: string;
  minutesFromStart: number | null;
}

export interface ObservationRow {
  time: string;
  minutesFromStart: number | null;
  moaasScore: number | null;
  dissociated: boolean | null;
  cadssTotal: number | null;
}

export interface RemsMonitoringForm {
  definition: { id: string; version: string };
  /** One entry per field of the definition; dates are YYYY-MM-DD, date-times YYYY-MM-DD HH:mm in `timeZone`. */
  values: Record<string, FormValue>;
  /** Required fields that apply and have no value, in form order. */
  missing: { fieldId: string; label: string }[];
  /** Values that are present but break a REMS rule or do not fit the form. */
  warnings: { fieldId: string; message: string }[];
  complete: boolean;
  timeZone: string;
  vitalSigns: VitalSignRow[];
  observations: ObservationRow[];
}

// ANCHORS §4.1 [R1][R6]: monitor for at least 2 hours.
const minimumMonitoringMinutes = 120;
// Each esketamine device delivers 28 mg (SPEC.md §2.3 [C2]).
const mgPerDevice = 28;
// ANCHORS §4.1 [R8]: blood pressure "40 minutes after dosing", counted from the start of administration as the
// protocols do. Which reading counts is our choice: the one closest to 40 minutes, within 30–50 minutes.
const bpAfterDoseMinutes = 40;
const bpAfterDoseToleranceMinutes = 10;
// ANCHORS §4.1 [R6]: submit a PMF within 7 days of every dose.
const submitWithinDays = 7;
// Our choice, not the REMS's: warn two days before the deadline.
const dueSoonDays = 2;
const msPerMinute = 60_000;
const msPerDay = 86_400_000;

const wholeMinutesBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / msPerMinute);

/** The setting's wall-clock date and time of an instant. */
function wallClock(instant: Date, timeZone: string): { date: string; time: string } {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:${part('minute')}` };
}

/** An instant as the setting's wall clock reads it, `YYYY-MM-DD HH:mm`; throws RangeError for an unknown time zone. */
export function dateTimeIn(instant: Date, timeZone: string): string {
  const { date, time } = wallClock(instant, timeZone);
  return `${date} ${time}`;
}
const trimmed = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);
const byTime = <T>(time: (item: T) => Date) => (a: T, b: T) => time(a).getTime() - time(b).getTime();

type BloodPressure = { systolicMmHg: number; diastolicMmHg: number; takenAt: Date };

/**
 * The three readings the form asks for: the last one at or before the first device; the one closest to 40 minutes
 * after it (within the tolerance; the earlier on a tie); the last one at or before discharge that comes after the
 * 40-minute reading (or after the 40-minute window, when there is none). No discharge, no end-of-session reading.
 */
export function selectBloodPressureCheckpoints(readings: VitalSignReading[], start: Date | null, end: Date | null): { beforeAdministration: BloodPressure | null; after40Minutes: BloodPressure | null; beforeEnd: BloodPressure | null } {
  const pressures = readings
    .flatMap((r) => (r.systolicMmHg != null && r.diastolicMmHg != null ? [{ systolicMmHg: r.systolicMmHg, diastolicMmHg: r.diastolicMmHg, takenAt: r.takenAt }] : []))
    .sort(byTime((r) => r.takenAt));
  if (!start) return { beforeAdministration: null, after40Minutes: null, beforeEnd: null };
  const beforeAdministration = pressures.filter((r) => r.takenAt <= start).at(-1) ?? null;
  const distance = (r: BloodPressure) => Math.abs((r.takenAt.getTime() - start.getTime()) / msPerMinute - bpAfterDoseMinutes);
  const after40Minutes =
    pressures.filter((r) => r.takenAt > start && distance(r) <= bpAfterDoseToleranceMinutes).reduce<BloodPressure | null>((best, r) => (best && distance(best) <= distance(r) ? best : r), null);
  const windowEnd = new Date(start.getTime() + (bpAfterDoseMinutes + bpAfterDoseToleranceMinutes) * msPerMinute);
  const notBefore = after40Minutes?.takenAt ?? windowEnd;
  const beforeEnd = end ? (pressures.filter((r) => r.takenAt > notBefore && r.takenAt <= end).at(-1) ?? null) : null;
  return { beforeAdministration, after40Minutes, beforeEnd };
}

const formSex: Record<(typeof sexesAtBirth)[number], string | null> = { female: 'Female', male: 'Male', intersex: 'Other', unknown: null };
const formDose = (doseMg: number | null) => (doseMg === null ? null : doseMg === 56 ? '56 mg' : doseMg === 84 ? '84 mg' : 'Other');

function valuesFromFacts(facts: RemsSessionFacts): { values: Record<string, FormValue>; start: Date | null } {
  const { patient, concomitantMedications: meds, monitoringProvider: provider, setting, session } = facts;
  const devices = [...session.devices].sort(byTime((d) => d.administeredAt));
  const start = devices[0]?.administeredAt ?? null;
  const bp = selectBloodPressureCheckpoints(session.vitalSigns, start, session.dischargedAt);
  const lots = [...new Set(devices.map((d) => trimmed(d.lotNumber)).filter((lot) => lot !== null))];
  const seriousEvents = session.adverseEvents?.filter((event) => event.serious) ?? null;
  const describe = (event: NonNullable<typeof seriousEvents>[number]) =>
    `${event.onsetAt ? `${wallClock(event.onsetAt, setting.timeZone).time} ` : ''}${event.description.trim()} (${event.severity})`;
  const values: Record<string, FormValue> = {
    patientLabel: trimmed(patient.remsPatientId) ? `REMS patient ID ${trimmed(patient.remsPatientId)}` : null,
    patientFirstName: trimmed(patient.firstName),
    patientMiddleInitial: trimmed(patient.middleInitial),
    patientLastName: trimmed(patient.lastName),
    patientBirthdate: trimmed(patient.dateOfBirth),
    patientSex: patient.sexAtBirth ? formSex[patient.sexAtBirth] : null,
    takesBenzodiazepines: meds.benzodiazepines,
    takesNonBenzodiazepineSedativeHypnotics: meds.nonBenzodiazepineSedativeHypnotics,
    takesPsychostimulants: meds.psychostimulants,
    takesMaois: meds.maois,
    takesOpioids: meds.opioids ?? null,
    providerFirstName: trimmed(provider?.firstName),
    providerLastName: trimmed(provider?.lastName),
    providerTelephone: trimmed(provider?.telephone),
    providerEmail: trimmed(provider?.email),
    settingName: trimmed(setting.name),
    settingAddress1: trimmed(setting.address1),
    settingAddress2: trimmed(setting.address2),
    settingCity: trimmed(setting.city),
    settingState: trimmed(setting.state),
    settingZip: trimmed(setting.zip),
    firstTreatment: session.firstTreatment ?? null,
    // Enrolment issues the REMS patient id (ANCHORS §4.3), so an id means enrolled; no id is "not recorded", not "No".
    enrolledInRems: trimmed(patient.remsPatientId) ? true : null,
    treatmentDate: trimmed(session.date),
    doseAdministered: formDose(session.doseMg),
    lotNumber: lots.length ? lots.join(', ') : null,
    treatmentDurationMinutes: start && session.dischargedAt ? wholeMinutesBetween(start, session.dischargedAt) : null,
    readyToLeaveMinutes: start && session.clinicallyStableAt ? wholeMinutesBetween(start, session.clinicallyStableAt) : null,
    vitalSignsAcceptableBeforeAdministration: session.vitalSignsAcceptableBeforeAdministration,
    vitalSignsAcceptableBeforeEnd: session.vitalSignsAcceptableBeforeEnd,
    bpBeforeAdministrationSystolicMmHg: bp.beforeAdministration?.systolicMmHg ?? null,
    bpBeforeAdministrationDiastolicMmHg: bp.beforeAdministration?.diastolicMmHg ?? null,
    bpAfter40MinutesSystolicMmHg: bp.after40Minutes?.systolicMmHg ?? null,
    bpAfter40MinutesDiastolicMmHg: bp.after40Minutes?.diastolicMmHg ?? null,
    bpBeforeEndSystolicMmHg: bp.beforeEnd?.systolicMmHg ?? null,
    bpBeforeEndDiastolicMmHg: bp.beforeEnd?.diastolicMmHg ?? null,
    // Any SpO₂ reading counts as pulse oximetry; readings without one say it was not charted.
    pulseOximetryMonitored: session.vitalSigns.length ? session.vitalSigns.some((r) => r.spo2Percent != null) : null,
    sedationObserved: session.sedation.length ? session.sedation.some((o) => o.moaasScore <= 4) : null,
    dissociationObserved: session.dissociation.length ? session.dissociation.some((o) => o.dissociated) : null,
    seriousAdverseEvent: seriousEvents ? seriousEvents.length > 0 : null,
    seriousAdverseEventDescription: seriousEvents?.length ? seriousEvents.map(describe).join('; ') : null,
    dischargedAt: session.dischargedAt ? dateTimeIn(session.dischargedAt, setting.timeZone) : null,
  };
  return { values, start };
}

/** Whether a field is asked, given the answers so far (`appliesWhen`). */
export function fieldApplies(field: FormFieldDefinition, values: Record<string, FormValue>): boolean {
  return !field.appliesWhen || values[field.appliesWhen.fieldId] === field.appliesWhen.equals;
}

function formWarnings(facts: RemsSessionFacts, values: Record<string, FormValue>): RemsMonitoringForm['warnings'] {
  const warnings: RemsMonitoringForm['warnings'] = [];
  const duration = values.treatmentDurationMinutes;
  if (typeof duration === 'number' && duration < minimumMonitoringMinutes)
    warnings.push({ fieldId: 'treatmentDurationMinutes', message: `Monitoring lasted ${duration} minutes; the REMS requires at least ${minimumMonitoringMinutes}.` });
  const { doseMg, devices } = facts.session;
  if (doseMg !== null && values.doseAdministered === 'Other') warnings.push({ fieldId: 'doseAdministered', message: `${doseMg} mg is entered as "Other": the form offers 56 mg, 84 mg or Other.` });
  if (doseMg !== null && devices.length && doseMg !== devices.length * mgPerDevice)
    warnings.push({ fieldId: 'doseAdministered', message: `${doseMg} mg does not match ${devices.length} device(s) of ${mgPerDevice} mg.` });
  return warnings;
}

/**
 * Fill the Patient Monitoring Form from a charted session. Fields the definition has and this mapping does not
 * know stay empty (and missing when required), so a new form version shows its gaps instead of hiding them.
 */
export function buildRemsMonitoringForm(facts: RemsSessionFacts, definition: RemsFormDefinition = remsMonitoringFormDefinition): RemsMonitoringForm {
  const { values: known, start } = valuesFromFacts(facts);
  const fields = formFields(definition);
  const values = Object.fromEntries(fields.map((field) => [field.id, known[field.id] ?? null]));
  for (const field of fields) if (!fieldApplies(field, values)) values[field.id] = null;
  const missing = fields.filter((field) => field.required && fieldApplies(field, values) && values[field.id] === null).map((field) => ({ fieldId: field.id, label: field.label }));
  const { timeZone } = facts.setting;
  const minutesFromStart = (at: Date) => (start ? wholeMinutesBetween(start, at) : null);
  const vitalSigns = [...facts.session.vitalSigns]
    .sort(byTime((r) => r.takenAt))
    .map(({ takenAt, ...reading }) => ({ ...reading, time: wallClock(takenAt, timeZone).time, minutesFromStart: minutesFromStart(takenAt) }));
  const observations = [
    ...facts.session.sedation.map((o) => ({ at: o.observedAt, moaasScore: o.moaasScore, dissociated: null, cadssTotal: null })),
    ...facts.session.dissociation.map((o) => ({ at: o.observedAt, moaasScore: null, dissociated: o.dissociated, cadssTotal: o.cadssTotal ?? null })),
  ]
    .sort(byTime((o) => o.at))
    .map(({ at, ...observation }) => ({ ...observation, time: wallClock(at, timeZone).time, minutesFromStart: minutesFromStart(at) }));
  return {
    definition: { id: definition.id, version: definition.version },
    values,
    missing,
    warnings: formWarnings(facts, values),
    complete: missing.length === 0,
    timeZone,
    vitalSigns,
    observations,
  };
}

/**
 * The submission deadline: 7 days after the session (ANCHORS §4.1 [R6], "within 7 days of every dose"). Counted
 * from the instant given, not to the end of that day: the earlier reading, so a form on time here is on time
 * however the REMS counts. Pass the time of the first device.
 */
export function remsFormDueBy(sessionDate: Date): Date {
  return new Date(sessionDate.getTime() + submitWithinDays * msPerDay);
}

/** `due-soon` within 2 days of the deadline (our choice); `overdue` after it. For forms not yet submitted. */
export function remsFormUrgency(dueBy: Date, now: Date): 'ok' | 'due-soon' | 'overdue' {
  const remainingMs = dueBy.getTime() - now.getTime();
  if (remainingMs < 0) return 'overdue';
  return remainingMs <= dueSoonDays * msPerDay ? 'due-soon' : 'ok';
}
