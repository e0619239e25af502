import { Secret } from 'otpauth';
import type { StaffRole } from '../../domain/access/roles.js';
import type { NewPatient } from '../../domain/patients/patient.js';

/**
 * Synthetic staff and patients of the demo clinic. Every name says "Demo", every address is fictional
 * (region ZZ, postal code 00000), phone numbers are 555-01xx, e-mail domains are under .example (RFC 2606).
 * The password and TOTP secrets are public on purpose: this is a demo, never a real clinic.
 */
export const demoPassword = 'demo clinic passphrase';

export interface DemoStaff {
  email: string;
  displayName: string;
  roles: StaffRole[];
}

export const demoStaff: DemoStaff[] = [
  { email: 'admin@ketaclinic-demo.example', displayName: 'Demo Admin', roles: ['admin'] },
  { email: 'director@ketaclinic-demo.example', displayName: 'Dr Demo Director', roles: ['medical-director', 'prescriber'] },
  { email: 'prescriber@ketaclinic-demo.example', displayName: 'Demo Prescriber, NP', roles: ['prescriber'] },
  { email: 'nurse@ketaclinic-demo.example', displayName: 'Demo Nurse, RN', roles: ['nurse'] },
  { email: 'therapist@ketaclinic-demo.example', displayName: 'Demo Therapist, LCSW', roles: ['therapist'] },
  { email: 'frontdesk@ketaclinic-demo.example', displayName: 'Demo Front Desk', roles: ['front-desk'] },
];

/** The demo patient who can sign in to the portal (password as above, no second factor). */
export const demoPatientEmail = 'patient@ketaclinic-demo.example';

/** Each demo user's authenticator secret, derived from the e-mail so `ketaclinic demo codes` can print codes. */
export function demoTotpSecret(email: string): string {
  return Secret.fromUTF8(`ketaclinic-demo:${email}`).base32;
}

export interface DemoPatient extends NewPatient {
  mrn: string;
  problems: { icd10Code: string; description: string }[];
  allergies: { substance: string; reaction?: string; severity?: 'mild' | 'moderate' | 'severe' }[];
  medications: { description: string; rxnormCode?: string }[];
  heightCm: number;
  weightKg: number;
}

const address = (line1: string) => ({ line1, city: 'Sampleton', region: 'ZZ', postalCode: '00000', country: 'US' });

export const demoPatients: DemoPatient[] = [
  {
    mrn: 'DEMO-0001',
    givenName: 'Avery',
    familyName: 'Demopatient',
    dateOfBirth: '1984-05-12',
    sexAtBirth: 'female',
    pronouns: 'she/her',
    email: demoPatientEmail,
    phone: '+1 555 0110',
    address: address('10 Fictional Street'),
    emergencyContact: { name: 'Jordan Demopatient', phone: '+1 555 0111', relationship: 'partner' },
    problems: [{ icd10Code: 'F33.2', description: 'Major depressive disorder, recurrent, severe without psychotic features' }],
    allergies: [{ substance: 'Penicillin', reaction: 'Hives', severity: 'moderate' }],
    medications: [{ description: 'Sertraline 100 mg by mouth daily', rxnormCode: '312941' }],
    heightCm: 168,
    weightKg: 64.5,
  },
  {
    mrn: 'DEMO-0002',
    givenName: 'Blake',
    familyName: 'Samplecase',
    dateOfBirth: '1979-11-03',
    sexAtBirth: 'male',
    phone: '+1 555 0112',
    address: address('22 Placeholder Avenue'),
    problems: [
      { icd10Code: 'F43.10', description: 'Post-traumatic stress disorder, unspecified' },
      { icd10Code: 'F10.20', description: 'Alcohol dependence, uncomplicated' },
    ],
    allergies: [],
    medications: [{ description: 'Prazosin 2 mg by mouth at bedtime' }],
    heightCm: 181,
    weightKg: 88,
  },
  {
    mrn: 'DEMO-0003',
    givenName: 'Casey',
    familyName: 'Fictionalperson',
    dateOfBirth: '1992-02-29',
    sexAtBirth: 'female',
    genderIdentity: 'non-binary',
    pronouns: 'they/them',
    phone: '+1 555 0113',
    address: address('3 Example Court'),
    problems: [{ icd10Code: 'F42.2', description: 'Mixed obsessional thoughts and acts' }],
    allergies: [{ substance: 'Latex', reaction: 'Contact dermatitis', severity: 'mild' }],
    medications: [],
    heightCm: 160,
    weightKg: 55.2,
  },
  {
    mrn: 'DEMO-0004',
    givenName: 'Drew',
    familyName: 'Testcase',
    dateOfBirth: '1968-08-21',
    sexAtBirth: 'male',
    phone: '+1 555 0114',
    address: address('44 Sample Road'),
    problems: [
      { icd10Code: 'F31.4', description: 'Bipolar disorder, current episode depressed, severe, without psychotic features' },
      { icd10Code: 'I10', description: 'Essential (primary) hypertension' },
    ],
    allergies: [],
    medications: [
      { description: 'Lithium carbonate 300 mg by mouth twice daily' },
      { description: 'Amlodipine 5 mg by mouth daily', rxnormCode: '329528' },
    ],
    heightCm: 175,
    weightKg: 97.3,
  },
  {
    mrn: 'DEMO-0005',
    givenName: 'Emery',
    familyName: 'Demopatient',
    dateOfBirth: '2001-12-09',
    sexAtBirth: 'intersex',
    phone: '+1 555 0115',
    address: address('5 Imaginary Lane'),
    problems: [
      { icd10Code: 'F11.20', description: 'Opioid dependence, uncomplicated' },
      { icd10Code: 'F41.1', description: 'Generalized anxiety disorder' },
    ],
    allergies: [{ substance: 'Sulfonamides', reaction: 'Rash', severity: 'moderate' }],
    medications: [{ description: 'Buprenorphine/naloxone 8 mg/2 mg sublingual daily' }],
    heightCm: 170,
    weightKg: 70.1,
  },
  {
    mrn: 'DEMO-0006',
    givenName: 'Finley',
    familyName: 'Sampleperson',
    dateOfBirth: '1957-03-14',
    sexAtBirth: 'male',
    phone: '+1 555 0116',
    address: address('6 Invented Way'),
    problems: [{ icd10Code: 'F33.1', description: 'Major depressive disorder, recurrent, moderate' }],
    allergies: [],
    medications: [{ description: 'Escitalopram 20 mg by mouth daily' }],
    heightCm: 178,
    weightKg: 81,
  },
  {
    mrn: 'DEMO-0007',
    givenName: 'Harper',
    familyName: 'Testperson',
    dateOfBirth: '1990-07-22',
    sexAtBirth: 'male',
    phone: '+1 555 0117',
    address: address('7 Placeholder Row'),
    problems: [{ icd10Code: 'F33.2', description: 'Major depressive disorder, recurrent, severe without psychotic features' }],
    allergies: [],
    medications: [{ description: 'Venlafaxine XR 225 mg by mouth daily' }],
    heightCm: 183,
    weightKg: 90,
  },
  {
    mrn: 'DEMO-0008',
    givenName: 'Jordan',
    familyName: 'Samplefield',
    dateOfBirth: '1976-01-30',
    sexAtBirth: 'female',
    phone: '+1 555 0118',
    address: address('8 Sample Square'),
    problems: [{ icd10Code: 'F33.1', description: 'Major depressive disorder, recurrent, moderate' }],
    allergies: [],
    medications: [],
    heightCm: 165,
    weightKg: 68,
  },
];
