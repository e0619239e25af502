import { hashPassword } from '../../domain/auth/password-hashing.js';
import type { Database } from '../database.js';
import { appendAuditEvent } from '../repos/audit-repo.js';
import { ensureClinicLocation, ensureOrganisation, listClinicLocations } from '../repos/organisations-repo.js';
import { insertAllergy, insertBodyMeasurement, insertMedication, insertPatient, insertProblem } from '../repos/patients-repo.js';
import { consumeTotpStep, findUserByEmail, insertUser, setTotpSecret } from '../repos/users-repo.js';
import { demoLocations, demoOrganisation } from './demo-clinic.js';
import { demoPassword, demoPatientEmail, demoPatients, demoStaff, demoTotpSecret } from './demo-people.js';
import { loadDemoFloor } from './load-demo-floor.js';
import { writePublicPageSettings } from '../repos/public-page-repo.js';
import { loadDemoCredentials } from './load-demo-credentials.js';
import { loadDemoStock } from './load-demo-stock.js';
import { loadDemoJourneys } from './load-demo-journeys.js';

export interface DemoLoadResult {
  organisationId: string;
  locationsCreated: number;
  usersCreated: number;
  patientsCreated: number;
}

/** Loads the demo clinic, its staff (one per role) and synthetic patients; running it again changes nothing. */
export async function loadDemoClinic(db: Database, now: Date = new Date()): Promise<DemoLoadResult> {
  const passwordHash = await hashPassword(demoPassword);
  return db.transaction(async (tx) => {
    const organisation = await ensureOrganisation(tx, demoOrganisation);
    const scope = { organisationId: organisation.id };
    let locationsCreated = 0;
    for (const location of demoLocations) {
      if (await ensureClinicLocation(tx, scope, location)) locationsCreated += 1;
    }
    let patientsCreated = 0;
    const patientIdsByMrn = new Map<string, string>();
    for (const { problems, allergies, medications, heightCm, weightKg, ...patient } of demoPatients) {
      const created = await insertPatient(tx, scope, patient, now);
      if (!created) continue;
      patientsCreated += 1;
      patientIdsByMrn.set(patient.mrn, created.id);
      for (const problem of problems) await insertProblem(tx, scope, created.id, problem);
      for (const allergy of allergies) await insertAllergy(tx, scope, created.id, allergy);
      for (const medication of medications) await insertMedication(tx, scope, created.id, medication);
      await insertBodyMeasurement(tx, scope, created.id, { measuredAt: now, heightCm, weightKg });
    }
    let usersCreated = 0;
    for (const staff of demoStaff) {
      if (await findUserByEmail(tx, scope, staff.email)) continue;
      const userId = await insertUser(tx, scope, { ...staff, kind: 'staff', passwordHash }, now);
      await setTotpSecret(tx, scope, userId, demoTotpSecret(staff.email));
      await consumeTotpStep(tx, scope, userId, 0, now);
      usersCreated += 1;
    }
    const portalPatientId = patientIdsByMrn.get(demoPatients[0]!.mrn);
    if (portalPatientId && !(await findUserByEmail(tx, scope, demoPatientEmail))) {
      await insertUser(tx, scope, { email: demoPatientEmail, displayName: 'Avery Demopatient', kind: 'patient', patientId: portalPatientId, roles: [], passwordHash }, now);
      usersCreated += 1;
    }
    if (patientIdsByMrn.size > 0) {
      const idOf = async (email: string) => (await findUserByEmail(tx, scope, email))!.id;
      const staffIds = { prescriber: await idOf('prescriber@ketaclinic-demo.example'), nurse: await idOf('nurse@ketaclinic-demo.example'), therapist: await idOf('therapist@ketaclinic-demo.example'), admin: await idOf('admin@ketaclinic-demo.example') };
      const [firstLocation] = await listClinicLocations(tx, scope);
      await loadDemoJourneys(tx, scope, patientIdsByMrn, staffIds, firstLocation!.id, now);
      await loadDemoFloor(tx, scope, patientIdsByMrn, staffIds, firstLocation!.id, now);
      await loadDemoStock(tx, scope, staffIds, firstLocation!.id, now);
      await loadDemoCredentials(tx, scope, { ...staffIds, director: await idOf('director@ketaclinic-demo.example') }, now);
      await writePublicPageSettings(tx, scope, { enabled: true, introduction: 'A demonstration clinic: every person, licence and figure on this page is synthetic.', treatmentsOffered: ['iv-racemic', 'intranasal-esketamine'], measurementMonths: 12, contact: { phone: '+1 555 0100' } }, now);
    }
    if (locationsCreated + usersCreated + patientsCreated > 0) {
      await appendAuditEvent(tx, scope, { action: 'demo.load', outcome: 'success', details: { locationsCreated, usersCreated, patientsCreated } }, now);
    }
    return { organisationId: organisation.id, locationsCreated, usersCreated, patientsCreated };
  });
}
