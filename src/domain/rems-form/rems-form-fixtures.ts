import type { RemsSessionFacts } from './build-monitoring-form.js';

/**
 * A synthetic charted esketamine session (no real person), shared by the domain and PDF tests. Chicago is on
 * daylight time on 2026-03-10, so 15:00Z is 10:00 at the setting.
 */
export function syntheticRemsSession(): RemsSessionFacts {
  const at = (hhmm: string) => new Date(`2026-03-10T${hhmm}:00Z`);
  return {
    patient: { firstName: 'Finley', middleInitial: 'Q', lastName: 'Sampleperson', dateOfBirth: '1984-06-02', sexAtBirth: 'female', remsPatientId: 'REMS-SYNTH-0001' },
    concomitantMedications: { benzodiazepines: false, nonBenzodiazepineSedativeHypnotics: false, psychostimulants: true, maois: false, opioids: false },
    monitoringProvider: { firstName: 'Robin', lastName: 'Examplenurse', telephone: '555-0100', email: 'robin@clinic.example' },
    setting: { name: 'Sample Ketamine Clinic', address1: '100 Example Street', address2: 'Suite 2', city: 'Springfield', state: 'IL', zip: '62701', timeZone: 'America/Chicago' },
    session: {
      date: '2026-03-10',
      firstTreatment: false,
      doseMg: 56,
      devices: [
        { administeredAt: at('15:05'), lotNumber: 'LOT-SYN-01' },
        { administeredAt: at('15:00'), lotNumber: 'LOT-SYN-01' },
      ],
      vitalSigns: [
        { takenAt: at('14:50'), systolicMmHg: 128, diastolicMmHg: 82, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 },
        { takenAt: at('15:20'), systolicMmHg: 134, diastolicMmHg: 86, heartRateBpm: 76, spo2Percent: 97, respiratoryRatePerMin: 14 },
        { takenAt: at('15:45'), systolicMmHg: 136, diastolicMmHg: 84, heartRateBpm: 75, spo2Percent: 97, respiratoryRatePerMin: 15 },
        { takenAt: at('15:40'), systolicMmHg: 138, diastolicMmHg: 88, heartRateBpm: 78, spo2Percent: 96, respiratoryRatePerMin: 15 },
        { takenAt: at('16:20'), systolicMmHg: 130, diastolicMmHg: 84, heartRateBpm: 72, spo2Percent: 98, respiratoryRatePerMin: 14 },
        { takenAt: at('17:05'), systolicMmHg: 124, diastolicMmHg: 80, heartRateBpm: 70, spo2Percent: 98, respiratoryRatePerMin: 14 },
      ],
      sedation: [
        { observedAt: at('15:40'), moaasScore: 4 },
        { observedAt: at('16:40'), moaasScore: 5 },
      ],
      dissociation: [
        { observedAt: at('15:40'), dissociated: true, cadssTotal: 12 },
        { observedAt: at('16:40'), dissociated: false, cadssTotal: 1 },
      ],
      adverseEvents: [{ description: 'Transient nausea', severity: 'mild', serious: false, onsetAt: at('15:30') }],
      vitalSignsAcceptableBeforeAdministration: true,
      vitalSignsAcceptableBeforeEnd: true,
      clinicallyStableAt: at('16:15'),
      dischargedAt: at('17:10'),
    },
  };
}
