import { describe, expect, it } from 'vitest';
import { type VitalSignReading, buildRemsMonitoringForm, remsFormDueBy, remsFormUrgency, selectBloodPressureCheckpoints } from './build-monitoring-form.js';
import { type RemsFormDefinition, remsMonitoringFormDefinition } from './monitoring-form-definition.js';
import { syntheticRemsSession } from './rems-form-fixtures.js';

const at = (hhmm: string) => new Date(`2026-03-10T${hhmm}:00Z`);
const missingIds = (form: ReturnType<typeof buildRemsMonitoringForm>) => form.missing.map((entry) => entry.fieldId);

describe('buildRemsMonitoringForm', () => {
  it('fills every field from a complete synthetic session', () => {
    const form = buildRemsMonitoringForm(syntheticRemsSession());
    expect(form.complete).toBe(true);
    expect(form.missing).toEqual([]);
    expect(form.warnings).toEqual([]);
    expect(form.definition).toEqual({ id: 'spravato-rems-patient-monitoring', version: '2021-11.1' });
    expect(form.values).toEqual({
      patientLabel: 'REMS patient ID REMS-SYNTH-0001',
      patientFirstName: 'Finley',
      patientMiddleInitial: 'Q',
      patientLastName: 'Sampleperson',
      patientBirthdate: '1984-06-02',
      patientSex: 'Female',
      takesBenzodiazepines: false,
      takesNonBenzodiazepineSedativeHypnotics: false,
      takesPsychostimulants: true,
      takesMaois: false,
      takesOpioids: false,
      providerFirstName: 'Robin',
      providerLastName: 'Examplenurse',
      providerTelephone: '555-0100',
      providerEmail: 'robin@clinic.example',
      settingName: 'Sample Ketamine Clinic',
      settingAddress1: '100 Example Street',
      settingAddress2: 'Suite 2',
      settingCity: 'Springfield',
      settingState: 'IL',
      settingZip: '62701',
      firstTreatment: false,
      enrolledInRems: null, // asked only at a first treatment
      treatmentDate: '2026-03-10',
      doseAdministered: '56 mg',
      lotNumber: 'LOT-SYN-01',
      treatmentDurationMinutes: 130, // 15:00 first device to 17:10 discharge
      readyToLeaveMinutes: 75, // stable at 16:15
      vitalSignsAcceptableBeforeAdministration: true,
      vitalSignsAcceptableBeforeEnd: true,
      bpBeforeAdministrationSystolicMmHg: 128,
      bpBeforeAdministrationDiastolicMmHg: 82,
      bpAfter40MinutesSystolicMmHg: 138, // 15:40, not 15:45
      bpAfter40MinutesDiastolicMmHg: 88,
      bpBeforeEndSystolicMmHg: 124,
      bpBeforeEndDiastolicMmHg: 80,
      pulseOximetryMonitored: true,
      sedationObserved: true,
      dissociationObserved: true,
      seriousAdverseEvent: false,
      seriousAdverseEventDescription: null,
      dischargedAt: '2026-03-10 12:10', // Chicago, daylight time
    });
  });

  it('gives the vital-signs and observation tables in time order, in the setting\'s time zone', () => {
    const form = buildRemsMonitoringForm(syntheticRemsSession());
    expect(form.timeZone).toBe('America/Chicago');
    expect(form.vitalSigns.map((row) => [row.time, row.minutesFromStart, row.systolicMmHg])).toEqual([
      ['09:50', -10, 128],
      ['10:20', 20, 134],
      ['10:40', 40, 138],
      ['10:45', 45, 136],
      ['11:20', 80, 130],
      ['12:05', 125, 124],
    ]);
    expect(form.observations).toEqual([
      { time: '10:40', minutesFromStart: 40, moaasScore: 4, dissociated: null, cadssTotal: null },
      { time: '10:40', minutesFromStart: 40, moaasScore: null, dissociated: true, cadssTotal: 12 },
      { time: '11:40', minutesFromStart: 100, moaasScore: 5, dissociated: null, cadssTotal: null },
      { time: '11:40', minutesFromStart: 100, moaasScore: null, dissociated: false, cadssTotal: 1 },
    ]);
  });

  it('lists exactly the required fields whose facts were removed, in form order', () => {
    const facts = syntheticRemsSession();
    facts.patient.dateOfBirth = null;
    facts.monitoringProvider = null;
    facts.session.dischargedAt = null;
    facts.concomitantMedications.maois = null;
    facts.setting.address2 = null; // optional: not missing
    for (const device of facts.session.devices) device.lotNumber = null; // optional: not missing
    const form = buildRemsMonitoringForm(facts);
    expect(form.complete).toBe(false);
    expect(form.missing).toEqual([
      { fieldId: 'patientBirthdate', label: 'Birthdate (MM/DD/YYYY)' },
      { fieldId: 'takesMaois', label: 'MAOIs' },
      { fieldId: 'providerFirstName', label: 'First name' },
      { fieldId: 'providerLastName', label: 'Last name' },
      { fieldId: 'providerTelephone', label: 'Telephone' },
      { fieldId: 'providerEmail', label: 'Email' },
      { fieldId: 'treatmentDurationMinutes', label: expect.stringContaining('Treatment duration') },
      { fieldId: 'bpBeforeEndSystolicMmHg', label: 'Blood pressure before the end of the session: systolic (mmHg)' },
      { fieldId: 'bpBeforeEndDiastolicMmHg', label: 'Blood pressure before the end of the session: diastolic (mmHg)' },
    ]);
    expect(form.values.dischargedAt).toBeNull();
    expect(form.values.settingAddress2).toBeNull();
  });

  it('treats blank text as missing and an unknown sex as missing, intersex as Other', () => {
    const facts = syntheticRemsSession();
    facts.patient.firstName = '   ';
    facts.patient.sexAtBirth = 'unknown';
    expect(missingIds(buildRemsMonitoringForm(facts))).toEqual(['patientFirstName', 'patientSex']);
    facts.patient.sexAtBirth = 'intersex';
    expect(buildRemsMonitoringForm(facts).values.patientSex).toBe('Other');
  });

  it('leaves every session time empty when no device time is charted', () => {
    const facts = syntheticRemsSession();
    facts.session.devices = [];
    const form = buildRemsMonitoringForm(facts);
    expect(missingIds(form)).toEqual([
      'treatmentDurationMinutes',
      'bpBeforeAdministrationSystolicMmHg',
      'bpBeforeAdministrationDiastolicMmHg',
      'bpAfter40MinutesSystolicMmHg',
      'bpAfter40MinutesDiastolicMmHg',
      'bpBeforeEndSystolicMmHg',
      'bpBeforeEndDiastolicMmHg',
    ]);
    expect(form.values.readyToLeaveMinutes).toBeNull();
    expect(form.vitalSigns[0]!.minutesFromStart).toBeNull();
  });

  it('says "not recorded" rather than "No" when nothing was charted', () => {
    const facts = syntheticRemsSession();
    facts.session.vitalSigns = [];
    facts.session.sedation = [];
    facts.session.dissociation = [];
    facts.session.adverseEvents = null;
    const { values } = buildRemsMonitoringForm(facts);
    expect([values.pulseOximetryMonitored, values.sedationObserved, values.dissociationObserved, values.seriousAdverseEvent]).toEqual([null, null, null, null]);
    facts.session.vitalSigns = [{ takenAt: at('14:50'), systolicMmHg: 120, diastolicMmHg: 80 }];
    facts.session.adverseEvents = [];
    const charted = buildRemsMonitoringForm(facts).values;
    expect([charted.pulseOximetryMonitored, charted.seriousAdverseEvent]).toEqual([false, false]);
  });

  it('describes serious adverse events and answers enrolment at a first treatment', () => {
    const facts = syntheticRemsSession();
    facts.session.firstTreatment = true;
    facts.session.adverseEvents!.push({ description: 'Syncope with fall', severity: 'severe', serious: true, onsetAt: at('15:50') });
    const { values } = buildRemsMonitoringForm(facts);
    expect(values.enrolledInRems).toBe(true);
    expect(values.seriousAdverseEvent).toBe(true);
    expect(values.seriousAdverseEventDescription).toBe('10:50 Syncope with fall (severe)');
    facts.patient.remsPatientId = null;
    const withoutId = buildRemsMonitoringForm(facts);
    expect([withoutId.values.enrolledInRems, withoutId.values.patientLabel]).toEqual([null, null]);
    expect(withoutId.complete).toBe(true); // both optional
  });

  it('warns about short monitoring, a dose outside the choices and a dose that does not match the devices', () => {
    const facts = syntheticRemsSession();
    facts.session.dischargedAt = at('16:50');
    facts.session.doseMg = 28;
    const form = buildRemsMonitoringForm(facts);
    expect(form.values.treatmentDurationMinutes).toBe(110);
    expect(form.values.doseAdministered).toBe('Other');
    expect(form.warnings).toEqual([
      { fieldId: 'treatmentDurationMinutes', message: 'Monitoring lasted 110 minutes; the REMS requires at least 120.' },
      { fieldId: 'doseAdministered', message: '28 mg is entered as "Other": the form offers 56 mg, 84 mg or Other.' },
      { fieldId: 'doseAdministered', message: '28 mg does not match 2 device(s) of 28 mg.' },
    ]);
    // Warnings do not make a filled form incomplete: the form records what happened.
    expect(form.complete).toBe(true);
    facts.session.doseMg = 84;
    facts.session.dischargedAt = at('17:00');
    expect(buildRemsMonitoringForm(facts).values.treatmentDurationMinutes).toBe(120);
  });

  it('lists a required field a newer definition adds and the mapping does not know', () => {
    const newer: RemsFormDefinition = structuredClone(remsMonitoringFormDefinition);
    newer.version = '2099-01.1';
    newer.sections[4]!.fields.push({ id: 'respiratoryDepressionObserved', label: 'Respiratory depression', kind: 'boolean', required: true, confidence: 'verbatim', sourceRefs: ['R5'] });
    const form = buildRemsMonitoringForm(syntheticRemsSession(), newer);
    expect(form.definition.version).toBe('2099-01.1');
    expect(form.missing).toEqual([{ fieldId: 'respiratoryDepressionObserved', label: 'Respiratory depression' }]);
    expect(form.values.respiratoryDepressionObserved).toBeNull();
  });
});

describe('selectBloodPressureCheckpoints', () => {
  const bp = (hhmm: string, systolicMmHg: number): VitalSignReading => ({ takenAt: at(hhmm), systolicMmHg, diastolicMmHg: 80 });
  const pick = (readings: VitalSignReading[], end: Date | null = at('17:10')) => {
    const chosen = selectBloodPressureCheckpoints(readings, at('15:00'), end);
    return [chosen.beforeAdministration?.systolicMmHg ?? null, chosen.after40Minutes?.systolicMmHg ?? null, chosen.beforeEnd?.systolicMmHg ?? null];
  };

  it('takes the reading closest to 40 minutes within 30–50, the earlier on a tie', () => {
    expect(pick([bp('14:55', 1), bp('15:30', 2), bp('15:52', 3)])).toEqual([1, 2, 3]);
    expect(pick([bp('14:55', 1), bp('15:35', 2), bp('15:45', 3), bp('16:30', 4)])).toEqual([1, 2, 4]);
    expect(pick([bp('14:55', 1), bp('15:29', 2), bp('15:51', 3)])).toEqual([1, null, 3]);
  });

  it('counts the first device time as before administration, and needs a later reading and a discharge for the end', () => {
    expect(pick([bp('15:00', 1), bp('15:40', 2)])).toEqual([1, 2, null]);
    expect(pick([bp('15:00', 1), bp('15:40', 2), bp('16:30', 3), bp('17:11', 4)])).toEqual([1, 2, 3]);
    expect(pick([bp('15:00', 1), bp('15:40', 2), bp('16:30', 3)], null)).toEqual([1, 2, null]);
    expect(pick([bp('15:20', 9), { takenAt: at('14:50'), systolicMmHg: 120, diastolicMmHg: null }])).toEqual([null, null, null]);
  });
});

describe('the 7-day deadline', () => {
  const session = new Date('2026-03-10T15:00:00Z');
  const due = remsFormDueBy(session);
  const hours = (n: number) => n * 3_600_000;

  it('falls 7 days after the session', () => {
    expect(due.toISOString()).toBe('2026-03-17T15:00:00.000Z');
  });

  it('is ok until 2 days before, due soon up to the deadline, overdue after it', () => {
    expect(remsFormUrgency(due, session)).toBe('ok');
    expect(remsFormUrgency(due, new Date(due.getTime() - hours(48) - 1))).toBe('ok');
    expect(remsFormUrgency(due, new Date(due.getTime() - hours(48)))).toBe('due-soon');
    expect(remsFormUrgency(due, due)).toBe('due-soon');
    expect(remsFormUrgency(due, new Date(due.getTime() + 1))).toBe('overdue');
  });
});
